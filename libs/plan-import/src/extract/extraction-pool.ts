import { setTimeout as delay } from 'node:timers/promises';
import { type Worker } from 'node:worker_threads';
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from './extraction-limits';
import { type ExtractedPlan, type ExtractionJob, type ExtractionOutcome } from './extraction-messages';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';
import { startReaderThread } from './reader-thread';

export interface ExtractionPoolOptions {
  /** Reader threads; each reads one document at a time. */
  threads: number;
  /** Documents waiting for a thread; past it, reading is refused as busy. */
  queueLimit: number;
  timeoutMs: number;
  /** A thread's V8 heap. */
  heapMb: number;
  /**
   * How far the process's resident memory may grow while a document is read. The heap cap does not cover
   * ArrayBuffers, where pdf.js inflates streams, so a watchdog samples the process and ends the thread past it.
   */
  memoryMb: number;
  limits: ExtractionLimits;
}

export const DEFAULT_EXTRACTION_POOL_OPTIONS: ExtractionPoolOptions = {
  threads: 1,
  queueLimit: 4,
  timeoutMs: 20_000,
  heapMb: 256,
  memoryMb: 512,
  limits: DEFAULT_EXTRACTION_LIMITS,
};

interface Pending {
  job: ExtractionJob;
  resolve: (plan: ExtractedPlan) => void;
  reject: (error: Error) => void;
}

interface Slot {
  thread: Worker | null;
  /** Its code loaded: a document's time starts only then. */
  ready: boolean;
  /** Settles when the thread has loaded its code, or ended. */
  loaded: Promise<void>;
  current: (Pending & { timer: NodeJS.Timeout; rssAtStart: number }) | null;
}

const MB = 1024 * 1024;
const WATCHDOG_INTERVAL_MS = 100;
/**
 * Node 20 aborts the whole process when a thread is terminated while it requires pdf.js (an ES module loaded by
 * `require`, `v8::Module::IsGraphAsync`): closing waits this long for a loading thread to finish first.
 */
const LOADING_GRACE_MS = 10_000;

const tooComplex = (why: string) =>
  new PlanImportException(PlanImportErrorCode.DocumentTooComplex, `The document could not be read: ${why}`);

/**
 * Reads documents and parses their plan in worker threads, so a hostile one costs a thread, never the API: each
 * read is capped in time and heap, and a thread that overruns is terminated and replaced on the next read.
 */
export class ExtractionPool {
  private readonly options: ExtractionPoolOptions;
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private watchdog: NodeJS.Timeout | null = null;

  constructor(options: Partial<ExtractionPoolOptions> = {}) {
    this.options = { ...DEFAULT_EXTRACTION_POOL_OPTIONS, ...options };
    this.slots = Array.from({ length: this.options.threads }, () => ({
      thread: null,
      ready: false,
      loaded: Promise.resolve(),
      current: null,
    }));
  }

  read(buffer: Buffer, name: string): Promise<ExtractedPlan> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    const reading = this.slots.filter((slot) => slot.current !== null).length;
    if (reading + this.queue.length >= this.options.threads + this.options.queueLimit) {
      return Promise.reject(
        new PlanImportException(PlanImportErrorCode.ReadersBusy, 'Every document reader is busy; try again shortly'),
      );
    }
    return new Promise<ExtractedPlan>((resolve, reject) => {
      const job: ExtractionJob = {
        id: this.nextId++,
        bytes: new Uint8Array(buffer),
        name,
        limits: this.options.limits,
      };
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.watchdog !== null) clearInterval(this.watchdog);
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the extraction pool is closed'));
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.thread !== null && !slot.ready)
          await Promise.race([slot.loaded, delay(LOADING_GRACE_MS, undefined, { ref: false })]);
        await this.discard(slot, new Error('the extraction pool is closed'));
      }),
    );
  }

  /** Starts every thread now, so the first document does not wait for one to load. */
  warm(): void {
    for (const slot of this.slots) slot.thread ??= this.startThread(slot);
  }

  private dispatch(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (slot.current !== null || this.queue.length === 0) continue;
      const thread = (slot.thread ??= this.startThread(slot));
      if (!slot.ready) continue;
      const pending = this.queue.shift();
      if (pending === undefined) return;
      const timer = setTimeout(() => {
        void this.discard(slot, tooComplex(`reading took longer than ${this.options.timeoutMs / 1000} s`));
      }, this.options.timeoutMs);
      slot.current = { ...pending, timer, rssAtStart: process.memoryUsage.rss() };
      thread.postMessage(pending.job, [pending.job.bytes.buffer as ArrayBuffer]);
    }
    this.watchdog ??= setInterval(() => this.watchMemory(), WATCHDOG_INTERVAL_MS).unref();
  }

  /** The process's growth is charged to the read running longest: with one thread (the default), exactly. */
  private watchMemory(): void {
    const busy = this.slots.filter((slot) => slot.current !== null);
    if (busy.length === 0) {
      if (this.watchdog !== null) clearInterval(this.watchdog);
      this.watchdog = null;
      return;
    }
    const oldest = busy.reduce((a, b) => ((a.current?.job.id ?? 0) <= (b.current?.job.id ?? 0) ? a : b));
    const grown = process.memoryUsage.rss() - (oldest.current?.rssAtStart ?? 0);
    if (grown > this.options.memoryMb * MB) {
      void this.discard(oldest, tooComplex(`it needs more than ${this.options.memoryMb} MB of memory`));
    }
  }

  private startThread(slot: Slot): Worker {
    const thread = startReaderThread(this.options.heapMb);
    slot.ready = false;
    thread.unref();
    let loaded = (): void => undefined;
    slot.loaded = new Promise<void>((resolve) => (loaded = resolve));
    thread.once('exit', () => loaded());
    thread.on('message', (outcome: ExtractionOutcome | 'ready') => {
      if (outcome === 'ready') {
        slot.ready = true;
        loaded();
        this.dispatch();
        return;
      }
      const current = slot.current;
      if (current === null || current.job.id !== outcome.id) return;
      clearTimeout(current.timer);
      slot.current = null;
      if (outcome.ok) current.resolve({ text: outcome.text, draft: outcome.draft });
      else current.reject(new PlanImportException(outcome.code, outcome.message));
      this.dispatch();
    });
    thread.on('error', (error: Error & { code?: string }) => {
      const why =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it needs more than ${this.options.heapMb} MB` : error.message;
      void this.discard(slot, tooComplex(why), thread);
    });
    thread.on('exit', () => void this.discard(slot, tooComplex('the reader stopped'), thread));
    return thread;
  }

  /** Ends the slot's thread and fails its document; the next read starts a fresh thread. */
  private async discard(slot: Slot, error: Error, thread: Worker | null = slot.thread): Promise<void> {
    if (thread === null || slot.thread !== thread) return;
    const failedToStart = !slot.ready;
    slot.thread = null;
    slot.ready = false;
    const current = slot.current;
    slot.current = null;
    if (current !== null) {
      clearTimeout(current.timer);
      current.reject(error);
    } else if (failedToStart) {
      // A thread that cannot load fails the document waiting for it, instead of restarting forever.
      this.queue.shift()?.reject(error);
    }
    await thread.terminate();
    if (!this.closed) this.dispatch();
  }
}
