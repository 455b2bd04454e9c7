import { bareLabelHeading, parseLabelLine } from '../outline/labels';
import { type OutlineNode, walk } from '../outline/outline-node';
import { type PlanPeriod } from '../plan-draft';
import { collapse, stripFinalDot } from '../text/sentences';
import { type IssuingClause } from './issuing-clause';

const TIME_START = /(?:thường xuyên|từ năm|từ ngày|từ tháng|trong năm|giai đoạn|đến năm|năm \d{4})/iu;
const SPAN =
  /từ năm \d{4} đến năm \d{4}|giai đoạn \d{4}\s*[-–]\s*\d{4}|năm(?: học)? \d{4}\s*[-–]\s*\d{4}|đến (?:hết )?năm \d{4}|năm \d{4}/iu;
// "Năm 2026 (lịch cụ thể sẽ thông báo sau)": a note after the period is no part of it.
const CLOSING_NOTE = /\s*\([^()]*\)$/u;
// "Kế hoạch được triển khai từ tháng 10/2024 đến hết năm 2025 …": a sentence of the body that says when the plan runs.
const RUNS_FROM =
  /Kế hoạch (?:được )?(?:triển khai|thực hiện|áp dụng) (?:thực hiện )?(từ (?:ngày |tháng |năm )?[\d/]*\d{4}(?: (?:đến|tới) (?:hết )?(?:ngày |tháng |năm )?[\d/]*\d{4})?)/iu;

// "Thực hiện Đề án “… giai đoạn 2019-2025” năm 2025", "thi hành Luật Đất đai năm 2024 trong năm 2026": the period in a
// quoted name is the programme's, and the year after a law's name is the law's, not the plan's.
const NAMED = /“[^”]*”|"[^"]*"|(?<![\p{L}])(?:Bộ luật|Luật|Pháp lệnh) \p{Lu}[^.;:“”"]{0,80}? năm \d{4}/gu;

/** The first span outside names (the same places in `text`), or inside them when there is none outside. */
function spanIn(text: string): RegExpExecArray | null {
  const unnamed = text.replace(NAMED, (named) => ' '.repeat(named.length));
  return SPAN.exec(unnamed) ?? SPAN.exec(text);
}

export function periodFromText(text: string): PlanPeriod {
  const years = [...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => m[0]).sort();
  const openStart = /^(?:đến|tới)\s/iu.test(text);
  return { from: openStart ? null : (years[0] ?? null), to: years[years.length - 1] ?? null, text };
}

function labelledStatement(parts: readonly OutlineNode[]): string | null {
  let found: string | null = null;
  parts.forEach((part) =>
    walk(part, (node) => {
      // "III. THỜI GIAN THỰC HIỆN" over its statement, or "III. THỜI GIAN THỰC HIỆN: Năm 2026": a part of its own.
      const label =
        node.kind === 'part' ? (parseLabelLine(node.text) ?? bareLabelHeading(node.text)) : node.labelHeading;
      if (found !== null || label === null || label.field !== 'timeframe') return;
      const text = collapse(label.value !== '' ? label.value : (node.body[0] ?? ''));
      const start = text.search(TIME_START);
      if (start >= 0) found = stripFinalDot(text.slice(start)).replace(CLOSING_NOTE, '');
    }),
  );
  return found;
}

function fromIssuingClause(issuing: IssuingClause | null): string | null {
  if (issuing === null) return null;
  const span = spanIn(issuing.after);
  if (span === null) return null;
  const end = span.index + span[0].length;
  const plan = issuing.after.toLocaleLowerCase('vi').lastIndexOf('kế hoạch', span.index);
  const near = plan >= 0 && issuing.after.slice(plan, span.index).split(/\s+/).length <= 6;
  const start = /^năm/iu.test(span[0]) && near ? plan : span.index;
  return issuing.after.slice(start, end);
}

function fromStatement(parts: readonly OutlineNode[]): string | null {
  let found: string | null = null;
  parts.forEach((part) =>
    walk(part, (node) => {
      for (const paragraph of [node.text, ...node.body]) {
        found ??= RUNS_FROM.exec(paragraph)?.[1] ?? null;
      }
    }),
  );
  return found;
}

function fromTitle(title: string | null): string | null {
  if (title === null) return null;
  const span = spanIn(title);
  return span === null ? null : title.slice(span.index, span.index + span[0].length);
}

/**
 * The plan's period: a "Thời gian thực hiện" statement outside the tasks, else the issuing clause, else a sentence
 * saying when the plan runs, else the title. A period over before the plan was issued is a law's or a cited plan's.
 */
export function findPeriod(
  parts: readonly OutlineNode[],
  issuing: IssuingClause | null,
  title: string | null = null,
  issuedDate: string | null = null,
): PlanPeriod | null {
  const issuedYear = issuedDate === null ? null : issuedDate.slice(0, 4);
  const sources = [
    () => labelledStatement(parts),
    () => fromIssuingClause(issuing),
    () => fromStatement(parts),
    () => fromTitle(title),
  ];
  for (const source of sources) {
    const text = source();
    if (text === null) continue;
    const period = periodFromText(text);
    if (issuedYear === null || period.to === null || period.to >= issuedYear) return period;
  }
  return null;
}
