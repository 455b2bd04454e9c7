import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { USER_ROLES, USER_SORTS, type UserRole, type UserSort } from '@dondoc/persistence';
import { ListQuery } from '../http/pagination';
import { booleanFromQuery } from '../http/text.transforms';

export class ListUsersQuery extends ListQuery {
  @ApiPropertyOptional({ enum: USER_SORTS, default: 'email' })
  @IsOptional()
  @IsIn(USER_SORTS)
  sort?: UserSort;

  @ApiPropertyOptional({ enum: USER_ROLES })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ type: Boolean })
  @Transform(booleanFromQuery)
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
