import { type PlanOutline } from '../outline/outline-node';
import { type PlanKind } from '../plan-draft';
import { PLAN_HEADINGS } from './attached-plan';
import { OWN_NUMBER } from './metadata';

const PLAN_TITLE = new RegExp(`^(?:${PLAN_HEADINGS})\\b`, 'u');
// A number of the plan's own kind: "Số: 12/KH-UBND", a programme's "/CTr-", a scheme's "/ĐA-".
const PLAN_KIND_IN_NUMBER = /\/(?:KH|CTr|ĐA)\b/u;
// The heading of another kind of document: a report on a plan, a submission asking for one, a notice.
const OTHER_TITLE = /^(BÁO CÁO|TỜ TRÌNH|THÔNG BÁO|GIẤY MỜI|BIÊN BẢN)$/u;

/** The kind of document the text's heading names when it is not a plan ("BÁO CÁO"), or null. */
export function otherDocumentType(paragraphs: readonly string[]): string | null {
  const head = paragraphs.slice(0, 12).map((p) => p.trim());
  if (head.some((p) => PLAN_TITLE.test(p))) return null;
  return head.map((p) => OTHER_TITLE.exec(p)?.[1]).find((title) => title !== undefined) ?? null;
}

/**
 * A plan has a title or a plan number and a numbered structure, or a task table (its tasks may be listed only
 * there). A text that only talks about a plan in prose (a news article) is `news`; a document headed as another kind
 * (a report on a plan) and anything else is `other`.
 */
export function detectKind(outline: PlanOutline, paragraphs: readonly string[], hasTaskTable = false): PlanKind {
  if (otherDocumentType(paragraphs) !== null) return 'other';
  const head = paragraphs.slice(0, 12);
  const titled = head.some((p) => PLAN_TITLE.test(p) || PLAN_KIND_IN_NUMBER.test(OWN_NUMBER.exec(p)?.[1] ?? ''));
  const romanParts = outline.parts.filter((p) => p.kind === 'part').length;
  const structured = hasTaskTable || romanParts >= 2 || outline.parts.some((p) => p.children.length > 0);
  if ((titled && structured) || romanParts >= 3) return 'plan';
  return paragraphs.some((p) => /kế hoạch/iu.test(p)) ? 'news' : 'other';
}
