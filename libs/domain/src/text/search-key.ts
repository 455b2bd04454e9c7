const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE_RUN = /\s+/g;
/** En and em dashes, a non-breaking hyphen, a minus: typed, printed or read by OCR, they are one hyphen. */
const DASHES = /[\u2010-\u2015\u2212]/g;

/** NFC with whitespace runs (line breaks, tabs, non-breaking spaces) collapsed: how Vietnamese text is stored. */
export function normaliseVietnamese(text: string): string {
  return text.normalize('NFC').replace(WHITESPACE_RUN, ' ').trim();
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
    .replace(/[đĐ]/g, 'd')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}
