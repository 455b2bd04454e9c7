import { isParties, startsWithHead } from './agency-lexicon';
import { cleanAgencyText, splitAgencies } from './agency-splitter';
import { firstVerbIndex } from './verbs';
import { collapse, wordCount } from '../text/sentences';

// "Căn cứ …,", and when the work is due before its subject: "Định kỳ 6 tháng, hằng năm, các cơ quan báo cáo …".
const ADVERBIAL =
  /^(?:(?:Căn cứ|Trên cơ sở|Sau khi|Sau \d+ ngày|Trong quá trình|Theo|Định kỳ|H[ằà]ng (?:năm|quý|tháng)|Trước ngày|Chậm nhất)(?=\s|,)[^,]*,\s*)+/iu;
// "Giao X chủ trì", "Đề nghị X phối hợp", "Yêu cầu X triển khai", "Do X thực hiện" (by X): the agency follows.
export const GIVEN_TO = /^(?:Giao|giao|Đề nghị|đề nghị|Yêu cầu|yêu cầu|Do|do)\s+/u;
const MAX_SUBJECT_WORDS = 22;
// "Sở Tư pháp được giao theo dõi …": the body given the work. "Các cơ quan được giao chủ trì" are those given a task.
const GIVEN_THE_WORK = /(?<=^(?!(?:các|những|mọi)\s)\S.*?)\s+được giao(?: nhiệm vụ)?$/iu;
// "Các cơ quan được giao chủ trì thực hiện nhiệm vụ tại Kế hoạch này có trách nhiệm …": a group named by the task it was
// given, whose own verb comes with its duty.
const GIVEN_A_TASK =
  /^(?:các|những|mọi|cơ quan|đơn vị)(?:\s[^.;:]*?)?\sđược giao\s[^.;:]*?(?=\s(?:có|chịu) trách nhiệm\s)/iu;

interface Clause {
  subject: string;
  /** What follows the subject, from its verb on. */
  predicate: string;
}

// "Trách nhiệm của Sở Tư pháp", "Đối với các sở, ban, ngành", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh": the words before
// the agency a heading names.
const HEADING_OPENER = /^(?:(?:Trách nhiệm|Nhiệm vụ) của|Đối với|Đề nghị)\s+/iu;

/** Most headings that name agencies are this short; a longer line may be a sentence whose verb was wrapped away. */
const HEADING_WORDS = 18;

/**
 * A heading that only names an agency ("1. Sở Tư pháp", "2. Công an tỉnh:", above its duties or its tasks): that
 * agency, else null. `maxWords` lets a caller that knows the line heads bullets take a long list of bodies.
 */
export function agencyHeading(text: string, maxWords = HEADING_WORDS): string | null {
  const heading = text.trim().replace(/:$/u, '');
  const agency = cleanAgencyText(heading.replace(HEADING_OPENER, ''));
  const named =
    startsWithHead(agency) && wordCount(agency) <= maxWords && !/[.:]/.test(heading) && firstVerbIndex(agency) < 0;
  return named ? agency : null;
}

// "Chế độ báo cáo: Các cơ quan, đơn vị báo cáo …": a few words naming the topic, before the clause's agency.
const TOPIC = /^[^:;.]{2,60}:\s+/u;
const TOPIC_WORDS = 8;

/** The clause without a topic that opens it, where an agency follows it. */
function withoutTopic(text: string): string {
  const topic = TOPIC.exec(text)?.[0];
  if (topic === undefined || startsWithHead(topic) || wordCount(topic) > TOPIC_WORDS) return text;
  const rest = text.slice(topic.length);
  return startsWithHead(rest) ? rest : text;
}

/** The agency noun phrase that opens a clause, and the clause from its verb on; null where no agency opens it. */
export function subjectAndPredicate(clause: string): Clause | null {
  const text = withoutTopic(collapse(clause).replace(ADVERBIAL, '')).replace(GIVEN_TO, '');
  if (!startsWithHead(text)) return null;
  // "Sở Tư pháp: Chủ trì, phối hợp …": an item that names its agency before a colon.
  const colon = text.indexOf(':');
  if (colon > 0 && startsWithHead(text.slice(0, colon)) && firstVerbIndex(text.slice(0, colon)) < 0) {
    const subject = cleanAgencyText(text.slice(0, colon));
    const predicate = text.slice(colon + 1).trim();
    if (wordCount(subject) <= MAX_SUBJECT_WORDS && predicate !== '') return { subject, predicate };
  }
  const group = GIVEN_A_TASK.exec(text)?.[0];
  const verb = group === undefined ? firstVerbIndex(text) : group.length + 1;
  if (verb <= 0) return null;
  const subject = cleanAgencyText(text.slice(0, verb)).replace(GIVEN_THE_WORK, '');
  return wordCount(subject) <= MAX_SUBJECT_WORDS ? { subject, predicate: text.slice(verb) } : null;
}

/** The agency noun phrase that opens a clause (`Giao Thanh tra Sở theo dõi …` → `Thanh tra Sở`), if any. */
export function clauseSubject(clause: string): string | null {
  return subjectAndPredicate(clause)?.subject ?? null;
}

// "Tập huấn …, giao Sở Tư pháp chủ trì": who does the work may follow it after a comma.
const CLAUSE_BREAK = /(?<=[.;!?])\s+|\s+để\s+|,\s+(?=(?:giao|do)\s)/u;

function clauses(text: string): string[] {
  return collapse(text)
    .split(CLAUSE_BREAK)
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

// "phối hợp với Sở Nội vụ trong công tác …", "…, thời gian Quý II/2026": the words that turn from the partners to the
// work or to when.
const WORK_AFTER_PARTNERS = /\s(?:trong|về|nhằm|theo|trên|bằng|cho|đối với)\s|,\s+thời (?:gian|hạn)\s/u;

// "với sự phối hợp của X", "phối hợp chặt chẽ với X", "X chủ trì, cùng Y thực hiện" name partners too.
const PARTNERS_NAMED = /(?:[pP]hối hợp(?:\s+chặt chẽ)?(?:\s+(?:với|của))?|chủ trì,?\s+cùng(?:\s+với)?)\s+([^;.]+)/gu;

/**
 * `phối hợp (với) X <verb>` → X, and `phối hợp (với) X` closing its sentence or its cell; `phối hợp tổ chức …`, the
 * work right after, names no partner.
 */
function partnerAgencies(text: string): string[] {
  const found: string[] = [];
  // "Phối hợp với …" opens a duty listed under its agency.
  for (const m of collapse(text).matchAll(PARTNERS_NAMED)) {
    const rest = m[1];
    const verb = firstVerbIndex(rest);
    if (verb === 0) continue;
    const named = verb > 0 ? rest.slice(0, verb) : rest;
    const work = WORK_AFTER_PARTNERS.exec(named);
    const phrase = (work === null ? named : named.slice(0, work.index)).trim();
    if (phrase !== '' && startsWithHead(phrase)) found.push(...splitAgencies(phrase));
  }
  return unique(found);
}

// "Sở Tư pháp, Ban Thư ký phối hợp thực hiện": those whose own verb is "phối hợp" (not "phối hợp với") coordinate.
const COORDINATES = /^phối hợp(?!\s+với)/u;

export interface Roles {
  lead: string[];
  coordinating: string[];
}

const LEADS_BY_NAME = /^chủ trì(?=$|[\s,;.])/u;

/** "Công an tỉnh chủ trì, …": a clause whose subject leads by name. */
export const leadsByName = (clause: string): boolean =>
  LEADS_BY_NAME.test(subjectAndPredicate(clause)?.predicate ?? '');

// "Công an tỉnh chủ trì, Sở Tư pháp và Tỉnh đoàn phối hợp …", "X là cơ quan chủ trì, Y là cơ quan phối hợp": the
// partners' own clause, after the lead's and a comma.
const AFTER_LEAD = /^(?:là (?:cơ quan|đơn vị) )?chủ trì,\s+/u;
const PARTNERS_VERB = /^(?:phối hợp(?!\s+với)|là (?:cơ quan|đơn vị) phối hợp)/u;

function partnersAfterLead(predicate: string): string[] {
  if (!AFTER_LEAD.test(predicate)) return [];
  const partners = subjectAndPredicate(predicate.replace(AFTER_LEAD, ''));
  return partners !== null && PARTNERS_VERB.test(partners.predicate) ? splitAgencies(partners.subject) : [];
}

/**
 * Who leads and who coordinates in a prose paragraph: clause subjects, and the partners "phối hợp (với)" names.
 * With `helpersCoordinate`, where a clause says who leads ("X chủ trì"), the subjects of the others help it ("Y
 * chuẩn bị nội dung").
 */
export function proseRoles(text: string, { helpersCoordinate = false } = {}): Roles {
  const subjects = clauses(text).flatMap((clause) => {
    const found = subjectAndPredicate(clause);
    return found === null ? [] : [{ names: splitAgencies(found.subject), predicate: found.predicate }];
  });
  const named = helpersCoordinate && subjects.some(({ predicate }) => LEADS_BY_NAME.test(predicate));
  // "Hai bên phối hợp …": the parties work with each other, and so lead it together.
  const leads = ({ names, predicate }: (typeof subjects)[number]) =>
    named ? LEADS_BY_NAME.test(predicate) : !COORDINATES.test(predicate) || names.some(isParties);
  return {
    lead: unique(subjects.filter(leads).flatMap(({ names }) => names)),
    coordinating: unique([
      ...subjects.filter((subject) => !leads(subject)).flatMap(({ names }) => names),
      ...subjects.flatMap(({ predicate }) => partnersAfterLead(predicate)),
      ...partnerAgencies(text),
    ]),
  };
}

const LEAD_MARK = /\s*\((?:cơ quan |đơn vị )?chủ trì\)/u;
const LEADS = /(?:^|\s)chủ trì(?=$|[\s,;.])/u;

/**
 * One agency cell that names both roles: "Công an tỉnh chủ trì, phối hợp với Sở Y tế", "Sở Tư pháp chủ trì; các
 * sở, ngành phối hợp", "Sở Tư pháp (chủ trì), Sở Nội vụ". Null when the cell names no lead by its role.
 */
export function cellRoles(cell: string): Roles | null {
  const text = collapse(cell);
  if (LEAD_MARK.test(text)) {
    // Each mark closes the name it follows: of the names before it, the last leads.
    const parts = text.split(new RegExp(LEAD_MARK.source, 'gu')).map(splitAgencies);
    const lead = parts.slice(0, -1).flatMap((names) => names.slice(-1));
    const coordinating = parts.flatMap((names, i) => (i < parts.length - 1 ? names.slice(0, -1) : names));
    return { lead, coordinating };
  }
  if (!LEADS.test(text)) return null;
  const roles = proseRoles(text, { helpersCoordinate: true });
  return roles.lead.length > 0 ? roles : null;
}

/** A value that reads as a sentence rather than a list of names. */
export function isProse(value: string): boolean {
  if (value.includes(';') && value.split(';').every((name) => startsWithHead(name.trim()))) return false;
  return firstVerbIndex(value) > 0 && (wordCount(value) > 12 || /[.]\s/.test(value));
}
