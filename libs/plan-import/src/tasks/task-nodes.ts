import { agencyHeading, subjectAgencies } from '../agencies/prose-agencies';
import { IMPLEMENTATION_NAMES, type OutlineNode, hasAgencyOrTime, walk } from '../outline/outline-node';
import { isTimeAlone } from '../schedule/looks-like-timeframe';
import { wordCount } from '../text/sentences';

export interface TaskNode {
  node: OutlineNode;
  code: string;
  /** The Roman numeral of the part that holds the task (`III`). */
  part: string;
}

const NON_TASK_PART = new RegExp(
  `MỤC ĐÍCH|YÊU CẦU|${IMPLEMENTATION_NAMES}|KINH PHÍ|PHẠM VI|ĐỐI TƯỢNG|CĂN CỨ|CHẾ ĐỘ BÁO CÁO`,
  'u',
);
const TASK_WORDS = 'nội dung|nhiệm vụ|hình thức';
// "NỘI DUNG, ĐỐI TƯỢNG, HÌNH THỨC KIỂM TRA": a part that names its tasks holds them, whatever else it names.
const TASK_PART = new RegExp(TASK_WORDS, 'iu');
const TASK_HEADING = new RegExp(`^(?:${TASK_WORDS})`, 'iu');

export const isTaskPart = (part: OutlineNode): boolean => isTaskPartHeading(part.text);

/** "NỘI DUNG, NHIỆM VỤ", "CÔNG TÁC HÒA GIẢI": not a part the tasks are never in ("TỔ CHỨC THỰC HIỆN"). */
export function isTaskPartHeading(text: string): boolean {
  const heading = text.toLocaleUpperCase('vi');
  return TASK_PART.test(heading) || !NON_TASK_PART.test(heading);
}

function structural(node: OutlineNode): OutlineNode[] {
  return node.children.filter((c) => c.kind === 'section' || c.kind === 'item' || c.kind === 'letter');
}

function dashes(node: OutlineNode): OutlineNode[] {
  return node.children.filter((c) => c.kind === 'dash');
}

/** Lettered sub-items listing what an item covers; under "Hình thức …" or "Nội dung …" each is a task of its own. */
const listedLetters = (node: OutlineNode): OutlineNode[] =>
  TASK_HEADING.test(node.text) ? [] : node.children.filter((c) => c.kind === 'letter');

/**
 * Labels after the last of several dash bullets or lettered sub-items describe the parent (one shared block), not
 * that sub-item. A lone bullet keeps its own: it is the one piece of work under a heading ("2. Công tác hòa giải ở
 * cơ sở").
 */
export function hoistSharedAttributes(node: OutlineNode): void {
  node.children.forEach(hoistSharedAttributes);
  for (const siblings of [dashes(node), listedLetters(node)]) {
    const labelled = siblings.filter(hasAgencyOrTime);
    const shared = siblings.length > 1 && labelled.length === 1 && labelled[0] === siblings[siblings.length - 1];
    if (shared && !hasAgencyOrTime(node)) {
      node.attributes.push(...labelled[0].attributes);
      labelled[0].attributes = [];
    }
  }
}

/**
 * "1. Quý I năm 2026" over its tasks: the heading is their time frame, as a "Thời gian:" line would be. A heading of
 * that kind over a paragraph ("3. Tháng 11 năm 2026" / "Tổ chức …") is the time of the work the paragraph names.
 */
function readTimeHeading(node: OutlineNode): void {
  if (node.kind === 'part' || node.labelHeading !== null || !isTimeAlone(node.text)) return;
  node.attributes.unshift({ field: 'timeframe', label: '', value: node.text.replace(/[.:]$/u, '') });
  const work = node.body.shift();
  if (work !== undefined) node.text = work;
}

function codeOf(node: OutlineNode, parentCode: string): string {
  return parentCode === '' ? node.marker : `${parentCode}.${node.marker}`;
}

/** A numbered item's code is its own number ("2.1"), after its section's letter where it has one ("A.2.1"). */
function codeIn(node: OutlineNode, parentCode: string): string {
  if (node.kind === 'part') return '';
  if (node.kind !== 'item') return codeOf(node, parentCode);
  let section = node.parent;
  while (section !== null && section.kind === 'item') section = section.parent;
  return section?.kind === 'section' ? codeOf(node, section.marker) : node.marker;
}

/** Under "NỘI DUNG", or in a plan with no parts, where every numbered item is a task; a section is its part's. */
function underTaskHeading(node: OutlineNode): boolean {
  const parent = node.parent;
  if (parent === null) return false;
  return (
    TASK_HEADING.test(parent.text) || isUnheadedPart(parent) || (parent.kind === 'section' && underTaskHeading(parent))
  );
}

const isUnheadedPart = (node: OutlineNode): boolean => node.kind === 'part' && node.text === '';

/** "1. Sở Tư pháp" over "a) Tổ chức hội nghị …": the items under an agency are its tasks. */
const underAgencyHeading = (node: OutlineNode): boolean =>
  node.parent !== null && node.parent.kind !== 'part' && agencyHeading(node.parent.text) !== null;

/**
 * Deeper under a NỘI DUNG part, a leaf whose own sentences name who acts ("Sở Tư pháp chủ trì, phối hợp với …")
 * is a task too; a leaf that only lists content ("a) Tổ thông tin truyền thông ở các xã …") is not.
 */
function actsUnderTaskHeading(node: OutlineNode): boolean {
  let ancestor = node.parent;
  while (ancestor !== null && !TASK_HEADING.test(ancestor.text)) ancestor = ancestor.parent;
  return ancestor !== null && [node.text, ...node.body].some((text) => subjectAgencies(text).length > 0);
}

/**
 * "1. Nội dung trọng tâm" over a list of laws, "3. Hình thức kiểm tra" over a paragraph that describes it: a heading
 * of what the work covers or how, with no work of its own.
 */
function isContentHeading(node: OutlineNode): boolean {
  const titleOnly = node.body.length === 0 || (wordCount(node.text) <= 5 && !/[:.]/.test(node.text));
  return TASK_HEADING.test(node.text) && titleOnly && !hasAgencyOrTime(node);
}

// "2. Đối tượng kiểm tra", "Phạm vi": an item that says whom or what the work is for, not work to do.
const ABOUT_THE_WORK = /^(?:đối tượng|phạm vi|mục đích|yêu cầu|kinh phí|căn cứ)(?![\p{L}])/iu;

type CodedNode = Omit<TaskNode, 'part'>;

// "Hội nghị cấp tỉnh: Sở Tư pháp chủ trì …": the work named before the colon, who does it after.
export const NAMED_WORK = /^([^:]{2,60}):\s+/u;

const namesItsDoer = (bullet: OutlineNode): boolean => subjectAgencies(bullet.text.replace(NAMED_WORK, '')).length > 0;

function collect(node: OutlineNode, parentCode: string): CodedNode[] {
  const code = codeIn(node, parentCode);
  if (node.labelHeading !== null) return [];
  const fromChildren = structural(node).flatMap((child) => collect(child, code));
  if (fromChildren.length > 0) return fromChildren;
  const bullets = dashes(node);
  // "II. NỘI DUNG" over "- Tuyên truyền …" / "Thực hiện: …; thời gian: …": bullets with labels are the part's tasks.
  if (node.kind === 'part') return bullets.filter(hasAgencyOrTime).map((b) => ({ node: b, code: codeOf(b, code) }));
  const labelledBullets = bullets.filter(hasAgencyOrTime);
  if (labelledBullets.length >= 2 || (bullets.length === 1 && labelledBullets.length === 1)) {
    return labelledBullets.map((b) => ({ node: b, code: codeOf(b, code) }));
  }
  // "2. Công an tỉnh:" over "- Tuyên truyền …": under an agency, each bullet is a duty of its own.
  // "+ Hội nghị cấp tỉnh: Sở Khoa học và Công nghệ chủ trì …", "+ Hội nghị cấp xã: UBND các xã tổ chức …": each
  // bullet that names who does it is a task of its own.
  const dutiesUnderAgency = (): boolean => agencyHeading(node.text) !== null;
  const eachNamesItsDoer = (): boolean => bullets.length >= 2 && bullets.every(namesItsDoer);
  if (bullets.length > 0 && !hasAgencyOrTime(node) && (dutiesUnderAgency() || eachNamesItsDoer())) {
    return bullets.map((b) => ({ node: b, code: codeOf(b, code) }));
  }
  if (hasAgencyOrTime(node)) return [{ node, code }];
  const isLeaf = structural(node).length === 0 && !isContentHeading(node) && !ABOUT_THE_WORK.test(node.text);
  const underHeading = (): boolean => underTaskHeading(node) || underAgencyHeading(node) || actsUnderTaskHeading(node);
  return isLeaf && underHeading() ? [{ node, code }] : [];
}

/**
 * The README's task rule: a numbered or lettered leaf action with its own agency or time lines, or a leaf
 * under a NỘI DUNG / NHIỆM VỤ / HÌNH THỨC heading. Sub-items that carry agencies replace their parent;
 * dash bullets that each carry agencies become tasks coded by position.
 */
export function findTaskNodes(parts: readonly OutlineNode[]): TaskNode[] {
  return parts.filter(isTaskPart).flatMap((part) => {
    hoistSharedAttributes(part);
    walk(part, readTimeHeading);
    return collect(part, '').map((task) => ({ ...task, part: part.marker }));
  });
}
