/** Line-start patterns shared by the normaliser (to know where a paragraph starts) and the outline builder. */
export const ROMAN_MARKER = /^([IVXL]{1,5})\.\s*(\S.*)?$/;
export const NUMBER_MARKER = /^(\d{1,2}(?:\.\d{1,2})+|\d{1,2})(\.?)(?:\s+|(?=\p{Lu}))(\S.*)$/u;
// `a)`, or `a.` before a capital (so that no abbreviation reads as one); `1)` numbers sub-items the same way.
export const LETTER_MARKER = /^([a-zđ]|\d{1,2}(?=\)))(?:\)\s*|\.\s+(?=\p{Lu}))(\S.*)$/u;
export const DASH_MARKER = /^[-–—+•*]\s+(\S.*)$/u;

export function hasStructureMarker(line: string): boolean {
  if (ROMAN_MARKER.test(line) || LETTER_MARKER.test(line) || DASH_MARKER.test(line)) return true;
  const numbered = NUMBER_MARKER.exec(line);
  return numbered !== null && (numbered[2] === '.' || numbered[1].includes('.'));
}

export function isAllCaps(line: string): boolean {
  // The lower-case test first: ordinary text fails it within a few characters.
  return !/\p{Ll}/u.test(line) && /\p{Lu}\p{Lu}/u.test(line);
}

export function startsUpper(line: string): boolean {
  return /^[\p{Lu}\d“"(]/u.test(line);
}

/** Whether a hyphen or an en dash, the two a label or an apposition is set off by, is anywhere in the text. */
export const hasDash = (text: string): boolean => text.includes('-') || text.includes('–');
