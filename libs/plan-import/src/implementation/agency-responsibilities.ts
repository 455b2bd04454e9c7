import { clauseSubject } from '../agencies/prose-agencies';
import { startsWithHead } from '../agencies/agency-lexicon';
import { splitAgencies } from '../agencies/agency-splitter';
import {
  type AgencyResponsibilityDraft,
  type ParseWarning,
  ParseWarningCode,
  type ReportDeadlineDraft,
} from '../plan-draft';
import { type ResponsibilityUnit } from './responsibility-units';

export function toAgencyResponsibilities(units: readonly ResponsibilityUnit[]): AgencyResponsibilityDraft[] {
  return units.map((u) => ({ agency: u.agency, duties: u.duties }));
}

const URGES = /đôn đốc/u;
// "theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch", "theo dõi, tổng hợp tình hình thực hiện", "theo dõi,
// hướng dẫn các cơ quan, đơn vị triển khai": the plan's progress, though not said to urge.
const FOLLOWS =
  /theo dõi(?:,?\s+(?:và\s+)?(?:hướng dẫn|kiểm tra|giám sát|tổng hợp))*,?\s+(?:việc\s+|tình hình\s+|kết quả\s+|các\s+[^;.]{1,40}?\s+)?(?:thực hiện|triển khai)/u;
// "tổng hợp kết quả thực hiện Kế hoạch": the office that gathers how the plan went.
const GATHERS = /tổng hợp(?:,\s+(?:đánh giá|báo cáo))*\s+(?:tình hình|kết quả)(?:,\s+\S+)?\s+(?:thực hiện|triển khai)/u;
const FOCAL_POINT = /đầu mối|thường trực/u;
const VIA = /\bqua\s+(\p{Lu}[^),.;]*?)(?=\)|\s+để|[,.;]|$)/u;

/**
 * The agency charged with monitoring and aggregating: "đôn đốc", "đầu mối" or "thường trực", "theo dõi … việc thực
 * hiện", "tổng hợp kết quả thực hiện", or "(qua Sở …)".
 */
export function findStandingOffice(units: readonly ResponsibilityUnit[], fullText: string): string | null {
  const charged = (duty: RegExp): string | undefined => {
    for (const unit of units) {
      // The passages keep what introduces the duties ("Sở Tư pháp là cơ quan thường trực, có trách nhiệm:").
      const found = unit.duties.find((d) => duty.test(d)) ?? unit.passages.find((p) => duty.test(p));
      // "Hội đồng chỉ đạo; Sở Tư pháp (…) giúp Hội đồng theo dõi, đôn đốc": the clause names its own subject.
      if (found !== undefined) return clauseSubject(found) ?? unit.agency;
    }
    return undefined;
  };
  return (
    charged(URGES) ??
    charged(FOCAL_POINT) ??
    charged(FOLLOWS) ??
    charged(GATHERS) ??
    VIA.exec(fullText)?.[1].trim() ??
    null
  );
}

// "Phòng … chủ trì …; tổng hợp, báo cáo kết quả": the agency that gathers the results.
const GATHERS_RESULTS = /^tổng hợp(?![\p{L}])/u;

function resultsGatherer(units: readonly ResponsibilityUnit[]): string | null {
  return units.find((u) => u.duties.some((duty) => GATHERS_RESULTS.test(duty.trim())))?.agency ?? null;
}

/** Where a plan names no office that follows it: where its reports go, or else who gathers the results; told. */
export function inferredStandingOffice(
  reports: readonly ReportDeadlineDraft[],
  units: readonly ResponsibilityUnit[],
): { agency: string; warning: ParseWarning } | null {
  const told = (agency: string, code: ParseWarningCode, as: string) => ({
    agency,
    warning: {
      code,
      message: `Kế hoạch không ghi cơ quan theo dõi, đôn đốc: cơ quan thường trực được hiểu là ${as}, “${agency}”`,
    },
  });
  const receiver = reportsReceiver(reports);
  if (receiver !== null) return told(receiver, ParseWarningCode.StandingOfficeFromReports, 'nơi nhận báo cáo');
  const gatherer = resultsGatherer(units);
  return gatherer === null
    ? null
    : told(gatherer, ParseWarningCode.StandingOfficeFromAggregation, 'nơi tổng hợp kết quả');
}

// Reports that go up (to the province, a ministry, the government) name no office that follows the plan.
const ABOVE_THE_PLAN =
  /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Bộ|Chính phủ|Thủ tướng|Tỉnh ủy|Tỉnh uỷ|Ban Thường vụ)(?=\s|$)/iu;

/** Where a plan names no office that follows it, the agency its reports are sent to ("báo cáo … về Sở Tư pháp"). */
function reportsReceiver(reports: readonly ReportDeadlineDraft[]): string | null {
  for (const { to } of reports) {
    const receiver = splitAgencies(to ?? '').find((name) => startsWithHead(name) && !ABOVE_THE_PLAN.test(name));
    if (receiver !== undefined) return receiver;
  }
  return null;
}
