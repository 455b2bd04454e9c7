import { type AgencyResponsibilityDraft } from '../plan-draft';
import { type ResponsibilityUnit } from './responsibility-units';

export function toAgencyResponsibilities(units: readonly ResponsibilityUnit[]): AgencyResponsibilityDraft[] {
  return units.map((u) => ({ agency: u.agency, duties: u.duties }));
}

const MONITORS = /theo dõi,?\s+đôn đốc|đôn đốc/u;
const FOCAL_POINT = /đầu mối|thường trực/u;
const VIA = /\bqua\s+(\p{Lu}[^),.;]*?)(?=\)|\s+để|[,.;]|$)/u;

/** The agency charged with monitoring and aggregating: "theo dõi, đôn đốc", "đầu mối", or "(qua Sở …)". */
export function findStandingOffice(units: readonly ResponsibilityUnit[], fullText: string): string | null {
  const monitor = units.find((u) => u.duties.some((d) => MONITORS.test(d)));
  const focal = units.find((u) => u.duties.some((d) => FOCAL_POINT.test(d)));
  const via = VIA.exec(fullText);
  return monitor?.agency ?? focal?.agency ?? via?.[1].trim() ?? null;
}
