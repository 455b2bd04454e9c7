import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsOmittable } from '../http/is-omittable';
import { nfcTrimmed } from '../http/text.transforms';
import { ScoringRubricRulesDto } from './scoring-rubric-rules.dto';

/** A new version of the rubric: the rules whole, and why they changed. */
export class PutScoringRubricDto {
  @ApiProperty({ type: ScoringRubricRulesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ScoringRubricRulesDto)
  rules!: ScoringRubricRulesDto;

  @ApiPropertyOptional({
    maxLength: 1000,
    example: 'Theo Quyết định số 12/QĐ-UBND ngày 15/01/2027',
    description: 'Why the rubric changed; blank is kept as none',
  })
  @IsOmittable()
  @Transform(nfcTrimmed)
  @IsString()
  @MaxLength(1000)
  note?: string;
}
