import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBase64,
  IsMimeType,
  IsNotEmpty,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { nfcMultiline, nfcTrimmed } from '../http/text.transforms';
import { IsOmittable } from '../http/is-omittable';

export class AttachmentDto {
  @ApiProperty({ example: 'Báo cáo kết quả Ngày Pháp luật 2026.pdf', maxLength: 255 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  filename!: string;

  @ApiPropertyOptional({ example: 'application/pdf', description: 'Ignored: the bytes decide the type' })
  @IsOmittable()
  @IsMimeType()
  @MaxLength(255)
  mediaType?: string;

  @ApiProperty({ description: 'The file’s bytes, base64-encoded (the whole request is at most 10 MB)' })
  @IsString()
  @IsNotEmpty()
  @IsBase64()
  contentBase64!: string;
}

export class SubmitReportDto {
  @ApiProperty({ example: 'Sở đã tổ chức 12 hội nghị phổ biến pháp luật cho 1.200 lượt người.', maxLength: 100000 })
  @Transform(nfcMultiline)
  @IsString()
  @MaxLength(100000)
  reportText!: string;

  @ApiPropertyOptional({ type: [AttachmentDto] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AttachmentDto)
  attachments?: AttachmentDto[];
}

/** The same report as multipart/form-data: the files travel as parts named `attachments`. */
export class SubmitReportFormDto {
  @ApiProperty({ maxLength: 100000 })
  reportText!: string;

  @ApiPropertyOptional({ type: 'array', items: { type: 'string', format: 'binary' } })
  attachments?: unknown[];
}
