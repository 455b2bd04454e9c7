import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrations } from '@dondoc/persistence';
import { createEmptyDatabase } from './database';

const COUNTS_MIGRATION = 'KeepAssignmentCounts1766100000000';

describe('the assignment counts migration on a database with assignments', () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>>;

  beforeAll(async () => {
    database = await createEmptyDatabase();
  });

  afterAll(() => database.drop());

  it('counts the assignments already there, then follows the writes after it', async () => {
    const index = migrations.findIndex((migration) => migration.name === COUNTS_MIGRATION);
    expect(index).toBeGreaterThan(0);
    const old = await new DataSource({
      ...dataSourceOptions(database.url),
      migrations: migrations.slice(0, index),
    }).initialize();
    const [planId, firstTask, secondTask, agencyId] = [1, 2, 3, 4].map(() => randomUUID());
    try {
      await old.runMigrations({ transaction: 'each' });
      await old.query(`INSERT INTO plans (id, title) VALUES ($1, 'Kế hoạch PBGDPL năm 2026')`, [planId]);
      await old.query(
        `INSERT INTO tasks (id, plan_id, code, position, title)
         VALUES ($1, $3, 'II.1', 1, 'Tổ chức'), ($2, $3, 'II.2', 2, 'Biên soạn')`,
        [firstTask, secondTask, planId],
      );
      await old.query(
        `INSERT INTO agencies (id, code, name, province, kind, search_key)
         VALUES ($1, 'BF-STP', 'Sở Tư pháp', 'Tỉnh thử', 'provincial_department', 'so tu phap')`,
        [agencyId],
      );
      await old.query(
        `INSERT INTO assignments (plan_id, task_id, agency_id, period, role, due_date, status)
         VALUES ($1, $2, $4, '2026', 'lead', '2026-06-30', 'accepted'),
                ($1, $2, $4, '2027', 'lead', '2027-06-30', 'pending'),
                ($1, $2, $4, '2028', 'lead', '2028-06-30', 'pending'),
                ($1, $3, $4, '2026', 'lead', '2026-06-30', 'overdue')`,
        [planId, firstTask, secondTask, agencyId],
      );
    } finally {
      await old.destroy();
    }

    const current = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      await current.runMigrations({ transaction: 'each' });
      const counts = () =>
        current.query<Array<{ task_id: string; status: string; count: number }>>(
          `SELECT task_id, status, count FROM assignment_counts WHERE plan_id = $1 ORDER BY task_id, status`,
          [planId],
        );
      const byTask = (rows: Awaited<ReturnType<typeof counts>>) =>
        rows.map((row) => [row.task_id === firstTask ? 'II.1' : 'II.2', row.status, row.count]).sort();
      expect(byTask(await counts())).toEqual([
        ['II.1', 'accepted', 1],
        ['II.1', 'pending', 2],
        ['II.2', 'overdue', 1],
      ]);

      await current.query(`UPDATE assignments SET status = 'submitted' WHERE task_id = $1 AND status = 'overdue'`, [
        secondTask,
      ]);
      expect(byTask(await counts())).toEqual([
        ['II.1', 'accepted', 1],
        ['II.1', 'pending', 2],
        ['II.2', 'submitted', 1],
      ]);
    } finally {
      await current.destroy();
    }
  });
});
