import { isProse, partnerAgencies, subjectAgencies } from '../agencies/prose-agencies';
import { splitAgencies } from '../agencies/agency-splitter';
import { type LabelField } from '../outline/labels';
import { type OutlineNode } from '../outline/outline-node';
import { type ParseWarning, ParseWarningCode, type PlanTaskDraft } from '../plan-draft';
import { collapse, stripFinalDot, wordCount } from '../text/sentences';
import { type TaskNode } from './task-nodes';
import { cutTitle } from './title';

const FORM_HEADING = /^hình thức/iu;
const LEADING_TERM = /^([^:]{2,60}):\s+(.*)$/u;

function values(node: OutlineNode, field: LabelField): string[] {
  return node.attributes.filter((a) => a.field === field).map((a) => stripFinalDot(collapse(a.value)));
}

function agenciesOf(node: OutlineNode, field: 'lead' | 'coordinating'): string[] {
  return values(node, field).flatMap((v) => (isProse(v) ? subjectAgencies(v) : splitAgencies(v)));
}

/** Under `3.2. Hình thức kiểm tra`, `a) Tự kiểm tra: …` names its form before the colon. */
function termForm(node: OutlineNode): string | null {
  if (node.parent === null || !FORM_HEADING.test(node.parent.text)) return null;
  const m = LEADING_TERM.exec(node.text);
  return m !== null && wordCount(m[1]) <= 6 ? m[1].trim() : null;
}

function proseTexts(node: OutlineNode): string[] {
  const own = LEADING_TERM.exec(node.text)?.[2] ?? node.text;
  const dashes = node.children.filter((c) => c.kind === 'dash').flatMap((c) => [c.text, ...c.body]);
  return [own, ...node.body, ...dashes];
}

export interface TaskContext {
  inheritedLead: string[];
  warnings: ParseWarning[];
}

export function buildTask({ node, code, part }: TaskNode, context: TaskContext): PlanTaskDraft {
  let lead = agenciesOf(node, 'lead');
  let coordinating = agenciesOf(node, 'coordinating');
  if (lead.length === 0) {
    const texts = proseTexts(node);
    lead = [...new Set(texts.flatMap(subjectAgencies))];
    if (coordinating.length === 0 && lead.length > 0) coordinating = [...new Set(texts.flatMap(partnerAgencies))];
    if (lead.length > 0) {
      context.warnings.push({
        code: ParseWarningCode.LeadFromProse,
        message: 'lead read from the item text',
        where: code,
      });
    }
  }
  if (lead.length === 0 && context.inheritedLead.length > 0) {
    lead = context.inheritedLead;
    context.warnings.push({
      code: ParseWarningCode.LeadInherited,
      message: 'no agency line; lead inherited from TỔ CHỨC THỰC HIỆN',
      where: code,
    });
  }
  if (lead.length === 0) {
    context.warnings.push({ code: ParseWarningCode.TaskWithoutLead, message: 'no lead agency found', where: code });
  }
  return {
    code,
    part,
    title: cutTitle(node.text),
    lead,
    coordinating,
    timeframe: values(node, 'timeframe')[0] ?? null,
    form: values(node, 'form')[0] ?? termForm(node),
    product: values(node, 'product')[0] ?? null,
  };
}
