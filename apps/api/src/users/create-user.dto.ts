import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { USER_ROLES, type UserRole } from '@dondoc/persistence';
import { lowerCaseEmail, nfcTrimmed } from '../http/text.transforms';
import { IsOmittable } from '../http/is-omittable';
import { IsNewPassword } from '../auth/passwords.dto';

export class CreateUserDto {
  @ApiProperty({ example: 'nguyen.van.a@stp.laichau.dondoc.invalid', description: 'Stored lower case' })
  @Transform(lowerCaseEmail)
  @IsEmail({ require_tld: false })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'Nguyễn Văn A', maxLength: 200 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES)
  role!: UserRole;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Required for agency officers' })
  @ValidateIf(
    (dto: CreateUserDto) => dto.role === 'agency_officer' || (dto.agencyId !== undefined && dto.agencyId !== null),
  )
  @IsUUID(undefined, { message: 'agencyId must be a UUID (agency officers need one)' })
  agencyId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 100,
    description:
      'The province a staff account serves; null: every province. Left out: the creator’s own. Agency officers take ' +
      'none: they act in their agency’s.',
  })
  @Transform(nfcTrimmed)
  @ValidateIf((_dto: CreateUserDto, value: unknown) => value !== undefined && value !== null)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  province?: string | null;

  @IsOmittable()
  @IsNewPassword({ optional: true, description: 'Without one, no login' })
  password?: string;

  @ApiPropertyOptional({ default: true })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}
