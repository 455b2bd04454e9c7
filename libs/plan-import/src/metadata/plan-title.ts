import { normaliseToParagraphs } from '../text/normalise-text';
import { ATTACHMENT_NOTE, PLAN_HEADINGS, findAttachedPlan } from './attached-plan';

const HEADING = new RegExp(`^(${PLAN_HEADINGS})$`, 'u');
/** The opening clause that cites what the plan implements; the subject line above it runs into it. */
const OPENING_CLAUSE =
  /(?:^|\s)(?:Thực hiện|Triển khai|Căn cứ)\s+(?:các\s+)?(?:Luật|Bộ luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kế hoạch|Chương trình|Công văn|Văn bản)(?![\p{L}\d])/u;
const MAX_WORDS = 60;
// "Thực hiện Kế hoạch số 3908/KH-UBND ngày 12/10/2023 …" cites a document; "Thực hiện Chương trình … giai đoạn
// 2025-2030" is the plan's own subject.
const CITES = /\s(?:số|ngày)\s+\d|\d\/\d{4}/u;

const sentenceCase = (heading: string): string => heading.charAt(0) + heading.slice(1).toLocaleLowerCase('vi');

/**
 * The title as the document heads it: `KẾ HOẠCH` and its subject line, e.g. "Kế hoạch triển khai Đề án …".
 * Null when the heading has no subject line (the text goes straight into "Thực hiện …").
 */
export function findPlanTitle(text: string): string | null {
  const paragraphs = normaliseToParagraphs(text);
  return planTitleIn(findAttachedPlan(paragraphs)?.paragraphs ?? paragraphs);
}

/** `findPlanTitle` over paragraphs already read, the plan's own (a decision issuing it left out). */
export function planTitleIn(all: readonly string[]): string | null {
  const paragraphs = all.slice(0, 12);
  const at = paragraphs.findIndex((p) => HEADING.test(p.trim()));
  if (at < 0 || at + 1 >= paragraphs.length) return null;
  const next = paragraphs[at + 1].replace(ATTACHMENT_NOTE, '');
  const opening = OPENING_CLAUSE.exec(next);
  const cut = opening?.index === 0 && !CITES.test(next) ? null : opening;
  const subject = (cut === null ? next : next.slice(0, cut.index)).trim().replace(/[.:;,]$/u, '');
  if (subject === '' || /^[IVX]+\./u.test(subject) || subject.split(/\s+/).length > MAX_WORDS) return null;
  const first = subject.charAt(0);
  const lowered = /^\p{Lu}\p{Ll}/u.test(subject) ? first.toLocaleLowerCase('vi') + subject.slice(1) : subject;
  return `${sentenceCase(paragraphs[at].trim())} ${lowered}`;
}
