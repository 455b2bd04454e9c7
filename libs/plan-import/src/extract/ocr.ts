import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, getPriority, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoman, toRoman } from './docx-number-formats';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';
import { pdfJs } from './pdfjs';

/** Tesseract for the words, pdftoppm (poppler) for the page images. */
export interface OcrTools {
  tesseract: string;
  pdftoppm: string;
}

export interface OcrOptions {
  tools: OcrTools;
  maxPages: number;
  /** For the whole document: past it every tool still running is killed. */
  timeoutMs: number;
  onPage?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Pages read at the same time, each by a Tesseract of one thread: the cores, up to four, by default. */
  pagesAtOnce?: number;
}

export interface OcrLine {
  text: string;
  /** The mean of Tesseract's word confidences, 0–100. */
  confidence: number;
}

export interface OcrResult {
  /** A line per line read, pages separated by a blank line, NFC. */
  text: string;
  pages: number;
  lowConfidenceLines: Array<OcrLine & { page: number }>;
}

/**
 * On the seed plans printed and scanned at 100 and 200 dpi, 98% of the lines read right average 90 or more and one
 * in a thousand falls under 70, while the lines under 70 are garbled: flagged for a person to check on paper,
 * without burying the real misreads in warnings.
 */
export const LOW_CONFIDENCE = 70;
/** Tesseract's accuracy falls off under 10 pt at 300 dpi; official letters are set in 13–14 pt. */
const OCR_DPI = 300;
const MAX_TSV_BYTES = 16 * 1024 * 1024;
/**
 * A scan is read in the background while people use the server: its tools yield the cores to the server's own
 * requests and to a PostgreSQL on the same machine (at 10 more, Linux gives them a tenth of a contended core).
 */
const BACKGROUND_NICENESS = 10;
/** A Tesseract reading a page in Vietnamese holds about 130 MB: four at once stay within a small server's memory. */
const MOST_PAGES_AT_ONCE = 4;
const LOWEST_PRIORITY = 19;
/** Tesseract at times reads an outline number's dot as a comma ("5,2."); no line starts so otherwise. */
const COMMA_IN_OUTLINE_NUMBER = /^\d{1,2}(?:[.,]\d{1,2})+(?=\.(?:\s|$))/;

/**
 * Reads a scanned PDF page by page: pdftoppm draws each page as a grey image in a private temporary folder,
 * Tesseract reads it as Vietnamese. Past `timeoutMs`, or when `signal` aborts, the running tool is killed.
 */
export async function ocrPdf(buffer: Buffer, options: OcrOptions): Promise<OcrResult> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  // A page that fails stops the pages being read beside it.
  const failed = new AbortController();
  const run = {
    tools: options.tools,
    signal: AbortSignal.any([deadline, failed.signal, ...(options.signal ? [options.signal] : [])]),
    stopped: (): Error | undefined =>
      options.signal?.aborted
        ? asError(options.signal.reason)
        : deadline.aborted
          ? new PlanImportException(
              PlanImportErrorCode.OcrTimeout,
              `Reading the scan took longer than ${Math.round(options.timeoutMs / 1000)} s`,
            )
          : undefined,
  };
  const total = await countPages(buffer, options.maxPages);
  const dir = await mkdtemp(join(tmpdir(), 'dondoc-ocr-'));
  try {
    await writeFile(join(dir, 'scan.pdf'), buffer);
    const read: OcrLine[][] = [];
    let next = 1;
    let done = 0;
    const failures: unknown[] = [];
    // Every reader settles before the folder goes: a tool still running would write into it.
    const reader = async (): Promise<void> => {
      try {
        for (let page = next++; page <= total && failures.length === 0; page = next++) {
          read[page - 1] = await readPage(page, { ...run, dir });
          done += 1;
          options.onPage?.(done, total);
        }
      } catch (error) {
        failures.push(error);
        failed.abort();
      }
    };
    const atOnce = options.pagesAtOnce ?? Math.min(availableParallelism(), MOST_PAGES_AT_ONCE);
    const readers = Math.min(total, Math.max(1, atOnce));
    await Promise.all(Array.from({ length: readers }, reader));
    if (failures.length > 0) throw failures[0];
    return {
      text: renumberRomanParts(read.map((lines) => lines.map((line) => line.text).join('\n')).join('\n\n')),
      pages: total,
      lowConfidenceLines: read.flatMap((lines, index) =>
        lines.filter((line) => line.confidence < LOW_CONFIDENCE).map((line) => ({ page: index + 1, ...line })),
      ),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const ROMAN_PART = /^([IVXL]{1,6})\.(?=\s+\p{Lu}{2,})/gmu;

/**
 * A plan's parts (I., II., III.) only go forward, and Tesseract at times drops a stroke of a bold numeral
 * ("III." read as "II."): a part heading that does not go past the one before it is the one after it.
 */
export function renumberRomanParts(text: string): string {
  let last = 0;
  return text.replace(ROMAN_PART, (numeral: string, roman: string) => {
    const value = fromRoman(roman);
    if (value === null) return numeral;
    last = value > last ? value : last + 1;
    return value === last ? numeral : `${toRoman(last) ?? roman}.`;
  });
}

const asError = (reason: unknown): Error => (reason instanceof Error ? reason : new Error(String(reason)));

async function countPages(buffer: Buffer, maxPages: number): Promise<number> {
  const task = pdfJs().getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, verbosity: 0 });
  let pages: number;
  try {
    pages = (await task.promise).numPages;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlanImportException(PlanImportErrorCode.CorruptFile, `Cannot read the PDF file: ${reason}`);
  } finally {
    await task.destroy();
  }
  if (pages > maxPages) {
    throw new PlanImportException(
      PlanImportErrorCode.TooManyPages,
      `The PDF has ${pages} pages; at most ${maxPages} are read`,
    );
  }
  return pages;
}

interface PageRun {
  dir: string;
  tools: OcrTools;
  signal: AbortSignal;
  /** Why the run was stopped (the caller's reason, or the timeout), once it has been. */
  stopped: () => Error | undefined;
}

async function readPage(page: number, run: PageRun): Promise<OcrLine[]> {
  const image = `page-${page}`;
  const pageRange = ['-f', String(page), '-l', String(page), '-singlefile'];
  await runTool(run, run.tools.pdftoppm, ['-r', String(OCR_DPI), '-gray', '-png', ...pageRange, 'scan.pdf', image], {
    failure: PlanImportErrorCode.CorruptFile,
    doing: `drawing page ${page} of the PDF`,
  });
  const tsv = await runTool(
    run,
    run.tools.tesseract,
    [`${image}.png`, 'stdout', '-l', 'vie', '--psm', '3', '--dpi', String(OCR_DPI), 'tsv'],
    {
      failure: PlanImportErrorCode.OcrFailed,
      doing: `reading page ${page} with Tesseract`,
    },
  );
  await rm(join(run.dir, `${image}.png`), { force: true });
  return ocrLinesFromTsv(tsv);
}

/**
 * Runs a tool without a shell and settles only once its process has exited: an abort kills it and waits for
 * it, so nothing outlives the call.
 */
function runTool(
  run: PageRun,
  command: string,
  args: string[],
  failed: { failure: PlanImportErrorCode; doing: string },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      args,
      {
        cwd: run.dir,
        signal: run.signal,
        killSignal: 'SIGKILL',
        maxBuffer: MAX_TSV_BYTES,
        encoding: 'utf8',
        // Tesseract's OpenMP threads spin against each other on a small machine: one thread is five times faster.
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      },
      (error, stdout, stderr) => {
        const settle = () => {
          if (!error) return resolve(stdout);
          const reason = stderr.trim() || error.message;
          reject(run.stopped() ?? new PlanImportException(failed.failure, `Failed ${failed.doing}: ${reason}`));
        };
        if (child.exitCode !== null || child.signalCode !== null) settle();
        else child.once('exit', settle);
      },
    );
    yieldToRequests(child.pid);
  });
}

/** Set as soon as the tool has started, before it makes any thread of its own (they inherit it). */
function yieldToRequests(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    setPriority(pid, Math.min(LOWEST_PRIORITY, getPriority() + BACKGROUND_NICENESS));
  } catch {
    // Exited already: there is nothing left to slow down.
  }
}

/**
 * Tesseract's TSV as lines: its words (level 5) grouped by block, paragraph and line, in reading order. Its
 * Vietnamese model at times gives the Icelandic eth (Ð, ð), which Vietnamese never uses, for Đ and đ.
 */
export function ocrLinesFromTsv(tsv: string): OcrLine[] {
  const lines = new Map<string, { words: string[]; confidences: number[] }>();
  for (const row of tsv.split('\n')) {
    const columns = row.split('\t');
    const text = columns.slice(11).join('\t').trim();
    if (columns[0] !== '5' || text === '') continue;
    const key = columns.slice(1, 5).join('/');
    const line = lines.get(key) ?? { words: [], confidences: [] };
    line.words.push(
      text
        .normalize('NFC')
        .replace(/\u00d0/g, 'Đ')
        .replace(/\u00f0/g, 'đ'),
    );
    line.confidences.push(Number(columns[10]));
    lines.set(key, line);
  }
  return [...lines.values()].map(({ words, confidences }) => ({
    text: words.join(' ').replace(COMMA_IN_OUTLINE_NUMBER, (number) => number.replace(/,/g, '.')),
    confidence: confidences.reduce((sum, confidence) => sum + confidence, 0) / confidences.length,
  }));
}
