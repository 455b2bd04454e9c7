import { type LabelField } from '../outline/labels';
import { wordCount } from '../text/sentences';
import { foldText } from './fold-text';
import { type PipeTable } from './pipe-table';

export type ColumnRole = LabelField | 'number' | 'title' | 'performer' | 'money' | 'note';

export interface FieldColumn {
  column: number;
  field: LabelField;
  /** The heading as written, kept as the label of the values read from the column. */
  label: string;
}

export interface TableColumns {
  number: number | null;
  title: number;
  fields: FieldColumn[];
  /** Rows below the pipe heading that still belong to the heading (a second heading row, a (1) (2) (3) row). */
  headerRows: number;
}

/** Tried in order on the folded heading: "Thời gian thực hiện" is a time, not a performer. */
const ROLES: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ['number', /^(?:stt|tt|so tt|so thu tu)$/],
  ['timeframe', /\b(?:thoi gian|thoi han|tien do|thoi diem)\b/],
  ['money', /\b(?:kinh phi|du toan|so tien|thanh tien|don gia|nguon von|ngan sach|don vi tinh|so luong)\b/],
  ['note', /\bghi chu\b/],
  ['product', /\b(?:san pham|ket qua)\b/],
  ['form', /\bhinh thuc\b/],
  ['lead', /\bchu tri\b/],
  ['coordinating', /\bphoi hop\b/],
  ['title', /\b(?:noi dung|nhiem vu|hoat dong|cong viec|giai phap)\b/],
  ['performer', /\b(?:thuc hien|trach nhiem)\b|^(?:co quan|don vi)$/],
];
const MAX_HEADING_WORDS = 10;
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;

/** What a column heading names, in any wording: "Cơ quan chủ trì", "Thời gian hoàn thành", "TT". */
export function roleOf(heading: string): ColumnRole | null {
  if (heading === '' || wordCount(heading) > MAX_HEADING_WORDS) return null;
  const folded = foldText(heading);
  return ROLES.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

/**
 * A second heading row: every filled cell names a role or repeats the cell above (a vertically merged heading), and
 * it repeats a cell or names two roles, so that a lone group row such as "Hoạt động tuyên truyền" is not taken.
 */
function continuesHeading(row: readonly string[], above: readonly string[]): boolean {
  const filled = row.map((cell, i) => ({ cell, i })).filter(({ cell }) => cell !== '');
  const repeats = filled.filter(({ cell, i }) => cell === above[i]).length;
  const named = filled.filter(({ cell, i }) => cell !== above[i] && roleOf(cell) !== null).length;
  return named > 0 && repeats + named === filled.length && (repeats > 0 || named >= 2);
}

function isColumnNumbering(row: readonly string[]): boolean {
  return row.length >= 3 && row.every((cell) => COLUMN_NUMBER.test(cell));
}

function headingRows(table: PipeTable): string[][] {
  const rows = [table.header];
  for (const row of table.rows) {
    if (continuesHeading(row, rows[rows.length - 1])) rows.push(row);
    else if (isColumnNumbering(row)) rows.push([]);
    else break;
  }
  return rows;
}

/** The deepest heading cell of each column that names a role: "Chủ trì" under a merged "Phân công thực hiện". */
function columnHeadings(rows: readonly string[][], width: number): Array<{ role: ColumnRole | null; label: string }> {
  return Array.from({ length: width }, (_, column) => {
    for (const row of [...rows].reverse()) {
      const label = row[column] ?? '';
      const role = roleOf(label);
      if (role !== null) return { role, label };
    }
    return { role: null, label: '' };
  });
}

/**
 * Recognises a task table by what its headings mean, in any order and wording: it needs a content column and an
 * agency column, or a time column in a table without amounts (a budget table lists money, not work). Null otherwise.
 */
export function readColumns(table: PipeTable): TableColumns | null {
  const rows = headingRows(table);
  const headings = columnHeadings(rows, table.header.length);
  const has = (role: ColumnRole) => headings.some((h) => h.role === role);
  const title = headings.findIndex((h) => h.role === 'title');
  const agency = has('lead') || has('performer');
  if (title < 0 || !(agency || (has('timeframe') && !has('money')))) return null;
  const performer: LabelField = has('lead') ? 'coordinating' : 'lead';
  const fields = headings.flatMap(({ role, label }, column): FieldColumn[] => {
    if (role === 'performer') return [{ column, field: performer, label }];
    const isField = role === 'lead' || role === 'coordinating' || role === 'timeframe' || role === 'form';
    return isField || role === 'product' ? [{ column, field: role, label }] : [];
  });
  const number = headings.findIndex((h) => h.role === 'number');
  return { number: number < 0 ? null : number, title, fields, headerRows: rows.length - 1 };
}

/** Whether one heading row names a task table: for a reader (PDF) that must decide before it has the rows. */
export function isTaskTableHeading(cells: readonly string[]): boolean {
  return readColumns({ header: [...cells], rows: [] }) !== null;
}
