import { splitAgencies } from '../agencies/agency-splitter';
import { clauseSubject } from '../agencies/prose-agencies';
import { type ResponsibilityUnit } from './responsibility-units';

const CARRIES_OUT_PLAN = /triển khai(?:\s+thực hiện)?[^.;]*?nội dung[^.;]*?(?:Kế hoạch|Đề án|Chương trình)/iu;

/**
 * The subject that TỔ CHỨC THỰC HIỆN charges with carrying out "the contents of the plan" as a whole: the
 * lead of tasks that have no agency line of their own.
 */
export function findInheritedLead(units: readonly ResponsibilityUnit[]): string[] {
  for (const unit of units) {
    const passage = unit.passages.find((p) => CARRIES_OUT_PLAN.test(p));
    if (passage === undefined) continue;
    const subject = clauseSubject(passage) ?? unit.agency;
    return splitAgencies(subject);
  }
  return [];
}
