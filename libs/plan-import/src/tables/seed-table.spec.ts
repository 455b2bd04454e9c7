import { readFileSync } from 'fs';
import * as path from 'path';
import { parsePlanText } from '../parse-plan-text';
import { type PlanDraft } from '../plan-draft';
import { type ExpectedDraft, scoreDraft } from '../testing/seed-metrics';
import { type SeedTableLayout, seedTasksAsMarkdownTable } from '../testing/seed-tables';

const SEEDS = path.resolve(__dirname, '../../../../../shared/seeds');
const BASE = '003_6c8062d09899e977';
const seedText = readFileSync(path.join(SEEDS, `${BASE}.txt`), 'utf8');
const expected = JSON.parse(readFileSync(path.join(SEEDS, `${BASE}.expected.json`), 'utf8')) as ExpectedDraft;
const textDraft = parsePlanText(seedText);
const part = textDraft.tasks[0]?.part ?? '';

const ASSERTED = ['task codes', 'lead', 'coordinating', 'timeframe'];

function essentials(draft: PlanDraft) {
  return draft.tasks.map(({ code, lead, coordinating, timeframe }) => ({ code, lead, coordinating, timeframe }));
}

function assertedScores(draft: PlanDraft) {
  return scoreDraft(draft, expected)
    .filter((s) => ASSERTED.includes(s.field))
    .map(({ field, precision, recall }) => ({ field, precision, recall }));
}

const perfect = ASSERTED.map((field) => ({ field, precision: 1, recall: 1 }));

describe('seed 003 with its tasks listed only in an appendix table', () => {
  const natural: SeedTableLayout = {
    part,
    columns: [
      ['number', 'STT'],
      ['title', 'Nội dung'],
      ['lead', 'Cơ quan chủ trì'],
      ['coordinating', 'Cơ quan phối hợp'],
      ['timeframe', 'Thời gian thực hiện'],
    ],
  };

  it('has no task left in the text once the table is taken away', () => {
    const withoutTable = seedTasksAsMarkdownTable(seedText, expected.tasks, natural).replace(/^\|.*$/gmu, '');
    const draft = parsePlanText(withoutTable);
    expect(draft.kind).toBe('plan');
    expect(draft.tasks).toEqual([]);
  });

  it('gives the same task codes, leads, coordinating agencies and time frames as the text form', () => {
    const draft = parsePlanText(seedTasksAsMarkdownTable(seedText, expected.tasks, natural));
    expect(essentials(draft)).toEqual(essentials(textDraft));
    expect(assertedScores(draft)).toEqual(perfect);
  });

  it('finds the columns by meaning: another order, other wordings, extra Sản phẩm and Ghi chú columns', () => {
    const shuffled: SeedTableLayout = {
      part,
      columns: [
        ['timeframe', 'Thời gian hoàn thành'],
        ['coordinating', 'Đơn vị phối hợp thực hiện'],
        ['number', 'TT'],
        ['product', 'Sản phẩm'],
        ['title', 'Nhiệm vụ, giải pháp'],
        ['lead', 'Chủ trì'],
        ['note', 'Ghi chú'],
      ],
      agencySeparator: '<br>',
    };
    const draft = parsePlanText(seedTasksAsMarkdownTable(seedText, expected.tasks, shuffled));
    expect(assertedScores(draft)).toEqual(perfect);
    const product = scoreDraft(draft, expected).find((s) => s.field === 'product');
    expect(product).toMatchObject({ precision: 1, recall: 1 });
  });

  it('recognises headings written without diacritics or in capitals', () => {
    const plain: SeedTableLayout = {
      part,
      columns: [
        ['number', 'SỐ TT'],
        ['title', 'NOI DUNG CONG VIEC'],
        ['lead', 'CƠ QUAN, ĐƠN VỊ CHỦ TRÌ'],
        ['coordinating', 'Co quan phoi hop'],
        ['timeframe', 'THOI HAN'],
      ],
    };
    const draft = parsePlanText(seedTasksAsMarkdownTable(seedText, expected.tasks, plain));
    expect(assertedScores(draft)).toEqual(perfect);
  });
});
