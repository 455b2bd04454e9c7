import { startsWithHead } from '../agencies/agency-lexicon';
import { splitAgencies } from '../agencies/agency-splitter';
import { collapse } from '../text/sentences';
import { CITED_DOCUMENT_TYPES, type IssuingClause } from './issuing-clause';

// "Số: 125/KH-UBND", typed "Số: 125 /KH-UBND" or "Số 125/KH-UBND"; "Số:   /KH-UBND" left blank to be numbered.
export const OWN_NUMBER = /Số(?:\s*:\s*|\s+(?=\d))([^\s/]*\s?\/[\p{L}\d.\-–/]+)/u;
const CITED_NUMBER = /^(?:ban hành|xây dựng)\s+(?:Kế|kế)\s+hoạch\s+số\s+([\p{L}\d.\-–]+\/[\p{L}\d.\-–/]+)/u;
const FULL_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
// "Lai Châu, ngày 15/01/2025": in figures, read on the date line only (a cited document's date is written so too).
const DATE_IN_FIGURES = /ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/u;
// "(PLVN) - Ngày 12/01/2026, UBND tỉnh … ban hành Kế hoạch": a news item dates the plan where its sentence opens.
const OPENS_WITH_DATE = /^(?:\([^)]*\)\s*[-–]\s*)?Ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4}),/u;
const DATE = String.raw`\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`;
// "Chương trình phối hợp số …", "Nghị quyết liên tịch số …": a kind of document may say how it was made.
const NUMBERED_DOC = new RegExp(
  String.raw`(?:${CITED_DOCUMENT_TYPES})(?:\s+(?:phối hợp|liên tịch|liên ngành|hành động))?\s+số\s+[\p{L}\d/.\-–]*\d[\p{L}\d/.\-–]*(?:\s+ngày\s+(?:${DATE}))?`,
  'gu',
);
const OPENING_CLAUSE = new RegExp(
  String.raw`(?:^|\s)(?:Thực hiện|Triển khai|Căn cứ)\s+(?:các\s+)?(?:${CITED_DOCUMENT_TYPES})\s`,
  'u',
);
const NAMED_LAW = new RegExp(
  String.raw`(?:Bộ luật|Luật)\s+\p{Lu}[^;()]*?(?=\s*\(|\s*;|,\s*(?:${CITED_DOCUMENT_TYPES})\s|\s+và\s+(?:${CITED_DOCUMENT_TYPES})\s|\s+số\s|\s+(?:năm|ngày)\s|$)`,
  'gu',
);

/** The plan's own number from its `Số: …` header, or from "ban hành kế hoạch số …" in a news text. */
export function findNumber(header: readonly string[], issuing: IssuingClause | null): string | null {
  const own = header.map((p) => OWN_NUMBER.exec(p)).find((m) => m !== null);
  if (own) return own[1].startsWith('/') ? null : own[1].replace(/\s\//, '/').replace(/[.,;]$/, '');
  const cited = issuing === null ? null : CITED_NUMBER.exec(issuing.after);
  return cited ? cited[1].replace(/[.,;]$/, '') : null;
}

// "Sở Tư pháp và Tỉnh đoàn thống nhất ban hành …": how the subject issues, no part of its name.
const JOINTLY = /\s+(?:thống nhất|cùng|phối hợp|liên tịch)$/u;
const JOINED = /^(?:,\s*|\s+và\s+)$/u;

/** The issuing sentence's subject: its last agency, with those joined to it by "và" ("Sở Tư pháp và Tỉnh đoàn"). */
export function findIssuer(issuing: IssuingClause | null): string | null {
  if (issuing === null) return null;
  const subject = collapse(issuing.subjectClause.replace(/\([^)]*\)/g, '')).replace(JOINTLY, '');
  const agencies = splitAgencies(subject).filter(startsWithHead);
  const last = agencies[agencies.length - 1];
  if (last === undefined) return null;
  const end = subject.lastIndexOf(last) + last.length;
  let start = end - last.length;
  // Issued jointly only where "và" joins the last two; a comma alone ends the clause before ("…, Sở Tư pháp").
  for (const [i, agency] of agencies.slice(0, -1).reverse().entries()) {
    const at = subject.lastIndexOf(agency, start - 1);
    const between = at < 0 ? '' : subject.slice(at + agency.length, start);
    if (!JOINED.test(between) || (i === 0 && !between.includes('và'))) break;
    start = at;
  }
  return subject.slice(start, end);
}

function isoDate(m: RegExpExecArray): string {
  return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** Only a date whose day, month and year are all written, from the place-date header or the issuing clause. */
export function findIssuedDate(header: readonly string[], issuing: IssuingClause | null): string | null {
  const dated = header.filter((p) => /^[^,]{2,40},\s*ngày/u.test(p) || OWN_NUMBER.test(p));
  for (const text of [...dated, issuing?.subjectClause ?? '']) {
    const m = FULL_DATE.exec(text);
    if (m) return isoDate(m);
  }
  const figures = dated.map((p) => DATE_IN_FIGURES.exec(p)).find((m) => m !== null);
  const opening = OPENS_WITH_DATE.exec(issuing?.subjectClause ?? '');
  const found = figures ?? opening;
  return found ? isoDate(found) : null;
}

/** Documents cited in the opening clause, each as "<loại> số <số hiệu> ngày <ngày>" (or a law's name). */
export function findBasis(issuing: IssuingClause | null): string[] {
  if (issuing === null) return [];
  // The title above the opening clause may name a law too ("Triển khai thi hành Luật …"): it is no ground.
  const text = issuing.before.slice(openingClauseStart(issuing.before));
  const found: Array<{ at: number; doc: string }> = [];
  for (const m of text.matchAll(NUMBERED_DOC)) found.push({ at: m.index, doc: m[0] });
  for (const m of text.matchAll(NAMED_LAW)) found.push({ at: m.index, doc: m[0].trim() });
  // A document cited twice (in the title and the clause, or inside another's description) is listed once.
  const byNumber = new Map<string, string>();
  for (const { doc } of found.sort((a, b) => a.at - b.at)) {
    const number = /số\s+(\S+)/u.exec(doc)?.[1] ?? doc;
    if (!byNumber.has(number)) byNumber.set(number, doc);
  }
  return [...byNumber.values()];
}

const OPENING_CLAUSES = new RegExp(OPENING_CLAUSE.source, 'gu');

/**
 * Where the opening clause starts: its first "Thực hiện/Căn cứ …", unless a title of the same words ran into it
 * ("KẾ HOẠCH Thực hiện Kết luận số 80-KL/TW … Thực hiện Kết luận số 80-KL/TW …; Quyết định …").
 */
function openingClauseStart(before: string): number {
  const openings = [...before.matchAll(OPENING_CLAUSES)];
  if (openings.length === 0) return 0;
  const opening = (at: number) => before.slice(at, at + 60).trim();
  const repeated = openings.slice(1).find((later) => opening(later.index) === opening(openings[0].index));
  return (repeated ?? openings[0]).index;
}
