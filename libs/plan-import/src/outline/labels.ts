export type LabelField = 'lead' | 'coordinating' | 'timeframe' | 'form' | 'product';

export interface LabelledValue {
  field: LabelField;
  label: string;
  value: string;
}

const LABELS: ReadonlyArray<readonly [string, LabelField]> = [
  ['cơ quan chủ trì thực hiện', 'lead'],
  ['cơ quan, đơn vị chủ trì', 'lead'],
  ['cơ quan chủ trì', 'lead'],
  ['đơn vị chủ trì thực hiện', 'lead'],
  ['đơn vị chủ trì', 'lead'],
  ['chủ trì thực hiện', 'lead'],
  ['chủ trì', 'lead'],
  ['đơn vị thực hiện', 'lead'],
  ['cơ quan thực hiện', 'lead'],
  ['cơ quan, đơn vị phối hợp', 'coordinating'],
  ['cơ quan phối hợp', 'coordinating'],
  ['đơn vị phối hợp', 'coordinating'],
  ['phối hợp thực hiện', 'coordinating'],
  ['phối hợp', 'coordinating'],
  ['thực hiện', 'coordinating'],
  ['thời gian thực hiện', 'timeframe'],
  ['thời gian hoàn thành', 'timeframe'],
  ['thời gian kiểm tra', 'timeframe'],
  ['thời hạn hoàn thành', 'timeframe'],
  ['thời hạn thực hiện', 'timeframe'],
  ['thời hạn', 'timeframe'],
  ['thời gian', 'timeframe'],
  ['tiến độ thực hiện', 'timeframe'],
  ['tiến độ', 'timeframe'],
  ['hình thức thực hiện', 'form'],
  ['hình thức tổ chức', 'form'],
  ['hình thức', 'form'],
  ['sản phẩm đầu ra', 'product'],
  ['sản phẩm', 'product'],
  ['kết quả, sản phẩm', 'product'],
];

const LABEL_LINE = /^(?:[-–+•]\s*)?(?:[a-zđ]\)\s*)?([^:]{2,40}?)\s*:\s*(.*)$/u;

// A sentence or clause that opens with a label: `… thực hiện. Thời gian: Quý I/2026`, `X; phối hợp: Y`.
const LABEL_INSIDE = /[.;]\s+(?=([^:.;]{2,40}?)\s*:)/gu;

const fieldOf = (label: string): LabelField | undefined =>
  LABELS.find(([known]) => known === label.toLocaleLowerCase('vi').replace(/\s+/g, ' '))?.[1];

/** Where the first labelled sentence or clause inside `text` begins, or -1. */
function labelInside(text: string): { end: number; start: number } | null {
  for (const match of text.matchAll(LABEL_INSIDE)) {
    if (fieldOf(match[1]) !== undefined) return { end: match.index, start: match.index + match[0].length };
  }
  return null;
}

/** Reads `Cơ quan chủ trì: Sở Tư pháp` (optionally after `- ` or `a) `) as a labelled value. */
export function parseLabelLine(line: string): LabelledValue | null {
  return parseLabelLines(line)[0] ?? null;
}

/** Every labelled value of a line: `Chủ trì: Ban Dân tộc tỉnh; phối hợp: Sở Tư pháp` holds two. */
export function parseLabelLines(line: string): LabelledValue[] {
  const match = LABEL_LINE.exec(line);
  const field = match === null ? undefined : fieldOf(match[1]);
  if (match === null || field === undefined) return [];
  const next = labelInside(match[2]);
  const value = (next === null ? match[2] : match[2].slice(0, next.end)).trim().replace(/\.$/, '').trim();
  return [{ field, label: match[1], value }, ...(next === null ? [] : parseLabelLines(match[2].slice(next.start)))];
}

// `… cấp xã (Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật; thời gian: Quý I/2026).`
const LABELS_IN_PARENTHESES = /\s*\(([^()]+)\)\s*[.;]?$/u;

/**
 * An item's text without the labels that end it, and those: in parentheses (`… (Chủ trì: X; thời gian: Y).`) or
 * as sentences (`… thực hiện. Thời gian: Quý I/2026.`).
 */
export function takeTrailingLabels(text: string): { text: string; labels: LabelledValue[] } {
  const parenthesised = LABELS_IN_PARENTHESES.exec(text);
  const labels = parenthesised === null ? [] : parseLabelLines(parenthesised[1]);
  if (parenthesised !== null && labels.length > 0) return { text: text.slice(0, parenthesised.index), labels };
  const inside = labelInside(text);
  if (inside === null) return { text, labels: [] };
  return { text: text.slice(0, inside.end + 1), labels: parseLabelLines(text.slice(inside.start)) };
}

export function isLabelLine(line: string): boolean {
  return parseLabelLine(line) !== null;
}
