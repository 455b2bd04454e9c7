import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

const nfcTrimmed = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim() : value;

export class CreatePlanDto {
  @ApiProperty({ example: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2026', maxLength: 1000 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  title!: string;

  @ApiPropertyOptional({ example: '972/KH-UBND', maxLength: 100, nullable: true })
  @Transform(nfcTrimmed)
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  number?: string;

  @ApiProperty({ example: 'vanphong@stp.laichau.dondoc.invalid' })
  @Transform(nfcTrimmed)
  @IsEmail({ require_tld: false })
  @MaxLength(320)
  standingOfficeEmail!: string;
}
