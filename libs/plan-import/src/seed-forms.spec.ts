import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { extractText } from './extract/extract-text';
import { ocrPdf } from './extract/ocr';
import { parsePlanText } from './parse-plan-text';
import { splitPipeTables } from './tables/pipe-table';
import { markdownAsPdf } from './testing/pdf-documents';
import { scannedPdf } from './testing/scanned-pdf';
import { markdownAsDocx, seedAsDocx } from './testing/seed-documents';
import { word97Document } from './testing/word97-document';
import { type ExpectedDraft, type FieldScore, scoreDraft } from './testing/seed-metrics';
import { SEED_003_APPENDIX, seedTasksAsMarkdownTable } from './testing/seed-tables';

const SEEDS = path.resolve(__dirname, '../../../../shared/seeds');
const ASSERTED = ['task codes', 'lead', 'coordinating', 'timeframe'];

interface Seed {
  base: string;
  text: string;
  expected: ExpectedDraft;
}

const seeds: Seed[] = readdirSync(SEEDS)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => {
    const base = file.replace(/\.txt$/, '');
    const expected = JSON.parse(readFileSync(path.join(SEEDS, `${base}.expected.json`), 'utf8')) as ExpectedDraft;
    return { base, text: readFileSync(path.join(SEEDS, file), 'utf8'), expected };
  })
  .filter((seed) => seed.expected.kind === 'plan');

const APPENDIX_SEED = '003';
/** Seed 003 with its tasks in an appendix table instead of its outline. */
const withAppendix = (seed: Seed) => seedTasksAsMarkdownTable(seed.text, seed.expected.tasks, SEED_003_APPENDIX);

/** Each form a plan reaches dondoc in, made from the seed's text: the bytes and the name they are uploaded with. */
type Form = (seed: Seed) => Promise<{ bytes: Buffer; name: string }>;

const FORMS: Record<string, Form> = {
  txt: (seed) => Promise.resolve({ bytes: Buffer.from(seed.text), name: 'plan.txt' }),
  'docx.typed': async (seed) => ({ bytes: await seedAsDocx(seed.text, { numbering: 'typed' }), name: 'plan.docx' }),
  'docx.auto': async (seed) => ({ bytes: await seedAsDocx(seed.text, { numbering: 'automatic' }), name: 'plan.docx' }),
  doc: (seed) => Promise.resolve({ bytes: word97Document(seed.text.replace(/\n/g, '\r')), name: 'plan.doc' }),
  pdf: async (seed) => ({ bytes: await markdownAsPdf(seed.text), name: 'plan.pdf' }),
};

/** A scan: read by OCR, which may misread a little (within SCAN_TOLERANCE of the text's scores). */
const SCAN_TOLERANCE = 0.05;
const scanTools = () => ({
  tesseract: process.env.TESSERACT_PATH ?? '/usr/bin/tesseract',
  pdftoppm: process.env.PDFTOPPM_PATH ?? '/usr/bin/pdftoppm',
});

/** Forms only the appendix seed takes: its tasks listed in a table instead of the outline. */
const TABLE_FORMS: Record<string, Form> = {
  'table.md': (seed) =>
    Promise.resolve({
      bytes: Buffer.from(withAppendix(seed)),
      name: 'plan.md',
    }),
  'table.docx': async (seed) => ({
    bytes: await markdownAsDocx(withAppendix(seed)),
    name: 'plan.docx',
  }),
  'table.doc': (seed) =>
    Promise.resolve({
      bytes: word97Document(asWordRows(withAppendix(seed))),
      name: 'plan.doc',
    }),
  'table.pdf': async (seed) => ({
    bytes: await markdownAsPdf(withAppendix(seed)),
    name: 'plan.pdf',
  }),
  'table.tsv': (seed) =>
    Promise.resolve({
      bytes: Buffer.from(asTabSeparated(withAppendix(seed))),
      name: 'plan.txt',
    }),
};

/**
 * A table copied from a spreadsheet or a word processor and pasted as text: a tab between cells, a row a line, a cell
 * holding a line break quoted as a spreadsheet quotes it.
 */
function asTabSeparated(markdown: string): string {
  const { prose, tables } = splitPipeTables(markdown);
  const quoted = (cell: string) => (/["\n\t]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const [table] = tables;
  const tsv = [table.header, ...table.rows].map((row) => row.map(quoted).join('\t')).join('\n');
  return `${prose}\n${tsv}\n`;
}

/** Paragraphs end in \r in a .doc; a table row is its cells, each ending in \x07 (the separator row is not one). */
function asWordRows(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\|[-:| ]+\|$/.test(line))
    .map((line) => {
      if (!line.startsWith('|')) return line;
      const [table] = splitPipeTables(`${line}\n|---|`).tables;
      return table.header.map((cell) => `${cell.replace(/\n/g, '; ')}\x07`).join('');
    })
    .join('\r');
}

const scoresOf = (seed: Seed, text: string, fold: <T>(value: T) => T = (value) => value): FieldScore[] =>
  scoreDraft(fold(parsePlanText(text)), fold(seed.expected)).filter((score) => ASSERTED.includes(score.field));

/** A scan cannot tell an en dash from a hyphen (nor need it: agency names are matched with dashes folded). */
const foldDashes = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/[\u2010-\u2015\u2212]/g, '-')) as T;

const rows = [
  ...seeds.flatMap((seed) => Object.keys(FORMS).map((form) => ({ seed, form, make: FORMS[form] }))),
  ...seeds
    .filter((seed) => seed.base.startsWith(APPENDIX_SEED))
    .flatMap((seed) => Object.keys(TABLE_FORMS).map((form) => ({ seed, form, make: TABLE_FORMS[form] }))),
];

describe('the seeds in every form a plan is uploaded in score as their text does', () => {
  const table: string[] = ['seed form       field          precision recall'];

  afterAll(() => console.log(table.join('\n')));

  it.each(rows.map((row) => [row.seed.base.slice(0, 3), row.form, row] as const))(
    '%s as %s',
    async (...[, , { seed, form, make }]) => {
      const { bytes, name } = await make(seed);
      const scores = scoresOf(seed, await extractText(bytes, name));
      for (const { field, precision, recall } of scores) {
        table.push(
          `${seed.base.slice(0, 3)}  ${form.padEnd(10)} ${field.padEnd(14)} ${precision.toFixed(2)}      ${recall.toFixed(2)}`,
        );
      }
      expect(scores).toEqual(scoresOf(seed, seed.text));
    },
    30_000,
  );

  it.each(seeds.map((seed) => [seed.base.slice(0, 3), seed] as const))(
    '%s as a scanned PDF, read by OCR, within 0.05 of its text',
    async (...[, seed]) => {
      const scan = await scannedPdf(await markdownAsPdf(seed.text), scanTools());
      const started = Date.now();
      const { text, pages } = await ocrPdf(scan, { tools: scanTools(), maxPages: 50, timeoutMs: 240_000 });
      const perPage = (Date.now() - started) / 1000 / pages;
      const scores = scoresOf(seed, text, foldDashes);
      for (const { field, precision, recall } of scores) {
        table.push(
          `${seed.base.slice(0, 3)}  ${'scan'.padEnd(10)} ${field.padEnd(14)} ${precision.toFixed(2)}      ${recall.toFixed(2)}`,
        );
      }
      table.push(`${seed.base.slice(0, 3)}  scan       ${pages} pages, ${perPage.toFixed(1)} s a page`);
      const expected = scoresOf(seed, seed.text, foldDashes);
      expect(
        scores.filter(
          (score, i) =>
            score.precision < expected[i].precision - SCAN_TOLERANCE ||
            score.recall < expected[i].recall - SCAN_TOLERANCE,
        ),
      ).toEqual([]);
    },
    300_000,
  );
});
