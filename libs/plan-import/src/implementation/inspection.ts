import { type InspectionDraft } from '../plan-draft';
import { splitSentences } from '../text/sentences';

// "Kiểm tra công tác phổ biến, giáo dục pháp luật tại các xã": a task that checks the plan's own field of work.
const CHECKS_PLAN =
  /^kiểm tra (?:công tác|tình hình)\s|tự kiểm tra|kiểm tra trực tiếp|(?:khảo sát|sơ kết, tổng kết),\s+kiểm tra|kiểm tra, (?:đánh giá|hướng dẫn|giám sát)|đôn đốc,\s+kiểm tra|kiểm tra (?:việc|tình hình|kết quả) (?:thực hiện|triển khai)|kiểm tra việc tổ chức|(?:thành lập|cử) (?:các |\d+ )?đoàn kiểm tra|tổ chức (?:\d+ )?đoàn kiểm tra/iu;
const LAW_ENFORCEMENT = /vi phạm|xử lý|thanh tra, kiểm tra/iu;
// "Kinh phí … tổ chức các Đoàn kiểm tra … được bố trí …": what the checks cost, not a check.
const FUNDING = /^kinh phí\s/iu;
// "Trong thời hạn 10 ngày, kể từ …", "Sau 10 ngày kể từ khi kết thúc Quý III/2026, …": how long after what.
const FOLLOW_UP = /^(Trong thời hạn [^,]+(?:, kể từ [^,]+)?|Sau \d+ ngày,? kể từ [^,]+)/u;
const DEADLINE = /trước ngày \d{1,2}\/\d{1,2}\/\d{4}/u;
// "… tổ chức kiểm tra … trong tháng 10/2026", "vào Quý III/2026": when the check itself is held.
const HELD_IN = /(?:trong|vào) (?:tháng|quý) [\dIVX]{1,4}(?:\/| năm )\d{4}/iu;

export interface InspectionSource {
  /** Passages in reading order; the first sentence that checks the plan is recorded. */
  passages: string[];
  window: string | null;
  /** Use a "trước ngày …" found in the passages when no window is given. */
  deadlineAsWindow: boolean;
  /** When the section's checks are held ("Thời gian kiểm tra: …" beside them), for a check that says no time. */
  sectionWindow: string | null;
}

function checksPlan(sentence: string): boolean {
  return CHECKS_PLAN.test(sentence) && !LAW_ENFORCEMENT.test(sentence) && !FUNDING.test(sentence.trim());
}

/** Clauses that check how the plan itself is carried out, with their time window when one is stated. */
export function findInspection(sources: readonly InspectionSource[]): InspectionDraft[] {
  const found: InspectionDraft[] = [];
  for (const source of sources) {
    const sentences = source.passages.flatMap((p) => splitSentences(p));
    const main = sentences.find((s) => checksPlan(s) && !FOLLOW_UP.test(s));
    if (main !== undefined) {
      const deadline = source.deadlineAsWindow ? (DEADLINE.exec(source.passages.join(' '))?.[0] ?? null) : null;
      const held = HELD_IN.exec(main)?.[0] ?? source.sectionWindow;
      found.push({ text: main, delayOrWindow: source.window ?? deadline ?? held ?? null });
    }
    for (const sentence of sentences) {
      const followUp = FOLLOW_UP.exec(sentence);
      if (followUp !== null && /kiểm tra/iu.test(sentence)) found.push({ text: sentence, delayOrWindow: followUp[1] });
    }
  }
  return found;
}
