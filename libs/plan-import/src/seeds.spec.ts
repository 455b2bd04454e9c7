import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { parsePlanText } from './parse-plan-text';
import { type ExpectedDraft, type FieldScore, scoreDraft } from './testing/seed-metrics';

const SEEDS = path.resolve(__dirname, '../../../../shared/seeds');
// Every field the annotations score: the header's too, so that a change to the tasks' reading cannot lose them.
const ASSERTED = [
  'kind',
  'number',
  'issuer',
  'issuedDate',
  'basis',
  'period',
  'standingOffice',
  'task codes',
  'title',
  'lead',
  'coordinating',
  'timeframe',
  'form',
  'product',
  'reportDeadlines',
  'inspection',
  'responsibility agencies',
];

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => {
    const base = file.replace(/\.txt$/, '');
    const expected = JSON.parse(readFileSync(path.join(SEEDS, `${base}.expected.json`), 'utf8')) as ExpectedDraft;
    return { base, draft: parsePlanText(readFileSync(path.join(SEEDS, file), 'utf8')), expected };
  });

function table(rows: ReadonlyArray<{ base: string; scores: FieldScore[] }>): string {
  const fmt = (n: number) => n.toFixed(2);
  const lines = rows.flatMap(({ base, scores }) =>
    scores.map((s) => `${base.slice(0, 3)}  ${s.field.padEnd(24)} P ${fmt(s.precision)}  R ${fmt(s.recall)}`),
  );
  return ['seed field                     precision recall', ...lines].join('\n');
}

describe('parsePlanText on the hand-annotated seeds', () => {
  const scored = seeds.map((s) => ({ ...s, scores: scoreDraft(s.draft, s.expected) }));

  beforeAll(() => {
    console.log(table(scored));
  });

  it.each(scored.filter((s) => s.expected.kind === 'plan'))(
    '$base scores 1.00 on every annotated field: header, tasks, reports, inspection and responsibilities',
    ({ scores }) => {
      const asserted = scores.filter((x) => ASSERTED.includes(x.field));
      expect(asserted.map((s) => s.field).sort()).toEqual([...ASSERTED].sort());
      for (const { field, precision, recall } of asserted) {
        expect({ field, precision, recall }).toEqual({ field, precision: 1, recall: 1 });
      }
    },
  );

  it('recognises the news article (002) as not a plan, with no tasks and a clear warning', () => {
    const news = seeds.find((s) => s.base.startsWith('002'));
    expect(news?.draft.kind).not.toBe('plan');
    expect(news?.draft.tasks).toEqual([]);
    expect(news?.draft.warnings[0]?.message).toMatch(/not a plan/i);
  });

  it('finds all 50 annotated tasks across the seeds', () => {
    expect(seeds.reduce((n, s) => n + s.draft.tasks.length, 0)).toBe(50);
  });
});
