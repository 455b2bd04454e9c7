import { type LabelledValue } from './labels';

/** A section is a lettered heading inside a Roman part ("II. NHIỆM VỤ" / "A. NHIỆM VỤ CHUNG"), over numbered items. */
export type OutlineKind = 'part' | 'section' | 'item' | 'letter' | 'dash';

export interface OutlineNode {
  kind: OutlineKind;
  /** Own numbering as written: `II`, `A`, `2.10`, `a`; dash bullets get their 1-based position. */
  marker: string;
  /** First paragraph without its marker. */
  text: string;
  /** Following unlabelled paragraphs that are not sub-items. */
  body: string[];
  attributes: LabelledValue[];
  children: OutlineNode[];
  parent: OutlineNode | null;
  /** A dash bullet's own character (`-`, `+`, `•`): a label line bulleted otherwise belongs to that bullet. */
  bullet?: string;
  /** The item's own text is a label (`3. Thời gian thực hiện: …`): a plan-level statement, not an action. */
  labelHeading: LabelledValue | null;
}

/** The heading given to a plan's closing paragraphs where it writes none: they do what this part does. */
export const IMPLEMENTATION_HEADING = 'TỔ CHỨC THỰC HIỆN';
/**
 * The headings, in capitals, of the part that says who carries the plan out, as TỔ CHỨC THỰC HIỆN does ("TRÁCH NHIỆM
 * CỦA CÁC BÊN" in a joint programme); "TRIỂN KHAI THỰC HIỆN" only alone, as "NỘI DUNG TRIỂN KHAI THỰC HIỆN" heads tasks.
 */
export const IMPLEMENTATION_NAMES = `${IMPLEMENTATION_HEADING}|TRÁCH NHIỆM THỰC HIỆN|PHÂN CÔNG TRÁCH NHIỆM|^TRÁCH NHIỆM CỦA (?:CÁC|MỖI|HAI) |TỔ CHỨC TRIỂN KHAI|^TRIỂN KHAI THỰC HIỆN[.:]?$`;

export interface PlanOutline {
  preamble: string[];
  parts: OutlineNode[];
}

export function createNode(kind: OutlineKind, marker: string, text: string, parent: OutlineNode | null): OutlineNode {
  return { kind, marker, text, body: [], attributes: [], children: [], parent, labelHeading: null };
}

export function hasAgencyOrTime(node: OutlineNode): boolean {
  return node.attributes.some((a) => a.field === 'lead' || a.field === 'coordinating' || a.field === 'timeframe');
}

/** All text of a node and its descendants, in reading order. */
export function fullText(node: OutlineNode): string {
  const own = [node.text, ...node.body].join(' ');
  return [own, ...node.children.map(fullText)].join(' ').trim();
}

export function walk(node: OutlineNode, visit: (node: OutlineNode) => void): void {
  visit(node);
  node.children.forEach((child) => walk(child, visit));
}
