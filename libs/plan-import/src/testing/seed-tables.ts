import { normaliseToParagraphs } from '../text/normalise-text';
import { NUMBER_MARKER } from '../text/markers';
import { collapse } from '../text/sentences';
import { type ExpectedDraft } from './seed-metrics';

type SeedTask = ExpectedDraft['tasks'][number];

export type SeedColumn = 'number' | 'title' | 'lead' | 'coordinating' | 'timeframe' | 'product' | 'note';

export interface SeedTableLayout {
  /** The Roman part whose numbered items the table replaces (`III`). */
  part: string;
  /** Each column's role and the heading written above it, left to right. */
  columns: ReadonlyArray<readonly [SeedColumn, string]>;
  /** Between the agencies of one cell: `; ` as in running text, `<br>` for a .docx cell with a paragraph each. */
  agencySeparator?: string;
}

interface SeedRow {
  number: string;
  title: string;
  task: SeedTask | null;
}

/** Seed 003's tasks (part III) as an appendix table with the usual five columns, in the usual order. */
export const SEED_003_APPENDIX: SeedTableLayout = {
  part: 'III',
  columns: [
    ['number', 'STT'],
    ['title', 'Nội dung nhiệm vụ'],
    ['lead', 'Cơ quan chủ trì'],
    ['coordinating', 'Cơ quan phối hợp'],
    ['timeframe', 'Thời gian thực hiện'],
  ],
};

export const APPENDIX_REFERENCE = 'Các nhiệm vụ, giải pháp cụ thể tại Phụ lục kèm theo Kế hoạch này.';
const NOTE = 'Báo cáo kết quả về Sở Tư pháp';

function sectionBounds(lines: readonly string[], part: string): [number, number] {
  const start = lines.findIndex((line) => new RegExp(`^\\s*${part}\\.\\s`, 'u').test(line));
  if (start < 0) throw new Error(`the text has no part ${part}`);
  const next = lines.findIndex((line, i) => i > start && /^\s*[IVXL]{1,5}\.\s+\p{Lu}/u.test(line));
  return [start, next < 0 ? lines.length : next];
}

/** The numbered headings of the removed section (`4.2` → its text), to write the group rows. */
function numberedHeadings(section: readonly string[]): Map<string, string> {
  const headings = new Map<string, string>();
  for (const paragraph of normaliseToParagraphs(section.join('\n'))) {
    const marker = NUMBER_MARKER.exec(paragraph);
    if (marker !== null) headings.set(marker[1], collapse(marker[3]).replace(/[:.]$/, ''));
  }
  return headings;
}

/** The written STT of a code: `4.2` stays whole, a lettered item shows only its letter (`a`). */
function numberAsWritten(code: string): string {
  const last = code.split('.').pop() ?? code;
  return /^\d+$/.test(last) ? code : last;
}

function seedRows(tasks: readonly SeedTask[], headings: ReadonlyMap<string, string>): SeedRow[] {
  const rows: SeedRow[] = [];
  const groups = new Set<string>();
  for (const task of tasks) {
    const components = task.code.split('.');
    for (let n = 1; n < components.length; n += 1) {
      const group = components.slice(0, n).join('.');
      if (groups.has(group)) continue;
      groups.add(group);
      rows.push({ number: numberAsWritten(group), title: headings.get(group) ?? '', task: null });
    }
    rows.push({ number: numberAsWritten(task.code), title: task.title, task });
  }
  return rows;
}

function cellOf(row: SeedRow, column: SeedColumn, agencySeparator: string): string {
  const { task } = row;
  switch (column) {
    case 'number':
      return row.number;
    case 'title':
      return row.title;
    case 'lead':
      return task?.lead.join(agencySeparator) ?? '';
    case 'coordinating':
      return task?.coordinating.join(agencySeparator) ?? '';
    case 'timeframe':
      return task?.timeframe ?? '';
    case 'product':
      return task?.product ?? '';
    case 'note':
      return task === null ? '' : NOTE;
  }
}

const pipeLine = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;

/**
 * A seed plan whose tasks are listed only in an appendix table: the numbered items of the task part are replaced by
 * a reference to the appendix, and the tasks (with their group headings as rows) follow the text as a pipe table.
 */
export function seedTasksAsMarkdownTable(
  seedText: string,
  tasks: readonly SeedTask[],
  layout: SeedTableLayout,
): string {
  const lines = seedText.split('\n');
  const [start, end] = sectionBounds(lines, layout.part);
  const headings = numberedHeadings(lines.slice(start + 1, end));
  const body = [...lines.slice(0, start + 1), APPENDIX_REFERENCE, ...lines.slice(end)].join('\n');
  const separator = layout.agencySeparator ?? '; ';
  const table = [
    pipeLine(layout.columns.map(([, heading]) => heading)),
    pipeLine(layout.columns.map(() => '---')),
    ...seedRows(tasks, headings).map((row) =>
      pipeLine(layout.columns.map(([column]) => cellOf(row, column, separator))),
    ),
  ];
  const appendix = ['PHỤ LỤC', 'DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH', '(Kèm theo Kế hoạch)', '', ...table];
  return `${body}\n\n${appendix.join('\n')}\n`;
}
