/** Word's letter sequence for `lowerLetter` and `upperLetter` lists. */
export const LATIN_LETTERS: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz'];

/**
 * The order Vietnamese plans letter their sub-items in: `đ` follows `d`, and f, j, w, z are not used. Word itself
 * has no such list format, but a reader of a Vietnamese plan expects `d) đ) e)` where Word would show `d) e) f)`.
 */
export const VIETNAMESE_LETTERS: readonly string[] = [...'abcdđeghiklmnopqrstuvxy'];

// Letters that only Vietnamese writes (breve, horn, stroke, dot below, hook above, tilde on i/u/y).
const VIETNAMESE_ONLY = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ]/giu;
const LETTER = /\p{L}/gu;
// About a fifth of the letters of Vietnamese prose; an English text naming a Vietnamese body stays far below.
const VIETNAMESE_SHARE = 0.05;

function looksVietnamese(text: string): boolean {
  const normalised = text.normalize('NFC');
  const letters = normalised.match(LETTER)?.length ?? 0;
  const vietnamese = normalised.match(VIETNAMESE_ONLY)?.length ?? 0;
  return letters > 0 && vietnamese / letters >= VIETNAMESE_SHARE;
}

/** The Vietnamese letters when the document says it is Vietnamese (`w:lang` vi-VN) or its text is; else Word's. */
export function lettersFor(languageTags: readonly string[], text: string): readonly string[] {
  const tagged = languageTags.some((tag) => tag.toLowerCase().startsWith('vi'));
  return tagged || looksVietnamese(text) ? VIETNAMESE_LETTERS : LATIN_LETTERS;
}

const ROMAN_DIGITS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(value: number): string | null {
  if (!Number.isInteger(value) || value < 1 || value > 3999) return null;
  let rest = value;
  let roman = '';
  for (const [worth, digits] of ROMAN_DIGITS) {
    for (; rest >= worth; rest -= worth) roman += digits;
  }
  return roman;
}

/** The value of a well-formed Roman numeral (`XIV` → 14); null for anything else (`IIII`, `VX`). */
export function fromRoman(roman: string): number | null {
  let value = 0;
  let rest = roman;
  for (const [worth, digits] of ROMAN_DIGITS) {
    while (rest.startsWith(digits)) [value, rest] = [value + worth, rest.slice(digits.length)];
  }
  return rest === '' && value > 0 && toRoman(value) === roman ? value : null;
}

/** Past the last letter Word doubles it, then triples it: `z`, `aa`, `bb` … */
function toLetters(value: number, letters: readonly string[]): string | null {
  if (!Number.isInteger(value) || value < 1) return null;
  const letter = letters[(value - 1) % letters.length];
  return letter.repeat(Math.floor((value - 1) / letters.length) + 1);
}

/** A counter's value as a level's `w:numFmt` shows it; formats not listed here show as decimal numbers. */
export function formatNumber(value: number, format: string, letters: readonly string[]): string {
  const decimal = String(value);
  switch (format) {
    case 'upperRoman':
      return toRoman(value) ?? decimal;
    case 'lowerRoman':
      return toRoman(value)?.toLowerCase() ?? decimal;
    case 'upperLetter':
      return toLetters(value, letters)?.toLocaleUpperCase('vi') ?? decimal;
    case 'lowerLetter':
      return toLetters(value, letters) ?? decimal;
    case 'decimalZero':
      return value >= 0 && value < 10 ? `0${value}` : decimal;
    case 'none':
      return '';
    default:
      return decimal;
  }
}
