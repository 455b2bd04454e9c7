import { type PdfPage, type PdfTextItem } from './pdf-pages';

/** Items pdf.js placed on one baseline, left to right. */
interface Line {
  page: number;
  y: number;
  items: PdfTextItem[];
}

interface Column {
  left: number;
  right: number;
  heading: string[];
}

interface OpenTable {
  columns: Column[];
  /** Where each column begins, from the second: a left-aligned cell starts right after its column's rule. */
  boundaries: number[];
  headingTexts: string;
  rows: string[][];
  items: Set<PdfTextItem>;
  lastY: number;
}

/** The x positions of the two PDF points either side of a rule that still count as on it. */
const ON_RULE = 1.5;
const SAME_LINE = 2;
const ROW_LABEL = /^(?:[0-9]+(?:\.[0-9]+)*|[IVXLC]+|[a-zđ])[.)]?$/u;
const PAGE_NUMBER = /^\d{1,3}$/;
/** How many times the usual line pitch a gap must be to start a paragraph. */
const PARAGRAPH_GAP = 1.3;

export interface PdfTablesOptions {
  /** Whether a row of cell texts is the heading of a table worth recovering (e.g. a task table). */
  isTableHeading: (cells: string[]) => boolean;
}

/**
 * The text layer with its ruled tables recovered: pdf.js gives positioned runs, not cells, so a table's columns
 * come from its heading row (refined by where left-aligned cells start), its rows from the labels in the first
 * column, and it is written as a Markdown pipe table where it began. A table that runs onto the next page, with
 * or without its heading repeated, stays one table. Other text is written as pdf.js ordered it.
 */
export function pdfTextWithTables(pages: readonly PdfPage[], { isTableHeading }: PdfTablesOptions): string {
  const tables: OpenTable[] = [];
  let open: OpenTable | null = null;
  const linesByPage = pages.map(linesOf);
  for (const pageLines of linesByPage) {
    const lines = pageLines.filter((line, i, all) => !isPageNumber(line, i, all.length));
    for (let i = 0; i < lines.length; i += 1) {
      if (open !== null && i === 0 && sameHeading(open, lines, i)) {
        i = skipHeading(open, lines, i);
        continue;
      }
      if (open !== null && fits(open, lines[i])) {
        addLine(open, lines[i]);
        continue;
      }
      open = null;
      const heading = headingAt(lines, i, isTableHeading);
      if (heading !== null) {
        open = heading.table;
        tables.push(open);
        i = heading.lastLine;
      }
    }
  }
  return render(pages, linesByPage, tables);
}

function linesOf(page: PdfPage): Line[] {
  const lines: Line[] = [];
  for (const item of page.items.filter((candidate) => candidate.text.trim() !== '')) {
    const line = lines.find((candidate) => Math.abs(candidate.y - item.y) < SAME_LINE);
    if (line) line.items.push(item);
    else lines.push({ page: page.number, y: item.y, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

function isPageNumber(line: Line, index: number, count: number): boolean {
  return (index === 0 || index === count - 1) && line.items.length === 1 && PAGE_NUMBER.test(line.items[0].text.trim());
}

/** A heading row: its first line names the columns; lines below it up to the first labelled row finish wrapped headings. */
function headingAt(
  lines: readonly Line[],
  start: number,
  isTableHeading: (cells: string[]) => boolean,
): { table: OpenTable; lastLine: number } | null {
  const first = lines[start];
  if (first.items.length < 3) return null;
  const columns: Column[] = first.items.map((item) => ({
    left: item.x,
    right: item.x + item.width,
    heading: [item.text.trim()],
  }));
  let last = start;
  const bodyStarts: number[] = [];
  for (let next = start + 1; next < lines.length && next <= start + 3; next += 1) {
    const line = lines[next];
    if (rowLabelOf(line, columns[1].left) !== null) break;
    if (!line.items.every((item) => columnIndexByOverlap(columns, item) !== null)) break;
    for (const item of line.items) {
      const column = columns[columnIndexByOverlap(columns, item)!];
      column.heading.push(item.text.trim());
      column.left = Math.min(column.left, item.x);
      column.right = Math.max(column.right, item.x + item.width);
    }
    last = next;
  }
  const cells = columns.map((column) => column.heading.join(' '));
  if (!isTableHeading(cells)) return null;

  for (let next = last + 1; next < lines.length && next <= last + 40; next += 1) {
    bodyStarts.push(...lines[next].items.map((item) => item.x));
  }
  const boundaries = columns.slice(1).map((column, i) => {
    const gap = { from: columns[i].right, to: column.left };
    const starts = bodyStarts.filter((x) => x > gap.from && x <= gap.to + ON_RULE);
    return starts.length > 0 ? Math.min(...starts) - ON_RULE : (gap.from + gap.to) / 2;
  });
  const table: OpenTable = {
    columns,
    boundaries,
    headingTexts: cells.join('|'),
    rows: [],
    items: new Set(lines.slice(start, last + 1).flatMap((line) => line.items)),
    lastY: lines[last].y,
  };
  return { table, lastLine: last };
}

function columnIndexByOverlap(columns: readonly Column[], item: PdfTextItem): number | null {
  const centre = item.x + item.width / 2;
  let best: number | null = null;
  let bestDistance = Infinity;
  columns.forEach((column, i) => {
    const distance = centre < column.left ? column.left - centre : centre > column.right ? centre - column.right : 0;
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}

function columnOf(table: OpenTable, x: number): number {
  let column = 0;
  table.boundaries.forEach((boundary, i) => {
    if (x >= boundary) column = i + 1;
  });
  return column;
}

/** The row number a line starts with, in the first column (which ends at `firstColumnEnd`). */
function rowLabelOf(line: Line, firstColumnEnd: number): string | null {
  const first = line.items[0];
  if (first.x >= firstColumnEnd) return null;
  const label = first.text.trim().split(/\s+/)[0];
  return ROW_LABEL.test(label) ? label : null;
}

/** A line belongs to the open table when each of its runs sits inside one column, or it is a labelled heading row merged across them. */
function fits(table: OpenTable, line: Line): boolean {
  if (line.items.length === 1 && rowLabelOf(line, table.boundaries[0]) !== null) return true;
  return line.items.every((item) => {
    const column = columnOf(table, item.x);
    const end = column < table.boundaries.length ? table.boundaries[column] : Infinity;
    return item.x + item.width <= end + 2 * ON_RULE;
  });
}

function addLine(table: OpenTable, line: Line): void {
  const startsRow = table.rows.length === 0 || rowLabelOf(line, table.boundaries[0]) !== null;
  if (startsRow) table.rows.push(table.columns.map(() => ''));
  const row = table.rows[table.rows.length - 1];
  for (const item of line.items) {
    const column = columnOf(table, item.x);
    row[column] = row[column] === '' ? item.text.trim() : `${row[column]} ${item.text.trim()}`;
    table.items.add(item);
  }
  table.lastY = line.y;
}

function sameHeading(table: OpenTable, lines: readonly Line[], start: number): boolean {
  return lines[start].items.every((item) => table.headingTexts.includes(item.text.trim()));
}

function skipHeading(table: OpenTable, lines: readonly Line[], start: number): number {
  let last = start;
  while (last + 1 < lines.length && rowLabelOf(lines[last + 1], table.boundaries[0]) === null && last < start + 3) {
    if (!lines[last + 1].items.every((item) => table.headingTexts.includes(item.text.trim()))) break;
    last += 1;
  }
  for (const line of lines.slice(start, last + 1)) line.items.forEach((item) => table.items.add(item));
  return last;
}

function render(pages: readonly PdfPage[], linesByPage: readonly Line[][], tables: readonly OpenTable[]): string {
  const firstItems = new Map<PdfTextItem, OpenTable>();
  for (const table of tables) {
    const first = pages.flatMap((page) => page.items).find((item) => table.items.has(item));
    if (first) firstItems.set(first, table);
  }
  const inTable = (item: PdfTextItem) => tables.some((table) => table.items.has(item));
  return pages
    .map((page, index) => {
      const paragraphGap = PARAGRAPH_GAP * typicalLinePitch(linesByPage[index]);
      let previous: PdfTextItem | null = null;
      return page.items
        .map((item) => {
          const table = firstItems.get(item);
          if (table) return `\n${pipeTable(table)}\n`;
          if (inTable(item)) return '';
          // A line further below the last than lines usually are: a new paragraph, as a blank line says in text.
          const gap = previous?.endOfLine && item.text.trim() !== '' ? previous.y - item.y : 0;
          if (item.text.trim() !== '') previous = item;
          return (gap > paragraphGap ? '\n' : '') + item.text + (item.endOfLine ? '\n' : '');
        })
        .join('');
    })
    .join('\n\n');
}

/** The most common distance between one line's baseline and the next's on a page. */
function typicalLinePitch(lines: readonly Line[]): number {
  const pitches = lines.slice(1).map((line, i) => Math.round(lines[i].y - line.y));
  const counts = new Map<number, number>();
  for (const pitch of pitches.filter((p) => p > 0)) counts.set(pitch, (counts.get(pitch) ?? 0) + 1);
  const [common] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return common?.[0] ?? Infinity;
}

function pipeTable(table: OpenTable): string {
  const cell = (text: string) => ` ${text.replace(/\|/g, '\\|')} `;
  const row = (cells: readonly string[]) => `|${cells.map(cell).join('|')}|`;
  return [
    row(table.columns.map((column) => column.heading.join(' '))),
    `|${table.columns.map(() => '---').join('|')}|`,
    ...table.rows.map(row),
  ].join('\n');
}
