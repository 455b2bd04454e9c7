import { type InterpretedTimeframe, interpretTimeframe } from '@dondoc/domain';
import { type PlanEntity } from '@dondoc/persistence';

/** A task's time frame read within its plan's years: what the task runs on, and what the reading assumed. */
export function readTimeframe(
  plan: Pick<PlanEntity, 'periodFrom' | 'periodTo'>,
  timeframe: string | null | undefined,
): InterpretedTimeframe | null {
  if (!timeframe) return null;
  return interpretTimeframe(timeframe, {
    planPeriod: { from: plan.periodFrom ?? undefined, to: plan.periodTo ?? undefined },
  });
}
