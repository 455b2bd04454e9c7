import { splitAgencies } from '../agencies/agency-splitter';
import { clauseSubject } from '../agencies/prose-agencies';
import { type ResponsibilityUnit } from './responsibility-units';

const CARRIES_OUT_PLAN = /triển khai(?:\s+thực hiện)?[^.;]*?nội dung[^.;]*?(?:Kế hoạch|Đề án|Chương trình)/iu;
// "Sở Tư pháp chủ trì, phối hợp với … tổ chức thực hiện Kế hoạch": in charge of doing it, not of following it
// ("theo dõi, đôn đốc việc thực hiện Kế hoạch").
const LEADS_PLAN = /chủ trì[^.;]*?(?:tổ chức|triển khai)\s+thực hiện\s+(?:Kế hoạch|Đề án|Chương trình)/iu;

/**
 * The subject that TỔ CHỨC THỰC HIỆN charges with carrying out "the contents of the plan" as a whole, or puts in
 * charge of carrying it out: the lead of tasks that have no agency line of their own.
 */
export function findInheritedLead(units: readonly ResponsibilityUnit[]): string[] {
  for (const unit of units) {
    const passage = unit.passages.find((p) => CARRIES_OUT_PLAN.test(p) || LEADS_PLAN.test(p));
    if (passage === undefined) continue;
    const subject = clauseSubject(passage) ?? unit.agency;
    return splitAgencies(subject);
  }
  return [];
}
