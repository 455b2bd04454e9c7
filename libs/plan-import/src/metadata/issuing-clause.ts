import { startsWithHead } from '../agencies/agency-lexicon';
import { firstVerbIndex } from '../agencies/verbs';
import { collapse } from '../text/sentences';

/**
 * "… ban hành Kế hoạch", "… xây dựng kế hoạch": the verb of the sentence that issues the plan. A programme is issued
 * as "… ban hành Chương trình", its name capitalised ("xây dựng chương trình phát thanh" is a task's work).
 */
export const ISSUES_PLAN =
  /\s(?:(?:ban hành|xây dựng)\s+(?:Kế|kế|KẾ)\s+(?:hoạch|HOẠCH)|ban hành\s+(?:Chương trình|CHƯƠNG TRÌNH))/u;
const ISSUING_VERB = new RegExp(ISSUES_PLAN.source, 'gu');
// The plan's own issuing sentence introduces it: "… ban hành Kế hoạch … như sau:".
const INTRODUCES = /(?:như sau|cụ thể như sau|với (?:các )?nội dung (?:cụ thể )?(?:như sau|sau))$/iu;

/** The kinds of document a plan's opening clause cites: "Thực hiện Kế hoạch số …", "Căn cứ Luật …". */
export const CITED_DOCUMENT_TYPES =
  'Luật|Bộ luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư liên tịch|Thông tư|Kế hoạch|Công văn|Chương trình|Hướng dẫn|Đề án|Thông báo|Kết luận|Văn bản';

// "Thực hiện Kế hoạch số 20/KH-UBND …", "Căn cứ Luật …": the clause that opens a plan's issuing sentence.
export const OPENING_CLAUSE = new RegExp(
  `^(?:Căn cứ|Thực hiện|Triển khai|Để triển khai|Nhằm triển khai)\\s+(?:các\\s+)?(?:${CITED_DOCUMENT_TYPES})(?![\\p{L}])`,
  'u',
);

/** "UBND xã ban hành Kế hoạch … như sau:": the sentence that issues the plan and introduces its text. */
export const introducesPlan = (paragraph: string): boolean =>
  ISSUES_PLAN.test(paragraph) && INTRODUCES.test(paragraph.trim().replace(/:$/u, ''));

export interface IssuingClause {
  /** Everything before the verb (the opening "Thực hiện/Căn cứ …" clause and the subject). */
  before: string;
  /** The subject clause: text after the last sentence or clause break before the verb. */
  subjectClause: string;
  /** The verb and what follows in the same sentence. */
  after: string;
}

/**
 * Finds the sentence that issues the plan: "… <chủ thể> ban hành / xây dựng kế hoạch …", or one that cites what the
 * plan carries out and introduces it with another verb ("…, Ủy ban nhân dân tỉnh triển khai thực hiện như sau:").
 */
export function findIssuingClause(paragraphs: readonly string[]): IssuingClause | null {
  // Paragraphs stay apart: the title above a sentence with no opening clause is no part of its subject.
  const text = paragraphs.map(collapse).join('\n');
  if (!ISSUES_PLAN.test(text)) return introducedOtherwise(paragraphs);
  // A cited decision may itself "ban hành Kế hoạch"; the sentence that introduces the plan wins over it.
  const verbs = [...text.matchAll(ISSUING_VERB)].map((verb) => verb.index);
  // "… Quyết định … ban hành Kế hoạch triển khai thi hành Luật, UBND tỉnh ban hành Kế hoạch … như sau": a clause
  // ends where the next one's verb begins, so that the cited decision's does not introduce the plan.
  const clauses = verbs.map((verbAt, i) => clauseAt(text.slice(0, verbs[i + 1]), verbAt));
  return clauses.find((clause) => INTRODUCES.test(clause.after.trim())) ?? clauses[0] ?? null;
}

/**
 * "Thực hiện Quyết định số … của Bộ Tư pháp, Sở Văn hóa, Thể thao và Du lịch triển khai thực hiện như sau:": the
 * subject is the agency after a comma or semicolon that the first verb follows.
 */
function introducedOtherwise(paragraphs: readonly string[]): IssuingClause | null {
  for (const paragraph of paragraphs) {
    const sentence = collapse(paragraph).replace(/:$/u, '').trim();
    if (!OPENING_CLAUSE.test(sentence) || !INTRODUCES.test(sentence)) continue;
    const breaks = [...sentence.matchAll(/[,;]\s+/gu)].reverse();
    for (const found of breaks) {
      const subjectAt = found.index + found[0].length;
      const verb = firstVerbIndex(sentence.slice(subjectAt));
      if (verb > 0 && startsWithHead(sentence.slice(subjectAt))) return clauseAt(sentence, subjectAt + verb - 1);
    }
  }
  return null;
}

/**
 * Anywhere in the text, only a sentence that introduces the plan ("… ban hành Kế hoạch … như sau:"): a duty in its body
 * ("… chủ động xây dựng kế hoạch triển khai") issues none.
 */
export function findIntroducingClause(paragraphs: readonly string[]): IssuingClause | null {
  const clause = findIssuingClause(paragraphs);
  return clause !== null && INTRODUCES.test(clause.after.trim()) ? clause : null;
}

function clauseAt(text: string, verbAt: number): IssuingClause {
  const before = text.slice(0, verbAt);
  const breakAt = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('; '),
    before.lastIndexOf(': '),
    before.lastIndexOf('\n'),
  );
  const rest = text.slice(verbAt + 1);
  // The clause ends at its sentence's end, or where a cited document's clause gives way to the next ("…; Kế hoạch …"),
  // unless the sentence introduces the plan: "ban hành Kế hoạch phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; …
  // năm 2025 như sau" names it with semicolons.
  const sentenceEnd = rest.search(/[.:](?:\s|$)/);
  const sentence = sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd);
  const clauseEnd = rest.search(/[.:](?:\s|$)|;\s/);
  return {
    before,
    subjectClause: before.slice(breakAt + 1).trim(),
    after: INTRODUCES.test(sentence.trim()) || clauseEnd < 0 ? sentence : rest.slice(0, clauseEnd),
  };
}
