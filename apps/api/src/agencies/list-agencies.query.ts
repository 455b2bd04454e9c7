import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AGENCY_KINDS, AGENCY_SORTS, type AgencyKind, type AgencySort } from '@dondoc/persistence';
import { ListQuery } from '../http/pagination';
import { booleanFromQuery, nfcTrimmed } from '../http/text.transforms';

export class ListAgenciesQuery extends ListQuery {
  @ApiPropertyOptional({ enum: AGENCY_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(AGENCY_SORTS)
  sort?: AgencySort;

  @ApiPropertyOptional({ enum: AGENCY_KINDS })
  @IsOptional()
  @IsIn(AGENCY_KINDS)
  kind?: AgencyKind;

  @ApiPropertyOptional({ example: 'Lai Châu' })
  @Transform(nfcTrimmed)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string;

  @ApiPropertyOptional({ type: Boolean })
  @Transform(booleanFromQuery)
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}
