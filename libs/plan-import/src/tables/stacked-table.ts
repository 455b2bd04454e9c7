import { startsWithHead } from '../agencies/agency-lexicon';
import { fromRoman } from '../extract/docx-number-formats';
import { looksLikeTimeframe } from '../schedule/looks-like-timeframe';
import { isTaskPartHeading } from '../tasks/task-nodes';
import { PAGE_NUMBER, URL_ONLY, cleanLine } from '../text/normalise-text';
import { type ColumnRole, isTaskTableHeading, roleOf } from './column-roles';
import { pipeTableLines } from './pipe-table';

/**
 * Tables whose cells arrive a line each, as text copied out of a PDF gives them: the column names one under another
 * from "STT" on, then each row from its number on, a cell wrapped over lines where it was long and absent where it
 * was empty. Each one is rewritten as the Markdown pipe table the rest of the reader knows, its lines assigned to
 * the columns by what they read as (an agency, a time frame, other text); the other lines are left as they are.
 */
export function stackedTablesAsPipeTables(text: string): string {
  const lines = text.split('\n');
  // Text out of a PDF may hold a blank line between any two lines, and a page's link and number: the table is read
  // from the others.
  const cleaned = lines.map(cleanLine);
  const filled = cleaned.flatMap((line, at) => (line === '' || isPageResidue(cleaned, at) ? [] : [{ text: line, at }]));
  const out: string[] = [];
  let copied = 0;
  for (let i = 0; i < filled.length; i += 1) {
    const heading = readHeading(filled, i);
    if (heading === null) continue;
    const body = readRows(filled, heading.next, heading.roles.slice(1));
    if (body.rows.length === 0) continue;
    out.push(...lines.slice(copied, filled[i].at), ...pipeTableLines([heading.cells, ...body.rows]));
    copied = body.next < filled.length ? filled[body.next].at : lines.length;
    i = body.next - 1;
  }
  return copied === 0 ? text : [...out, ...lines.slice(copied)].join('\n');
}

const BARE_NUMBER = /^\d{1,3}$/;

/** A link, "- 4 -", "Trang 4", or a bare number beside a link: what a page break leaves. */
function isPageResidue(lines: readonly string[], at: number): boolean {
  const line = lines[at];
  if (URL_ONLY.test(line)) return true;
  if (!PAGE_NUMBER.test(line)) return false;
  if (!BARE_NUMBER.test(line)) return true;
  const beside = (step: number): string => {
    let i = at + step;
    while (lines[i] === '') i += step;
    return lines[i] ?? '';
  };
  return URL_ONLY.test(beside(-1)) || URL_ONLY.test(beside(1));
}

interface Line {
  text: string;
  /** Its index among all the text's lines. */
  at: number;
}

const MAX_COLUMNS = 10;
const MAX_NUMBER_HEADING = 'Số thứ tự'.length;
// A line that carries on the one above: it opens in lower case, or the one above stops mid-phrase.
const OPENS_LOWER = /^\p{Ll}/u;
const STOPS_MID_PHRASE = /(?:[,;:\-–]|\s(?:và|của|về|các|những|với|cho|trên|tại|theo|đến|trong|từ|để|là|thuộc))$/u;

const carriesOn = (line: string, above: string): boolean => OPENS_LOWER.test(line) || STOPS_MID_PHRASE.test(above);

/** "STT", then the names of the columns, a name wrapped over two lines joined ("Cơ quan" / "chủ trì"). */
function readHeading(
  lines: readonly Line[],
  from: number,
): { cells: string[]; roles: ColumnRole[]; next: number } | null {
  // "STT", "TT", "Số thứ tự": a length test first, as every line of the text is tried.
  if (lines[from].text.length > MAX_NUMBER_HEADING || roleOf(lines[from].text) !== 'number') return null;
  const cells = [lines[from].text];
  let at = from + 1;
  for (; at < lines.length && cells.length <= MAX_COLUMNS; at += 1) {
    const line = lines[at].text;
    const joined = `${cells[cells.length - 1]} ${line}`;
    if (cells.length > 1 && OPENS_LOWER.test(line) && roleOf(joined) !== null) {
      cells[cells.length - 1] = joined;
      continue;
    }
    const role = roleOf(line);
    if (role === null || role === 'number') break;
    cells.push(line);
  }
  const own = withoutSpanningHeadings(cells);
  if (own.length < 3 || !isTaskTableHeading(own)) return null;
  return { cells: own, roles: own.map((cell) => roleOf(cell) as ColumnRole), next: at };
}

const AGENCY_HEADINGS: ReadonlySet<ColumnRole | null> = new Set(['lead', 'coordinating']);

/**
 * "Phân công thực hiện" over "Chủ trì" and "Phối hợp": a heading merged over the columns below it arrives as a line
 * before theirs, and would read as a column of its own that takes their agencies.
 */
function withoutSpanningHeadings(cells: readonly string[]): string[] {
  const roles = cells.map(roleOf);
  return cells.filter((_, i) => {
    const spansAgencies = AGENCY_HEADINGS.has(roles[i + 1]) && AGENCY_HEADINGS.has(roles[i + 2]);
    const aColumnOfItsOwn = roles[i] === 'performer' || (roles[i] === 'title' && roles.indexOf('title') < i);
    return !(spansAgencies && aColumnOfItsOwn);
  });
}

const ROW_NUMBER = /^(\d{1,3}(?:\.\d{1,2})*|[IVXL]{1,5}|[A-ZĐ])\.?$/u;
// "II. CÔNG TÁC HÒA GIẢI", "B. NHIỆM VỤ CỤ THỂ": a group numbered in the line that names it.
const GROUP_OPENING = /^([IVXL]{1,5}|[A-ZĐ])\.\s+(\p{Lu}.*)$/u;
const GROUP_LETTERS = [...'ABCDĐEGHIKLMNOPQRSTUVXY'];
// "1. Tuyên truyền …", "2 Phổ biến …": the number opening the row's first line, before a dot or a capital.
const NUMBER_OPENING = /^(\d{1,3})(?:\.\s*|\s+(?=\p{Lu}))(\S.*)$/u;
// After the table: the plan's next part, its signature or the list of those it is sent to.
const AFTER_TABLE = /^(?:[IVXL]{1,5}\.\s+\p{Lu}|Nơi nhận|TM\.|KT\.|(?:PHÓ )?(?:CHỦ TỊCH|GIÁM ĐỐC)$)/u;

interface RowStart {
  number: string;
  /** The row's first line after its number, when the number opens it. */
  rest: string | null;
}

/** Where the numbering stands: the last numbered row's number, and the last group's numeral. */
interface Count {
  previous: string | null;
  group: string | null;
}

/** "3" after "2", "1" again, "2.1" under "2" and "2.2" after it: the numbers rows go by. */
function follows(number: string, previous: string | null): boolean {
  if (previous === null) return true;
  const [parts, before] = [number.split('.').map(Number), previous.split('.').map(Number)];
  const last = parts.length - 1;
  const sameParent = parts.slice(0, last).every((part, i) => part === before[i]);
  return (sameParent && (parts[last] === 1 || parts[last] === (before[last] ?? 0) + 1)) || number === '1';
}

/** "I" or "A" first, then the one after the last: "II" after "I", "B" after "A", "Đ" after "D". */
function groupInTurn(numeral: string, last: string | null): boolean {
  if (last === null) return numeral === 'I' || numeral === 'A';
  const roman = fromRoman(numeral);
  const lastRoman = fromRoman(last);
  const letter = GROUP_LETTERS.indexOf(numeral);
  return (
    (roman !== null && lastRoman !== null && roman === lastRoman + 1) ||
    (letter > 0 && GROUP_LETTERS[letter - 1] === last)
  );
}

/**
 * The number that opens a row: the next one, "1" again under a group, or a group's numeral. A group named in the
 * same line ("II. CÔNG TÁC HÒA GIẢI") reads as the plan's next part would: it is a group only in its turn, and not
 * when it names a part tasks are never in ("III. TỔ CHỨC THỰC HIỆN").
 */
function rowStart(line: string, count: Count): RowStart | null {
  const group = GROUP_OPENING.exec(line);
  if (group !== null) {
    const [, numeral, rest] = group;
    return groupInTurn(numeral, count.group) && isTaskPartHeading(rest) ? { number: numeral, rest } : null;
  }
  const alone = ROW_NUMBER.exec(line)?.[1];
  const opening = alone === undefined ? NUMBER_OPENING.exec(line) : null;
  const number = alone ?? opening?.[1];
  if (number === undefined) return null;
  if (/^\d/.test(number)) return follows(number, count.previous) ? { number, rest: opening?.[2] ?? null } : null;
  // A Roman numeral alone is a group's; a capital letter alone only in its turn.
  return /^[IVXL]+$/.test(number) || groupInTurn(number, count.group) ? { number, rest: null } : null;
}

/** The count after a row: "3" may follow "II" after "2", as a group does not restart it. */
const countAfter = (number: string, count: Count): Count =>
  /^\d/.test(number) ? { ...count, previous: number } : { ...count, group: number };

function readRows(
  lines: readonly Line[],
  from: number,
  roles: readonly ColumnRole[],
): { rows: string[][]; next: number } {
  const rows: Array<RowStart & { lines: string[] }> = [];
  let at = from;
  let count: Count = { previous: null, group: null };
  for (
    let start = rowStart(lines[at]?.text ?? '', count);
    start !== null;
    start = rowStart(lines[at]?.text ?? '', count)
  ) {
    let end = at + 1;
    const counted = countAfter(start.number, count);
    while (end < lines.length && rowStart(lines[end].text, counted) === null && !AFTER_TABLE.test(lines[end].text)) {
      end += 1;
    }
    const rowLines = lines.slice(at + 1, end).map((line) => line.text);
    // A page's number amid a row, equal to the next row's: that row opens where its number comes again.
    const again =
      start.rest === null && rows.length > 0 ? rowLines.findIndex((line) => numberOf(line) === start.number) : -1;
    if (again >= 0) {
      rows[rows.length - 1].lines.push(...rowLines.slice(0, again));
      at += 1 + again;
      continue;
    }
    rows.push({ ...start, lines: rowLines });
    count = counted;
    at = end;
  }
  return {
    rows: rows.map(({ number, rest, lines: cells }) => [
      number,
      ...cellsOf(rest === null ? cells : [rest, ...cells], roles),
    ]),
    next: at,
  };
}

const numberOf = (line: string): string | undefined => ROW_NUMBER.exec(line)?.[1] ?? NUMBER_OPENING.exec(line)?.[1];

type Reads = 'agency' | 'time' | 'text';

function readsAs(line: string): Reads {
  if (looksLikeTimeframe(line)) return 'time';
  return startsWithHead(line) ? 'agency' : 'text';
}

const AGENCY_ROLES: ReadonlySet<ColumnRole> = new Set(['lead', 'coordinating', 'performer']);

/** How well a line fits a column: agencies in the agency columns, a time frame in the time column, text in the rest. */
function fit(reads: Reads, role: ColumnRole): number {
  if (AGENCY_ROLES.has(role)) return { agency: 2, time: -4, text: -3 }[reads];
  if (role === 'timeframe') return { agency: -4, time: 3, text: -2 }[reads];
  if (role === 'title') return { agency: -1, time: -1, text: 1 }[reads];
  return { agency: -1, time: -1, text: 0.5 }[reads];
}

const JOINS_CARRIED = 2;
const JOINS_UNCARRIED = -1.5;

/**
 * A row's lines into its cells, in order: each line starts a cell or carries on the one before, and the assignment
 * that fits best wins (on a tie, the earlier column: a lone agency is the lead, not a partner).
 */
function cellsOf(rowLines: readonly string[], roles: readonly ColumnRole[]): string[] {
  const cells = roles.map(() => '');
  if (rowLines.length === 0) return cells;
  const reads = rowLines.map(readsAs);
  // best[i][c]: the best score of lines 0..i with line i in column c; from[i][c] the column of line i - 1.
  const best = rowLines.map(() => roles.map(() => -Infinity));
  const from = rowLines.map(() => roles.map(() => -1));
  roles.forEach((role, c) => (best[0][c] = fit(reads[0], role)));
  for (let i = 1; i < rowLines.length; i += 1) {
    const carried = carriesOn(rowLines[i], rowLines[i - 1]);
    roles.forEach((role, c) => {
      for (let before = 0; before <= c; before += 1) {
        const step = before === c ? (carried ? JOINS_CARRIED : JOINS_UNCARRIED) : carried ? -Infinity : 0;
        const score = best[i - 1][before] + fit(reads[i], role) + step;
        if (score > best[i][c]) {
          best[i][c] = score;
          from[i][c] = before;
        }
      }
    });
  }
  const last = rowLines.length - 1;
  let column = best[last].reduce((top, score, c) => (score > best[last][top] ? c : top), 0);
  for (let i = last; i >= 0; i -= 1) {
    cells[column] = cells[column] === '' ? rowLines[i] : `${rowLines[i]} ${cells[column]}`;
    column = from[i][column];
  }
  return cells;
}
