import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrations } from '@dondoc/persistence';
import { createEmptyDatabase } from './database';

const EVENTS_MIGRATION = 'CreateAssignmentEvents1765200000000';

describe('the assignment events migration on a database with work under way', () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>>;

  beforeAll(async () => {
    database = await createEmptyDatabase();
  });

  afterAll(() => database.drop());

  it('gives each existing assignment its history back: opened, reports, reviews, and its present state', async () => {
    const before = migrations.slice(
      0,
      migrations.findIndex((migration) => migration.name === EVENTS_MIGRATION),
    );
    const old = await new DataSource({ ...dataSourceOptions(database.url), migrations: before }).initialize();
    const [planId, taskId, agencyId, doneId, openId] = [1, 2, 3, 4, 5].map(() => randomUUID());
    try {
      await old.runMigrations({ transaction: 'each' });
      await old.query(`INSERT INTO plans (id, title) VALUES ($1, 'Kế hoạch PBGDPL năm 2026')`, [planId]);
      await old.query(`INSERT INTO tasks (id, plan_id, code, position, title) VALUES ($1, $2, 'II.1', 1, 'Tổ chức')`, [
        taskId,
        planId,
      ]);
      await old.query(
        `INSERT INTO agencies (id, code, name, province, kind, search_key)
         VALUES ($1, 'BF-STP', 'Sở Tư pháp', 'Tỉnh thử', 'provincial_department', 'so tu phap')`,
        [agencyId],
      );
      await old.query(
        `INSERT INTO assignments (id, plan_id, task_id, agency_id, period, role, due_date, status, deadline_version,
                                  created_at, updated_at)
         VALUES ($1, $3, $4, $5, '2026', 'lead', '2026-06-30', 'accepted', 2,
                 '2026-06-01 08:00+07', '2026-07-10 09:00+07'),
                ($2, $3, $4, $5, '2027', 'lead', '2027-06-30', 'pending', 1,
                 '2026-06-01 08:00+07', '2026-06-01 08:00+07')`,
        [doneId, openId, planId, taskId, agencyId],
      );
      await old.query(
        `INSERT INTO submissions (assignment_id, version, report_text, submitted_at, review_outcome, reviewed_at)
         VALUES ($1, 1, 'Lần 1', '2026-06-28 10:00+07', 'returned', '2026-06-29 10:00+07'),
                ($1, 2, 'Lần 2', '2026-07-05 10:00+07', 'accepted', '2026-07-10 09:00+07')`,
        [doneId],
      );
    } finally {
      await old.destroy();
    }

    const current = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      await current.runMigrations({ transaction: 'each' });
      const events = await current.query<Array<{ assignment_id: string; action: string; to_status: string; at: Date }>>(
        `SELECT assignment_id, action, to_status, at FROM assignment_events ORDER BY assignment_id, at, id`,
      );
      const of = (id: string) =>
        events.filter((event) => event.assignment_id === id).map((event) => [event.action, event.to_status]);
      expect(of(doneId)).toEqual([
        ['opened', 'pending'],
        ['submitted', 'submitted'],
        ['returned', 'returned'],
        ['submitted', 'submitted'],
        ['accepted', 'accepted'],
        ['backfilled', 'accepted'],
      ]);
      expect(of(openId)).toEqual([
        ['opened', 'pending'],
        ['backfilled', 'pending'],
      ]);
      const submittedAt = events.filter((event) => event.action === 'submitted').map((event) => event.at.toISOString());
      expect(submittedAt).toEqual(['2026-06-28T03:00:00.000Z', '2026-07-05T03:00:00.000Z']);
    } finally {
      await current.destroy();
    }
  });
});
