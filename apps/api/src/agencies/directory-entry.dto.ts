import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { nfcTrimmed } from '../http/text.transforms';

export const AGENCY_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** What an agency and an agency group are both identified by in a province's directory. */
export abstract class DirectoryEntryDto {
  @ApiProperty({ example: 'LCU-STP', maxLength: 60, pattern: AGENCY_CODE.source })
  @Transform(nfcTrimmed)
  @IsString()
  @Matches(AGENCY_CODE, { message: 'code may hold only letters, digits, dot, dash and underscore' })
  @MaxLength(60)
  code!: string;

  @ApiProperty({ example: 'Sở Tư pháp tỉnh Lai Châu', maxLength: 500 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name!: string;

  @ApiProperty({ example: 'Lai Châu', maxLength: 100 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  province!: string;
}
