import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { nfcTrimmed } from '../http/text.transforms';

export class CancelPlanDto {
  @ApiProperty({ example: 'Kế hoạch được thay thế bởi Kế hoạch số 120/KH-UBND', maxLength: 2000 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
