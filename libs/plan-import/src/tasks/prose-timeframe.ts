import { interpretTimeframe } from '@dondoc/domain';
import { subjectAgencies } from '../agencies/prose-agencies';
import { isTimeAlone } from '../schedule/looks-like-timeframe';
import { splitSentences } from '../text/sentences';

// Where a time frame opens inside a sentence: "thực hiện trong Quý II năm 2026", "hoàn thành trước ngày 30/6/2026".
const OPENS_TIME =
  /(?<!\p{L})(?:trong|vào|trước|chậm nhất|từ|thường xuyên|hằng năm|hàng năm|định kỳ|đến hết)(?!\p{L})/giu;
const CLAUSES = /[,;]\s+|\s+để\s+/u;
// "…, thời gian thực hiện tháng 11/2026", "thời hạn hoàn thành: trước ngày 30/9/2026": a time label inside a sentence.
const TIME_LABEL = /^(?:thời gian|thời hạn)(?: thực hiện| hoàn thành)?\s*:?\s*/iu;
// "…, hoàn thành trong Quý II/2026": when the work is done, ahead of a time that only describes what it is about
// ("các văn bản có hiệu lực trong năm 2026").
const WORK_DONE = /(?:hoàn thành|thực hiện|triển khai|tiến hành|xong)\s*$/iu;
// "Khảo sát nhu cầu … (Quý I/2026)": the title's closing note, when it is a time.
const NOTE_AFTER_TITLE = /\(([^()]+)\)$/u;

// "… thực hiện (thường xuyên)": from the time word on, the parenthesis that closes it was opened before it.
const withoutUnopenedParenthesis = (text: string): string =>
  text.endsWith(')') && !text.includes('(') ? text.slice(0, -1).trimEnd() : text;

// namesATime: a time word inside a sentence must open a time, not a process ("Chú trọng truyền thông trong quá trình
// xây dựng văn bản" says what the work is about, not when).
function readsWithoutDoubt(candidate: string, { namesATime = false } = {}): boolean {
  const { schedule, warnings } = interpretTimeframe(candidate);
  return schedule.kind !== 'unrecognised' && warnings.length === 0 && !(namesATime && schedule.kind === 'onRequest');
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
  // "…; hoàn thành trước ngày 09/11/2026": a title that says when the work is done says it of the work.
  const done = told === after ? clauseTimes(title).find(({ whenDone }) => whenDone) : undefined;
  if (done !== undefined) return done.time;
  for (const sentence of [...told, ...rest.flatMap(splitSentences)]) {
    const found = clauseTimes(sentence);
    const times = found.map(({ time }) => time);
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
    if (found.length > 0) return (found.find(({ whenDone }) => whenDone) ?? found[0]).time;
  }
  return null;
}

const clauseTimes = (sentence: string): ClauseTime[] =>
  sentence.split(CLAUSES).flatMap((clause) => timeInClause(clause) ?? []);

interface ClauseTime {
  time: string;
  /** Whether the clause says the work is done then, by a label or a verb before the time. */
  whenDone: boolean;
}

/**
 * A clause that is a time alone (after a time label, if it has one), or its part from a time word on, that the reader
 * understands without a doubt.
 */
function timeInClause(clause: string): ClauseTime | null {
  const whole = clause.replace(/[.;]+$/u, '').trim();
  const labelled = whole.replace(TIME_LABEL, '');
  if (labelled !== whole && readsWithoutDoubt(labelled)) return { time: labelled, whenDone: true };
  if (isTimeAlone(whole) && readsWithoutDoubt(whole)) return { time: whole, whenDone: false };
  for (const opening of clause.matchAll(OPENS_TIME)) {
    const time = withoutUnopenedParenthesis(
      clause
        .slice(opening.index)
        .replace(/[.;]+$/u, '')
        .trim(),
    );
    if (readsWithoutDoubt(time, { namesATime: true })) {
      return { time, whenDone: WORK_DONE.test(clause.slice(0, opening.index)) };
    }
  }
  return null;
}
