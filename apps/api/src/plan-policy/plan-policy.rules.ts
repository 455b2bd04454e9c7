import { type PlanInspectionPolicy, type PlanPolicy } from '@dondoc/domain';
import { type FieldProblem } from '../http/problem-details.filter';
import { type UpdatePlanPolicyDto } from './update-plan-policy.dto';

type Escalation = Pick<PlanPolicy['escalations'][number], 'step' | 'afterWorkingDays'>;

/**
 * What class-validator cannot see one step at a time: each step is named once (a mail is remembered as sent under
 * its step's name) and comes after the one before it. Fields are named like the validation pipe does.
 */
export function escalationProblems(escalations: readonly Escalation[] = []): FieldProblem[] {
  const problems: FieldProblem[] = [];
  escalations.forEach(({ step, afterWorkingDays }, index) => {
    const earlier = escalations.slice(0, index);
    if (earlier.some((other) => other.step === step)) {
      problems.push({ field: `escalations.${index}.step`, message: `step ${step} is named twice` });
    }
    const previous = earlier.at(-1);
    if (previous && afterWorkingDays <= previous.afterWorkingDays) {
      problems.push({
        field: `escalations.${index}.afterWorkingDays`,
        message: `afterWorkingDays must be more than the step before's (${previous.afterWorkingDays})`,
      });
    }
  });
  return problems;
}

/** `policy` with the fields sent replaced: `inspection` field by field, every other field whole. */
export function mergePolicy(policy: PlanPolicy, changes: UpdatePlanPolicyDto): PlanPolicy {
  const { reminderDaysBefore, escalations, annualReportDate, leadership, inspection } = changes;
  return {
    reminderDaysBefore: reminderDaysBefore ? [...reminderDaysBefore].sort((a, b) => b - a) : policy.reminderDaysBefore,
    escalations:
      escalations?.map(({ step, afterWorkingDays, audience }) => ({ step, afterWorkingDays, audience })) ??
      policy.escalations,
    sendTime: changes.sendTime ?? policy.sendTime,
    annualReportDate: annualReportDate
      ? { month: annualReportDate.month, day: annualReportDate.day }
      : policy.annualReportDate,
    leadership: leadership ? { name: leadership.name, emails: [...leadership.emails] } : policy.leadership,
    coordinatingInputDays: changes.coordinatingInputDays ?? policy.coordinatingInputDays,
    inspection: mergeInspection(policy.inspection, inspection ?? {}),
  };
}

function mergeInspection(inspection: PlanInspectionPolicy, changes: Partial<PlanInspectionPolicy>) {
  const merged = { ...inspection };
  for (const key of Object.keys(merged) as Array<keyof PlanInspectionPolicy>) merged[key] = changes[key] ?? merged[key];
  return merged;
}
