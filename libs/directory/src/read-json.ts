import { type RawAgency } from './agency-fields';
import { DirectoryFileError } from './directory.types';
import { type NumberedRaw } from './read-csv';

export interface RawGroup {
  code?: unknown;
  name?: unknown;
  province?: unknown;
  phrases?: unknown;
  members?: unknown;
}

export interface RawDirectory {
  province: unknown;
  /** A null row is not an object at all. */
  agencies: Array<NumberedRaw<RawAgency | null>>;
  groups: Array<NumberedRaw<RawGroup | null>>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ province, agencies: [...], groups: [...] }`; rows are numbered from 1 within each list. */
export function readJsonDirectory(text: string): RawDirectory {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DirectoryFileError(`not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(parsed)) throw new DirectoryFileError('expected an object { province, agencies, groups }');
  const list = (key: 'agencies' | 'groups'): unknown[] => {
    const value = parsed[key] ?? [];
    if (!Array.isArray(value)) throw new DirectoryFileError(`${key} must be an array`);
    return value;
  };
  const numbered = <T>(items: unknown[]): Array<NumberedRaw<T | null>> =>
    items.map((item, index) => ({ row: index + 1, raw: isObject(item) ? (item as T) : null }));
  return {
    province: parsed.province,
    agencies: numbered<RawAgency>(list('agencies')),
    groups: numbered<RawGroup>(list('groups')),
  };
}
