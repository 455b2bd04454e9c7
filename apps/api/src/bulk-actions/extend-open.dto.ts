import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsIsoDate } from '../http/is-iso-date.validator';
import { IsOmittable } from '../http/is-omittable';
import { nfcTrimmed } from '../http/text.transforms';

export class ExtendOpenDto {
  @ApiProperty({ format: 'date', example: '2026-12-15', description: 'Today or later' })
  @IsIsoDate()
  newDue!: string;

  @ApiProperty({ example: 'Gia hạn chung theo Công văn số 45/STP-PBGDPL', maxLength: 2000 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ default: false, description: 'Count and list what would be extended, change nothing' })
  @IsOmittable()
  @IsBoolean()
  dryRun?: boolean;
}

export class MergePreviewQuery {
  @ApiProperty({ format: 'uuid', description: 'The agency that would take the work over' })
  @IsUUID()
  successorId!: string;
}
