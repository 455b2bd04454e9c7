import { startsWithHead } from '../agencies/agency-lexicon';
import { cleanAgencyText } from '../agencies/agency-splitter';
import { agencyHeading, subjectAndPredicate } from '../agencies/prose-agencies';
import { IMPLEMENTATION_NAMES, type OutlineNode } from '../outline/outline-node';
import { collapse, splitSentences, stripFinalDot, wordCount } from '../text/sentences';

/** One subject named in TỔ CHỨC THỰC HIỆN with the passages that state its duties. */
export interface ResponsibilityUnit {
  agency: string;
  /** Source passages (sentences or dash lines), verbatim. */
  passages: string[];
  /** Each passage's duty text with the subject removed. */
  duties: string[];
}

const INLINE = /^(?:Giao|Đề nghị)?\s*([^:]{2,120}):\s*(.+)$/u;
// The closing words, the list of recipients, or the appendix that follows the signature.
const CLOSING = /^(?:Trên đây|Trong quá trình|Nơi nhận|PHỤ LỤC)/u;
const untilClosing = (sentences: readonly string[]): string[] => {
  const end = sentences.findIndex((sentence) => CLOSING.test(sentence));
  return sentences.slice(0, end === -1 ? undefined : end);
};
/** `… từ nguồn kinh phí của <cơ quan>`: the body whose budget pays, ending before `theo …`, `để …` or punctuation. */
const BUDGET_OF = /(?:kinh phí|ngân sách|dự toán)\s+của\s+(.+?)(?=\s+(?:theo|để)\s|[,;.()]|$)/u;

// TỔ CHỨC THỰC HIỆN (or "TRÁCH NHIỆM THỰC HIỆN", "PHÂN CÔNG TRÁCH NHIỆM"), and a part of its own for reports ("CHẾ ĐỘ
// THÔNG TIN, BÁO CÁO", "CHẾ ĐỘ BÁO CÁO") or for checks ("KIỂM TRA, SƠ KẾT, TỔNG KẾT", "CÔNG TÁC KIỂM TRA"; not an
// inspection plan's "NỘI DUNG KIỂM TRA").
const IMPLEMENTATION = new RegExp(
  String.raw`${IMPLEMENTATION_NAMES}|CHẾ ĐỘ (?:THÔNG TIN,? )?BÁO CÁO|^(?:CÔNG TÁC )?(?:THEO DÕI, )?KIỂM TRA(?=,|\s+VÀ\s|$)`,
  'u',
);

/** What TỔ CHỨC THỰC HIỆN says, by subject; and the sentences that name none ("Chế độ báo cáo: Định kỳ … báo cáo …"). */
export interface ImplementationReading {
  units: ResponsibilityUnit[];
  unattributed: string[];
}

/** A sentence's duties: its clauses between semicolons. */
const clausesOf = (sentence: string): string[] => sentence.split(/;\s+/u);

function implementationParts(parts: readonly OutlineNode[]): OutlineNode[] {
  return parts.filter((p) => IMPLEMENTATION.test(p.text.toLocaleUpperCase('vi')));
}

/** A funding sentence with no acting subject (`Kinh phí … được bố trí từ nguồn kinh phí của X`) is X's duty. */
function budgetHolderUnit(sentence: string): ResponsibilityUnit | null {
  const budget = BUDGET_OF.exec(sentence);
  // "dự toán ngân sách của các cơ quan, đơn vị": each body pays from its own, which charges none of them.
  if (budget === null || !startsWithHead(budget[1]) || /^các\s/u.test(budget[1])) return null;
  const duty = sentence.slice(0, budget.index + budget[0].length);
  return { agency: cleanAgencyText(budget[1]), passages: [sentence], duties: [duty] };
}

function fromSentences(sentences: readonly string[], reading: ImplementationReading): void {
  const { units } = reading;
  let current: ResponsibilityUnit | null = null;
  for (const sentence of untilClosing(sentences)) {
    const inline = INLINE.exec(sentence);
    const found =
      inline !== null && startsWithHead(inline[1].trim())
        ? { subject: inline[1], predicate: inline[2] }
        : subjectAndPredicate(sentence);
    const budgetHolder = found === null ? budgetHolderUnit(sentence) : null;
    if (found !== null) {
      const duty = collapse(found.predicate);
      current = { agency: cleanAgencyText(found.subject), passages: [sentence], duties: clausesOf(duty) };
      units.push(current);
    } else if (budgetHolder !== null && budgetHolder.agency !== current?.agency) {
      current = budgetHolder;
      units.push(current);
    } else if (current !== null) {
      current.passages.push(sentence);
      current.duties.push(...clausesOf(sentence));
    } else {
      reading.unattributed.push(sentence);
    }
  }
}

/** A bullet that only names an agency ("- Giao Công chức Tư pháp - Hộ tịch:"), whose duties follow it as siblings. */
interface BulletHeading {
  unit: ResponsibilityUnit;
  bullet: string | undefined;
}

/** A part, or a lettered section of one: its own paragraphs, then its items. */
function fromGroup(group: OutlineNode, reading: ImplementationReading): void {
  group.body.forEach((paragraph) => fromSentences(splitSentences(paragraph), reading));
  let heading: BulletHeading | null = null;
  for (const child of group.children) {
    // "+ Tham mưu …" below "- Giao X:": the outline keeps bullets of either kind side by side.
    if (heading !== null && child.kind === 'dash' && child.bullet !== heading.bullet && !namesItsSubject(child.text)) {
      attach(heading.unit, child);
      continue;
    }
    const before = reading.units.length;
    if (child.kind === 'section') fromGroup(child, reading);
    else fromItem(child, reading);
    const unit = reading.units[reading.units.length - 1];
    const headsBullets =
      child.kind === 'dash' &&
      reading.units.length > before &&
      unit.duties.length === 0 &&
      child.text.trim().endsWith(':');
    heading = headsBullets ? { unit, bullet: child.bullet } : null;
  }
}

function attach(unit: ResponsibilityUnit, child: OutlineNode): void {
  const duty = stripFinalDot(collapse(child.text));
  unit.passages.push(duty);
  unit.duties.push(duty);
}

// "Các sở, ban, ngành tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh, …".
const LIST_HEADING_WORDS = 50;

// "3. Kinh phí thực hiện", "2. Chế độ báo cáo": a topic over paragraphs, where a line cut short by a PDF runs longer.
const TOPIC_WORDS = 8;

/** An item's sentences, its labelled lines as written among them; a topic heading over its paragraphs stands alone. */
function itemSentences(item: OutlineNode): string[] {
  const text = item.text.trim();
  // A labelled line ends its sentence, though the label reader took its final dot off.
  const labelled = item.attributes.map((a) => `${a.label}: ${stripFinalDot(a.value)}.`);
  const paragraphs = [...labelled, ...item.body];
  const topic =
    paragraphs.length > 0 &&
    !/[.!?:;]$/u.test(text) &&
    wordCount(text) <= TOPIC_WORDS &&
    subjectAndPredicate(text) === null;
  return topic
    ? [text, ...paragraphs.flatMap((paragraph) => splitSentences(paragraph))]
    : splitSentences([text, ...paragraphs].join(' '));
}

/**
 * A line that opens with who does it ("Thanh tra Sở: Phối hợp …", "Các phòng … tổ chức …"); not one that names its
 * doer after an opening phrase ("Căn cứ đề xuất …, Sở Tài chính tổng hợp …"), which is the heading agency's.
 */
function namesItsSubject(text: string): boolean {
  const inline = INLINE.exec(text);
  if (inline !== null && startsWithHead(inline[1].trim())) return true;
  return startsWithHead(collapse(text)) && subjectAndPredicate(text) !== null;
}

/** "1. Trách nhiệm của các cơ quan, đơn vị" over "1.1. Sở Tư pháp", "1.2. …": a topic whose lines each name their own. */
const headsAgencies = (item: OutlineNode): boolean =>
  item.body.length === 0 &&
  item.children.length > 0 &&
  item.children.every((child) => agencyHeading(child.text) !== null || namesItsSubject(child.text));

function fromItem(item: OutlineNode, reading: ImplementationReading): void {
  const before = reading.units.length;
  // Over bullets, with no paragraph that could finish its sentence, a line of bodies is a heading however long.
  const overBullets = item.body.length === 0 && item.children.length > 0;
  const heading = headsAgencies(item) ? null : agencyHeading(item.text, overBullets ? LIST_HEADING_WORDS : undefined);
  if (heading !== null) {
    // The lines under the heading ("2. Sở Giáo dục và Đào tạo" above "Chỉ đạo …") state its duties too.
    const sentences = untilClosing(item.body.flatMap((paragraph) => splitSentences(paragraph)));
    // The heading may say more than the name ("Sở Tư pháp là cơ quan thường trực, có trách nhiệm:"): a passage too.
    reading.units.push({ agency: heading, passages: [item.text, ...sentences], duties: sentences.flatMap(clausesOf) });
  } else {
    fromSentences(itemSentences(item), reading);
  }
  const own = reading.units.length > before ? reading.units[reading.units.length - 1] : null;
  for (const child of item.children) {
    // "1. Trách nhiệm thực hiện" over "a) Sở Tư pháp: …": each line below says whose it is, or that it is no one's.
    if (own === null || namesItsSubject(child.text)) fromItem(child, reading);
    else attach(own, child);
  }
}

/**
 * Reads TỔ CHỨC THỰC HIỆN and a reports part as numbered agency headings with dash duties, or as sentences with a
 * subject; the sentences with none are kept apart, for the reports and checks they state.
 */
export function readImplementation(parts: readonly OutlineNode[]): ImplementationReading {
  const reading: ImplementationReading = { units: [], unattributed: [] };
  for (const part of implementationParts(parts)) fromGroup(part, reading);
  const units = oncePerAgency(reading.units).map((u) => ({
    ...u,
    // "… căn cứ chức năng, nhiệm vụ:" over the bullets: the words that introduce the duties are none of them.
    duties: u.duties
      .map((d) => stripFinalDot(d.trim()).replace(/\s*;$/u, ''))
      .filter((d) => d !== '' && !d.endsWith(':')),
  }));
  return { units, unattributed: reading.unattributed };
}

/** The sentences of prose with no parts (a news item), by subject: where the standing office may still be named. */
export function readProse(paragraphs: readonly string[]): ResponsibilityUnit[] {
  const reading: ImplementationReading = { units: [], unattributed: [] };
  paragraphs.forEach((paragraph) => fromSentences(splitSentences(paragraph), reading));
  return reading.units;
}

/** An agency named again (in the reports part, "các sở, ban, ngành …" in lower case) is one subject with all duties. */
function oncePerAgency(units: readonly ResponsibilityUnit[]): ResponsibilityUnit[] {
  const byAgency = new Map<string, ResponsibilityUnit>();
  for (const unit of units) {
    const key = unit.agency.toLocaleLowerCase('vi');
    const first = byAgency.get(key);
    if (first === undefined) byAgency.set(key, { ...unit, passages: [...unit.passages], duties: [...unit.duties] });
    else {
      first.passages.push(...unit.passages);
      first.duties.push(...unit.duties);
    }
  }
  return [...byAgency.values()];
}
