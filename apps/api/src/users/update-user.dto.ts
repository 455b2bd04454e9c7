import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { CreateUserDto } from './create-user.dto';

/** Only the fields present change; the email is the account's identity and stays. */
export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['email', 'agencyId'] as const), {
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;
}
