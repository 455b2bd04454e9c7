import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { AGENCY_KINDS, type AgencyKind } from '@dondoc/persistence';
import { lowerCaseEmail, nfcTrimmed } from '../http/text.transforms';
import { DirectoryEntryDto } from './directory-entry.dto';
import { IsOmittable } from '../http/is-omittable';

export { AGENCY_CODE } from './directory-entry.dto';

export class CreateAgencyDto extends DirectoryEntryDto {
  @ApiProperty({ enum: AGENCY_KINDS, example: 'provincial_department' })
  @IsIn(AGENCY_KINDS)
  kind!: AgencyKind;

  @ApiPropertyOptional({ type: [String], example: ['Sở Tư pháp', 'STP'] })
  @Transform(nfcTrimmed)
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  shortNames?: string[];

  @ApiPropertyOptional({ type: [String], example: ['Sở TP'] })
  @Transform(nfcTrimmed)
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['vanphong@stp.laichau.dondoc.invalid'] })
  @Transform(lowerCaseEmail)
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEmail({ require_tld: false }, { each: true })
  focalEmails?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'giamdoc@stp.laichau.dondoc.invalid' })
  @Transform(lowerCaseEmail)
  @IsOptional()
  @IsEmail({ require_tld: false })
  @MaxLength(320)
  headEmail?: string | null;

  @ApiPropertyOptional({ default: true })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}
