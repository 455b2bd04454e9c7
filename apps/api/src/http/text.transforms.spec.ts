import { booleanFromQuery, lowerCaseEmail, nfcMultiline, nfcTrimmed } from './text.transforms';

describe('text transforms', () => {
  const decomposed = 'Sở  Tư\u00a0pháp\n'.normalize('NFD');

  it('normalises to NFC and collapses whitespace, in strings and lists alike', () => {
    expect(nfcTrimmed({ value: decomposed })).toBe('Sở Tư pháp');
    expect(nfcTrimmed({ value: [decomposed, 42] })).toEqual(['Sở Tư pháp', 42]);
    expect(nfcTrimmed({ value: null })).toBeNull();
  });

  it('keeps line breaks in long text', () => {
    expect(nfcMultiline({ value: ' Điều 1.\nĐiều 2. '.normalize('NFD') })).toBe('Điều 1.\nĐiều 2.');
  });

  it('lower-cases emails', () => {
    expect(lowerCaseEmail({ value: ' STP@LaiChau.gov.vn ' })).toBe('stp@laichau.gov.vn');
    expect(lowerCaseEmail({ value: ['A@B.vn'] })).toEqual(['a@b.vn']);
  });

  it('reads only "true" and "false" as booleans, leaving anything else for the validator to refuse', () => {
    expect([
      booleanFromQuery({ value: 'true' }),
      booleanFromQuery({ value: 'false' }),
      booleanFromQuery({ value: '1' }),
    ]).toEqual([true, false, '1']);
  });
});
