import { clauseSubject } from './agencies/prose-agencies';
import { type InspectionSource } from './implementation/inspection';
import { type AttributedPassage } from './implementation/report-deadlines';
import { type ResponsibilityUnit } from './implementation/responsibility-units';
import { type OutlineNode } from './outline/outline-node';
import { type PlanTaskDraft } from './plan-draft';
import { NAMED_WORK } from './tasks/task-nodes';

function taskPassages(node: OutlineNode): string[] {
  const isHeading = node.body.length > 0 && !/[.!?]$/.test(node.text.trim());
  const dashes = node.children.filter((c) => c.kind === 'dash').flatMap((c) => [c.text, ...c.body]);
  return [...(isHeading ? [] : [node.text]), ...node.body, ...dashes];
}

/** Task texts (with their acting subject) and TỔ CHỨC THỰC HIỆN passages, in reading order. */
export function reportPassages(
  nodes: ReadonlyArray<{ node: OutlineNode }>,
  tasks: readonly PlanTaskDraft[],
  units: readonly ResponsibilityUnit[],
): AttributedPassage[] {
  const fromTasks = nodes.flatMap(({ node }, i) => {
    const owner = clauseSubject(node.text.replace(NAMED_WORK, '')) ?? tasks[i].lead.join(', ');
    return taskPassages(node).map((text) => ({ owner, text }));
  });
  const fromUnits = units.flatMap((u) => u.passages.map((text) => ({ owner: u.agency, text })));
  return [...fromTasks, ...fromUnits];
}

export function inspectionSources(
  nodes: ReadonlyArray<{ node: OutlineNode }>,
  tasks: readonly PlanTaskDraft[],
  units: readonly ResponsibilityUnit[],
): InspectionSource[] {
  const fromTasks = nodes.map(({ node }, i) => ({
    passages: taskPassages(node),
    window: tasks[i].timeframe,
    deadlineAsWindow: true,
  }));
  const fromUnits = units.flatMap((u) =>
    u.passages.map((p) => ({ passages: [p], window: null, deadlineAsWindow: false })),
  );
  return [...fromTasks, ...fromUnits];
}
