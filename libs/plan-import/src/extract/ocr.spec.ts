import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fsPromises from 'node:fs/promises';
import { getPriority } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import * as path from 'node:path';
import { type OcrTools, resolveOcrTools } from '@dondoc/devstack';
import { textLayerPdf } from '../testing/pdf-documents';
import { scannedPdf } from '../testing/scanned-pdf';
import { ocrLinesFromTsv, ocrPdf, renumberRomanParts } from './ocr';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';

const SEED = path.resolve(__dirname, '../../../../../shared/seeds/003_6c8062d09899e977');
const PARAGRAPH =
  'Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành tổ chức phổ biến, giáo dục pháp luật cho cán bộ, ' +
  'công chức, viên chức và người lao động trên địa bàn tỉnh. Ủy ban nhân dân các huyện, thành phố hướng dẫn ' +
  'đội ngũ báo cáo viên, tuyên truyền viên pháp luật ở cơ sở; thời gian thực hiện: hằng năm.';

const words = (text: string): string[] =>
  text
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const collapsed = (text: string): string => text.replace(/\s+/g, ' ');
const codeOf = (error: unknown): unknown => (error instanceof PlanImportException ? error.code : error);
/**
 * The temporary folders `run` makes, each to be gone once it settles. Counted as they are made: another process's OCR
 * (a test file beside this one) makes folders of its own in the shared one meanwhile.
 */
async function foldersMadeBy(run: () => Promise<unknown>): Promise<string[]> {
  const made: string[] = [];
  const mkdtemp = fsPromises.mkdtemp.bind(fsPromises) as (prefix: string) => Promise<string>;
  const spy = jest.spyOn(fsPromises, 'mkdtemp').mockImplementation(async (prefix: string) => {
    const folder = await mkdtemp(prefix);
    made.push(folder);
    return folder;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return made;
}

/** The OCR tools this test process has running, each with its niceness. */
const runningTools = (): Array<{ tool: string; niceness: number }> =>
  execFileSync('ps', ['-o', 'ni=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    .split('\n')
    .map((row) => row.trim().split(/\s+/))
    .filter(([, name]) => /tesseract|pdftoppm/.test(name ?? ''))
    .map(([niceness, tool]) => ({ tool, niceness: Number(niceness) }));
const childTools = (): string[] => runningTools().map(({ tool }) => tool);

describe('ocrPdf', () => {
  let tools: OcrTools;
  let paragraphScan: Buffer;
  let seedScan: Buffer;
  let twoPageScan: Buffer;
  const seedText = readFileSync(`${SEED}.txt`, 'utf8');

  beforeAll(async () => {
    // Installs Tesseract and poppler with apt-get on a root machine that lacks them: minutes, with progress.
    tools = await resolveOcrTools();
    const scanOf = async (paragraphs: string[]) =>
      scannedPdf(await textLayerPdf(paragraphs.map((paragraph) => ({ paragraph }))), tools);
    paragraphScan = await scanOf([PARAGRAPH]);
    const seedParagraphs = seedText.split('\n').filter((line) => line.trim() !== '');
    seedScan = await scanOf(seedParagraphs);
    twoPageScan = await scanOf(seedParagraphs.slice(0, 50));
  }, 900_000);

  it('reads a scanned Vietnamese paragraph back with its words and diacritics', async () => {
    let result!: Awaited<ReturnType<typeof ocrPdf>>;
    const folders = await foldersMadeBy(async () => {
      result = await ocrPdf(paragraphScan, { tools, maxPages: 5, timeoutMs: 60_000 });
    });

    expect(result.pages).toBe(1);
    expect(result.text).toBe(result.text.normalize('NFC'));
    const read = new Set(words(result.text));
    const missed = words(PARAGRAPH).filter((word) => !read.has(word));
    expect(missed.length / words(PARAGRAPH).length).toBeLessThanOrEqual(0.03);
    expect(collapsed(result.text)).toContain('Sở Tư pháp');
    expect(collapsed(result.text)).toContain('phổ biến, giáo dục pháp luật');
    expect(collapsed(result.text)).toContain('Ủy ban nhân dân các huyện');
    expect(result.lowConfidenceLines).toEqual([]);
    expect(folders).toHaveLength(1);
    expect(folders.filter((folder) => existsSync(folder))).toEqual([]);
  });

  // What OCR makes of whole seeds is scored in seed-forms.spec.ts; reading all nine pages again here cost a minute.
  it('reports the pages read as they finish, and joins them in page order', async () => {
    const progress: Array<[number, number]> = [];
    const result = await ocrPdf(twoPageScan, {
      tools,
      maxPages: 5,
      timeoutMs: 120_000,
      onPage: (done, total) => progress.push([done, total]),
    });

    expect(result.pages).toBe(2);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const [first, second] = ['MỤC ĐÍCH, YÊU CẦU', 'Ủy ban nhân dân cấp xã'].map((words) =>
      collapsed(result.text).indexOf(words),
    );
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
  });

  it('refuses a scan of more pages than allowed before reading any', async () => {
    const onPage = jest.fn();
    const refusal = ocrPdf(seedScan, { tools, maxPages: 2, timeoutMs: 60_000, onPage });

    await expect(refusal.catch(codeOf)).resolves.toBe(PlanImportErrorCode.TooManyPages);
    expect(onPage).not.toHaveBeenCalled();
  });

  it('reads pages at once, as many as it is given, and no more', async () => {
    const controller = new AbortController();
    const reading = ocrPdf(seedScan, {
      tools,
      maxPages: 30,
      timeoutMs: 60_000,
      signal: controller.signal,
      pagesAtOnce: 2,
    });
    const readersSeen: number[] = [];
    const settled = reading.then(
      () => true,
      () => true,
    );
    while (Math.max(0, ...readersSeen) < 2 && !(await Promise.race([settled, delay(20)]))) {
      readersSeen.push(childTools().filter((tool) => tool === 'tesseract').length);
    }
    controller.abort(new Error('seen enough'));
    await settled;

    expect(Math.max(...readersSeen)).toBe(2);
    expect(childTools()).toEqual([]);
  }, 60_000);

  it('gives up at the timeout, at once, leaving no OCR process or temporary file behind', async () => {
    const started = Date.now();
    let outcome: unknown;
    const folders = await foldersMadeBy(async () => {
      outcome = await ocrPdf(seedScan, { tools, maxPages: 30, timeoutMs: 500 }).catch(codeOf);
    });

    expect(outcome).toBe(PlanImportErrorCode.OcrTimeout);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(childTools()).toEqual([]);
    expect(folders).toHaveLength(1);
    expect(folders.filter((folder) => existsSync(folder))).toEqual([]);
  });

  it("stops when the caller's signal aborts, with the signal's reason", async () => {
    const controller = new AbortController();
    const reason = new Error('the upload was withdrawn');
    const reading = ocrPdf(seedScan, { tools, maxPages: 30, timeoutMs: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(reason), 300);

    await expect(reading).rejects.toBe(reason);
    expect(childTools()).toEqual([]);
  });

  it("runs its tools at a lower priority than the server's own, so requests keep their share of the cores", async () => {
    const controller = new AbortController();
    const reading = ocrPdf(seedScan, { tools, maxPages: 30, timeoutMs: 60_000, signal: controller.signal });
    const seen = new Map<string, number>();
    while (
      seen.size < 2 &&
      !(await Promise.race([
        reading.then(
          () => true,
          () => true,
        ),
        delay(20),
      ]))
    ) {
      for (const { tool, niceness } of runningTools()) seen.set(tool, Math.min(niceness, seen.get(tool) ?? niceness));
    }
    controller.abort(new Error('seen enough'));
    await reading.catch(() => undefined);

    const own = getPriority();
    expect([...seen.keys()].sort()).toEqual(['pdftoppm', 'tesseract']);
    for (const niceness of seen.values()) expect(niceness).toBeGreaterThanOrEqual(own + 10);
  }, 60_000);

  it('refuses bytes that are no PDF as a corrupt file', async () => {
    const outcome = await ocrPdf(Buffer.from('%PDF-1.7\nnot really a PDF'), {
      tools,
      maxPages: 5,
      timeoutMs: 10_000,
    }).catch(codeOf);

    expect(outcome).toBe(PlanImportErrorCode.CorruptFile);
  });
});

describe('ocrLinesFromTsv', () => {
  const header = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
  const word = (block: number, par: number, line: number, conf: number, text: string) =>
    `5\t1\t${block}\t${par}\t${line}\t1\t0\t0\t10\t10\t${conf}\t${text}`;

  it('groups the words by block, paragraph and line, each line with its mean word confidence', () => {
    const tsv = [
      header,
      '1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t',
      word(1, 1, 1, 96, 'Sở'),
      word(1, 1, 1, 95, 'Tư'),
      word(1, 1, 1, 94, 'pháp'),
      word(1, 1, 2, 40, 'chủ'),
      word(1, 1, 2, 50, 'trì'),
      word(1, 1, 2, 96, ' '),
      word(2, 1, 1, 90, 'Thời'),
      word(2, 1, 1, 80, 'gian'),
    ].join('\n');

    expect(ocrLinesFromTsv(tsv)).toEqual([
      { text: 'Sở Tư pháp', confidence: 95 },
      { text: 'chủ trì', confidence: 45 },
      { text: 'Thời gian', confidence: 85 },
    ]);
  });

  it('mends an outline number whose dot was read as a comma, and only at the start of a line', () => {
    const tsv = [
      header,
      word(1, 1, 1, 90, '5,2.'),
      word(1, 1, 1, 90, 'Tổ'),
      word(1, 1, 1, 90, 'chức'),
      word(1, 1, 2, 90, 'tăng'),
      word(1, 1, 2, 90, '5,2.'),
      word(1, 1, 3, 90, '12,5'),
      word(1, 1, 3, 90, 'tỷ'),
    ].join('\n');

    expect(ocrLinesFromTsv(tsv).map((line) => line.text)).toEqual(['5.2. Tổ chức', 'tăng 5,2.', '12,5 tỷ']);
  });

  it("reads decomposed diacritics as NFC, and the Icelandic eth Tesseract sometimes gives as Vietnamese 'Đ'", () => {
    const decomposed = 'pha\u0301p'; // "pháp" with a combining acute
    const tsv = [header, word(1, 1, 1, 90, decomposed), word(1, 1, 1, 90, '\u00d0oàn'), word(1, 1, 1, 90, '\u00f0ã')];
    expect(ocrLinesFromTsv(tsv.join('\n'))).toEqual([{ text: 'pháp Đoàn đã', confidence: 90 }]);
  });
});

describe('renumberRomanParts', () => {
  it('takes a part heading that does not go past the one before it as the next part', () => {
    const read = 'I. MỤC ĐÍCH\nII. NỘI DUNG\n1. Nội dung\nII. TỔ CHỨC THỰC HIỆN\nIV. KINH PHÍ';
    expect(renumberRomanParts(read)).toBe(
      'I. MỤC ĐÍCH\nII. NỘI DUNG\n1. Nội dung\nIII. TỔ CHỨC THỰC HIỆN\nIV. KINH PHÍ',
    );
  });

  it('leaves numerals that are not part headings alone', () => {
    expect(renumberRomanParts('II. NỘI DUNG\nQuý II. năm 2024\nII. Ghi chú')).toBe(
      'II. NỘI DUNG\nQuý II. năm 2024\nII. Ghi chú',
    );
  });
});
