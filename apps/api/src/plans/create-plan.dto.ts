import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsIsoDate } from '../http/is-iso-date.validator';
import { lowerCaseEmail, nfcTrimmed } from '../http/text.transforms';
import { IsOmittable } from '../http/is-omittable';

export class CreatePlanDto {
  @ApiProperty({ example: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2026', maxLength: 1000 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  title!: string;

  @ApiPropertyOptional({ type: String, example: '972/KH-UBND', maxLength: 100, nullable: true })
  @Transform(nfcTrimmed)
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  number?: string | null;

  @ApiProperty({ example: 'vanphong@stp.laichau.dondoc.invalid' })
  @Transform(lowerCaseEmail)
  @IsEmail({ require_tld: false })
  @MaxLength(320)
  standingOfficeEmail!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The standing office agency' })
  @IsOptional()
  @IsUUID()
  standingOfficeId?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Ủy ban nhân dân tỉnh Lai Châu', nullable: true })
  @Transform(nfcTrimmed)
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  issuer?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-01-15', nullable: true })
  @IsOptional()
  @IsIsoDate()
  issuedDate?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['Luật Phổ biến, giáo dục pháp luật năm 2012'] })
  @Transform(nfcTrimmed)
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(1000, { each: true })
  basis?: string[];

  @ApiPropertyOptional({ type: Number, example: 2026, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  periodFrom?: number | null;

  @ApiPropertyOptional({ type: Number, example: 2026, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  periodTo?: number | null;

  @ApiPropertyOptional({ type: String, example: 'năm 2026', nullable: true })
  @Transform(nfcTrimmed)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  periodText?: string | null;
}
