import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildDocx, buildPdf } from '../../../../test/fixtures/plan-import/document-builders';
import { parsePlanText } from '../parse-plan-text';
import { ExtractionPool, type ExtractionPoolOptions } from './extraction-pool';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';
import { flateBombPdf, zipBombDocx } from './testing/hostile-documents';

const SEEDS = path.resolve(__dirname, '../../../../../shared/seeds');
const seedText = (prefix: string): string => {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix) && name.endsWith('.txt'));
  return readFileSync(path.join(SEEDS, file ?? `${prefix}.txt`), 'utf8');
};

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof PlanImportException ? error.code : String(error);
  }
}

describe('ExtractionPool', () => {
  const pools: ExtractionPool[] = [];
  const pool = (options: Partial<ExtractionPoolOptions> = {}): ExtractionPool => {
    const created = new ExtractionPool(options);
    pools.push(created);
    return created;
  };
  afterAll(() => Promise.all(pools.map((p) => p.close())));

  // Node 20 aborts the whole process (v8::Module::IsGraphAsync) when a thread is ended while it requires pdf.js.
  it('lets a thread still loading pdf.js finish loading before ending it on close', async () => {
    const loaded = new WeakSet<Worker>();
    const unref = Worker.prototype.unref;
    // The pool unrefs each thread it starts: the moment to listen for its 'ready' too.
    const started = jest.spyOn(Worker.prototype, 'unref').mockImplementation(function (this: Worker) {
      this.on('message', (message) => message === 'ready' && loaded.add(this));
      unref.call(this);
    });
    const endedLoaded: boolean[] = [];
    const terminate = Worker.prototype.terminate;
    const ended = jest.spyOn(Worker.prototype, 'terminate').mockImplementation(function (this: Worker) {
      endedLoaded.push(loaded.has(this));
      return terminate.call(this);
    });
    try {
      const closing = pool();
      closing.warm();
      await closing.close();
      expect(endedLoaded).toEqual([true]);
    } finally {
      started.mockRestore();
      ended.mockRestore();
    }
  });

  it('reads a plan in a thread into the same text and draft as on this one', async () => {
    const text = seedText('003');
    const read = await pool().read(Buffer.from(text), 'ke-hoach.txt');
    expect(read.text).toBe(text.normalize('NFC'));
    expect(read.draft).toEqual(parsePlanText(read.text));
    expect(read.draft.tasks.length).toBeGreaterThan(20);
  });

  it('keeps serving after refusing a zip bomb, reading a .docx and a PDF with the same thread', async () => {
    const readers = pool();
    expect(await codeOf(readers.read(zipBombDocx(200), 'bom.docx'))).toBe(PlanImportErrorCode.DocumentTooLargeUnpacked);
    expect((await readers.read(buildDocx(['KẾ HOẠCH', 'Sở Y tế chủ trì']), 'a.docx')).text).toContain('Sở Y tế');
    expect((await readers.read(buildPdf(['KE HOACH']), 'a.pdf')).text).toContain('KE HOACH');
  });

  it('ends a read past the timeout, then reads the next document on a fresh thread', async () => {
    const readers = pool({ timeoutMs: 1_500 });
    // Read to its end, this document takes 6–7 s on a quiet machine; the timeout, not the machine's speed, ends it.
    await expect(readers.read(flateBombPdf(50), 'slow.pdf')).rejects.toMatchObject({
      code: PlanImportErrorCode.DocumentTooComplex,
      message: expect.stringMatching(/took longer than 1.5 s/),
    });
    expect((await readers.read(buildPdf(['KE HOACH']), 'a.pdf')).text).toContain('KE HOACH');
  });

  it('ends a read that makes the process grow past its memory cap', async () => {
    const readers = pool({ memoryMb: 128, timeoutMs: 60_000 });
    const started = Date.now();
    await expect(readers.read(flateBombPdf(400), 'huge.pdf')).rejects.toThrow(/more than 128 MB/);
    // Well before its 60 s timeout: on a busy machine this read took 15.2 s, so the bound is half the timeout.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('refuses a document as busy when every thread is reading and the queue is full', async () => {
    const readers = pool({ threads: 1, queueLimit: 1, timeoutMs: 1_000 });
    const reads = [flateBombPdf(50), flateBombPdf(50), buildPdf(['KE HOACH'])].map((pdf) => readers.read(pdf, 'a.pdf'));
    expect(await Promise.all(reads.map(codeOf))).toEqual([
      PlanImportErrorCode.DocumentTooComplex,
      PlanImportErrorCode.DocumentTooComplex,
      PlanImportErrorCode.ReadersBusy,
    ]);
  });
});
