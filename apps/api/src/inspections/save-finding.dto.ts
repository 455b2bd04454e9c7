import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { FINDING_RATINGS, type FindingRating } from '@dondoc/persistence';
import { nfcMultiline } from '../http/text.transforms';

/** One target's findings, as multipart/form-data: the files travel as parts named `attachments`. */
export class SaveFindingDto {
  @ApiProperty({ example: 'Sở đã tổ chức 12 hội nghị; hồ sơ lưu đầy đủ.', maxLength: 20000 })
  @Transform(nfcMultiline)
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  finding!: string;

  @ApiProperty({ enum: FINDING_RATINGS })
  @IsIn(FINDING_RATINGS)
  rating!: FindingRating;

  @ApiPropertyOptional({ example: 'Tiếp tục duy trì; cập nhật số liệu hằng quý.', maxLength: 20000 })
  @IsOptional()
  @Transform(nfcMultiline)
  @IsString()
  @MaxLength(20000)
  recommendation?: string;

  @ApiPropertyOptional({ type: 'array', items: { type: 'string', format: 'binary' } })
  @IsOptional()
  attachments?: unknown;
}
