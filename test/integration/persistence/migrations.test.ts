import { DataSource } from 'typeorm';
import { dataSourceOptions, migrateDatabase, migrations } from '@dondoc/persistence';
import { createEmptyDatabase } from './database';

const ALL_TABLES = [
  'agencies',
  'agency_group_members',
  'agency_groups',
  'assignment_counts',
  'assignment_events',
  'assignments',
  'audit_events',
  'calendar_adjustments',
  'calendar_feeds',
  'digest_items',
  'idempotency_keys',
  'inspection_findings',
  'inspections',
  'notifications',
  'personal_links',
  'plan_import_jobs',
  'plans',
  'scoring_rubrics',
  'submissions',
  'task_agencies',
  'tasks',
  'users',
];

/** The tables before the digest's migration, which the step-by-step undo passes first. */
const BEFORE_DIGESTS = ALL_TABLES.filter(
  (table) =>
    ![
      'digest_items',
      'assignment_events',
      'scoring_rubrics',
      'calendar_feeds',
      'plan_import_jobs',
      'assignment_counts',
      'idempotency_keys',
    ].includes(table),
);

async function userTables(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<Array<{ name: string }>>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY table_name`,
  );
  return rows.map((row) => row.name);
}

describe('migrations on an empty database', () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>>;

  beforeAll(async () => {
    database = await createEmptyDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  it('go up, all the way down leaving no table, and up again to the same schema', async () => {
    expect(await migrateDatabase(database.url)).toEqual(migrations.map((migration) => migration.name));

    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      expect(await userTables(dataSource)).toEqual(ALL_TABLES);
      for (let step = 0; step < migrations.length; step += 1)
        await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await userTables(dataSource)).toEqual([]);
      const indexes = await dataSource.query<unknown[]>(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public'
        AND tablename <> 'migrations'`);
      expect(indexes).toEqual([]);

      expect((await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name)).toHaveLength(
        migrations.length,
      );
      expect(await userTables(dataSource)).toEqual(ALL_TABLES);
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });

  it('undoes one migration at a time: the idempotency keys, the overdue index, the counter table and its triggers, the list-order index, folded search keys (data only), import jobs, provinces, waiting mails (data only), credential changes, calendar feeds, scoring rubrics, assignment events, digest items, report tasks, agency mergers, write revisions, refused recipients, outbox claims, links and findings, the calendar, the registry, leaving the skeleton', async () => {
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    const columnsOf = async (table: string) =>
      (
        await dataSource.query<Array<{ name: string }>>(
          `SELECT column_name AS name FROM information_schema.columns WHERE table_name = $1`,
          [table],
        )
      ).map((column) => column.name);
    const assignmentIndexes = async () =>
      (
        await dataSource.query<Array<{ name: string }>>(
          `SELECT indexname AS name FROM pg_indexes WHERE tablename = 'assignments'`,
        )
      ).map((index) => index.name);
    const assignmentTriggers = async () =>
      (
        await dataSource.query<Array<{ name: string }>>(
          `SELECT tgname AS name FROM pg_trigger WHERE tgrelid = 'assignments'::regclass AND NOT tgisinternal`,
        )
      ).map((trigger) => trigger.name);
    try {
      expect(await userTables(dataSource)).toContain('idempotency_keys');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await userTables(dataSource)).not.toContain('idempotency_keys');
      expect(await assignmentIndexes()).toContain('assignments_overdue_idx');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await assignmentIndexes()).not.toContain('assignments_overdue_idx');
      expect(await userTables(dataSource)).toContain('assignment_counts');
      expect(await assignmentTriggers()).not.toEqual([]);
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await userTables(dataSource)).not.toContain('assignment_counts');
      expect(await assignmentTriggers()).toEqual([]);
      expect(await assignmentIndexes()).toContain('assignments_plan_id_due_date_created_at_idx');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await assignmentIndexes()).not.toContain('assignments_plan_id_due_date_created_at_idx');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await userTables(dataSource)).toContain('plan_import_jobs');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await userTables(dataSource)).not.toContain('plan_import_jobs');
      expect(await columnsOf('plans')).toContain('province');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect([...(await columnsOf('plans')), ...(await columnsOf('users'))]).not.toContain('province');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await columnsOf('users')).toContain('credentials_changed_at');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await columnsOf('users')).not.toContain('credentials_changed_at');
      expect(await userTables(dataSource)).toContain('calendar_feeds');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await userTables(dataSource)).not.toContain('calendar_feeds');
      expect(await userTables(dataSource)).toContain('scoring_rubrics');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await userTables(dataSource)).not.toContain('scoring_rubrics');
      expect(await userTables(dataSource)).toContain('assignment_events');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await userTables(dataSource)).not.toContain('assignment_events');
      expect(await userTables(dataSource)).toContain('digest_items');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await userTables(dataSource)).not.toContain('digest_items');
      expect(await columnsOf('tasks')).toContain('kind');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await columnsOf('tasks')).not.toContain('kind');
      expect(await columnsOf('agencies')).toContain('merged_into_id');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await columnsOf('agencies')).not.toContain('merged_into_id');
      expect(await columnsOf('assignments')).toContain('state_revision');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await columnsOf('assignments')).not.toContain('state_revision');
      expect(await columnsOf('plans')).not.toContain('status_revision');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await columnsOf('notifications')).not.toContain('rejected_recipients');
      expect(await columnsOf('notifications')).toContain('claimed_until');
      await dataSource.undoLastMigration({ transaction: 'each' });
      const outboxColumns = await dataSource.query<Array<{ name: string }>>(
        `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'notifications'`,
      );
      expect(outboxColumns.map((column) => column.name)).not.toContain('claimed_until');
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await userTables(dataSource)).toEqual(
        BEFORE_DIGESTS.filter((table) => !['personal_links', 'inspection_findings'].includes(table)),
      );
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await userTables(dataSource)).toEqual(
        BEFORE_DIGESTS.filter(
          (table) => !['personal_links', 'inspection_findings', 'calendar_adjustments'].includes(table),
        ),
      );
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await userTables(dataSource)).toEqual(['notifications', 'plans']);
      const columns = await dataSource.query<Array<{ name: string }>>(
        `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'plans' ORDER BY ordinal_position`,
      );
      expect(columns.map((column) => column.name)).toEqual([
        'id',
        'number',
        'title',
        'status',
        'standing_office_email',
        'created_at',
        'updated_at',
      ]);
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
  });
});
