import { type LabelledValue, parseLabelLines } from '../outline/labels';
import { LETTER_MARKER, NUMBER_MARKER, ROMAN_MARKER } from '../text/markers';
import { type TableColumns } from './column-roles';

export type RowKind = 'roman' | 'number' | 'letter' | 'none';

/** One body row of a task table, read through its columns' roles. */
export interface TableRow {
  /** The row as a reader counts it in the table, the heading being row 1. */
  position: number;
  kind: RowKind;
  /** The STT as written, without a final `.` or `)`; empty for an unnumbered row. */
  marker: string;
  /** The content cell's paragraphs, without a numbering written into the text. */
  lines: string[];
  fields: LabelledValue[];
  empty: boolean;
}

const ROMAN = /^[IVXL]{1,5}$/;
// "A | NHIỆM VỤ CHUNG", "B. NHIỆM VỤ CỤ THỂ": groups lettered in capitals, read as Roman ones are.
const GROUP_LETTER = /^[A-ZĐ]$/u;
const GROUP_LETTER_MARKER = /^([A-ZĐ])\.\s+(\p{Lu}.*)$/u;
const NUMBER = /^\d{1,2}(?:\.\d{1,2})*$/;
const LETTER = /^[a-zđ]$/u;
const BULLET_OR_BLANK = /^[-–+•*]?$/u;

function kindOf(marker: string): RowKind | null {
  if (ROMAN.test(marker) || GROUP_LETTER.test(marker)) return 'roman';
  if (NUMBER.test(marker)) return 'number';
  if (LETTER.test(marker)) return 'letter';
  return BULLET_OR_BLANK.test(marker) ? 'none' : null;
}

/** A numbering written into the text itself: `I. Công tác …`, `1. …`, `a) …`. */
function writtenMarker(text: string): { kind: RowKind; marker: string; rest: string } | null {
  const roman = ROMAN_MARKER.exec(text);
  if (roman !== null && /^\p{Lu}/u.test(roman[2] ?? '')) return { kind: 'roman', marker: roman[1], rest: roman[2] };
  const group = GROUP_LETTER_MARKER.exec(text);
  if (group !== null) return { kind: 'roman', marker: group[1], rest: group[2] };
  const numbered = NUMBER_MARKER.exec(text);
  if (numbered !== null && (numbered[2] === '.' || numbered[1].includes('.'))) {
    return { kind: 'number', marker: numbered[1], rest: numbered[3] };
  }
  const letter = LETTER_MARKER.exec(text);
  return letter === null ? null : { kind: 'letter', marker: letter[1], rest: letter[2] };
}

const LIST_MARK = /^\s*[-–—•+*]\s*/u;

/** A cell's paragraphs as one value: agencies one per paragraph ("- Sở Y tế") become a `;` list, other text runs on. */
function fieldValue(cell: string, field: LabelledValue['field']): string {
  const paragraphs = cell.split('\n');
  if (field !== 'lead' && field !== 'coordinating') return paragraphs.join(' ');
  return paragraphs.map((p) => p.replace(LIST_MARK, '').replace(/[;,]\s*$/, '')).join('; ');
}

const isAgencyField = (field: LabelledValue['field']): boolean => field === 'lead' || field === 'coordinating';

/**
 * An agency cell as the column names it, or as the cell labels its own roles: "Chủ trì: X; Phối hợp: Y", a line
 * each, or a first line in the column's role and a labelled one after it ("Sở Tư pháp" / "Phối hợp: UBND các xã").
 */
function agencyFields(cell: string, field: LabelledValue['field'], label: string): LabelledValue[] {
  const unlabelled: string[] = [];
  const labelled: LabelledValue[] = [];
  for (const paragraph of cell.split('\n')) {
    const values = parseLabelLines(paragraph);
    if (values.length > 0 && values.every((value) => isAgencyField(value.field))) labelled.push(...values);
    else unlabelled.push(paragraph);
  }
  const named = unlabelled.length === 0 ? [] : [{ field, label, value: fieldValue(unlabelled.join('\n'), field) }];
  return [...named, ...labelled.map((value) => ({ ...value, value: fieldValue(value.value, value.field) }))];
}

/** "Thời gian bắt đầu" and "Thời gian hoàn thành" columns: one time frame from the start to the end. */
function oneTimeframe(fields: LabelledValue[]): LabelledValue[] {
  const times = fields.filter((f) => f.field === 'timeframe');
  if (times.length < 2) return fields;
  const joined = { ...times[0], value: times.map((t) => t.value).join(' - ') };
  return fields.flatMap((f) => (f === times[0] ? [joined] : f.field === 'timeframe' ? [] : [f]));
}

export function readRow(cells: readonly string[], columns: TableColumns, position: number): TableRow {
  const cell = (column: number | null) => (column === null ? '' : (cells[column] ?? '').trim());
  const filled = cells.filter((c) => c.trim() !== '');
  const headingCell = cells.findIndex((c) => c.trim() !== '');
  const spansRow = filled.length === 1 && !columns.fields.some((f) => f.column === headingCell);
  let numberCell = cell(columns.number).replace(/[.)]$/, '');
  let content = cell(columns.title);
  let kind = kindOf(numberCell);
  if (kind === null) {
    // The STT cell holds a heading that spans the row (`I. CÔNG TÁC TUYÊN TRUYỀN`).
    content = content === '' ? numberCell : content;
    numberCell = '';
    kind = 'none';
  } else if (kind === 'none' && content === '' && spansRow) {
    content = filled[0].trim();
  }
  const lines = content === '' ? [] : content.split('\n');
  const written = kind === 'none' && lines.length > 0 ? writtenMarker(lines[0]) : null;
  if (written !== null) {
    kind = written.kind;
    numberCell = written.marker;
    lines[0] = written.rest;
  }
  const fields = columns.fields.flatMap(({ column, field, label }): LabelledValue[] => {
    const value = cell(column);
    if (value === '') return [];
    return isAgencyField(field)
      ? agencyFields(value, field, label)
      : [{ field, label, value: fieldValue(value, field) }];
  });
  // A capital letter before a row with its own agencies or time numbers a task, not a group.
  if (kind === 'roman' && !ROMAN.test(numberCell) && fields.length > 0) kind = 'none';
  return { position, kind, marker: numberCell, lines, fields: oneTimeframe(fields), empty: filled.length === 0 };
}
