import { interpretTimeframe } from '@dondoc/domain';
import { splitSentences } from '../text/sentences';

// Where a time frame opens inside a sentence: "thực hiện trong Quý II năm 2026", "hoàn thành trước ngày 30/6/2026".
const OPENS_TIME =
  /(?<!\p{L})(?:trong|vào|trước|chậm nhất|từ|thường xuyên|hằng năm|hàng năm|định kỳ|đến hết)(?!\p{L})/giu;
const CLAUSES = /[,;]\s+|\s+để\s+/u;

/**
 * When an item written as prose is due, read from its sentences after the first (its title): the first clause
 * part from a time word on that the time frame reader understands without a doubt. Null when none does.
 */
export function timeframeInProse(texts: readonly string[]): string | null {
  const [own = '', ...rest] = texts;
  const sentences = [...splitSentences(own).slice(1), ...rest.flatMap(splitSentences)];
  for (const clause of sentences.flatMap((sentence) => sentence.split(CLAUSES))) {
    for (const opening of clause.matchAll(OPENS_TIME)) {
      const candidate = clause
        .slice(opening.index)
        .replace(/[.;]+$/u, '')
        .trim();
      const { schedule, warnings } = interpretTimeframe(candidate);
      if (schedule.kind !== 'unrecognised' && warnings.length === 0) return candidate;
    }
  }
  return null;
}
