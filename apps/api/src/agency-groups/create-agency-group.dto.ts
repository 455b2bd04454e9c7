import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { AGENCY_CODE } from '../agencies/create-agency.dto';
import { nfcTrimmed } from '../http/text.transforms';

export class CreateAgencyGroupDto {
  @ApiProperty({ example: 'LCU-SO-BAN-NGANH', maxLength: 60, pattern: AGENCY_CODE.source })
  @Transform(nfcTrimmed)
  @IsString()
  @Matches(AGENCY_CODE, { message: 'code may hold only letters, digits, dot, dash and underscore' })
  @MaxLength(60)
  code!: string;

  @ApiProperty({ example: 'Các sở, ban, ngành tỉnh', maxLength: 500 })
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

  @ApiPropertyOptional({ type: [String], example: ['các sở, ban, ngành tỉnh', 'các cơ quan, đơn vị cấp tỉnh'] })
  @Transform(nfcTrimmed)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  phrases?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'The member agencies; replaces the set' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true })
  memberIds?: string[];
}
