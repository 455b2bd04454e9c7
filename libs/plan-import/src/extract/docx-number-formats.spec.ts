import { LATIN_LETTERS, VIETNAMESE_LETTERS, formatNumber, fromRoman, lettersFor, toRoman } from './docx-number-formats';

describe('formatNumber', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
    [3999, 'MMMCMXCIX'],
  ])('writes %i in upper Roman numerals as %s', (value, roman) => {
    expect(formatNumber(value, 'upperRoman', LATIN_LETTERS)).toBe(roman);
    expect(formatNumber(value, 'lowerRoman', LATIN_LETTERS)).toBe(roman.toLowerCase());
    expect(fromRoman(roman)).toBe(value);
  });

  it('reads only well-formed Roman numerals back', () => {
    expect(['IIII', 'VX', 'IIV', '', 'II.'].map(fromRoman)).toEqual([null, null, null, null, null]);
  });

  it('falls back to decimal digits where Roman numerals stop', () => {
    expect(toRoman(0)).toBeNull();
    expect(formatNumber(4000, 'upperRoman', LATIN_LETTERS)).toBe('4000');
  });

  it.each([
    [4, 'd', 'd'],
    [5, 'e', 'đ'],
    [6, 'f', 'e'],
    [23, 'w', 'y'],
    [24, 'x', 'aa'],
    [27, 'aa', 'dd'],
    [28, 'bb', 'đđ'],
  ])('letters %i as Word does (%s) and as Vietnamese plans do (%s)', (value, latin, vietnamese) => {
    expect(formatNumber(value, 'lowerLetter', LATIN_LETTERS)).toBe(latin);
    expect(formatNumber(value, 'lowerLetter', VIETNAMESE_LETTERS)).toBe(vietnamese);
  });

  it('capitalises đ in upper-letter lists', () => {
    expect(formatNumber(5, 'upperLetter', VIETNAMESE_LETTERS)).toBe('Đ');
    expect(formatNumber(5, 'upperLetter', LATIN_LETTERS)).toBe('E');
  });

  it('pads decimalZero below ten, shows none as nothing and unknown formats as decimals', () => {
    expect(formatNumber(7, 'decimalZero', LATIN_LETTERS)).toBe('07');
    expect(formatNumber(12, 'decimalZero', LATIN_LETTERS)).toBe('12');
    expect(formatNumber(3, 'none', LATIN_LETTERS)).toBe('');
    expect(formatNumber(3, 'ordinalText', LATIN_LETTERS)).toBe('3');
  });
});

describe('lettersFor', () => {
  it('uses the Vietnamese letters when the document is tagged Vietnamese, whatever its text', () => {
    expect(lettersFor(['vi-VN'], 'Plan')).toBe(VIETNAMESE_LETTERS);
  });

  it('uses the Vietnamese letters for Vietnamese text tagged English, as Word in English saves it', () => {
    expect(lettersFor(['en-US'], 'Đẩy mạnh phổ biến, giáo dục pháp luật cho người dân')).toBe(VIETNAMESE_LETTERS);
  });

  it("keeps Word's letters for other text, even with a Vietnamese name in it", () => {
    const english = 'The Department of Justice (Sở Tư pháp) of Lai Châu province sets out the tasks for the year';
    expect(lettersFor(['en-US'], english)).toBe(LATIN_LETTERS);
    expect(lettersFor([], '')).toBe(LATIN_LETTERS);
  });
});
