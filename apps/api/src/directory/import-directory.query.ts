import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { nfcTrimmed } from '../http/text.transforms';

export class ImportDirectoryQuery {
  @ApiPropertyOptional({
    example: 'Lai Châu',
    description: 'Required for CSV, which has no province column; a JSON file names its own',
  })
  @Transform(nfcTrimmed)
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  province?: string;
}
