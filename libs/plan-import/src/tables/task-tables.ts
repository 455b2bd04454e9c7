import { type LabelledValue } from '../outline/labels';
import { createNode } from '../outline/outline-node';
import { type ParseWarning, ParseWarningCode } from '../plan-draft';
import { isTimeAlone } from '../schedule/looks-like-timeframe';
import { timeframeInProse } from '../tasks/prose-timeframe';
import { type TaskNode } from '../tasks/task-nodes';
import { isAllCaps } from '../text/markers';
import { type TableColumns, readColumns } from './column-roles';
import { type PipeTable } from './pipe-table';
import { type TableRow, readRow } from './table-rows';

export interface TableTasks {
  tasks: TaskNode[];
  /** Rows that were neither a task nor a heading (empty, or with no task text). */
  warnings: ParseWarning[];
}

/** `extends`: the rows below carry this row's number (`1` → `1.1`, `a`, `-`); `restarts`: they number again from 1. */
type GroupKind = 'extends' | 'restarts' | 'heading';

interface Group {
  code: string;
  restarts: boolean;
  /** "2 | Giai đoạn 2027 - 2028": the time of the rows under a group that names only that. */
  time: string | null;
}

interface Walk {
  part: string;
  /** "I | QUÝ I NĂM 2026": the time of a Roman group's rows, when the group names only that. */
  partTime: string | null;
  /** "NĂM 2030" spanning the row, unnumbered: the time of the rows under that heading. */
  headingTime: string | null;
  groups: Group[];
  /** Rows placed so far under each parent code, to number unnumbered rows by position. */
  placed: Map<string, number>;
  tasks: TaskNode[];
  last: { row: TableRow; task: TaskNode } | null;
  /** The last task row of the group, whose lead and time a blank cell below repeats; an empty row ends it. */
  above: TableRow | null;
  tableNumber: number;
  warnings: ParseWarning[];
}

function groupKind(row: TableRow, next: TableRow | undefined): GroupKind | null {
  if (next === undefined || next.kind === 'roman') return null;
  const fieldless = row.fields.length === 0;
  if (row.kind === 'none') return fieldless && (next.kind !== 'none' || isAllCaps(row.lines[0])) ? 'heading' : null;
  if (row.kind !== 'number') return null;
  if (next.kind === 'letter' || (next.kind === 'number' && next.marker.startsWith(`${row.marker}.`))) return 'extends';
  if (!fieldless) return null;
  if (next.kind === 'none') return 'extends';
  const restarts = next.kind === 'number' && !`${row.marker}${next.marker}`.includes('.');
  return restarts && Number(next.marker) <= Number(row.marker) ? 'restarts' : null;
}

function childrenOf(code: string, walk: Walk): number {
  return walk.placed.get(`${walk.part}|${code}`) ?? 0;
}

function parentOf(code: string): string {
  return code.split('.').slice(0, -1).join('.');
}

/** The row's code: its STT as written, prefixed by the numbered group it sits in; Roman groups go to `part`. */
function place(row: TableRow, walk: Walk, isRestartGroup: boolean): string {
  const top = () => walk.groups[walk.groups.length - 1];
  let code = row.marker;
  if (row.kind === 'number') {
    while (walk.groups.length > 0 && !row.marker.startsWith(`${top().code}.`)) {
      if (top().restarts && !isRestartGroup && Number(row.marker) <= childrenOf(top().code, walk) + 1) {
        code = `${top().code}.${row.marker}`;
        break;
      }
      walk.groups.pop();
    }
  } else {
    const parent = top()?.code ?? '';
    const own = row.kind === 'letter' ? row.marker : String(childrenOf(parent, walk) + 1);
    code = parent === '' ? own : `${parent}.${own}`;
  }
  const key = `${walk.part}|${parentOf(code)}`;
  walk.placed.set(key, (walk.placed.get(key) ?? 0) + 1);
  return code;
}

/** The same STT and content as the task above: one task whose cells were split over rows. */
function continues(row: TableRow, last: Walk['last']): last is NonNullable<Walk['last']> {
  return last !== null && last.row.marker === row.marker && last.row.lines.join('\n') === row.lines.join('\n');
}

function addFields(task: TaskNode, row: TableRow): void {
  const known = task.node.attributes;
  const added = row.fields.filter((f) => !known.some((k) => k.field === f.field && k.value === f.value));
  known.push(...added);
}

function taskNode(row: TableRow, code: string, part: string, inherited: LabelledValue[]): TaskNode {
  const node = createNode('item', code, row.lines[0], null);
  node.body = row.lines.slice(1);
  node.attributes = [...row.fields, ...inherited];
  return { node, code, part };
}

const timeOf = (row: TableRow): string | null => (isTimeAlone(row.lines[0] ?? '') ? row.lines[0].trim() : null);

/** The time the nearest group above a row names, if the row names none of its own. */
function groupTime(row: TableRow, walk: Walk): LabelledValue[] {
  if (row.fields.some((f) => f.field === 'timeframe')) return [];
  const time =
    [...walk.groups].reverse().find((group) => group.time !== null)?.time ?? walk.headingTime ?? walk.partTime;
  return time === null ? [] : [{ field: 'timeframe', label: '', value: time }];
}

// A cell merged over several rows keeps its text in the first of them alone once a converter has flattened it.
const REPEATED_DOWN: ReadonlyArray<LabelledValue['field']> = ['lead', 'timeframe'];

/** The lead and time cells a row leaves blank, as the task row above it fills them; each one told. */
function cellsFromAbove(row: TableRow, code: string, inherited: LabelledValue[], walk: Walk): LabelledValue[] {
  const { above } = walk;
  if (above === null) return [];
  const own = [...row.fields, ...inherited];
  // "Phát hành tờ gấp … Hoàn thành trước ngày 30/9/2026.": a row whose text says when is no part of a merged time.
  const blank = (field: LabelledValue['field']) =>
    !own.some((value) => value.field === field) && (field !== 'timeframe' || timeframeInProse(row.lines) === null);
  const taken = REPEATED_DOWN.flatMap((field) =>
    blank(field) ? above.fields.filter((value) => value.field === field) : [],
  );
  for (const { label, value } of taken) {
    walk.warnings.push({
      code: ParseWarningCode.TableCellFromAbove,
      message: `Bảng ${walk.tableNumber}, dòng ${row.position}: ô “${label}” để trống, lấy theo dòng trên: “${value}”`,
      where: code,
    });
  }
  return taken;
}

function addRow(row: TableRow, group: GroupKind | null, walk: Walk): void {
  if (group === 'heading') {
    walk.groups = [];
    walk.headingTime = timeOf(row);
    walk.above = null;
    return;
  }
  const code = place(row, walk, group === 'restarts');
  if (group !== null) {
    walk.groups.push({ code, restarts: group === 'restarts', time: timeOf(row) });
    walk.above = null;
    return;
  }
  const inherited = groupTime(row, walk);
  const taken = cellsFromAbove(row, code, inherited, walk);
  const task = taskNode(row, code, walk.part, [...inherited, ...taken]);
  walk.tasks.push(task);
  walk.last = { row, task };
  walk.above = { ...row, fields: [...row.fields, ...taken] };
}

function readRows(table: PipeTable, columns: TableColumns, tableNumber: number, warnings: ParseWarning[]): TaskNode[] {
  const rows = table.rows
    .slice(columns.headerRows)
    .map((cells, i) => readRow(cells, columns, columns.headerRows + i + 2));
  const walk: Walk = {
    part: '',
    partTime: null,
    headingTime: null,
    groups: [],
    placed: new Map(),
    tasks: [],
    last: null,
    above: null,
    tableNumber,
    warnings,
  };
  const skip = (row: TableRow, reason: string) =>
    warnings.push({
      code: ParseWarningCode.TableRowSkipped,
      message: `Bảng ${tableNumber}, dòng ${row.position}: ${reason}, không đọc thành nhiệm vụ`,
      where: `table ${tableNumber}, row ${row.position}`,
    });
  for (const [i, row] of rows.entries()) {
    if (row.empty) {
      skip(row, 'dòng trống');
      walk.above = null;
    } else if (row.kind === 'roman') {
      walk.part = row.marker;
      walk.partTime = timeOf(row);
      walk.headingTime = null;
      walk.groups = [];
      walk.last = null;
      walk.above = null;
    } else if (row.lines.length === 0) {
      skip(row, 'dòng không có nội dung nhiệm vụ');
      walk.above = null;
    } else if (continues(row, walk.last)) {
      addFields(walk.last.task, row);
    } else {
      walk.last = null;
      const next = rows.slice(i + 1).find((r) => !r.empty);
      addRow(row, groupKind(row, next), walk);
    }
  }
  return walk.tasks;
}

/**
 * The tasks listed in the document's task tables, as task nodes the outline path's task builder reads: the content
 * cell is the item text, the agency, time, form and product cells its labelled lines. Other tables are ignored.
 */
export function readTaskTables(tables: readonly PipeTable[]): TableTasks {
  const warnings: ParseWarning[] = [];
  const tasks = tables.flatMap((table, i) => {
    const columns = readColumns(table);
    return columns === null ? [] : readRows(table, columns, i + 1, warnings);
  });
  return { tasks, warnings };
}
