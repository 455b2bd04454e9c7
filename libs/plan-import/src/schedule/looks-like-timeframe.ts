import { interpretTimeframe } from '@dondoc/domain';
import { wordCount } from '../text/sentences';

const TIME_WORDS =
  /^(?:quý|quí|tháng|năm|hằng|hàng|thường xuyên|liên tục|trước|chậm nhất|định kỳ|khi có|dịp)(?!\p{L})/iu;
const MAX_WORDS = 14;

/**
 * Whether a short text written without its label is a time frame: one the reader understands, or one that opens
 * as time frames do ("Quý III" with its year left to the plan).
 */
export function looksLikeTimeframe(text: string): boolean {
  if (wordCount(text) > MAX_WORDS) return false;
  return TIME_WORDS.test(text.trim()) || interpretTimeframe(text).schedule.kind !== 'unrecognised';
}

const TIME_HEADING = /^(?:quý|quí|tháng|năm|giai đoạn|từ|đợt)(?!\p{L})/iu;
const MAX_HEADING_WORDS = 10;
const ANY_YEAR = { from: 2000, to: 2000 };

/**
 * A text that is nothing but a time: a heading over the items it times ("1. Quý I năm 2026", "2. Giai đoạn 2027 -
 * 2028"), a clause after who does the work ("… thực hiện, Quý III/2026").
 */
export function isTimeAlone(text: string): boolean {
  const heading = text.trim().replace(/[.:]$/u, '');
  if (wordCount(heading) > MAX_HEADING_WORDS || /[:;]/u.test(heading) || !TIME_HEADING.test(heading)) return false;
  // "Quý II" with no year is a time in a plan that has one: read it as in any year's plan.
  return interpretTimeframe(heading, { planPeriod: ANY_YEAR }).schedule.kind !== 'unrecognised';
}
