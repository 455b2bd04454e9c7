import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { nfcMultiline } from '../http/text.transforms';

export class SubmitFindingsDto {
  @ApiProperty({ example: 'Đoàn kiểm tra số 1 đã kiểm tra 6 cơ quan; 5 cơ quan thực hiện đầy đủ…', maxLength: 100000 })
  @Transform(nfcMultiline)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100000)
  report!: string;
}
