import {
  DASH_MARKER,
  LETTER_MARKER,
  NUMBER_MARKER,
  ROMAN_MARKER,
  hasStructureMarker,
  isAllCaps,
} from '../text/markers';
import { introducesPlan } from '../metadata/issuing-clause';
import { type LabelledValue, bareLabelHeading, parseLabelLine, parseLabelLines, takeTrailingLabels } from './labels';
import { IMPLEMENTATION_HEADING, type OutlineNode, type PlanOutline, createNode } from './outline-node';

/** The distribution list and signature block follow the body; they are not part of the plan's structure. */
const END_OF_BODY = /^(?:Nơi nhận|NƠI NHẬN)\s*:?/u;

interface Builder {
  outline: PlanOutline;
  /** The document numbers its parts in Roman or by letter: no heading in capitals or in figures is taken for one. */
  numbersItsParts: boolean;
  /** Lettered parts come first ("A. MỤC ĐÍCH" above "I. …"): a lettered heading is never a section of a Roman part. */
  lettersItsParts: boolean;
  /** Past the last item and label line: in a plan with no parts, what follows closes it. */
  pastTheTasks: boolean;
  part: OutlineNode | null;
  section: OutlineNode | null;
  items: OutlineNode[];
  current: OutlineNode | null;
  /** "- Cơ quan phối hợp:" with nothing after it: the bullets below are its values. */
  listedUnder: LabelledValue | null;
}

function depthOf(marker: string): number {
  return marker.split('.').length;
}

function nearest(node: OutlineNode | null, accept: (n: OutlineNode) => boolean): OutlineNode | null {
  let cursor = node;
  while (cursor !== null && !accept(cursor)) cursor = cursor.parent;
  return cursor;
}

function attach(b: Builder, node: OutlineNode): void {
  const parent = node.parent;
  if (parent === null) {
    b.outline.parts.push(node);
  } else {
    parent.children.push(node);
  }
  b.current = node;
}

function addNumbered(b: Builder, marker: string, text: string): void {
  const depth = depthOf(marker);
  while (b.items.length > 0 && depthOf(b.items[b.items.length - 1].marker) >= depth) b.items.pop();
  const parent = b.items[b.items.length - 1] ?? b.section ?? b.part;
  const labelHeading = parseLabelLine(text) ?? bareLabelHeading(text);
  const own = labelHeading === null ? takeTrailingLabels(text) : { text, labels: [] };
  const node = createNode('item', marker, own.text, parent);
  node.labelHeading = labelHeading;
  node.attributes.push(...own.labels);
  b.items.push(node);
  attach(b, node);
}

function addAttributes(target: OutlineNode | null, values: LabelledValue[], b: Builder, raw: string): void {
  if (target === null) b.outline.preamble.push(raw);
  else target.attributes.push(...values);
}

const holdsSubItems = (n: OutlineNode): boolean => n.kind === 'item' || n.kind === 'section' || n.kind === 'part';

function addSubItem(b: Builder, kind: 'letter' | 'dash', marker: string, text: string): void {
  const parent = nearest(b.current, (n) => (kind === 'letter' ? holdsSubItems(n) : n.kind !== 'dash'));
  if (parent === null) {
    b.outline.preamble.push(text);
    return;
  }
  const position = kind === 'dash' ? String(parent.children.filter((c) => c.kind === 'dash').length + 1) : marker;
  const own = takeTrailingLabels(text);
  const node = createNode(kind, position, own.text, parent);
  node.attributes.push(...own.labels);
  attach(b, node);
}

/**
 * A bullet below a label written with no value ("+ Báo Hà Tĩnh;"): one more of its values. An unmarked line below it
 * ("Cơ quan chủ trì:" above "Văn phòng Sở.") is its one value.
 */
function addListedValue(b: Builder, paragraph: string): boolean {
  const under = b.listedUnder;
  if (under === null) return false;
  const dash = DASH_MARKER.exec(paragraph);
  const unmarked = dash === null && under.value === '' && !hasStructureMarker(paragraph) && !isAllCaps(paragraph);
  if ((dash === null && !unmarked) || parseLabelLines(paragraph).length > 0) {
    b.listedUnder = null;
    return false;
  }
  const value = (dash?.[1] ?? paragraph)
    .trim()
    .replace(/[.;,]$/, '')
    .trim();
  under.value = under.value === '' ? value : `${under.value}; ${value}`;
  if (unmarked) b.listedUnder = null;
  return true;
}

// "C. TỔ CHỨC THỰC HIỆN": a plan may letter its parts above Roman ones; such a heading is in capitals.
const LETTERED_PART = /^([A-H])\.\s+(\p{Lu}[^\p{Ll}]*)$/u;

/** A part's marker and heading: "II. NHIỆM VỤ", "II. Nhiệm vụ", "C. TỔ CHỨC THỰC HIỆN". */
function numberedPartHeading(paragraph: string): { marker: string; text: string } | null {
  const roman = ROMAN_MARKER.exec(paragraph);
  if (roman !== null && /^\p{Lu}/u.test(roman[2] ?? '')) return { marker: roman[1], text: roman[2] ?? '' };
  const lettered = LETTERED_PART.exec(paragraph);
  return lettered === null ? null : { marker: lettered[1], text: lettered[2] };
}

const ROMAN_NUMERAL = /^[IVXL]+$/;
// "A. NHIỆM VỤ CHUNG", "B. Nhiệm vụ cụ thể": a heading, in capitals or not, with no sentence after it.
const LETTERED_SECTION = /^([A-H])\.\s+(\p{Lu}[^.;:]{0,100})[.:]?$/u;

/** A lettered heading inside a Roman part, where the plan does not letter its parts. */
function sectionHeading(b: Builder, paragraph: string): { marker: string; text: string } | null {
  if (b.lettersItsParts || b.part === null || !ROMAN_NUMERAL.test(b.part.marker)) return null;
  const section = LETTERED_SECTION.exec(paragraph);
  return section === null ? null : { marker: section[1], text: section[2].trim() };
}

// The names of a plan's parts: "NỘI DUNG", "Mục đích, yêu cầu", "Tổ chức thực hiện".
const PART_NAME =
  'mục đích|mục tiêu|yêu cầu|nội dung(?: thực hiện| trọng tâm)?|(?:các )?nhiệm vụ(?: cụ thể| trọng tâm)?|giải pháp|hình thức|tổ chức thực hiện|kinh phí(?: thực hiện)?|thời gian(?: thực hiện)?|chế độ (?:thông tin,? )?báo cáo|đối tượng|phạm vi|căn cứ|trách nhiệm|phân công (?:nhiệm vụ|trách nhiệm)';
// In capitals a part's heading may say more ("NỘI DUNG TUYÊN TRUYỀN TRỌNG TÂM"); in sentence case it is only names.
const PART_IN_CAPITALS = new RegExp(`^(?:${PART_NAME.toLocaleUpperCase('vi')})(?![\\p{L}])[^\\p{Ll}]{0,80}$`, 'u');
const PART_IN_WORDS = new RegExp(`^(?:${PART_NAME})(?:(?:,\\s*|\\s+và\\s+)(?:${PART_NAME}))*\\s*[.:]?$`, 'iu');

/**
 * Where no part is numbered in Roman or by letter: a heading in capitals with no number ("NỘI DUNG"), or one in
 * figures, in capitals or naming a part ("2. NỘI DUNG", "3. Tổ chức thực hiện").
 */
function partHeading(b: Builder, paragraph: string): { marker: string; text: string } | null {
  if (b.numbersItsParts) return numberedPartHeading(paragraph);
  if (PART_IN_CAPITALS.test(paragraph)) return { marker: '', text: paragraph.replace(/[.:]$/u, '') };
  // Under "NỘI DUNG" with no number, "1. Hình thức" is one of its items.
  const underUnnumberedHeading = b.part !== null && b.part.marker === '' && b.part.text !== '';
  const figure = NUMBER_MARKER.exec(paragraph);
  if (underUnnumberedHeading || figure === null || figure[2] !== '.' || figure[1].includes('.')) return null;
  const heading = figure[3];
  return isAllCaps(heading) || PART_IN_WORDS.test(heading)
    ? { marker: figure[1], text: heading.replace(/[.:]$/u, '') }
    : null;
}

function startPart(b: Builder, marker: string, text: string): OutlineNode {
  const part = createNode('part', marker, text, null);
  b.part = part;
  b.section = null;
  b.items = [];
  attach(b, part);
  return part;
}

function startSection(b: Builder, marker: string, text: string): void {
  const section = createNode('section', marker, text, b.part);
  b.section = section;
  b.items = [];
  attach(b, section);
}

// "Giao Công chức Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch này": how the plan is to be carried out.
const CARRIES_OUT_THE_PLAN = /đôn đốc|(?:thực hiện|triển khai) (?:tốt |có hiệu quả )?Kế hoạch|Kế hoạch này/u;
// "Tổ chức thực hiện:" over the duties, with no number.
const IMPLEMENTATION_LINE = /^tổ chức thực hiện\s*[:.]?$/iu;

/**
 * A plan with no parts at all, its numbered tasks right after the opening sentence: the tasks sit in a part with no
 * heading, and a closing paragraph after them that says how the plan is carried out does what TỔ CHỨC THỰC HIỆN
 * would.
 */
function inPlanWithoutParts(b: Builder, paragraph: string, numbered: boolean): boolean {
  if (b.numbersItsParts || (b.part !== null && b.part.text !== '')) return false;
  // "1. …", "1) …", "a) …": the first task.
  if (b.part === null && (numbered || LETTER_MARKER.test(paragraph))) startPart(b, '', '');
  if (b.part !== null && IMPLEMENTATION_LINE.test(paragraph)) {
    startPart(b, '', IMPLEMENTATION_HEADING);
    return true;
  }
  const closing = b.part !== null && b.pastTheTasks && !hasStructureMarker(paragraph);
  if (!closing || !CARRIES_OUT_THE_PLAN.test(paragraph)) return false;
  startPart(b, '', IMPLEMENTATION_HEADING).body.push(paragraph);
  return true;
}

/** The bullet of a task written with none: every label line below it, bulleted or not, is its own. */
const UNWRITTEN_BULLET = '';

/**
 * "Tổ chức hội nghị …" over "Cơ quan chủ trì: …", in a part with no numbered item: a task whose number a copy lost
 * (a Word list's numbering), read as a bullet is, like a bold heading with no number.
 */
function startsUnnumberedTask(b: Builder, paragraph: string, next: string | undefined): boolean {
  if (b.part === null || b.items.length > 0 || next === undefined || parseLabelLines(next).length === 0) return false;
  const afterOwnLabels =
    b.current?.kind === 'dash' && b.current.parent === (b.section ?? b.part) && b.current.attributes.length > 0;
  const atPartLevel = b.current === b.part || b.current === b.section || afterOwnLabels;
  return atPartLevel && /^\p{Lu}/u.test(paragraph) && !isAllCaps(paragraph) && !paragraph.endsWith(':');
}

function addParagraph(b: Builder, paragraph: string, next?: string): void {
  if (APPENDIX.test(paragraph)) {
    startPart(b, '', paragraph);
    return;
  }
  // "PHỤ LỤC" over "NHIỆM VỤ CÔNG TÁC …": the appendix is headed by its title, as a part is.
  const untitled = b.part !== null && b.current === b.part && APPENDIX.test(b.part.text) ? b.part : null;
  if (untitled !== null && isAllCaps(paragraph) && numberedPartHeading(paragraph) === null) {
    untitled.text = paragraph;
    return;
  }
  if (addListedValue(b, paragraph)) return;
  const section = sectionHeading(b, paragraph);
  if (section !== null) {
    startSection(b, section.marker, section.text);
    return;
  }
  const part = partHeading(b, paragraph);
  if (part !== null) {
    startPart(b, part.marker, part.text);
    return;
  }
  const number = NUMBER_MARKER.exec(paragraph);
  const numbered = number !== null && (number[2] === '.' || number[1].includes('.')) ? number : null;
  if (inPlanWithoutParts(b, paragraph, numbered !== null)) return;
  if (numbered !== null) {
    addNumbered(b, numbered[1], numbered[3]);
    return;
  }
  const labels = parseLabelLines(paragraph);
  const letter = LETTER_MARKER.exec(paragraph);
  const dash = DASH_MARKER.exec(paragraph);
  if (labels.length > 0) {
    const structural = letter !== null || (dash !== null && LETTER_MARKER.test(dash[1]));
    // "- Đối với …:" then "+ Chủ trì: …": labels bulleted one level down describe that bullet.
    const underBullet = dash !== null && b.current?.kind === 'dash' && b.current.bullet !== paragraph[0];
    const target = structural
      ? nearest(b.current, holdsSubItems)
      : dash !== null && !underBullet
        ? nearest(b.current, (n) => n.kind !== 'dash')
        : b.current;
    addAttributes(target, labels, b, paragraph);
    const last = labels[labels.length - 1];
    if (target !== null && last.value === '') b.listedUnder = last;
    return;
  }
  const dashedLetter = dash !== null ? LETTER_MARKER.exec(dash[1]) : null;
  if (letter !== null || dashedLetter !== null) {
    const m = (letter ?? dashedLetter) as RegExpExecArray;
    addSubItem(b, 'letter', m[1], m[2]);
  } else if (dash !== null || startsUnnumberedTask(b, paragraph, next)) {
    addSubItem(b, 'dash', '', dash?.[1] ?? paragraph);
    if (b.current?.kind === 'dash') b.current.bullet = dash === null ? UNWRITTEN_BULLET : paragraph[0];
  } else if (b.current === null) {
    b.outline.preamble.push(paragraph);
  } else if (b.current.kind === 'part') {
    b.current.body.push(paragraph);
  } else {
    // "… mở chuyên mục tuyên truyền. Thời gian: thường xuyên.": labels that end a paragraph describe its item.
    const own = takeTrailingLabels(paragraph);
    b.current.body.push(own.text);
    b.current.attributes.push(...own.labels);
  }
}

/** A numbered or lettered item, or a label line: a task's, in a plan with no parts. */
const isTaskLine = (paragraph: string): boolean =>
  (hasStructureMarker(paragraph) && !DASH_MARKER.test(paragraph)) || parseLabelLines(paragraph).length > 0;

function endOfBody(paragraphs: readonly string[]): number {
  const end = paragraphs.findIndex((p) => END_OF_BODY.test(p));
  return end === -1 ? paragraphs.length : end;
}

// "PHỤ LỤC", "PHỤ LỤC I", "PHỤ LỤC SỐ 01": an appendix, on a line of its own.
const APPENDIX = /^PHỤ LỤC(?:\s+(?:SỐ\s+)?(?:[IVXL]+|\d+))?\s*[:.]?$/u;
// What its title says it holds, in the lines after it: the plan's work, not a report's outline or a form to fill in.
const WORK_APPENDIX = /NHIỆM VỤ|HOẠT ĐỘNG|NỘI DUNG|DANH MỤC/u;
const FORM_APPENDIX = /ĐỀ CƯƠNG|MẪU|BIỂU/u;
const APPENDIX_TITLE_LINES = 3;

/**
 * The plan's body and, after its signature, each appendix that lists its work ("PHỤ LỤC" / "NHIỆM VỤ CÔNG TÁC …" /
 * "1. …"); an appendix that is a report's outline or a form is left out with the signature.
 */
function bodyWithAppendices(paragraphs: readonly string[]): string[] {
  const starts = paragraphs.flatMap((p, at) => (APPENDIX.test(p) ? [at] : []));
  const end = Math.min(endOfBody(paragraphs), starts[0] ?? paragraphs.length);
  const appendices = starts.map((start, i) => paragraphs.slice(start, starts[i + 1] ?? paragraphs.length));
  const ofWork = appendices.filter((appendix) => {
    const title = appendix.slice(1, 1 + APPENDIX_TITLE_LINES).join(' ');
    return WORK_APPENDIX.test(title) && !FORM_APPENDIX.test(title);
  });
  return [...paragraphs.slice(0, end), ...ofWork.flatMap((appendix) => appendix.slice(0, endOfBody(appendix)))];
}

/**
 * Builds the document tree: parts (Roman, lettered, or in a plan without those, headed in capitals or in figures, or
 * none at all), lettered sections of a Roman part, numbered items nested by their number of components, lettered and
 * dash sub-items, and labelled attribute lines attached to the item they describe.
 */
export function buildOutline(paragraphs: readonly string[]): PlanOutline {
  const body = bodyWithAppendices(paragraphs);
  const firstPart = body.find((p) => numberedPartHeading(p) !== null);
  const b: Builder = {
    outline: { preamble: [], parts: [] },
    numbersItsParts: firstPart !== undefined,
    lettersItsParts: firstPart !== undefined && !ROMAN_MARKER.test(firstPart),
    pastTheTasks: false,
    part: null,
    section: null,
    items: [],
    current: null,
    listedUnder: null,
  };
  // With no numbered parts, items above the sentence that introduces the plan ("Căn cứ:" / "1. Luật …;") are its
  // grounds, not its tasks.
  const opening = b.numbersItsParts ? -1 : body.findIndex(introducesPlan);
  const lastTaskLine = body.reduce((last, paragraph, at) => (isTaskLine(paragraph) ? at : last), -1);
  body.forEach((paragraph, at) => {
    b.pastTheTasks = at > lastTaskLine;
    if (at <= opening) b.outline.preamble.push(paragraph);
    else addParagraph(b, paragraph, body[at + 1]);
  });
  return b.outline;
}
