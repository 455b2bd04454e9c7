const SENTENCE_END = /[.!?…](?=\s+[\p{Lu}\d“"-])/u;

export function collapse(text: string): string {
  // Most texts reaching here are collapsed already: testing is cheaper than rebuilding them.
  return (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

export function stripFinalDot(text: string): string {
  return text
    .replace(/\s*\.\/\.$/, '')
    .replace(/(?<!\.)\.$/, '')
    .trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
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
