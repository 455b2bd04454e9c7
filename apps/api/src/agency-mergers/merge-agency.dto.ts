import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { IsOmittable } from '../http/is-omittable';
import { nfcTrimmed } from '../http/text.transforms';

export class MergeAgencyDto {
  @ApiProperty({ format: 'uuid', description: 'The active agency that takes the work over' })
  @IsUUID()
  successorId!: string;

  @ApiPropertyOptional({ example: 'Sáp nhập theo Nghị quyết số 1678/NQ-UBTVQH15', maxLength: 2000 })
  @Transform(nfcTrimmed)
  @IsOmittable()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
