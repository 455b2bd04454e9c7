import { clauseSubject } from './agencies/prose-agencies';
import { type InspectionSource } from './implementation/inspection';
import { type AttributedPassage } from './implementation/report-deadlines';
import { type ImplementationReading } from './implementation/responsibility-units';
import { type OutlineNode } from './outline/outline-node';
import { type PlanTaskDraft } from './plan-draft';
import { NAMED_WORK } from './tasks/task-nodes';
import { stripFinalDot } from './text/sentences';

function taskPassages(node: OutlineNode): string[] {
  const isHeading = node.body.length > 0 && !/[.!?]$/.test(node.text.trim());
  const dashes = node.children.filter((c) => c.kind === 'dash').flatMap((c) => [c.text, ...c.body]);
  return [...(isHeading ? [] : [node.text]), ...node.body, ...dashes];
}

/** Task texts (with their acting subject), TỔ CHỨC THỰC HIỆN passages by subject, then those with none. */
export function reportPassages(
  nodes: ReadonlyArray<{ node: OutlineNode }>,
  tasks: readonly PlanTaskDraft[],
  { units, unattributed }: ImplementationReading,
): AttributedPassage[] {
  const fromTasks = nodes.flatMap(({ node }, i) => {
    const { lead } = tasks[i];
    const owner = clauseSubject(node.text.replace(NAMED_WORK, '')) ?? (lead.length > 0 ? lead.join(', ') : null);
    return taskPassages(node).map((text) => ({ owner, text }));
  });
  const fromUnits = units.flatMap((u) => u.passages.map((text) => ({ owner: u.agency, text })));
  return [...fromTasks, ...fromUnits, ...unattributed.map((text) => ({ owner: null, text }))];
}

const CHECK_TIME = /^thời gian kiểm tra$/iu;
// "Tháng 9/2026 (thời gian cụ thể sẽ thông báo sau)": a note on the time, not the time.
const TRAILING_NOTE = /\s*\((?=\p{Ll})[^()]*\)$/u;

/** "4. Thời gian kiểm tra: Tháng 9/2026", or that heading over its line, beside a check: when the section's are held. */
function sectionCheckTime(node: OutlineNode): string | null {
  for (let above = node.parent; above !== null; above = above.parent) {
    for (const sibling of above.children) {
      const heading = sibling.labelHeading;
      if (heading === null || !CHECK_TIME.test(heading.label.trim())) continue;
      // "4. Thời gian kiểm tra" over its line: the time is the line below.
      const stated = heading.value.trim() || (sibling.body[0] ?? '').trim();
      if (stated !== '') return stripFinalDot(stated).replace(TRAILING_NOTE, '');
    }
  }
  return null;
}

export function inspectionSources(
  nodes: ReadonlyArray<{ node: OutlineNode }>,
  tasks: readonly PlanTaskDraft[],
  { units, unattributed }: ImplementationReading,
): InspectionSource[] {
  const fromTasks = nodes.map(({ node }, i) => ({
    passages: taskPassages(node),
    window: tasks[i].timeframe,
    deadlineAsWindow: true,
    sectionWindow: sectionCheckTime(node),
  }));
  const passages = [...units.flatMap((u) => u.passages), ...unattributed];
  const fromUnits = passages.map((p) => ({
    passages: [p],
    window: null,
    deadlineAsWindow: false,
    sectionWindow: null,
  }));
  return [...fromTasks, ...fromUnits];
}
