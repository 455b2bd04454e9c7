import { splitAgencies } from '../agencies/agency-splitter';
import { subjectAndPredicate } from '../agencies/prose-agencies';
import { type ResponsibilityUnit } from './responsibility-units';

/** Who TỔ CHỨC THỰC HIỆN gives a task to by its number. */
export interface NumberedAssignment {
  lead: string[];
  coordinating: string[];
}

// "tại mục 1, 3 và 4 phần II", "các điểm 1.1, 1.2 Mục II", "điểm a, b mục 2 phần II", "tiểu mục 3.1": task numbers
// after "tại" or "ở", letters before the number they are under, and the part.
const REFERRED = /(?:^|\s)(?:tại|ở)\s(.*)$/u;
const ITEM_NUMBERS =
  /(?:(?:điểm|tiết)\s+([a-zđ](?:\s*(?:,|và)\s*[a-zđ])*)\s+)?(?:tiểu mục|mục|khoản|điểm|nội dung)\s+(\d+(?:\.\d+)*(?:\s*(?:,|và)\s*\d+(?:\.\d+)*)*)(?:,?\s+(?:phần|mục)\s+([IVX]+)\b)?/giu;
const LIST = /\s*(?:,|và)\s*/u;
const LEADS = /chủ trì/u;
const JOINS = /phối hợp/u;

/** The key a task is found under: its part and its code, or its code alone where the reference names no part. */
export const assignmentKey = (part: string | null, code: string): string => (part ? `${part}:${code}` : code);

/**
 * "Sở Tư pháp chủ trì thực hiện các nhiệm vụ tại mục 1, 3 và 4 phần II": the agencies TỔ CHỨC THỰC HIỆN charges
 * with tasks by their numbers, as lead ("chủ trì") or partner ("phối hợp"), keyed by assignmentKey.
 */
export function findNumberedAssignments(units: readonly ResponsibilityUnit[]): Map<string, NumberedAssignment> {
  const assignments = new Map<string, NumberedAssignment>();
  for (const unit of units) {
    for (const clause of unit.passages.flatMap((passage) => passage.split(/;\s*/u))) {
      const subject = subjectAndPredicate(clause);
      // "Sở Y tế phối hợp với Sở Tư pháp chủ trì …": the subject's own verb says its role.
      const joins = subject !== null && /^phối hợp/u.test(subject.predicate);
      const role = joins ? 'coordinating' : LEADS.test(clause) ? 'lead' : JOINS.test(clause) ? 'coordinating' : null;
      if (role === null) continue;
      const agencies = splitAgencies(subject?.subject ?? unit.agency);
      const referred = REFERRED.exec(clause)?.[1] ?? '';
      for (const [, letters, numbers, part] of referred.matchAll(ITEM_NUMBERS)) {
        const codes = numbers
          .split(LIST)
          .flatMap((number) =>
            letters === undefined ? [number] : letters.split(LIST).map((letter) => `${number}.${letter}`),
          );
        for (const code of codes) {
          const key = assignmentKey(part?.toUpperCase() ?? null, code);
          const given = assignments.get(key) ?? { lead: [], coordinating: [] };
          given[role] = [...new Set([...given[role], ...agencies])];
          assignments.set(key, given);
        }
      }
    }
  }
  return assignments;
}
