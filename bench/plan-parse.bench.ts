import { readFileSync, readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { type ExpectedDraft } from '../libs/plan-import/src/testing/seed-metrics';
import { markdownAsPdf } from '../libs/plan-import/src/testing/pdf-documents';
import { scannedPdf } from '../libs/plan-import/src/testing/scanned-pdf';
import { markdownAsDocx, seedAsDocx } from '../libs/plan-import/src/testing/seed-documents';
import { SEED_003_APPENDIX, seedTasksAsMarkdownTable } from '../libs/plan-import/src/testing/seed-tables';
import { word97Document } from '../libs/plan-import/src/testing/word97-document';
import { extractText, ocrPdf, parsePlanText } from '@dondoc/plan-import';
import { resultsDir } from './orchestration/bench-report';

const SEEDS = path.resolve(__dirname, '../../shared/seeds');
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const FORM_RUNS = Number(process.env.BENCH_FORM_RUNS ?? 20);
/** The lines of seed 003 the scan holds: all by default (nine pages), fewer for the smoke run. */
const SCAN_LINES = Number(process.env.BENCH_SCAN_LINES ?? Infinity);
const OCR = {
  tesseract: process.env.TESSERACT_PATH ?? '/usr/bin/tesseract',
  pdftoppm: process.env.PDFTOPPM_PATH ?? '/usr/bin/pdftoppm',
};

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

function time(text: string): { median: number; p95: number } {
  for (let i = 0; i < 10; i++) parsePlanText(text);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    parsePlanText(text);
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

/** Seed 003's task section (III) repeated with renumbered groups, inside its own preamble and closing parts. */
function syntheticPlan(seed: string, copies: number): string {
  const start = seed.indexOf('III. NHIỆM VỤ');
  const end = seed.indexOf('IV. KINH PHÍ');
  const section = seed.slice(start, end).split('\n').slice(1).join('\n');
  const renumbered = Array.from({ length: copies }, (_, copy) =>
    section.replace(/^(\s*)(\d{1,2})(\.(?:\d{1,2}\.)?\s)/gm, (_m, pad: string, n: string, rest: string) => {
      return `${pad}${Number(n) + copy * 9}${rest}`;
    }),
  );
  return `${seed.slice(0, start)}III. NHIỆM VỤ, GIẢI PHÁP\n${renumbered.join('\n')}${seed.slice(end)}`;
}

const fmt = (n: number) => n.toFixed(2).padStart(8);

/** Reading (extraction and parse) of one uploaded form, as the API's reader thread does it. */
async function timeForm(bytes: Buffer, name: string, runs: number): Promise<{ median: number; p95: number }> {
  const read = async () => parsePlanText(await extractText(bytes, name));
  await read();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await read();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

async function main(): Promise<void> {
  const rows: string[] = [];
  const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  for (const file of seedFiles) {
    const text = readFileSync(path.join(SEEDS, file), 'utf8');
    const { median, p95 } = time(text);
    rows.push(`${file.padEnd(30)} ${String(text.length).padStart(7)} ${fmt(median)} ${fmt(p95)}`);
  }
  const seedFile = seedFiles.find((f) => f.startsWith('003')) ?? '';
  const seed003 = readFileSync(path.join(SEEDS, seedFile), 'utf8');
  const big = syntheticPlan(seed003, 4);
  const { median, p95 } = time(big);
  const tasks = parsePlanText(big).tasks.length;
  rows.push(
    `${`synthetic ~30 pages (${tasks} tasks)`.padEnd(30)} ${String(big.length).padStart(7)} ${fmt(median)} ${fmt(p95)}`,
  );

  // Seed 003 in each form a plan is uploaded in, read end to end; the scan by OCR, per page.
  const expected = JSON.parse(
    readFileSync(path.join(SEEDS, seedFile.replace(/\.txt$/, '.expected.json')), 'utf8'),
  ) as ExpectedDraft;
  const appendix = seedTasksAsMarkdownTable(seed003, expected.tasks, SEED_003_APPENDIX);
  const forms: Array<[string, Buffer, string]> = [
    ['003 .txt', Buffer.from(seed003), 'plan.txt'],
    ['003 .docx typed numbers', await seedAsDocx(seed003, { numbering: 'typed' }), 'plan.docx'],
    ['003 .docx automatic numbers', await seedAsDocx(seed003, { numbering: 'automatic' }), 'plan.docx'],
    ['003 .doc', word97Document(seed003.replace(/\n/g, '\r')), 'plan.doc'],
    ['003 .pdf (text layer)', await markdownAsPdf(seed003), 'plan.pdf'],
    ['003 table .md', Buffer.from(appendix), 'plan.md'],
    ['003 table .docx', await markdownAsDocx(appendix), 'plan.docx'],
    ['003 table .pdf', await markdownAsPdf(appendix), 'plan.pdf'],
    ['synthetic ~30 pages .docx', await seedAsDocx(big, { numbering: 'automatic' }), 'plan.docx'],
    ['synthetic ~30 pages .pdf', await markdownAsPdf(big), 'plan.pdf'],
  ];
  for (const [label, bytes, name] of forms) {
    const timed = await timeForm(bytes, name, FORM_RUNS);
    rows.push(`${label.padEnd(30)} ${String(bytes.length).padStart(7)} ${fmt(timed.median)} ${fmt(timed.p95)}`);
  }
  const scan = await scannedPdf(await markdownAsPdf(seed003.split('\n').slice(0, SCAN_LINES).join('\n')), OCR);
  const started = performance.now();
  const { pages } = await ocrPdf(scan, { tools: OCR, maxPages: 50, timeoutMs: 600_000 });
  const perPage = (performance.now() - started) / pages;
  rows.push(`${`003 scan, OCR per page (${pages})`.padEnd(30)} ${String(scan.length).padStart(7)} ${fmt(perPage)}`);

  const report = [
    `runs per text: ${RUNS}; per form: ${FORM_RUNS} (bytes for a form, chars for a text)`,
    `${'document'.padEnd(30)} ${'size'.padStart(7)} ${'median'.padStart(8)} ${'p95'.padStart(8)} (ms)`,
    ...rows,
  ].join('\n');
  console.log(report);
  writeFileSync(path.join(resultsDir(), 'plan-parse.txt'), `${new Date().toISOString()}\n${report}\n`);
}

void main();
