import { collapse } from '../text/sentences';

const ISSUING_VERB = /\s(?:ban hành|xây dựng)\s+(?:Kế|kế|KẾ)\s+(?:hoạch|HOẠCH)/u;

export interface IssuingClause {
  /** Everything before the verb (the opening "Thực hiện/Căn cứ …" clause and the subject). */
  before: string;
  /** The subject clause: text after the last sentence or clause break before the verb. */
  subjectClause: string;
  /** The verb and what follows in the same sentence. */
  after: string;
}

/** Finds the sentence that issues the plan: "… <chủ thể> ban hành / xây dựng kế hoạch …". */
export function findIssuingClause(paragraphs: readonly string[]): IssuingClause | null {
  const text = collapse(paragraphs.join(' '));
  const verb = ISSUING_VERB.exec(text);
  if (verb === null) return null;
  const before = text.slice(0, verb.index);
  const breakAt = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': '));
  const rest = text.slice(verb.index + 1);
  const end = rest.search(/[.:](?:\s|$)/);
  return {
    before,
    subjectClause: before.slice(breakAt + 1).trim(),
    after: end < 0 ? rest : rest.slice(0, end),
  };
}
