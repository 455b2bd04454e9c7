import { startsWithHead } from '../agencies/agency-lexicon';
import {
  type Roles,
  agencyHeading,
  cellRoles,
  clauseSubject,
  isProse,
  leadsByName,
  proseRoles,
  subjectAgencies,
} from '../agencies/prose-agencies';
import { firstVerbIndex } from '../agencies/verbs';
import { splitAgencies } from '../agencies/agency-splitter';
import { type LabelField, closingParentheses, namesAgencies } from '../outline/labels';
import { type OutlineNode } from '../outline/outline-node';
import { type NumberedAssignment, assignmentKey } from '../implementation/numbered-assignments';
import { type ParseWarning, ParseWarningCode, type PlanTaskDraft } from '../plan-draft';
import { collapse, stripFinalDot, wordCount } from '../text/sentences';
import { NAMED_WORK, type TaskNode } from './task-nodes';
import { timeframeInProse } from './prose-timeframe';
import { cutTitle } from './title';

const FORM_HEADING = /^hình thức/iu;

function values(node: OutlineNode, field: LabelField): string[] {
  return node.attributes.filter((a) => a.field === field).map((a) => stripFinalDot(collapse(a.value)));
}

function agenciesOf(node: OutlineNode, field: 'lead' | 'coordinating'): string[] {
  return values(node, field).flatMap((v) => (isProse(v) ? subjectAgencies(v) : splitAgencies(v)));
}

/** The lead's values, and the partners a value names beside its lead ("Công an tỉnh chủ trì, phối hợp với …"). */
function leadAndPartners(node: OutlineNode): { lead: string[]; partners: string[] } {
  const lead: string[] = [];
  const partners: string[] = [];
  for (const value of values(node, 'lead')) {
    const roles = cellRoles(value);
    const clauses = value.split(/;\s*/u);
    if (roles === null && clauses.length > 1 && clauses.every((clause) => firstVerbIndex(clause) > 0)) {
      // "Phòng Tư pháp tham mưu UBND huyện; các cơ quan, UBND các xã thực hiện": the first acts, the others join.
      const [first, ...rest] = clauses.map((clause) => splitAgencies(clauseSubject(clause) ?? clause));
      lead.push(...first);
      partners.push(...rest.flat());
    } else if (roles === null) {
      // "Phòng Tư pháp tham mưu UBND huyện": the office that acts leads, not the body it acts for; "X phối hợp với Y":
      // X leads, with Y.
      const partner = WITH_PARTNER.exec(value);
      const acting = partner?.[1] ?? value;
      lead.push(...(isProse(acting) ? subjectAgencies(acting) : splitAgencies(clauseSubject(acting) ?? acting)));
      if (partner !== null) partners.push(...splitAgencies(beforeVerb(partner[2])));
    } else {
      lead.push(...roles.lead);
      partners.push(...roles.coordinating);
    }
  }
  // "Cơ quan đầu mối: X" and "Cơ quan chủ trì, phối hợp: X chủ trì, …" name one lead.
  return { lead: [...new Set(lead)], partners: [...new Set(partners)] };
}

/** Under `3.2. Hình thức kiểm tra`, `a) Tự kiểm tra: …` names its form before the colon. */
function termForm(node: OutlineNode): string | null {
  if (node.parent === null || !FORM_HEADING.test(node.parent.text)) return null;
  const m = NAMED_WORK.exec(node.text);
  return m !== null && wordCount(m[1]) <= 6 ? m[1].trim() : null;
}

/**
 * "Sơ kết 03 năm thi hành Luật: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ; thời gian: …": the work before the
 * colon (or a dash), and after it who leads and who joins, read as a cell names them. After a colon, an agency that
 * does the work ("…: Công an tỉnh thực hiện trong tháng 7/2026") leads it too.
 */
function workThenRoles(node: OutlineNode): { work: string; roles: Roles } | null {
  const named = workAndDoers(node.text);
  if (named === null || !startsWithHead(named.doers)) return null;
  const roles = cellRoles(named.doers) ?? (named.afterColon ? doersOf(named.doers) : null);
  return roles === null ? null : { work: named.work, roles };
}

function doersOf(clause: string): Roles | null {
  const roles = proseRoles(clause, { helpersCoordinate: true });
  return clauseSubject(clause) !== null && roles.lead.length > 0 ? roles : null;
}

// "Tổ chức hội nghị … – Sở Tư pháp chủ trì, thời gian Quý II/2026": the work, and after a dash who leads it.
const DASH_BEFORE_NAME = /\s[–-]\s+(?=\p{Lu})/gu;

/**
 * The work named before a colon, or before the first dash that a lead's clause follows (a dash inside a name, "Văn hóa
 * - Thông tin", is none), and the words after it.
 */
function workAndDoers(text: string): { work: string; doers: string; afterColon: boolean } | null {
  const term = NAMED_WORK.exec(text);
  if (term !== null) return { work: term[1], doers: text.slice(term[0].length), afterColon: true };
  for (const dash of text.matchAll(DASH_BEFORE_NAME)) {
    const work = text.slice(0, dash.index);
    const doers = text.slice(dash.index + dash[0].length);
    if (firstVerbIndex(work) >= 0 && leadsByName(doers)) return { work, doers, afterColon: false };
  }
  return null;
}

/** "Công an xã: Tuyên truyền pháp luật …": the agency before the colon does the work after it. */
function doerThenWork(node: OutlineNode): { work: string; lead: string[] } | null {
  const term = NAMED_WORK.exec(node.text);
  const doer = term === null ? null : agencyHeading(term[1]);
  return term === null || doer === null ? null : { work: node.text.slice(term[0].length), lead: splitAgencies(doer) };
}

/**
 * The agencies in the parentheses that close an item ("Tổ chức hội nghị … (Sở Tư pháp, các sở, ngành)." above its
 * "Thời gian:" line), which lead it where nothing else names a lead; else null.
 */
function namedInClosingParentheses(node: OutlineNode): { work: string; lead: string[] } | null {
  const closing = closingParentheses(node.text);
  if (closing === null || !namesAgencies(closing[1])) return null;
  return { work: node.text.slice(0, closing.index), lead: splitAgencies(closing[1]) };
}

function proseTexts(node: OutlineNode): string[] {
  const own = node.text.replace(NAMED_WORK, '');
  const dashes = node.children.filter((c) => c.kind === 'dash').flatMap((c) => [c.text, ...c.body]);
  return [own, ...node.body, ...dashes];
}

// A bare "Thực hiện:" names the partners beside a "Chủ trì:" line (001), and the doers where there is none.
const PERFORMER_LABEL = /^thực hiện$/iu;
const WITH_PARTNER = /^(.+?)\s+phối hợp với\s+(.+)$/u;
const CONCERNED = /(?:có )?liên quan$/u;

const beforeVerb = (text: string): string => {
  const verb = firstVerbIndex(text);
  return verb > 0 ? text.slice(0, verb) : text;
};

/** "Thực hiện: Phòng Tư pháp phối hợp với Trung tâm …", "Thực hiện: UBND các xã gửi …": who acts, and with whom. */
function performers(node: OutlineNode): { lead: string[]; coordinating: string[] } | null {
  const lines = node.attributes.filter((a) => a.field === 'coordinating' && PERFORMER_LABEL.test(a.label.trim()));
  if (lines.length === 0) return null;
  const lead: string[] = [];
  const coordinating: string[] = [];
  for (const line of lines) {
    const value = stripFinalDot(collapse(line.value));
    const partner = WITH_PARTNER.exec(value);
    lead.push(...splitAgencies(beforeVerb(partner?.[1] ?? value)));
    if (partner !== null) coordinating.push(...splitAgencies(beforeVerb(partner[2])));
  }
  const others = node.attributes.filter((a) => a.field === 'coordinating' && !lines.includes(a));
  // "Công chức Tư pháp - Hộ tịch, các ngành liên quan": those concerned help the one named.
  const concerned = lead.filter((name) => CONCERNED.test(name));
  const helping = concerned.length < lead.length ? concerned : [];
  return {
    lead: lead.filter((name) => !helping.includes(name)),
    coordinating: [...helping, ...coordinating, ...others.flatMap((a) => splitAgencies(a.value))],
  };
}

/** What `read` finds in the nearest group above the task, up to its part. */
function fromGroupAbove<T>(node: OutlineNode, read: (group: OutlineNode) => T | null): T | null {
  for (let above = node.parent; above !== null && above.kind !== 'part'; above = above.parent) {
    const found = read(above);
    if (found !== null) return found;
  }
  return null;
}

/** "2. Tổ chức các hội nghị" / "Cơ quan chủ trì: Sở Tư pháp" above its tasks: the nearest group that labels `field`. */
const labelledAbove = (node: OutlineNode, field: LabelField): OutlineNode | null =>
  fromGroupAbove(node, (group) => (group.attributes.some((a) => a.field === field) ? group : null));

const timeframeAbove = (node: OutlineNode): string | null =>
  fromGroupAbove(node, (group) => values(group, 'timeframe')[0] ?? null);

/** "1. Công an tỉnh" above "- Chủ trì tổ chức tuyên truyền …": the agency a group of tasks is headed by. */
const agencyAbove = (node: OutlineNode): string | null => fromGroupAbove(node, (group) => agencyHeading(group.text));

/** "2. Sở Văn hóa, Thể thao và Du lịch" with "Chỉ đạo treo băng rôn …" below it: the agency the duty is given. */
const ownAgencyHeading = (node: OutlineNode): string | null => (node.body.length > 0 ? agencyHeading(node.text) : null);

export interface TaskContext {
  inheritedLead: string[];
  /** Tasks TỔ CHỨC THỰC HIỆN gives to agencies by their numbers. */
  numbered: ReadonlyMap<string, NumberedAssignment>;
  warnings: ParseWarning[];
}

export function buildTask({ node, code, part }: TaskNode, context: TaskContext): PlanTaskDraft {
  const written = leadAndPartners(node);
  const prose = proseTexts(node);
  let lead = written.lead;
  let coordinating = [...new Set([...agenciesOf(node, 'coordinating'), ...written.partners])];
  const named = lead.length === 0 ? performers(node) : null;
  if (named !== null && named.lead.length > 0) ({ lead, coordinating } = named);
  const doer = doerThenWork(node);
  if (lead.length === 0 && doer !== null) lead = doer.lead;
  const group = lead.length === 0 ? labelledAbove(node, 'lead') : null;
  if (group !== null) {
    const shared = leadAndPartners(group);
    lead = shared.lead;
    if (coordinating.length === 0)
      coordinating = [...new Set([...agenciesOf(group, 'coordinating'), ...shared.partners])];
  }
  const stated = workThenRoles(node);
  if (lead.length === 0) {
    const roles = stated !== null ? [stated.roles] : prose.map((text) => proseRoles(text, { helpersCoordinate: true }));
    lead = [...new Set(roles.flatMap((role) => role.lead))];
    if (coordinating.length === 0 && lead.length > 0) {
      coordinating = [...new Set(roles.flatMap((role) => role.coordinating))].filter((name) => !lead.includes(name));
    }
    if (lead.length > 0) {
      context.warnings.push({
        code: ParseWarningCode.LeadFromProse,
        message: 'Cơ quan chủ trì được đọc từ nội dung nhiệm vụ: văn bản không có dòng ghi cơ quan',
        where: code,
      });
    }
  }
  const closing = lead.length === 0 ? namedInClosingParentheses(node) : null;
  if (closing !== null) {
    lead = closing.lead;
    context.warnings.push({
      code: ParseWarningCode.LeadFromProse,
      message: 'Cơ quan chủ trì được đọc từ tên cơ quan trong ngoặc cuối nhiệm vụ: văn bản không có dòng ghi cơ quan',
      where: code,
    });
  }
  // The time frame is what a label gives; a time named in the sentences is told, for the coordinator to set.
  const timeframe = values(node, 'timeframe')[0] ?? timeframeAbove(node);
  const told = timeframe === null ? timeframeInProse(prose) : null;
  if (told !== null) {
    context.warnings.push({
      code: ParseWarningCode.TimeframeInProse,
      message: `Không có dòng ghi thời gian; nội dung nêu “${told}”: đặt làm thời hạn nếu đúng`,
      where: code,
      value: told,
    });
  }
  const headedBy = ownAgencyHeading(node);
  const above = lead.length === 0 ? (headedBy ?? agencyAbove(node)) : null;
  if (above !== null) {
    const heading = splitAgencies(above);
    lead = heading;
    if (coordinating.length === 0) {
      coordinating = [...new Set(prose.flatMap((text) => proseRoles(text).coordinating))].filter(
        (name) => !heading.includes(name),
      );
    }
    context.warnings.push({
      code: ParseWarningCode.LeadInherited,
      message: `Nhiệm vụ không ghi cơ quan: cơ quan chủ trì lấy từ tiêu đề “${above}” phía trên`,
      where: code,
    });
  }
  const assigned = context.numbered.get(assignmentKey(part, code)) ?? context.numbered.get(code);
  if (lead.length === 0 && assigned !== undefined && assigned.lead.length > 0) {
    lead = assigned.lead;
    context.warnings.push({
      code: ParseWarningCode.LeadInherited,
      message: `Nhiệm vụ không ghi cơ quan: phần TỔ CHỨC THỰC HIỆN giao ${lead.join(', ')} chủ trì nhiệm vụ ${code}`,
      where: code,
    });
  }
  if (coordinating.length === 0 && assigned !== undefined) {
    coordinating = assigned.coordinating.filter((name) => !lead.includes(name));
  }
  if (lead.length === 0 && context.inheritedLead.length > 0) {
    lead = context.inheritedLead;
    context.warnings.push({
      code: ParseWarningCode.LeadInherited,
      message: 'Nhiệm vụ không ghi cơ quan: cơ quan chủ trì lấy từ phần TỔ CHỨC THỰC HIỆN',
      where: code,
    });
  }
  if (lead.length === 0) {
    context.warnings.push({
      code: ParseWarningCode.TaskWithoutLead,
      message: 'Không tìm thấy cơ quan chủ trì',
      where: code,
    });
  }
  const namedForm = termForm(node);
  // "a) Tự kiểm tra: Các cơ quan … tự kiểm tra …": a form before the colon, not the work; the sentence is the title.
  const work = namedForm === null ? (stated?.work ?? doer?.work ?? closing?.work) : undefined;
  return {
    code,
    // "2. NỘI DUNG" over "2.1. …": a part numbered in figures is already in its tasks' numbers.
    part: part === '' || code.startsWith(`${part}.`) ? undefined : part,
    title: cutTitle(work ?? (headedBy === null ? node.text : node.body[0])),
    lead,
    coordinating,
    timeframe,
    form: values(node, 'form')[0] ?? namedForm,
    product: values(node, 'product')[0] ?? null,
  };
}
