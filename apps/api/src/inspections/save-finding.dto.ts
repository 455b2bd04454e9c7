import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { FINDING_RATINGS, type FindingRating } from '@dondoc/persistence';
import { nfcMultiline } from '../http/text.transforms';
import { IsOmittable } from '../http/is-omittable';

/** One target's findings (as JSON; the web app sends them as a form with files, SaveFindingFormDto). */
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
  @IsOmittable()
  @Transform(nfcMultiline)
  @IsString()
  @MaxLength(20000)
  recommendation?: string;
}

/** The same findings as multipart/form-data: the files travel as parts named `attachments`. */
export class SaveFindingFormDto extends SaveFindingDto {
  @ApiPropertyOptional({ type: 'array', items: { type: 'string', format: 'binary' } })
  attachments?: unknown[];
}
