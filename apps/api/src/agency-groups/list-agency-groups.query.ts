import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { AGENCY_GROUP_SORTS, type AgencyGroupSort } from '@dondoc/persistence';
import { ListQuery } from '../http/pagination';
import { nfcTrimmed } from '../http/text.transforms';

export class ListAgencyGroupsQuery extends ListQuery {
  @ApiPropertyOptional({ enum: AGENCY_GROUP_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(AGENCY_GROUP_SORTS)
  sort?: AgencyGroupSort;

  @ApiPropertyOptional({ example: 'Lai Châu' })
  @Transform(nfcTrimmed)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string;
}
