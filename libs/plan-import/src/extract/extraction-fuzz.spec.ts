import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { ExtractionPool } from './extraction-pool';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';
import { mutatedDocuments } from './testing/mutated-documents';

const SEEDS = path.resolve(__dirname, '../../../../../shared/seeds');
const originals = readdirSync(SEEDS)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => ({ label: `seed ${file.slice(0, 3)}`, text: readFileSync(path.join(SEEDS, file), 'utf8') }));

const TIMEOUT_MS = 20_000;
// None of these documents is slow or huge past the caps, and they are read one at a time: a thread that dies or
// overruns (document-too-complex) or a full queue would be a fault of the readers.
const EXPECTED_REFUSALS = new Set<string>(
  Object.values(PlanImportErrorCode).filter(
    (code) => code !== PlanImportErrorCode.DocumentTooComplex && code !== PlanImportErrorCode.ReadersBusy,
  ),
);

describe('reading 1,000 mutated plan documents in the reader threads', () => {
  const pool = new ExtractionPool({ threads: 2, timeoutMs: TIMEOUT_MS });
  afterAll(() => pool.close());

  it('gives each a draft or the refusal its defect calls for, never an unexpected error or a read past the timeout', async () => {
    const outcomes = new Map<string, number>();
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(mutatedDocuments(originals), async ({ recipe, name, bytes }) => {
        const asked = Date.now();
        const outcome = await pool.read(bytes, name).then(
          (plan) => `draft (${plan.draft.kind})`,
          (error: unknown) => {
            if (error instanceof PlanImportException && EXPECTED_REFUSALS.has(error.code)) return error.code;
            throw new Error(`${recipe}: ${error instanceof Error ? error.message : String(error)}`);
          },
        );
        expect(Date.now() - asked).toBeLessThan(TIMEOUT_MS + 2_000);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }),
      { seed: 20_260_512, numRuns: 1_000 },
    );
    console.log(`1,000 mutated documents read in ${Date.now() - started} ms:`, Object.fromEntries(outcomes));
    expect(outcomes.get('draft (plan)')).toBeGreaterThan(0);
  });
});
