import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { lowerCaseEmail } from '../http/text.transforms';

export class LoginDto {
  @ApiProperty({ example: 'admin@dondoc.invalid' })
  @Transform(lowerCaseEmail)
  @IsEmail({ require_tld: false })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'dondoc-admin', format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password!: string;
}
