const normal = (code: string) => code.trim().toLowerCase();

const bumped = (code: string): string | null => {
  const number = /^(.*?)(\d+)$/.exec(code);
  if (number) return `${number[1]}${Number(number[2]) + 1}`;
  // Lower-case letters only: a capital I, V or X is a Roman numeral.
  const letter = /^(.*[^a-zA-Z]|)([a-y])$/.exec(code);
  if (letter) return `${letter[1]}${String.fromCharCode(letter[2].charCodeAt(0) + 1)}`;
  return null;
};

/**
 * The code of the second half of a split task: the next at the same level ("III.3.2" → "III.3.3") when the plan
 * does not use it yet, otherwise the first free one a level down ("III.3.2.1"), so no existing code is renumbered.
 */
export const splitCode = (code: string, taken: readonly string[]): string => {
  const used = new Set(taken.map(normal));
  const next = bumped(code.trim());
  if (next && !used.has(normal(next))) return next;
  for (let sub = 1; ; sub += 1) {
    const candidate = `${code.trim()}.${sub}`;
    if (!used.has(normal(candidate))) return candidate;
  }
};
