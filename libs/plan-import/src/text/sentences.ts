const SENTENCE_END = /[.!?…](?=\s+[\p{Lu}\d“"-])/u;

export function collapse(text: string): string {
  // Most texts reaching here are collapsed already: testing is cheaper than rebuilding them.
  return (/[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Without a closing `./.` or a single closing dot (an ellipsis stays). */
export function stripFinalDot(text: string): string {
  // Tested before cut: a regular expression anchored at the end still tries every position of a long text.
  const unmarked = text.endsWith('./.') ? text.slice(0, -3).trimEnd() : text;
  return (unmarked.endsWith('.') && !unmarked.endsWith('..') ? unmarked.slice(0, -1) : unmarked).trim();
}

// A word: a run without spaces holding a letter or a digit, matched from its first one to the space before the next.
const WORD = /(?:^|\s)\S*?[\p{L}\d]/gu;

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * Where each word's first letter or digit ends, ascending: `wordCount(text.slice(0, at))` is the number of them at
 * or before `at`, so a text's prefixes are counted in one pass. Only the first `limit` words are looked for.
 */
export function wordLetterEnds(text: string, limit = Infinity): number[] {
  const ends: number[] = [];
  const word = new RegExp(WORD);
  for (let m = word.exec(text); m !== null && ends.length < limit; m = word.exec(text)) ends.push(word.lastIndex);
  return ends;
}

/** The first sentence, without its closing punctuation. */
export function firstSentence(text: string): string {
  const collapsed = collapse(text);
  const end = SENTENCE_END.exec(collapsed);
  const sentence = end === null ? collapsed : collapsed.slice(0, end.index + (end[0] === '…' ? 1 : 0));
  return stripFinalDot(sentence);
}

export function splitSentences(text: string): string[] {
  return collapse(text)
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d“"])/u)
    .map(stripFinalDot)
    .filter((s) => s !== '');
}
