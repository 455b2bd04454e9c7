function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

function tokenDice(a: string, b: string): number {
  const left = new Set(a.split(' '));
  const right = new Set(b.split(' '));
  const shared = [...left].filter((token) => right.has(token)).length;
  return (2 * shared) / (left.size + right.size);
}

/**
 * How alike two name keys are, from 0 to 1: the better of the edit distance (a typo) and the shared words (a
 * word missing or added), so both "Sở Tư phám" and "Sở Tư pháp Lai Châu" land near "Sở Tư pháp".
 */
export function similarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  const edits = 1 - levenshtein(a, b) / Math.max(a.length, b.length);
  return Math.max(edits, tokenDice(a, b));
}
