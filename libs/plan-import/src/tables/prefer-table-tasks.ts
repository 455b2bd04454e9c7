import { hasAgencyOrTime } from '../outline/outline-node';
import { type TaskNode } from '../tasks/task-nodes';
import { firstSentence } from '../text/sentences';
import { foldText } from './fold-text';

/** Share of the shorter first sentence's words that two tasks must have in common to be the same task. */
const SAME_TASK_OVERLAP = 0.8;

function words(text: string): Set<string> {
  return new Set(
    foldText(firstSentence(text))
      .split(' ')
      .filter((w) => w !== ''),
  );
}

function sameTask(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared > 0 && shared >= SAME_TASK_OVERLAP * Math.min(a.size, b.size);
}

/**
 * With a task table, the table is the plan's list of tasks: a body that says "(có Phụ lục kèm theo)" only summarises
 * it. An outline task stays only when it has agency or time lines of its own and the table does not list it.
 */
export function preferTableTasks(outline: readonly TaskNode[], table: readonly TaskNode[]): TaskNode[] {
  if (table.length === 0) return [...outline];
  const listed = table.map((t) => words(t.node.text));
  const unlisted = outline.filter(({ node }) => {
    const own = words(node.text);
    return hasAgencyOrTime(node) && !listed.some((l) => sameTask(own, l));
  });
  return [...unlisted, ...table];
}
