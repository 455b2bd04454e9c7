import { startsWithHead } from '../agencies/agency-lexicon';
import { cleanAgencyText } from '../agencies/agency-splitter';
import { agencyHeading, subjectAndPredicate } from '../agencies/prose-agencies';
import { type OutlineNode } from '../outline/outline-node';
import { collapse, splitSentences, stripFinalDot } from '../text/sentences';

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
/** `… từ nguồn kinh phí của <cơ quan>`: the body whose budget pays, ending before `theo …`, `để …` or punctuation. */
const BUDGET_OF = /(?:kinh phí|ngân sách|dự toán)\s+của\s+(.+?)(?=\s+(?:theo|để)\s|[,;.()]|$)/u;

// TỔ CHỨC THỰC HIỆN, and a part of its own for reports ("CHẾ ĐỘ THÔNG TIN, BÁO CÁO", "CHẾ ĐỘ BÁO CÁO").
const IMPLEMENTATION = /TỔ CHỨC THỰC HIỆN|CHẾ ĐỘ (?:THÔNG TIN,? )?BÁO CÁO/u;

/** A sentence's duties: its clauses between semicolons. */
const clausesOf = (sentence: string): string[] => sentence.split(/;\s+/u);

function implementationParts(parts: readonly OutlineNode[]): OutlineNode[] {
  return parts.filter((p) => IMPLEMENTATION.test(p.text.toLocaleUpperCase('vi')));
}

/** A funding sentence with no acting subject (`Kinh phí … được bố trí từ nguồn kinh phí của X`) is X's duty. */
function budgetHolderUnit(sentence: string): ResponsibilityUnit | null {
  const budget = BUDGET_OF.exec(sentence);
  if (budget === null || !startsWithHead(budget[1])) return null;
  const duty = sentence.slice(0, budget.index + budget[0].length);
  return { agency: cleanAgencyText(budget[1]), passages: [sentence], duties: [duty] };
}

function fromSentences(paragraph: string, units: ResponsibilityUnit[]): void {
  let current: ResponsibilityUnit | null = null;
  for (const sentence of splitSentences(paragraph)) {
    if (CLOSING.test(sentence)) return;
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
    }
  }
}

/** A part, or a lettered section of one: its own paragraphs, then its items. */
function fromGroup(group: OutlineNode, units: ResponsibilityUnit[]): void {
  group.body.forEach((paragraph) => fromSentences(paragraph, units));
  group.children.forEach((child) => (child.kind === 'section' ? fromGroup(child, units) : fromItem(child, units)));
}

function fromItem(item: OutlineNode, units: ResponsibilityUnit[]): void {
  const bullets = item.children.map((c) => stripFinalDot(collapse(c.text)));
  const heading = agencyHeading(item.text);
  if (heading !== null) {
    // The lines under the heading ("2. Sở Giáo dục và Đào tạo" above "Chỉ đạo …") state its duties too.
    const sentences = item.body.flatMap((paragraph) => splitSentences(paragraph));
    const duties = [...sentences.flatMap(clausesOf), ...bullets];
    units.push({ agency: heading, passages: [...sentences, ...bullets], duties });
    return;
  }
  fromSentences([item.text, ...item.body].join(' '), units);
  const last = units[units.length - 1];
  if (last !== undefined) {
    last.passages.push(...bullets);
    last.duties.push(...bullets);
  }
}

/**
 * Reads TỔ CHỨC THỰC HIỆN and a reports part as numbered agency headings with dash duties, or as sentences with a
 * subject.
 */
export function readResponsibilityUnits(parts: readonly OutlineNode[]): ResponsibilityUnit[] {
  const units: ResponsibilityUnit[] = [];
  for (const part of implementationParts(parts)) fromGroup(part, units);
  return oncePerAgency(units).map((u) => ({
    ...u,
    duties: u.duties.map((d) => stripFinalDot(d.trim())).filter((d) => d !== ''),
  }));
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
