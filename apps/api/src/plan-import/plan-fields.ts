import { findPlanTitle, type PlanDraft } from '@dondoc/plan-import';
import { type NewPlanDraft, type PlanWarning } from '@dondoc/persistence';

const year = (value: string | null | undefined): number | null => {
  const parsed = value ? Number.parseInt(value.slice(0, 4), 10) : NaN;
  return Number.isInteger(parsed) && parsed >= 2000 && parsed <= 2100 ? parsed : null;
};

/** The plan row's fields from the parsed draft; a title the heading does not give is named and flagged. */
export function planFields(
  text: string,
  draft: PlanDraft,
  filename: string,
): {
  fields: Omit<NewPlanDraft, 'sourceDocument' | 'warnings' | 'standingOfficeId' | 'standingOfficeEmail'>;
  warnings: PlanWarning[];
} {
  const warnings: PlanWarning[] = [];
  let title = findPlanTitle(text);
  if (title === null) {
    title = draft.issuer ? `Kế hoạch của ${draft.issuer}` : `Kế hoạch nhập từ ${filename}`;
    warnings.push({ code: 'title-missing', message: `Văn bản không ghi tên kế hoạch: tạm đặt tên “${title}”` });
  }
  let [periodFrom, periodTo] = [year(draft.period?.from), year(draft.period?.to)];
  if (periodFrom !== null && periodTo !== null && periodFrom > periodTo) [periodFrom, periodTo] = [null, null];
  return {
    fields: {
      number: draft.number,
      title,
      issuer: draft.issuer,
      issuedDate: draft.issuedDate,
      basis: draft.basis,
      periodFrom,
      periodTo,
      periodText: draft.period?.text ?? null,
    },
    warnings,
  };
}
