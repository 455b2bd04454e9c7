import { type INestApplication } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { type AgencyEntity } from '@dondoc/persistence';
import { ORPHAN_GRACE_MS, OrphanSweeper } from '../../apps/api/src/uploads/orphan-sweeper';
import { problemOf } from '../support/bodies';
import { activateAndAwaitAssignments, daysFromToday, onceDue, seedPlanWithTask } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, runWorker, stackConfig, startApi } from '../support/stack-apps';

/** A PDF of about `kib` KiB, different each time. */
const pdfOf = (kib: number): Buffer =>
  Buffer.concat([Buffer.from('%PDF-1.4\n% Báo cáo\n'), randomBytes(kib * 1024), Buffer.from('\n%%EOF\n')]);
const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('attachment storage: a quota per agency, and files nobody holds swept away', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let stopWorker: () => Promise<void>;
  let dir: string;
  let agency: AgencyEntity;
  let officer: LoggedIn;
  let assignmentId: string;
  const kept = pdfOf(600);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dondoc-storage-'));
    const config = stackConfig({ ATTACHMENTS_DIR: dir, AGENCY_STORAGE_QUOTA_MB: '1' });
    ({ app, http } = await startApi(config));
    stopWorker = await runWorker(config);
    const coordinator = await loginAs(app, http, 'coordinator');
    agency = await seedAgency(app);
    officer = await loginAs(app, http, 'agency_officer', { agencyId: agency.id });
    const { plan } = await seedPlanWithTask(app, [agency], onceDue(daysFromToday(20)));
    assignmentId = (await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 1))[agency.id];
  });

  afterAll(async () => {
    await stopWorker();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const submit = (file: Buffer, name: string) =>
    request(http)
      .post(`/api/assignments/${assignmentId}/submissions`)
      .set(officer.auth)
      .field('reportText', 'Báo cáo kết quả thực hiện')
      .attach('attachments', file, name);

  it('refuses files past the agency’s quota with 413 naming the field, and keeps none of their bytes', async () => {
    await submit(kept, 'Báo cáo quý III.pdf').expect(201);
    const over = pdfOf(600);
    const refused = await submit(over, 'Báo cáo quý IV.pdf').expect(413);
    expect(problemOf(refused)).toMatchObject({
      code: 'AgencyStorageQuotaExceeded',
      errors: [{ field: 'attachments', message: expect.stringContaining('MB') }],
    });
    expect(existsSync(join(dir, sha256Of(kept)))).toBe(true);
    expect(existsSync(join(dir, sha256Of(over)))).toBe(false);
  });

  it('sweeps files no report holds once past the grace, and unfinished uploads, keeping the rest', async () => {
    const old = (Date.now() - ORPHAN_GRACE_MS - 60_000) / 1000;
    const orphan = pdfOf(1);
    const recent = pdfOf(1);
    writeFileSync(join(dir, sha256Of(orphan)), orphan);
    writeFileSync(join(dir, sha256Of(recent)), recent);
    writeFileSync(join(dir, 'half-sent.tmp'), orphan.subarray(0, 10));
    for (const name of [sha256Of(orphan), 'half-sent.tmp', sha256Of(kept)]) utimesSync(join(dir, name), old, old);

    const result = await app.get(OrphanSweeper).sweep();

    expect(readdirSync(dir).sort()).toEqual([sha256Of(kept), sha256Of(recent)].sort());
    expect(result).toEqual({ removed: 2, kept: 2 });
  });
});
