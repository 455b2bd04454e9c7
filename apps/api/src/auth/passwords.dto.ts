import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, ValidateBy } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem, type PasswordProblem } from '@dondoc/auth';

const PASSWORD_RULE =
  `At least ${MIN_PASSWORD_LENGTH} characters, and not one of the common or breached passwords the API ships ` +
  '(compared ignoring case)';

const REFUSALS: Record<PasswordProblem, string> = {
  'too-short': `mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự`,
  common: 'mật khẩu này quá phổ biến (có trong danh sách mật khẩu hay dùng hoặc đã bị lộ); hãy chọn mật khẩu khác',
};

/** The one rule for a password a person chooses (the web's new-password fields mirror its length). */
const IsAcceptablePassword = () =>
  ValidateBy({
    name: 'isAcceptablePassword',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && passwordProblem(value) === null,
      defaultMessage: (args) => {
        const value: unknown = args?.value;
        return REFUSALS[typeof value === 'string' ? (passwordProblem(value) ?? 'common') : 'too-short'];
      },
    },
  });

/** A password a person chooses: hard to guess, short enough to hash cheaply. */
export const IsNewPassword = ({ optional = false, description }: { optional?: boolean; description?: string } = {}) =>
  applyDecorators(
    (optional ? ApiPropertyOptional : ApiProperty)({
      minLength: MIN_PASSWORD_LENGTH,
      maxLength: MAX_PASSWORD_LENGTH,
      format: 'password',
      description: description ? `${description}. ${PASSWORD_RULE}` : PASSWORD_RULE,
    }),
    IsString(),
    MaxLength(MAX_PASSWORD_LENGTH),
    IsAcceptablePassword(),
  );

export class ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword!: string;

  @IsNewPassword()
  newPassword!: string;
}

export class ResetPasswordDto {
  @IsNewPassword()
  newPassword!: string;
}
