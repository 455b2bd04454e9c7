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
  Matches,
  MaxLength,
} from 'class-validator';
import { AGENCY_KINDS, type AgencyKind } from '@dondoc/persistence';
import { lowerCaseEmail, nfcTrimmed } from '../http/text.transforms';

export const AGENCY_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export class CreateAgencyDto {
  @ApiProperty({ example: 'LCU-STP', maxLength: 60, pattern: AGENCY_CODE.source })
  @Transform(nfcTrimmed)
  @IsString()
  @Matches(AGENCY_CODE, { message: 'code may hold only letters, digits, dot, dash and underscore' })
  @MaxLength(60)
  code!: string;

  @ApiProperty({ example: 'Sở Tư pháp tỉnh Lai Châu', maxLength: 500 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name!: string;

  @ApiProperty({ example: 'Lai Châu', maxLength: 100 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  province!: string;

  @ApiProperty({ enum: AGENCY_KINDS, example: 'provincial_department' })
  @IsIn(AGENCY_KINDS)
  kind!: AgencyKind;

  @ApiPropertyOptional({ type: [String], example: ['Sở Tư pháp', 'STP'] })
  @Transform(nfcTrimmed)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  shortNames?: string[];

  @ApiPropertyOptional({ type: [String], example: ['Sở TP'] })
  @Transform(nfcTrimmed)
  @IsOptional()
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
  @IsOptional()
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
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
