import { normaliseVietnamese } from '@dondoc/domain';
import { AGENCY_KINDS, type AgencyKind } from '@dondoc/persistence';

/** The raw cells of one agency, from a JSON object or a CSV record, before validation. */
export interface RawAgency {
  code?: unknown;
  name?: unknown;
  province?: unknown;
  shortNames?: unknown;
  aliases?: unknown;
  kind?: unknown;
  parentCode?: unknown;
  focalEmails?: unknown;
  headEmail?: unknown;
  active?: unknown;
}

export class FieldError extends Error {}

const EMAIL = /^[^\s@"(),:;<>[\]\\]+@[^\s@"(),:;<>[\]\\]+\.[^\s@"(),:;<>[\]\\]+$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_CODE = 60;
const MAX_EMAIL = 320;

export function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new FieldError(`${field} must be text`);
  const text = normaliseVietnamese(value);
  return text === '' ? null : text;
}

export function requiredText(value: unknown, field: string): string {
  const text = optionalText(value, field);
  if (text === null) throw new FieldError(`missing ${field}`);
  return text;
}

export function code(value: unknown, field = 'code'): string {
  const text = requiredText(value, field);
  if (text.length > MAX_CODE || !CODE.test(text)) {
    throw new FieldError(`${field} "${text}" must be 1–${MAX_CODE} letters, digits, '.', '_' or '-'`);
  }
  return text;
}

/** A JSON array of strings, or a CSV cell of `;`-separated items; blanks dropped, duplicates kept once. */
export function textList(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  const items = typeof value === 'string' ? value.split(';') : value;
  if (!Array.isArray(items) || items.some((item) => typeof item !== 'string')) {
    throw new FieldError(`${field} must be a list of text`);
  }
  return [...new Set((items as string[]).map(normaliseVietnamese).filter((item) => item !== ''))];
}

export function kind(value: unknown): AgencyKind {
  const text = requiredText(value, 'kind');
  const known = AGENCY_KINDS.find((allowed) => allowed === text);
  if (!known) throw new FieldError(`invalid kind "${text}": allowed values are ${AGENCY_KINDS.join(', ')}`);
  return known;
}

export function email(value: string, field: string): string {
  const address = value.trim().toLowerCase();
  if (address.length > MAX_EMAIL || !EMAIL.test(address)) throw new FieldError(`bad email in ${field}: "${value}"`);
  return address;
}

export function emailList(value: unknown, field: string): string[] {
  return [...new Set(textList(value, field).map((item) => email(item, field)))];
}

export function active(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (['true', 'yes', '1', 'x', 'có'].includes(text)) return true;
    if (['false', 'no', '0', 'không'].includes(text)) return false;
  }
  throw new FieldError(`active must be true or false (got ${JSON.stringify(value)})`);
}
