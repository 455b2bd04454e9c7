/** Case, diacritics, `đ` and punctuation folded away, to compare by meaning: `CƠ QUAN, ĐƠN VỊ` → `co quan don vi`. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
