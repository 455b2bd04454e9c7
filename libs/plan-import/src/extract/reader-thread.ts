import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type ResourceLimits, Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parsePlanText } from '../parse-plan-text';
import { extractText } from './extract-text';
import { type ExtractionJob, type ExtractionOutcome } from './extraction-messages';
import { pdfJs } from './pdfjs';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';

// This one file is both sides, so that whatever loads the API (ts-node, jest, the compiled build) has the thread's
// code too: the thread runs this module, marked by its workerData.
const READER = 'dondoc-document-reader';

interface ReaderData {
  role: typeof READER;
  entry: string;
  typescript: { tsNode: string; tsconfigPaths: string; project: string } | null;
}

function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'tsconfig.json'))) {
    if (dirname(dir) === dir) throw new Error(`no tsconfig.json above ${__dirname}`);
    dir = dirname(dir);
  }
  return dir;
}

// A thread does not inherit ts-node's hooks: from the sources (npm start, jest) it registers its own.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.typescript) {
  require(workerData.typescript.tsNode).register({ transpileOnly: true, swc: true, project: workerData.typescript.project });
  const paths = require(workerData.typescript.tsconfigPaths);
  const { absoluteBaseUrl, paths: aliases } = paths.loadConfig(workerData.typescript.project);
  paths.register({ baseUrl: absoluteBaseUrl, paths: aliases });
}
require(workerData.entry);
`;
// Development tools, named here only when running from the TypeScript sources.
const DEV_LOADERS = { tsNode: 'ts-node', tsconfigPaths: 'tsconfig-paths' };

/** A thread that reads documents (`serveDocuments` below), its heap capped. */
export function startReaderThread(heapMb: number): Worker {
  const typescript = __filename.endsWith('.ts')
    ? {
        tsNode: require.resolve(DEV_LOADERS.tsNode),
        tsconfigPaths: require.resolve(DEV_LOADERS.tsconfigPaths),
        project: join(projectRoot(), 'tsconfig.json'),
      }
    : null;
  const data: ReaderData = { role: READER, entry: __filename, typescript };
  const resourceLimits: ResourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 };
  return new Worker(BOOTSTRAP, { eval: true, workerData: data, resourceLimits });
}

async function read({ id, bytes, name, limits }: ExtractionJob): Promise<ExtractionOutcome> {
  try {
    const text = await extractText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name, limits);
    return { id, ok: true, text, draft: parsePlanText(text) };
  } catch (error) {
    if (error instanceof PlanImportException) return { id, ok: false, code: error.code, message: error.message };
    const reason = error instanceof Error ? error.message : String(error);
    return { id, ok: false, code: PlanImportErrorCode.CorruptFile, message: `Cannot read the document: ${reason}` };
  }
}

function serveDocuments(): void {
  // pdf.js leaves some internal promises of a broken document rejected with no handler; the read that hit the same
  // error already failed with it, and such a stray must not end the thread under the next document.
  process.on('unhandledRejection', () => undefined);
  parentPort?.on('message', (job: ExtractionJob) => {
    void read(job).then((outcome) => parentPort?.postMessage(outcome));
  });
  // Loaded before the first document, so loading pdf.js is not charged to its time.
  pdfJs();
  parentPort?.postMessage('ready');
}

if (!isMainThread && (workerData as Partial<ReaderData> | null)?.role === READER) serveDocuments();
