import { writeResults } from './bench-report';

export type Log = (line: string) => void;

/** Progress lines on stderr, timed from the start, so the table on stdout stays clean. */
export function benchLog(): Log {
  const began = Date.now();
  return (line) => process.stderr.write(`[bench +${((Date.now() - began) / 1000).toFixed(1)}s] ${line}\n`);
}

/**
 * Runs a benchmark's `main` within `timeoutMs`, writes its results to bench/results/<name>-<time>.json, and tears
 * down every service it pushed on `stops` (newest first, each capped at 30 s), on failure and on Ctrl-C too.
 */
export function runBench(
  name: string,
  main: () => Promise<Record<string, unknown>>,
  { stops, log, timeoutMs }: { stops: Array<() => Promise<void>>; log: Log; timeoutMs: number },
): void {
  const teardown = async (): Promise<void> => {
    log('tearing down');
    for (const stop of stops.reverse()) {
      const capped = new Promise<void>((resolve) => setTimeout(resolve, 30_000).unref());
      await Promise.race([stop().catch((error: unknown) => log(`teardown step failed: ${String(error)}`)), capped]);
    }
    stops.length = 0;
  };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`aborted: not done within ${timeoutMs / 60_000} minutes`)), timeoutMs);
  });
  process.once('SIGINT', () => void teardown().finally(() => process.exit(130)));

  void Promise.race([main(), deadline])
    .then((results) => log(`results written to ${writeResults(name, results)}`))
    .then(
      () => 0,
      (error: unknown) => {
        log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return 1;
      },
    )
    .then(async (code) => {
      clearTimeout(timer);
      await teardown();
      process.exit(code);
    });
}
