/**
 * Strings made of `pieces` (characters or short words that matter to the code under test), from a seeded
 * generator so that a failure can be replayed.
 */
export function* randomTexts(pieces: readonly string[], count: number, seed = 7, maxLength = 12): Generator<string> {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  for (let i = 0; i < count; i += 1) {
    const length = next() % maxLength;
    yield Array.from({ length }, () => pieces[next() % pieces.length]).join('');
  }
}
