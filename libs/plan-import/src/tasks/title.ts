import { firstSentence, wordLetterEnds } from '../text/sentences';

const KEEP_WHOLE = 33;
const MIN_WORDS = 13;
const STRONG_MAX = 30;
const CLAUSE_MAX = 34;
const PHRASE_MAX = 32;
/** Words past every limit above count as one more: a long sentence is not counted to its end. */
const COUNTED_WORDS = Math.max(KEEP_WHOLE, STRONG_MAX, CLAUSE_MAX, PHRASE_MAX) + 1;

/** Commas followed by one of these open a new clause (purpose, result, manner) rather than a list item. */
const CLAUSE_OPENERS = [
  'trong đó',
  'hưởng ứng',
  'đảm bảo',
  'bảo đảm',
  'với',
  'góp phần',
  'hỗ trợ',
  'giúp',
  'kết nối',
  'đặc biệt',
  'cập nhật',
  'nhằm',
  'tạo',
  'phục vụ',
  'gắn với',
  'qua đó',
  'từ đó',
  'trên cơ sở',
];
const PHRASE_OPENERS = [
  'thông qua',
  'đến',
  'và',
  'trên',
  'quy định',
  'theo',
  'của',
  'cho',
  'trong',
  'tại',
  'để',
  'nhằm',
];

interface Cut {
  at: number;
  words: number;
}

/** The places `pattern` matches before COUNTED_WORDS, each with the words before it (`letterEnds` from wordLetterEnds). */
function cutsBefore(sentence: string, pattern: RegExp, letterEnds: readonly number[]): Cut[] {
  const cuts: Cut[] = [];
  let words = 0;
  for (const m of sentence.matchAll(pattern)) {
    while (words < letterEnds.length && letterEnds[words] <= m.index) words += 1;
    if (words >= COUNTED_WORDS) break;
    cuts.push({ at: m.index, words });
  }
  return cuts;
}

function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/\s/g, '\\s')).join('|');
}

const STRONG = /\s*(?:;|\.{3}|…)\s/gu;
const CLAUSE = new RegExp(`,\\s(?=(?:${alternation(CLAUSE_OPENERS)})[\\s,])`, 'gu');
/** `và` before a plural noun or a capitalised name joins two nouns (a list of subjects, a name), not two actions. */
const JOINS_NOUNS = 'và\\s(?:các|những|mọi|\\p{Lu})';
const PHRASE = new RegExp(`\\s(?=(?:${alternation(PHRASE_OPENERS)})[\\s,])(?!${JOINS_NOUNS})`, 'gu');

/**
 * The task title: the first sentence, cut at a clause boundary when it is long. Always a verbatim prefix
 * of the item text, without ellipsis or final period.
 */
export function cutTitle(text: string): string {
  const sentence = firstSentence(text);
  const letterEnds = wordLetterEnds(sentence, COUNTED_WORDS);
  if (letterEnds.length <= KEEP_WHOLE) return sentence.replace(/\s*:$/, '');
  const inRange = (max: number) => (c: Cut) => c.words >= MIN_WORDS && c.words <= max;
  const strong = cutsBefore(sentence, STRONG, letterEnds).find(inRange(STRONG_MAX));
  const clause = cutsBefore(sentence, CLAUSE, letterEnds).find(inRange(CLAUSE_MAX));
  const phrase = cutsBefore(sentence, PHRASE, letterEnds).filter(inRange(PHRASE_MAX)).pop();
  const cut = strong ?? clause ?? phrase;
  return cut === undefined ? sentence : sentence.slice(0, cut.at).replace(/[,;:\s]+$/, '');
}
