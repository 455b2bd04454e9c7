import { interpretTimeframe } from '@dondoc/domain';
import { subjectAgencies } from '../agencies/prose-agencies';
import { isTimeAlone } from '../schedule/looks-like-timeframe';
import { splitSentences } from '../text/sentences';

// Where a time frame opens inside a sentence: "thực hiện trong Quý II năm 2026", "hoàn thành trước ngày 30/6/2026".
const OPENS_TIME =
  /(?<!\p{L})(?:trong|vào|trước|chậm nhất|từ|thường xuyên|hằng năm|hàng năm|định kỳ|đến hết)(?!\p{L})/giu;
const CLAUSES = /[,;]\s+|\s+để\s+/u;
// "Khảo sát nhu cầu … (Quý I/2026)": the title's closing note, when it is a time.
const NOTE_AFTER_TITLE = /\(([^()]+)\)$/u;

// "… thực hiện (thường xuyên)": from the time word on, the parenthesis that closes it was opened before it.
const withoutUnopenedParenthesis = (text: string): string =>
  text.endsWith(')') && !text.includes('(') ? text.slice(0, -1).trimEnd() : text;

function readsWithoutDoubt(candidate: string): boolean {
  const { schedule, warnings } = interpretTimeframe(candidate);
  return schedule.kind !== 'unrecognised' && warnings.length === 0;
}

/**
 * When an item written as prose is due: a time in parentheses closing its title, or else, read from its sentences
 * after the first, the first time a clause names (timeInClause), or the times of one sentence together; null when
 * none does. The first sentence counts too when an agency opens it or a clause of it ("Công an tỉnh chủ trì … trong
 * Quý II/2026", "Tập huấn …, giao Sở Tư pháp chủ trì, thực hiện trong Quý IV/2026"): it says who does the work and
 * when, where a title's time ("Phổ biến các luật thông qua trong năm 2025") is often the work's.
 */
export function timeframeInProse(texts: readonly string[]): string | null {
  const [own = '', ...rest] = texts;
  const [title = '', ...after] = splitSentences(own);
  const noted = NOTE_AFTER_TITLE.exec(title);
  if (noted !== null && readsWithoutDoubt(noted[1])) return noted[1];
  const told = subjectAgencies(title).length === 0 ? after : [title, ...after];
  for (const sentence of [...told, ...rest.flatMap(splitSentences)]) {
    const times = sentence.split(CLAUSES).flatMap((clause) => timeInClause(clause) ?? []);
    // "Sơ kết … vào Quý IV/2028; tổng kết vào Quý IV/2030": times in two clauses, read together when they can be.
    const from = times.length > 1 ? sentence.indexOf(times[0]) : -1;
    const spanning =
      from < 0
        ? null
        : sentence
            .slice(from)
            .replace(/[.;]+$/u, '')
            .trim();
    if (spanning !== null && readsWithoutDoubt(spanning)) return spanning;
    if (times.length > 0) return times[0];
  }
  return null;
}

/** A clause that is a time alone, or its part from a time word on, that the reader understands without a doubt. */
function timeInClause(clause: string): string | null {
  const whole = clause.replace(/[.;]+$/u, '').trim();
  if (isTimeAlone(whole) && readsWithoutDoubt(whole)) return whole;
  for (const opening of clause.matchAll(OPENS_TIME)) {
    const candidate = withoutUnopenedParenthesis(
      clause
        .slice(opening.index)
        .replace(/[.;]+$/u, '')
        .trim(),
    );
    if (readsWithoutDoubt(candidate)) return candidate;
  }
  return null;
}
