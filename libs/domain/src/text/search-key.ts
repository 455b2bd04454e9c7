const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE_RUN = /\s+/g;
/** En and em dashes, a non-breaking hyphen, a minus: typed, printed or read by OCR, they are one hyphen. */
const DASHES = /[\u2010-\u2015\u2212]/g;

// Windows-1258 writes Đ and đ where Latin-1 has Ð and ð: text that passed through the wrong one keeps those.
const LATIN_ETH = /[\u00d0\u00f0]/g;

/** NFC, with the Latin eth (Ð, ð) that old font and code-page conversions leave for Đ and đ put right. */
export function composeVietnamese(text: string): string {
  return text.normalize('NFC').replace(LATIN_ETH, (eth) => (eth === '\u00d0' ? 'Đ' : 'đ'));
}

/**
 * Composed (composeVietnamese), whitespace runs (line breaks, tabs, non-breaking spaces) collapsed: how Vietnamese
 * text is stored.
 */
export function normaliseVietnamese(text: string): string {
  return composeVietnamese(text).replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * What a name is searched by: no diacritics, `đ` → `d`, one kind of dash, lower case, whitespace collapsed, so
 * "so tu phap", "SỞ TƯ PHÁP" and a decomposed "Sở Tư pháp" all meet, as do "Thông tin - Báo chí" and "Thông tin –
 * Báo chí". `đ` is a letter of its own, not `d` plus a mark, so NFD leaves it alone.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFC')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ\u00d0\u00f0]/g, 'd')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}
