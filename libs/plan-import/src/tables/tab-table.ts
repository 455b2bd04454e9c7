import { pipeTableLines } from './pipe-table';

/**
 * Tables pasted as text: a spreadsheet or a word processor copies a table as a line per row with a tab between
 * cells, quoting a cell that holds a line break (`"Sở Tư pháp\nSở Nội vụ"`, a quote inside doubled). Each one is
 * rewritten as the Markdown pipe table the rest of the reader knows; the other lines are left as they are.
 */
export function tabTablesAsPipeTables(text: string): string {
  if (!text.includes('\t')) return text;
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  let at = 0;
  while (at < lines.length) {
    const table = tabCount(lines[at]) >= MIN_HEADER_TABS ? readRecords(lines, at) : null;
    if (table === null || table.records.length < 2) {
      out.push(lines[at]);
      at += 1;
      continue;
    }
    out.push(...pipeTableLines(table.records));
    at = table.next;
  }
  return out.join('\n');
}

/** Three columns at least: a line of prose with a stray tab or two is not a table. */
const MIN_HEADER_TABS = 2;

const tabCount = (line: string): number => line.split('\t').length - 1;

/** Rows from `from` on, while each holds a tab; `next` is the first line after them. */
function readRecords(lines: readonly string[], from: number): { records: string[][]; next: number } {
  const records: string[][] = [];
  let at = from;
  while (at < lines.length && lines[at].includes('\t')) {
    const record = readRecord(lines, at);
    records.push(record.cells);
    at = record.next;
  }
  return { records, next: at };
}

/** One row: its cells, and the line after it (a quoted cell may run over several lines). */
function readRecord(lines: readonly string[], from: number): { cells: string[]; next: number } {
  const cells: string[] = [];
  let line = from;
  let column = 0;
  for (;;) {
    const text = lines[line];
    if (text[column] === '"') {
      const quoted = readQuoted(lines, line, column + 1);
      if (quoted !== null) {
        cells.push(quoted.cell);
        line = quoted.line;
        column = quoted.column;
        // What follows the closing quote up to the tab is kept, as a spreadsheet keeps it.
        const end = lines[line].indexOf('\t', column);
        cells[cells.length - 1] += lines[line].slice(column, end === -1 ? undefined : end);
        if (end === -1) return { cells, next: line + 1 };
        column = end + 1;
        continue;
      }
    }
    const end = text.indexOf('\t', column);
    cells.push(text.slice(column, end === -1 ? undefined : end));
    if (end === -1) return { cells, next: line + 1 };
    column = end + 1;
  }
}

/** A cell's paragraphs: more, and the opening quote was text (this also bounds the work an unclosed quote costs). */
const MAX_CELL_LINES = 50;

/** A quoted cell from just after its opening quote; null when it does not close (the quote was text). */
function readQuoted(
  lines: readonly string[],
  line: number,
  column: number,
): { cell: string; line: number; column: number } | null {
  let cell = '';
  for (let at = line; at < Math.min(lines.length, line + MAX_CELL_LINES); at += 1) {
    const text = lines[at];
    for (let i = at === line ? column : 0; i < text.length; i += 1) {
      if (text[i] !== '"') {
        cell += text[i];
      } else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else {
        return { cell, line: at, column: i + 1 };
      }
    }
    cell += '\n';
  }
  return null;
}
