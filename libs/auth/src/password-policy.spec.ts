import { DEV_AUTH_DEFAULTS, MIN_ADMIN_PASSWORD_LENGTH } from '@dondoc/config';
import { MIN_PASSWORD_LENGTH, isCommonPassword, passwordProblem } from './password-policy';

describe('the password policy', () => {
  it('asks for 12 characters, counted as a person sees them (NFC), and the configuration asks the same', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(MIN_ADMIN_PASSWORD_LENGTH).toBe(MIN_PASSWORD_LENGTH);
    expect(passwordProblem('ngắn quá đi')).toBe('too-short');
    expect(passwordProblem('mười hai ký'.normalize('NFD'))).toBe('too-short');
    expect(passwordProblem('mười hai ký tự'.normalize('NFD'))).toBeNull();
  });

  it('refuses passwords from the shipped list of common and breached ones, whatever their case or form', () => {
    for (const common of ['qwerty123456', 'QWERTY123456', '1qaz2wsx3edc', 'Administrator', ' administrator ']) {
      expect(isCommonPassword(common)).toBe(true);
      expect(passwordProblem(common)).toBe('common');
    }
    expect(isCommonPassword('password')).toBe(true);
  });

  it('accepts a long passphrase nobody has leaked, and the local admin default', () => {
    expect(passwordProblem('mật khẩu thử nghiệm')).toBeNull();
    expect(passwordProblem(DEV_AUTH_DEFAULTS.ADMIN_PASSWORD)).toBeNull();
    expect(isCommonPassword('cả nhà thương nhau')).toBe(false);
  });
});
