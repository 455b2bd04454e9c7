import { type PlanDraft } from '../plan-draft';

/** The hand annotation of a seed: a PlanDraft without warnings or schedules. */
export type ExpectedDraft = Omit<PlanDraft, 'warnings'>;

export interface FieldScore {
  field: string;
  precision: number;
  recall: number;
}

/** Whitespace collapsed, final period dropped, first letter case-folded: the README's comparison rule. */
export function canonical(value: string): string {
  const collapsed = value.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return collapsed.charAt(0).toLocaleLowerCase('vi') + collapsed.slice(1);
}

function score(field: string, got: readonly string[], expected: readonly string[]): FieldScore {
  const want = new Set(expected);
  const have = new Set(got);
  const hits = [...have].filter((g) => want.has(g)).length;
  return {
    field,
    precision: have.size === 0 ? (want.size === 0 ? 1 : 0) : hits / have.size,
    recall: want.size === 0 ? 1 : hits / want.size,
  };
}

type TaskField = 'title' | 'timeframe' | 'form' | 'product';

function taskScores(got: PlanDraft, expected: ExpectedDraft): FieldScore[] {
  const codes = new Set(expected.tasks.map((t) => t.code));
  const matched = got.tasks.filter((t) => codes.has(t.code));
  const pairs = (drafts: ExpectedDraft['tasks'], pick: (t: ExpectedDraft['tasks'][number]) => string[]) =>
    drafts.filter((t) => codes.has(t.code)).flatMap((t) => pick(t).map((v) => `${t.code}|${canonical(v)}`));
  const single = (field: TaskField) => (t: ExpectedDraft['tasks'][number]) => {
    const value = t[field];
    return value === null ? [] : [value];
  };
  const fields: TaskField[] = ['title', 'timeframe', 'form', 'product'];
  return [
    score(
      'task codes',
      got.tasks.map((t) => t.code),
      [...codes],
    ),
    score(
      'lead',
      pairs(matched, (t) => t.lead),
      pairs(expected.tasks, (t) => t.lead),
    ),
    score(
      'coordinating',
      pairs(matched, (t) => t.coordinating),
      pairs(expected.tasks, (t) => t.coordinating),
    ),
    ...fields.map((f) => score(f, pairs(matched, single(f)), pairs(expected.tasks, single(f)))),
  ];
}

const orEmpty = (value: string | null): string[] => (value === null ? [] : [canonical(value)]);

function metadataScores(got: PlanDraft, expected: ExpectedDraft): FieldScore[] {
  const period = (d: ExpectedDraft) =>
    d.period === null ? [] : [`${d.period.from}|${d.period.to}|${canonical(d.period.text)}`];
  const report = (d: ExpectedDraft) =>
    d.reportDeadlines.map(
      (r) => [r.who, r.to, r.deadline].map((v) => canonical(v ?? '')).join('|') + `|${r.recurring}`,
    );
  const inspection = (d: ExpectedDraft) =>
    d.inspection.map((i) => `${canonical(i.text.split(' … ')[0]).slice(0, 60)}|${i.delayOrWindow ?? ''}`);
  return [
    score('kind', [got.kind], [expected.kind]),
    score('number', orEmpty(got.number), orEmpty(expected.number)),
    score('issuer', orEmpty(got.issuer), orEmpty(expected.issuer)),
    score('issuedDate', orEmpty(got.issuedDate), orEmpty(expected.issuedDate)),
    score('basis', got.basis.map(canonical), expected.basis.map(canonical)),
    score('period', period(got), period(expected)),
    score('standingOffice', orEmpty(got.standingOffice), orEmpty(expected.standingOffice)),
    score('reportDeadlines', report(got), report(expected)),
    score('inspection', inspection(got), inspection(expected)),
    score(
      'responsibility agencies',
      got.agencyResponsibilities.map((r) => canonical(r.agency)),
      expected.agencyResponsibilities.map((r) => canonical(r.agency)),
    ),
  ];
}

/** Per-field precision and recall of a parsed draft against a seed's hand annotation. */
export function scoreDraft(got: PlanDraft, expected: ExpectedDraft): FieldScore[] {
  return [...taskScores(got, expected), ...metadataScores(got, expected)];
}
