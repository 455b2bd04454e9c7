import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { parsePlanText } from '@dondoc/plan-import';
import { PlanImportJobRepository, PlanRepository } from '@dondoc/persistence';
import { markdownAsPdf } from '../../libs/plan-import/src/testing/pdf-documents';
import { scannedPdf } from '../../libs/plan-import/src/testing/scanned-pdf';
import { problemOf, rowOf } from '../support/bodies';
import { expectStatus } from '../support/browser-journeys';
import { eventually } from '../support/orchestration';
import { type LoggedIn, loginAs } from '../support/registry';
import { laiChauDirectory, ownProvince, plansImportedFrom, seedOpening } from '../support/seed-plans';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

interface JobBody {
  id: string;
  status: 'reading' | 'done' | 'failed';
  pagesDone: number;
  pagesTotal: number | null;
  result: { plan: { id: string }; tasks: Array<{ code: string }>; warnings: Array<{ code: string }> } | null;
  problem: { status: number; code: string; message: string } | null;
}

describe('POST /plans/import with a scanned PDF: read by OCR off the request path', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;
  let scan: Buffer;
  let text: string;

  beforeAll(async () => {
    ({ app, http } = await startApi(stackConfig()));
    coordinator = await loginAs(app, http, 'coordinator');
    await request(http).post('/api/agencies/import').set(coordinator.auth).send(laiChauDirectory(ownProvince()));
    // Three pages (nine tasks): the job's way through the API is under test here; seed-forms.spec reads every seed's
    // scan whole and checks what OCR made of it.
    text = seedOpening('003', 250);
    scan = await scannedPdf(await markdownAsPdf(text), stackConfig().ocr);
  }, 120_000);

  afterAll(() => app.close());

  const upload = (bytes: Buffer, name: string) =>
    request(http).post('/api/plans/import').set(coordinator.auth).attach('file', bytes, name);

  it('answers 202 with a job at once, moves page by page, and ends with the draft the text gives', async () => {
    const accepted = await upload(scan, 'ke-hoach-ban-quet.pdf').expect(202);
    const job = accepted.body as JobBody;
    expect(accepted.headers.location).toBe(`/api/plans/import-jobs/${job.id}`);
    expect(job).toMatchObject({ status: 'reading', pagesDone: 0, result: null, problem: null });
    // The API answers other requests while the scan is read.
    await request(http).get('/api/plans?pageSize=1').set(coordinator.auth).expect(200);

    const seen = new Set<number>();
    const polls = await eventually(
      async () => {
        const location = accepted.headers.location;
        const response = await request(http).get(location).set(coordinator.auth);
        // OCR holds both cores of a CI machine: PostgreSQL can miss the API's deadline, which answers 503
        // DatabaseUnavailable with Retry-After (three fresh runs in ten), and a client, as the web app does, polls again.
        if (response.status === 503 && problemOf(response).code === 'DatabaseUnavailable') return null;
        const polled = expectStatus(response, 200, `GET ${location}`).body as JobBody;
        seen.add(polled.pagesDone);
        return polled;
      },
      (polled) => polled !== null && polled.status !== 'reading',
      { timeoutMs: 240_000, what: 'the scan read' },
    );
    const done = polls!;
    expect(done.problem).toBeNull();
    expect(done.pagesDone).toBe(done.pagesTotal);
    expect(seen.size).toBeGreaterThan(1);

    // Stored codes carry the Roman part (III.4.2.a); the parser's are below it (4.2.a).
    const fromText = parsePlanText(text).tasks.map((task) => `${task.part}.${task.code}`);
    const codes = done.result!.tasks.map((task) => task.code);
    expect(fromText.length).toBe(9);
    // OCR may misread one outline number.
    expect(fromText.filter((code) => !codes.includes(code)).length).toBeLessThanOrEqual(1);
    expect(done.result!.warnings.map((warning) => warning.code)).toContain('ocr');

    const plan = await app.get(PlanRepository).getById(done.result!.plan.id);
    expect(plan?.status).toBe('draft');
    const review = await request(http)
      .get(`/api/plans/${done.result!.plan.id}/draft-review`)
      .set(coordinator.auth)
      .expect(200);
    expect(rowOf<{ scan: unknown }>(review).scan).toMatchObject({ uncertainLines: expect.any(Array) });
  }, 300_000);

  it('ends a scan that is no plan as failed, with the code an upload would have given, and writes no plan', async () => {
    const notAPlan = await scannedPdf(
      await markdownAsPdf('Thông báo\nNgày mai cơ quan nghỉ làm việc.'),
      stackConfig().ocr,
    );
    const accepted = await upload(notAPlan, 'thong-bao.pdf').expect(202);
    const failed = await eventually(
      async () => (await request(http).get(accepted.headers.location).set(coordinator.auth)).body as JobBody,
      (polled) => polled.status !== 'reading',
      { timeoutMs: 60_000, what: 'the scan read' },
    );
    expect(failed).toMatchObject({ status: 'failed', result: null, problem: { status: 422, code: 'not-a-plan' } });
    expect(await plansImportedFrom(app, notAPlan)).toBe(0);
  }, 120_000);

  it('marks a job a stopped process left unread as failed, with a reason to upload again', async () => {
    const jobs = app.get(PlanImportJobRepository);
    const orphan = await jobs.start({ filename: 'bo-do.pdf', province: null, createdBy: null });
    await app
      .get(DataSource)
      .query(`UPDATE plan_import_jobs SET updated_at = now() - interval '1 hour' WHERE id = $1`, [orphan.id]);
    const body = (await request(http).get(`/api/plans/import-jobs/${orphan.id}`).set(coordinator.auth).expect(200))
      .body as JobBody;
    expect(body).toMatchObject({ status: 'failed', problem: { code: 'interrupted' } });
  });

  it('refuses a scan with 422 no-text-layer on a server without the OCR tools', async () => {
    const { app: bare, http: bareHttp } = await startApi(stackConfig({ TESSERACT_PATH: '/nonexistent/tesseract' }));
    try {
      const officer = await loginAs(bare, bareHttp, 'coordinator');
      const refused = await request(bareHttp)
        .post('/api/plans/import')
        .set(officer.auth)
        .attach('file', scan, 'scan.pdf')
        .expect(422);
      expect(problemOf(refused)).toMatchObject({ code: 'no-text-layer', errors: [{ field: 'file' }] });
    } finally {
      await bare.close();
    }
  });

  it('answers 404 for a job that does not exist', async () => {
    await request(http)
      .get('/api/plans/import-jobs/6f2e0684-2b4b-42a2-8000-000000000000')
      .set(coordinator.auth)
      .expect(404);
  });
});
