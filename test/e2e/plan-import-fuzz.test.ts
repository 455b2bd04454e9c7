import { type INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import request from 'supertest';
import { mutatedDocuments } from '../../libs/plan-import/src/extract/testing/mutated-documents';
import { type LoggedIn, useApiAs } from '../support/registry';
import { laiChauDirectory, ownProvince, plansImportedFrom } from '../support/seed-plans';
import { problemOf } from '../support/bodies';
import { type HttpTarget } from '../support/stack-apps';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const originals = readdirSync(SEEDS)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => ({ label: `seed ${file.slice(0, 3)}`, text: readFileSync(path.join(SEEDS, file), 'utf8') }));

const RUNS = 1_000;
const READ_TIMEOUT_MS = 20_000;

describe('POST /plans/import with 1,000 mutated plan documents', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;

  // Without the OCR tools: a mutated PDF that lost its text is refused at once, not read page by page (scans have
  // their own test).
  useApiAs('coordinator', (started) => ({ app, http, actor: coordinator } = started), {
    env: { TESSERACT_PATH: '/nonexistent/tesseract' },
  });

  // Its own province's directory: the test stack's shared "Lai Châu" gathers an agency for every officer any test
  // seeds, and matching names against thousands of them, 93 times, outlasted the test on a full run.
  const province = ownProvince();
  beforeAll(async () => {
    await request(http).post('/api/agencies/import').set(coordinator.auth).send(laiChauDirectory(province)).expect(200);
  });

  it('answers each with a draft or a 4xx naming its field, never a 500, a hang or a partial write', async () => {
    const statuses = new Map<string, number>();
    const slowest: Array<{ recipe: string; took: number }> = [];
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(mutatedDocuments(originals), async ({ recipe, name, bytes }) => {
        const before = await plansImportedFrom(app, bytes, province);
        const asked = Date.now();
        const response = await request(http)
          .post('/api/plans/import')
          .set(coordinator.auth)
          .field('province', province)
          .attach(
            'file',
            bytes,
            name === 'ke-hoach' ? { filename: name, contentType: 'application/octet-stream' } : name,
          );
        const took = Date.now() - asked;
        const after = await plansImportedFrom(app, bytes, province);
        const outcome = `${response.status} ${problemOf(response).code ?? ''}`.trim();
        statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
        slowest.push({ recipe, took });
        slowest.sort((a, b) => b.took - a.took).splice(5);

        const what = `${recipe} → ${response.status} in ${took} ms`;
        expect({ what, created: response.status === 201 || (response.status >= 400 && response.status < 500) }).toEqual(
          {
            what,
            created: true,
          },
        );
        expect(took).toBeLessThan(READ_TIMEOUT_MS + 5_000);
        expect({ what, written: after - before }).toEqual({ what, written: response.status === 201 ? 1 : 0 });
        if (response.status !== 201) {
          expect({ what, field: problemOf(response).errors?.[0]?.field }).toEqual({
            what,
            field: response.status === 409 ? 'number' : 'file',
          });
        }
      }),
      // The first failure is reported as is: shrinking re-sends documents, which could outlast the test's timeout.
      { seed: 20_260_512, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`${RUNS} mutated documents imported in ${Date.now() - started} ms:`, Object.fromEntries(statuses), {
      slowest,
    });
  }, 360_000); // 20 s on a quiet machine; a loaded CI machine has taken over two minutes
});
