import { parseCsv } from './csv';
import { type RawAgency } from './agency-fields';
import { DirectoryFileError } from './directory.types';

export const CSV_COLUMNS = [
  'code',
  'name',
  'short_names',
  'aliases',
  'kind',
  'parent_code',
  'focal_emails',
  'head_email',
  'active',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

const FIELD_OF: Record<CsvColumn, keyof RawAgency> = {
  code: 'code',
  name: 'name',
  short_names: 'shortNames',
  aliases: 'aliases',
  kind: 'kind',
  parent_code: 'parentCode',
  focal_emails: 'focalEmails',
  head_email: 'headEmail',
  active: 'active',
};

export interface NumberedRaw<T> {
  row: number;
  raw: T;
}

/** One agency per record after a header naming every column (in any order); blank records are skipped. */
export function readCsvAgencies(text: string): Array<NumberedRaw<RawAgency>> {
  const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) throw new DirectoryFileError('the CSV file is empty: expected a header row');
  const columns = header.map((cell) => cell.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((column) => !columns.includes(column));
  const unknown = columns.filter((column) => !(CSV_COLUMNS as readonly string[]).includes(column));
  if (missing.length > 0 || unknown.length > 0) {
    const problems = [
      missing.length > 0 ? `missing ${missing.join(', ')}` : '',
      unknown.length > 0 ? `unknown ${unknown.join(', ')}` : '',
    ].filter(Boolean);
    throw new DirectoryFileError(`CSV header: ${problems.join('; ')} (expected ${CSV_COLUMNS.join(',')})`);
  }
  return records.flatMap((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return [];
    const raw: RawAgency = {};
    columns.forEach((column, position) => {
      raw[FIELD_OF[column as CsvColumn]] = cells[position] ?? '';
    });
    return [{ row: index + 2, raw }];
  });
}
