import { startsWithHead } from '../agencies/agency-lexicon';
import { splitAgencies } from '../agencies/agency-splitter';
import { cellRoles, subjectAndPredicate } from '../agencies/prose-agencies';
import { firstVerbIndex } from '../agencies/verbs';
import { looksLikeTimeframe } from '../schedule/looks-like-timeframe';
import { foldText } from '../tables/fold-text';
import { hasDash } from '../text/markers';

export type LabelField = 'lead' | 'coordinating' | 'timeframe' | 'form' | 'product';

export interface LabelledValue {
  field: LabelField;
  label: string;
  value: string;
}

const LABELS: ReadonlyMap<string, LabelField> = new Map<string, LabelField>([
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
  ['kết quả/sản phẩm', 'product'],
  ['kết quả đầu ra', 'product'],
  ['kết quả dự kiến', 'product'],
]);

const LABEL_LINE = /^(?:[-–+•]\s*)?(?:[a-zđ]\)\s*)?([^:]{2,40}?)\s*:\s*(.*)$/u;

// A sentence or clause that opens with a label: `… thực hiện. Thời gian: Quý I/2026`, `X; phối hợp: Y`.
// `… tỉnh - Đơn vị chủ trì: X - Thời gian: Y`, `… của Sở, đơn vị thực hiện: X`: a dash or a comma may set one off too.
const LABEL_INSIDE = /(?:[.;,]|\s[-–])\s+(?=([^:.;]{2,40}?)\s*:)/gu;

/**
 * Words a label is made of, folded: a heading with any other word ("Thời gian qua", "Kết quả năm 2025") is text. A
 * form may name what it is of ("Hình thức tuyên truyền", "Hình thức kiểm tra").
 */
const LABEL_WORDS = new Set(
  'co quan don vi nguoi ca nhan bo phan can chu tri chiu moc phoi hop thuc hien chinh tham muu trach nhiem phan cong giao duoc nhiem vu thoi gian diem dia han tien do hoan thanh du kien to chuc trinh ban hanh trien khai gui nop bao cao hinh thuc san pham dau ra moi va tuyen truyen pho bien duc phap luat kiem tra'.split(
    ' ',
  ),
);
/** What a label made of those words means, tried in order: "Cơ quan chủ trì tham mưu", "Thời gian hoàn thành dự kiến". */
const MEANINGS: ReadonlyArray<readonly [RegExp, LabelField]> = [
  [/\bphoi hop\b/, 'coordinating'],
  [/\b(?:chu tri|tham muu|trach nhiem|phan cong|giao(?! duc)|dau moi)\b/, 'lead'],
  [/\b(?:thoi gian|thoi han|thoi diem|tien do|hoan thanh)\b/, 'timeframe'],
  [/\bhinh thuc\b/, 'form'],
  [/\bsan pham\b/, 'product'],
  // "Người thực hiện: Công chức Tư pháp - Hộ tịch", as a commune's plan names whom it charges.
  [/\b(?:co quan|don vi|nguoi|bo phan|can bo)\b.*\bthuc hien\b/, 'lead'],
];

function fieldOf(label: string): LabelField | undefined {
  // Vietnamese has no special casing: toLowerCase is toLocaleLowerCase('vi') without ICU's cost, on every candidate.
  const known = LABELS.get(
    label
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/ ?\/ ?/g, '/'),
  );
  if (known !== undefined) return known;
  const folded = foldText(label);
  if (!folded.split(' ').every((word) => LABEL_WORDS.has(word))) return undefined;
  if (/\bchu tri\b/.test(folded) && /\bphoi hop\b/.test(folded)) return 'lead';
  return MEANINGS.find(([meaning]) => meaning.test(folded))?.[1];
}

/** Where the first labelled sentence or clause inside `text` begins (`start`), and the text before it ends. */
function labelInside(text: string): { end: number; start: number } | null {
  if (!text.includes(':')) return null;
  for (const match of text.matchAll(LABEL_INSIDE)) {
    if (fieldOf(match[1]) !== undefined) return { end: match.index, start: match.index + match[0].length };
  }
  return null;
}

const labelValue = (written: string): string => written.trim().replace(/\.$/, '').trim();

// "Chủ trì - Ban Thường vụ Hội Luật gia tỉnh": a dash where the colon would be.
const DASHED_LABEL_LINE = /^(?:[-–+•]\s*)?([^:\-–]{2,40}?)\s+[-–]\s+(\S.*)$/u;

function dashedLabel(line: string): LabelledValue[] {
  const match = hasDash(line) ? DASHED_LABEL_LINE.exec(line) : null;
  const field = match === null ? undefined : fieldOf(match[1]);
  if (match === null || field === undefined) return [];
  return [{ field, label: match[1], value: labelValue(match[2]) }];
}

/** Reads `Cơ quan chủ trì: Sở Tư pháp` (optionally after `- ` or `a) `) as a labelled value. */
export function parseLabelLine(line: string): LabelledValue | null {
  return parseLabelLines(line)[0] ?? null;
}

// "(Cơ quan chủ trì: Công an tỉnh; thời gian: tháng 6/2026)": a line of labels set in parentheses below its item.
const IN_PARENTHESES = /^\((.+)\)[.;]?$/u;

/** Every labelled value of a line: `Chủ trì: Ban Dân tộc tỉnh; phối hợp: Sở Tư pháp` holds two. */
export function parseLabelLines(written: string): LabelledValue[] {
  const line = written.startsWith('(') ? written.replace(IN_PARENTHESES, '$1') : written;
  const match = line.includes(':') ? LABEL_LINE.exec(line) : null;
  const field = match === null ? undefined : fieldOf(match[1]);
  if (match === null || field === undefined) return dashedLabel(line);
  const next = labelInside(match[2]);
  const value = labelValue(next === null ? match[2] : match[2].slice(0, next.end));
  const rest = next === null ? [] : parseLabelLines(match[2].slice(next.start));
  return [{ field, label: match[1], value }, ...rest];
}

// `… cấp xã (Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật; thời gian: Quý I/2026).`, `… (Sở Tư pháp).`
const CLOSING_PARENTHESES = /\s*\(([^()]+)\)\s*[.;]?$/u;

/** "các sở, ngành theo lĩnh vực quản lý": agencies only, a scope note after them at most, no verb. */
export function namesAgencies(part: string): boolean {
  const names = part.replace(/\s+theo\s.+$/u, '');
  return firstVerbIndex(names) < 0 && splitAgencies(names).every(startsWithHead) && names.trim() !== '';
}

/** "Tỉnh đoàn thực hiện, Quý III/2026": who, then when, set apart by a comma; else the part whole. */
function whoThenWhen(part: string): string[] {
  if (looksLikeTimeframe(part)) return [part];
  for (let comma = part.indexOf(','); comma > 0; comma = part.indexOf(',', comma + 1)) {
    const when = part.slice(comma + 1).trim();
    if (looksLikeTimeframe(when)) return [part.slice(0, comma).trim(), when];
  }
  return [part];
}

/** "Sở Tư pháp chủ trì, phối hợp Sở Nội vụ", "Tỉnh đoàn thực hiện": names the lead by its role. */
const leadsByRole = (part: string): boolean =>
  cellRoles(part) !== null || /^thực hiện$/u.test(subjectAndPredicate(part)?.predicate ?? '');

/** "Sở Tư pháp, Tỉnh đoàn phối hợp" beside the lead: the partners, else null. */
function partnersByRole(part: string): string | null {
  const clause = subjectAndPredicate(part);
  return clause !== null && /^phối hợp(?: thực hiện)?$/u.test(clause.predicate) ? clause.subject : null;
}

/**
 * What an item's closing parentheses say: labels (`Chủ trì: X; thời gian: Y`), or before them, unlabelled, who
 * leads and when (`Sở Tư pháp chủ trì, phối hợp Sở Nội vụ; Quý II/2026`, `Tỉnh đoàn thực hiện, Quý III/2026`).
 * Nothing when a part reads as neither (a law cited in parentheses) or no part names the lead.
 */
function parenthesisedLabels(inner: string): LabelledValue[] {
  const labelled = parseLabelLines(inner);
  if (labelled.length > 0) return labelled;
  const inside = labelInside(inner);
  const unlabelled = (inside === null ? inner : inner.slice(0, inside.end))
    .split(';')
    .flatMap((part) => whoThenWhen(part.trim()));
  const byRole = unlabelled.map(leadsByRole);
  const read = unlabelled.map((part, i): LabelledValue | null => {
    if (byRole[i] || namesAgencies(part)) return { field: 'lead', label: '', value: part };
    const partners = partnersByRole(part);
    if (partners !== null) return { field: 'coordinating', label: '', value: partners };
    return looksLikeTimeframe(part) ? { field: 'timeframe', label: '', value: part } : null;
  });
  const understood = read.filter((value): value is LabelledValue => value !== null);
  if (understood.length < read.length) return [];
  const labels = [...understood, ...(inside === null ? [] : parseLabelLines(inner.slice(inside.start)))];
  // A time alone in parentheses may be the title's own ("Ngày Pháp luật (năm 2026)"), and so may agencies alone
  // ("… (Sở Tư pháp, Sở Nội vụ)"): a lead by its role is taken alone, agencies beside a time only.
  const timed = labels.some((label) => label.field === 'timeframe');
  return labels.some((label) => label.field === 'lead') && (byRole.includes(true) || timed) ? labels : [];
}

/** Whether the text could end as CLOSING_PARENTHESES does: tested first, as the expression tries every position. */
function closesWithParenthesis(text: string): boolean {
  const beforeStop = text.endsWith('.') || text.endsWith(';') ? text.slice(0, -1) : text;
  return beforeStop.trimEnd().endsWith(')');
}

/** The parentheses that close a text, their content in group 1; else null. */
export const closingParentheses = (text: string): RegExpExecArray | null =>
  closesWithParenthesis(text) ? CLOSING_PARENTHESES.exec(text) : null;

/**
 * An item's text without the labels that end it, and those: in parentheses (`… (Chủ trì: X; thời gian: Y).`) or
 * as sentences (`… thực hiện. Thời gian: Quý I/2026.`).
 */
export function takeTrailingLabels(text: string): { text: string; labels: LabelledValue[] } {
  const parenthesised = closingParentheses(text);
  const labels = parenthesised === null ? [] : parenthesisedLabels(parenthesised[1]);
  if (parenthesised !== null && labels.length > 0) return { text: text.slice(0, parenthesised.index), labels };
  const inside = labelInside(text);
  if (inside === null) return { text, labels: [] };
  // A full stop ends the sentence before the labels and stays; a semicolon or a dash only set them off.
  const kept = text[inside.end] === '.' ? inside.end + 1 : inside.end;
  return { text: text.slice(0, kept), labels: parseLabelLines(text.slice(inside.start)) };
}

// "… của tỉnh. Thời gian hoàn thành:", "- Cơ quan chủ trì:": a label whose value a PDF wrapped onto the next line.
// Each place a label may start is tried: "… viên chức của Sở, đơn vị thực hiện:" holds one only after its last comma.
const LABEL_AT_END = /(?:^|[.;,]\s+|\s[-–]\s+)(?=(?:[-–+•]\s*)?(?:[a-zđ]\)\s*)?([^:.;]{2,40}?)\s*:$)/gu;

export function endsWithLabel(text: string): boolean {
  if (!text.endsWith(':')) return false;
  for (const match of text.matchAll(LABEL_AT_END)) if (fieldOf(match[1]) !== undefined) return true;
  return false;
}

/**
 * "3. Thời gian kiểm tra", its value on the lines below: a heading that is only a label of who or when, read as that
 * label with no value yet. A form ("Hình thức kiểm tra") heads tasks of its own, and is not.
 */
export function bareLabelHeading(text: string): LabelledValue | null {
  const label = text.replace(/[.:]$/, '').trim();
  // "Hình thức, thời gian": a form named beside the time still heads tasks.
  const field = label.length <= 40 && !/\bhinh thuc\b/.test(foldText(label)) ? fieldOf(label) : undefined;
  return field === 'timeframe' || field === 'lead' || field === 'coordinating' ? { field, label, value: '' } : null;
}

export function isLabelLine(line: string): boolean {
  return parseLabelLine(line) !== null;
}
