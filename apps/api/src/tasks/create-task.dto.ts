import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { nfcMultiline, nfcTrimmed } from '../http/text.transforms';
import { IsOmittable } from '../http/is-omittable';

export class CreateTaskDto {
  @ApiProperty({ example: 'III.4.2.a', maxLength: 60, description: 'The plan’s own numbering, unique in the plan' })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  code!: string;

  @ApiProperty({ example: 'Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam', maxLength: 2000 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 20000 })
  @Transform(nfcMultiline)
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  content?: string | null;

  @ApiPropertyOptional({ description: 'Document order; defaults to after the last task', minimum: 1 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(100000)
  position?: number;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A task of the same plan' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['Sở Tư pháp'], description: 'Lead agencies, as written' })
  @Transform(nfcTrimmed)
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  leadNames?: string[];

  @ApiPropertyOptional({ type: [String], example: ['các sở, ban, ngành tỉnh'], description: 'As written' })
  @Transform(nfcTrimmed)
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(500, { each: true })
  coordinatingNames?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Quý III năm 2026', description: 'As written' })
  @Transform(nfcTrimmed)
  @IsOptional()
  @IsString()
  @MaxLength(500)
  timeframe?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Hội nghị' })
  @Transform(nfcTrimmed)
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  form?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Báo cáo kết quả' })
  @Transform(nfcTrimmed)
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  product?: string | null;
}
