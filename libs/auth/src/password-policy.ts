import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

export type PasswordProblem = 'too-short' | 'common';

/** Comparable form: NFC, trimmed, lower case, so "Password123" is "password123" however it was typed. */
const comparable = (password: string): string => password.normalize('NFC').trim().toLowerCase();

let commonPasswords: Set<string> | undefined;

/** The shipped list (see its header for source and licence), read once on first use. */
function common(): Set<string> {
  commonPasswords ??= new Set(
    readFileSync(join(__dirname, 'common-passwords.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('# '))
      .map(comparable),
  );
  return commonPasswords;
}

export function isCommonPassword(password: string): boolean {
  return common().has(comparable(password));
}

/** Why a new password is refused, or null: length counts characters as a person sees them, not UTF-16 units. */
export function passwordProblem(password: string): PasswordProblem | null {
  if ([...password.normalize('NFC')].length < MIN_PASSWORD_LENGTH) return 'too-short';
  return isCommonPassword(password) ? 'common' : null;
}
