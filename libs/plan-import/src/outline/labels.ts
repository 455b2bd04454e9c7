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

/** Reads `Cơ quan chủ trì: Sở Tư pháp` (optionally after `- ` or `a) `) as a labelled value. */
export function parseLabelLine(line: string): LabelledValue | null {
  const match = LABEL_LINE.exec(line);
  if (match === null) return null;
  const name = match[1].toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  const entry = LABELS.find(([label]) => label === name);
  if (entry === undefined) return null;
  return { field: entry[1], label: match[1], value: match[2].trim().replace(/\.$/, '').trim() };
}

export function isLabelLine(line: string): boolean {
  return parseLabelLine(line) !== null;
}
