import { type InterpretedTimeframe, interpretTimeframe } from '@dondoc/domain';
import { type PlanPeriod } from '../plan-draft';

function year(value: string | null): number | undefined {
  return value === null ? undefined : Number(value.slice(0, 4));
}

/** The single place where the domain's time-frame interpreter plugs into the parser. */
export function scheduleForTimeframe(timeframe: string, period: PlanPeriod | null): InterpretedTimeframe {
  const planPeriod = period === null ? undefined : { from: year(period.from), to: year(period.to) };
  return interpretTimeframe(timeframe, { planPeriod });
}
