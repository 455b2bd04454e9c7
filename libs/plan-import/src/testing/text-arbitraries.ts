import fc from 'fast-check';

/** Texts made of `pieces` (characters or short words that matter to the code under test), for fast-check properties. */
export const textsOf = (pieces: readonly string[], maxLength = 11): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...pieces), maxLength });
