import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadDevstackConfig } from '@dondoc/config';
import {
  buildWebAppIfStale,
  type OcrTools,
  type RunningProcess,
  startLocalStack,
  startProcess,
  step,
} from '@dondoc/devstack';
import { provisionOcr } from './provision-ocr';

const root = resolve(__dirname, '..');
const tsNode = join(root, 'node_modules', 'ts-node', 'dist', 'bin.js');
type Stop = () => Promise<void>;

/**
 * `npm start`: the whole stack on embedded defaults (or on what DATABASE_URL, SMTP_URL, TEMPORAL_ADDRESS name);
 * `npm start -- --cluster` (or DONDOC_TEMPORAL=cluster) runs the real Temporal server on PostgreSQL instead.
 */
async function main(): Promise<void> {
  const config = loadDevstackConfig(process.env, root);
  const stops: Stop[] = [];
  let stopping: Promise<void> | undefined;
  const shutdown = (code: number): void => {
    // A second Ctrl-C (or npm forwarding the first) must not cut the orderly stop short.
    stopping ??= (async () => {
      step('Stopping…');
      for (const stop of [...stops].reverse()) await stop().catch((error: unknown) => step(`  ${String(error)}`));
      step('Stopped.');
      process.exit(code);
    })();
  };
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));

  try {
    const [ocr] = await Promise.all([provisionOcrOrWarn(), buildWebAppIfStale(root)]);
    const mode = process.argv.includes('--cluster') ? 'cluster' : config.temporal.mode;
    const stack = await startLocalStack({
      config,
      database: 'dondoc',
      postgres: { dataDir: join(config.dataDir, 'postgres'), port: config.postgresPort, persistent: true },
      temporal: {
        mode,
        port: config.temporal.port,
        uiPort: config.temporal.uiPort,
        dataDir: join(config.dataDir, mode === 'cluster' ? 'temporal-cluster' : 'temporal'),
      },
      mailSink: config.mailSink,
    });
    stops.push(stack.stop);
    const { databaseUrl, temporal, smtpUrl } = stack;
    const mailboxUrl = stack.mailSink && `http://localhost:${stack.mailSink.httpPort}/messages`;

    // The local stack is development unless told otherwise: its processes may take the local defaults.
    const env = {
      NODE_ENV: 'development',
      ...process.env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporal.address,
      SMTP_URL: smtpUrl,
      ...(ocr && { TESSERACT_PATH: ocr.tesseract, PDFTOPPM_PATH: ocr.pdftoppm }),
    };
    const processes: RunningProcess[] = [
      startProcess('worker', process.execPath, [tsNode, 'apps/worker/src/main.ts'], { env, cwd: root }),
      startProcess('api', process.execPath, [tsNode, 'apps/api/src/main.ts'], { env, cwd: root }),
    ];
    // Pushed last, so stopped first: API and worker let go of Temporal and PostgreSQL before those stop.
    for (const child of processes) {
      stops.push(child.stop);
      void child.exited.then((code) => {
        if (stopping) return;
        step(`${child.name} exited with ${code}; stopping the stack.`);
        shutdown(1);
      });
    }

    const apiUrl = `http://localhost:${config.apiPort}`;
    await waitForHealth(`${apiUrl}/health`);
    printUrls({ apiUrl, temporalUi: temporal.uiUrl, temporalAddress: temporal.address, mailboxUrl, databaseUrl });
  } catch (error) {
    step(error instanceof Error ? error.message : String(error));
    shutdown(1);
  }
}

/** Without the OCR tools the stack still runs; it refuses scanned plans instead of reading them. */
async function provisionOcrOrWarn(): Promise<OcrTools | undefined> {
  try {
    return await provisionOcr();
  } catch (error) {
    step(`${error instanceof Error ? error.message : String(error)}\nScanned plans will be refused.`);
    return undefined;
  }
}

async function waitForHealth(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`The API did not report healthy at ${url} within ${timeoutMs / 1000}s`);
}

function printUrls(urls: {
  apiUrl: string;
  temporalUi?: string;
  temporalAddress: string;
  mailboxUrl?: string;
  databaseUrl: string;
}): void {
  const lines = [
    `Web app        ${urls.apiUrl}/   (agencies' report pages open from the links in their emails)`,
    `API            ${urls.apiUrl}/api`,
    `API docs       ${urls.apiUrl}/api/docs`,
    `Health         ${urls.apiUrl}/health`,
    `Temporal       ${urls.temporalAddress}${urls.temporalUi ? `   Web UI ${urls.temporalUi}` : ''}`,
    `Mail sink      ${urls.mailboxUrl ?? '(SMTP_URL relay)'}`,
    `PostgreSQL     ${urls.databaseUrl.replace(/\/\/[^@]*@/, '//…@')}`,
    'Ctrl-C stops everything.',
  ];
  process.stdout.write(`\n dondoc is up\n ${'─'.repeat(60)}\n${lines.map((line) => ` ${line}`).join('\n')}\n\n`);
}

void main();
