import { startsWithHead } from './agency-lexicon';
import { cleanAgencyText, splitAgencies } from './agency-splitter';
import { firstVerbIndex } from './verbs';
import { collapse, wordCount } from '../text/sentences';

const ADVERBIAL = /^(?:Căn cứ|Trên cơ sở|Sau khi|Trong quá trình|Theo)(?=\s)[^,]*,\s*/u;
const GIVEN_TO = /^(?:Giao|giao|Đề nghị|đề nghị)\s+/u;
const MAX_SUBJECT_WORDS = 22;

interface Clause {
  subject: string;
  /** What follows the subject, from its verb on. */
  predicate: string;
}

function subjectAndPredicate(clause: string): Clause | null {
  const text = collapse(clause).replace(ADVERBIAL, '').replace(GIVEN_TO, '');
  if (!startsWithHead(text)) return null;
  const verb = firstVerbIndex(text);
  if (verb <= 0) return null;
  const subject = cleanAgencyText(text.slice(0, verb));
  return wordCount(subject) <= MAX_SUBJECT_WORDS ? { subject, predicate: text.slice(verb) } : null;
}

/** The agency noun phrase that opens a clause (`Giao Thanh tra Sở theo dõi …` → `Thanh tra Sở`), if any. */
export function clauseSubject(clause: string): string | null {
  return subjectAndPredicate(clause)?.subject ?? null;
}

function clauses(text: string): string[] {
  return collapse(text)
    .split(/(?<=[.;!?])\s+|\s+để\s+/u)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Agencies named as acting subjects in a prose paragraph, in order of appearance. */
export function subjectAgencies(text: string): string[] {
  return unique(
    clauses(text)
      .map(clauseSubject)
      .filter((s): s is string => s !== null)
      .flatMap(splitAgencies),
  );
}

/** `phối hợp với X <verb>` → X. */
function partnerAgencies(text: string): string[] {
  const found: string[] = [];
  for (const m of collapse(text).matchAll(/phối hợp với\s+([^;.]+)/gu)) {
    const rest = m[1];
    const verb = firstVerbIndex(rest);
    const phrase = verb > 0 ? rest.slice(0, verb) : '';
    if (phrase !== '' && startsWithHead(phrase.trim())) found.push(...splitAgencies(phrase));
  }
  return unique(found);
}

// "Sở Tư pháp, Ban Thư ký phối hợp thực hiện": those whose own verb is "phối hợp" (not "phối hợp với") coordinate.
const COORDINATES = /^phối hợp(?!\s+với)/u;

/** Who leads and who coordinates in a prose paragraph: clause subjects, and the partners "phối hợp với" names. */
export function proseRoles(text: string): { lead: string[]; coordinating: string[] } {
  const lead: string[] = [];
  const coordinating: string[] = [];
  for (const clause of clauses(text)) {
    const found = subjectAndPredicate(clause);
    if (found !== null) (COORDINATES.test(found.predicate) ? coordinating : lead).push(...splitAgencies(found.subject));
  }
  return { lead: unique(lead), coordinating: unique([...coordinating, ...partnerAgencies(text)]) };
}

/** A value that reads as a sentence rather than a list of names. */
export function isProse(value: string): boolean {
  if (value.includes(';') && value.split(';').every((name) => startsWithHead(name.trim()))) return false;
  return firstVerbIndex(value) > 0 && (wordCount(value) > 12 || /[.]\s/.test(value));
}
