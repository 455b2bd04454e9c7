import { cleanLine } from '../text/normalise-text';

/** A Markdown pipe table: cells are cleaned text, a cell's paragraphs (`<br>`) separated by `\n`. */
export interface PipeTable {
  header: string[];
  rows: string[][];
}

export interface SplitText {
  /** The text with every table's lines taken out, for the paragraph normaliser (which would merge them). */
  prose: string;
  tables: PipeTable[];
}

const ROW = /^\s*\|/;
const SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const CELL_BREAK = /<br\s*\/?>/giu;

function hasSeparator(lines: readonly string[], at: number): boolean {
  return ROW.test(lines[at]) && at + 1 < lines.length && SEPARATOR.test(lines[at + 1]);
}

// Text pasted from a table may have lost its separator line: rows of three cells or more, alike in width, still are one.
function isBareTableStart(lines: readonly string[], at: number): boolean {
  if (!ROW.test(lines[at]) || at + 1 >= lines.length || !ROW.test(lines[at + 1])) return false;
  const width = cellsOf(lines[at]).length;
  return width >= 3 && cellsOf(lines[at + 1]).length === width;
}

/** Where the rows of a table starting at `at` begin, after its heading and any separator; null where none starts. */
function bodyStart(lines: readonly string[], at: number): number | null {
  if (hasSeparator(lines, at)) return at + 2;
  return isBareTableStart(lines, at) ? at + 1 : null;
}

function cellsOf(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) =>
    cell
      .replace(/\\\|/g, '|')
      .split(CELL_BREAK)
      .map(cleanLine)
      .filter((paragraph) => paragraph !== '')
      .join('\n'),
  );
}

function padded(cells: string[], width: number): string[] {
  return cells.length < width ? [...cells, ...Array<string>(width - cells.length).fill('')] : cells;
}

/** The next row of the table that starts at `from`, skipping blank lines; -1 at the table's end. */
function nextRow(lines: readonly string[], from: number): number {
  let at = from;
  while (at < lines.length && lines[at].trim() === '') at += 1;
  return at < lines.length && ROW.test(lines[at]) && !hasSeparator(lines, at) ? at : -1;
}

/**
 * Finds the pipe tables in extracted text (.docx tables arrive rendered this way) and separates the ones `isTaken`
 * accepts from the prose. Any other table (a letterhead laid out in two columns, a budget) goes back into the prose
 * a cell per line, where the number, date and issuer readers look for them.
 */
export function splitPipeTables(text: string, isTaken: (table: PipeTable) => boolean = () => true): SplitText {
  const lines = text.normalize('NFC').split('\n');
  const prose: string[] = [];
  const tables: PipeTable[] = [];
  let at = 0;
  while (at < lines.length) {
    const start = bodyStart(lines, at);
    if (start === null) {
      prose.push(lines[at]);
      at += 1;
      continue;
    }
    const header = cellsOf(lines[at]);
    const rows: string[][] = [];
    let end = start;
    for (let row = nextRow(lines, end); row >= 0; row = nextRow(lines, end)) {
      rows.push(padded(cellsOf(lines[row]), header.length));
      end = row + 1;
    }
    const table = { header, rows };
    if (isTaken(table)) tables.push(table);
    else
      prose.push(
        '',
        ...[header, ...rows]
          .flat()
          .flatMap((cell) => cell.split('\n'))
          .filter(Boolean),
        '',
      );
    at = end;
  }
  return { prose: prose.join('\n'), tables };
}

/**
 * Rows as the lines of a pipe table, as every reader writes the tables it finds: padded to the widest row, pipes
 * escaped, a cell's line breaks as `<br>`, the separator after the first row.
 */
export function pipeTableLines(rows: ReadonlyArray<readonly string[]>): string[] {
  const width = rows.reduce((widest, cells) => Math.max(widest, cells.length), 0);
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  const lines = rows.map((cells) => {
    const padded = [...cells, ...new Array<string>(width - cells.length).fill('')];
    return `| ${padded.map(cell).join(' | ')} |`;
  });
  lines.splice(1, 0, `|${' --- |'.repeat(width)}`);
  return lines;
}
