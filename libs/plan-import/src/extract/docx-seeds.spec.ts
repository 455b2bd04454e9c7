import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parsePlanText } from '../parse-plan-text';
import { type PlanDraft } from '../plan-draft';
import { type NumberingForm, seedAsDocx } from '../testing/seed-documents';
import { readDocxParts } from './docx-package';
import { type XmlElement } from './docx-xml';
import { extractText } from './extract-text';
import { DEFAULT_EXTRACTION_LIMITS } from './extraction-limits';

const SEEDS = path.resolve(__dirname, '../../../../../shared/seeds');
const PLANS = readdirSync(SEEDS).filter((file) => /^00[013]_.*\.txt$/.test(file));

const tasksOf = (draft: PlanDraft) =>
  draft.tasks.map(({ code, lead, coordinating, timeframe }) => ({ code, lead, coordinating, timeframe }));

describe.each<NumberingForm>(['typed', 'automatic'])('a seed plan saved as .docx with %s numbering', (numbering) => {
  it.each(PLANS)('%s reads to the same task codes, agencies and time frames as its text', async (file) => {
    const text = readFileSync(path.join(SEEDS, file), 'utf8');
    const expected = tasksOf(parsePlanText(text));
    const docx = await seedAsDocx(text, { numbering });

    const tasks = tasksOf(parsePlanText(await extractText(docx, 'plan.docx')));

    expect(expected.length).toBeGreaterThan(0);
    expect(tasks).toEqual(expected);
  });
});

const paragraphTexts = (docx: Buffer): string[] => {
  const textOf = (element: XmlElement): string =>
    element.name === 'w:t' ? element.text : element.children.map(textOf).join('');
  const body = readDocxParts(docx, DEFAULT_EXTRACTION_LIMITS).document.first('w:body');
  return (body?.all('w:p') ?? []).map(textOf);
};

describe('seedAsDocx', () => {
  const text = 'II. NỘI DUNG\n\n2.1. Tổ chức hội nghị.\n\nđ) Thời gian: Quý I năm 2025.';

  it('keeps the typed labels in the text of the typed form', async () => {
    expect(paragraphTexts(await seedAsDocx(text, { numbering: 'typed' }))).toEqual(text.split('\n\n'));
  });

  it('takes the labels out of the text of the automatic form, and Word numbering draws them back as typed', async () => {
    const docx = await seedAsDocx(text, { numbering: 'automatic' });

    expect(paragraphTexts(docx)).toEqual(['NỘI DUNG', 'Tổ chức hội nghị.', 'Thời gian: Quý I năm 2025.']);
    expect(await extractText(docx, 'plan.docx')).toBe(text);
  });
});
