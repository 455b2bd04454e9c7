import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { lowerCaseEmail } from '../http/text.transforms';
import { IsOmittable } from '../http/is-omittable';

/** Either the link that no longer works, or an address the directory may hold, or both. */
export class RenewLinkDto {
  @ApiPropertyOptional({ description: 'The token of the link that failed (the part after /r/ or /i/)' })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  token?: string;

  @ApiPropertyOptional({ example: 'vanthu@stp.laichau.gov.vn' })
  @IsOmittable()
  @Transform(lowerCaseEmail)
  @IsEmail({ require_tld: false })
  @MaxLength(320)
  email?: string;
}

export class RenewLinkResponse {
  @ApiProperty({ description: 'The same text whatever was asked: it never says whether an address exists' })
  message!: string;
}
