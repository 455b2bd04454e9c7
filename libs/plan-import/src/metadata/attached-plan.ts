import { collapse } from '../text/sentences';
import { type IssuingClause } from './issuing-clause';

const DECISION_TITLE = /^QUYẾT ĐỊNH$/u;
/** The headings of the documents read as plans: a plan (of two agencies too), a programme, a scheme. */
export const PLAN_HEADINGS = 'KẾ HOẠCH(?: LIÊN TỊCH| PHỐI HỢP| LIÊN NGÀNH)?|CHƯƠNG TRÌNH(?: PHỐI HỢP)?|ĐỀ ÁN';
const PLAN_TITLE = new RegExp(`^(?:${PLAN_HEADINGS})$`, 'u');
const ATTACHED =
  /\(?\s*(?:Ban hành )?kèm theo Quyết định số\s+([\p{L}\d.\-–]+\/[\p{L}\d.\-–/]+)\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+của\s+([^)]+))?\)?/iu;
/** The note under an attached plan's title, to its end: "(Ban hành kèm theo Quyết định số … của …)". */
export const ATTACHMENT_NOTE = /\s*\(\s*(?:Ban hành )?kèm theo[^)]*\)?.*$/iu;
/** How far into the text a decision's own title is looked for: its letterhead comes first. */
const DECISION_HEAD = 12;

export interface AttachedPlan {
  /** The plan's own paragraphs, from its title on; the decision before it is left out. */
  paragraphs: string[];
  /** The decision issuing the plan, read as the plan's issuing clause: its grounds, its issuer, the plan's title. */
  issuing: IssuingClause;
  number: string;
  issuedDate: string;
}

/**
 * A plan issued by a decision ("Ban hành kèm theo Quyết định số … ngày … của …") follows the decision's articles,
 * its distribution list and signature. The plan is what dondoc runs; the decision gives its number and date.
 */
export function findAttachedPlan(paragraphs: readonly string[]): AttachedPlan | null {
  const decision = paragraphs.slice(0, DECISION_HEAD).findIndex((p) => DECISION_TITLE.test(p));
  if (decision < 0) return null;
  for (let title = decision + 1; title < paragraphs.length; title += 1) {
    if (!PLAN_TITLE.test(paragraphs[title])) continue;
    const heading = paragraphs.slice(title + 1, title + 3).join(' ');
    const attached = ATTACHED.exec(heading);
    if (attached === null) continue;
    const [, number, day, month, year, issuer] = attached;
    const grounds = paragraphs.slice(0, title).filter((p) => /^Căn cứ\s/u.test(p));
    return {
      paragraphs: paragraphs.slice(title),
      issuing: {
        before: collapse(grounds.join(' ')),
        subjectClause: issuer?.trim() ?? '',
        after: collapse(`ban hành Kế hoạch ${heading.slice(0, attached.index)}`),
      },
      number,
      issuedDate: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
    };
  }
  return null;
}
