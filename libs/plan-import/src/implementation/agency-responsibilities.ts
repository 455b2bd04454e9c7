import { startsWithHead } from '../agencies/agency-lexicon';
import { splitAgencies } from '../agencies/agency-splitter';
import { type AgencyResponsibilityDraft, type ReportDeadlineDraft } from '../plan-draft';
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

// Reports that go up (to the province, a ministry, the government) name no office that follows the plan.
const ABOVE_THE_PLAN =
  /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Bộ|Chính phủ|Thủ tướng|Tỉnh ủy|Tỉnh uỷ|Ban Thường vụ)(?=\s|$)/iu;

/** Where a plan names no office that follows it, the agency its reports are sent to ("báo cáo … về Sở Tư pháp"). */
export function reportsReceiver(reports: readonly ReportDeadlineDraft[]): string | null {
  for (const { to } of reports) {
    const receiver = splitAgencies(to ?? '').find((name) => startsWithHead(name) && !ABOVE_THE_PLAN.test(name));
    if (receiver !== undefined) return receiver;
  }
  return null;
}
