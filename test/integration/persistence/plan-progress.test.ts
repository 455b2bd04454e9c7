import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { type Schedule, isoDate } from '@dondoc/domain';
import {
  type AgencyEntity,
  AgencyRepository,
  AssignmentRepository,
  type AssignmentStatus,
  EVERY_AGENCY,
  PlanRepository,
  type ReadScope,
  type TaskEntity,
  TaskRepository,
  agencyScope,
  provinceScope,
  zeroStatusCounts,
} from '@dondoc/persistence';
import { captureStatements } from '../../support/sql-capture';
import { departmentAgency, testProvince } from '../../factories/agency.factory';
import { planDraft, planTasks } from '../../factories/registry.factory';
import { openStackDataSource } from './database';

const ONCE: Schedule = { kind: 'once', text: 'Trước ngày 20/11/2026', due: isoDate(2026, 11, 20), period: '2026' };

const counts = (some: Partial<Record<AssignmentStatus, number>>) => ({ ...zeroStatusCounts(), ...some });

describe('PlanRepository.progress on PostgreSQL: a plan’s figures, read in one statement', () => {
  let dataSource: DataSource;
  let plans: PlanRepository;
  let province: string;
  let planId: string;
  let group: TaskEntity;
  let first: TaskEntity;
  let second: TaskEntity;
  let stp: AgencyEntity;
  let sgd: AgencyEntity;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    dataSource = await openStackDataSource();
    plans = new PlanRepository(dataSource);
    province = testProvince();
    planId = (await plans.createDraft(planDraft({ province }))).id;
    const tasks = new TaskRepository(dataSource);
    [group, first, second] = await tasks.upsertForPlan(planId, planTasks());
    await tasks.update(planId, first.id, { schedule: ONCE });
    const agencies = new AgencyRepository(dataSource);
    stp = (await agencies.upsertByCode(departmentAgency(province, 0))).entity;
    sgd = (await agencies.upsertByCode(departmentAgency(province, 2))).entity;
    const assignments = new AssignmentRepository(dataSource);
    const rows: Array<[string, TaskEntity, AgencyEntity, string, string, 'pending' | 'overdue' | 'accepted']> = [
      ['firstStp', first, stp, '2025', '2025-11-20', 'overdue'],
      ['firstSgd', first, sgd, '2025', '2025-11-20', 'overdue'],
      ['firstStpNext', first, stp, '2026', '2026-11-20', 'pending'],
      ['secondSgd', second, sgd, '2025', '2025-10-01', 'accepted'],
      ['secondStp', second, stp, '2025', '2025-10-01', 'overdue'],
    ];
    for (const [key, task, agency, period, dueDate, status] of rows) {
      const [row] = await assignments.upsertMany([
        { planId, taskId: task.id, agencyId: agency.id, period, role: 'lead', dueDate },
      ]);
      ids[key] = row.id;
      if (status !== 'pending') await assignments.setStatus(row.id, status);
    }
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('counts every status by task, in document order, and lists the longest overdue: all in one statement', async () => {
    let progress: Awaited<ReturnType<PlanRepository['progress']>> = null;
    const statements = await captureStatements(dataSource, async () => {
      progress = await plans.progress(EVERY_AGENCY, planId, 50);
    });
    expect(statements).toHaveLength(1);
    expect(progress).toEqual({
      plan: { id: planId, status: 'draft', periodFrom: 2025, periodTo: 2030, policy: null },
      byStatus: counts({ overdue: 3, pending: 1, accepted: 1 }),
      byTask: [
        { taskId: first.id, taskCode: 'III.1.1', counts: counts({ overdue: 2, pending: 1 }) },
        { taskId: second.id, taskCode: 'III.1.2', counts: counts({ overdue: 1, accepted: 1 }) },
      ],
      overdue: [
        { assignmentId: ids.secondStp, agencyId: stp.id, agencyName: stp.name, taskId: second.id, taskCode: 'III.1.2' },
        { assignmentId: ids.firstSgd, agencyId: sgd.id, agencyName: sgd.name, taskId: first.id, taskCode: 'III.1.1' },
        { assignmentId: ids.firstStp, agencyId: stp.id, agencyName: stp.name, taskId: first.id, taskCode: 'III.1.1' },
      ].map((row) => ({ ...row, period: '2025', dueDate: row.taskCode === 'III.1.2' ? '2025-10-01' : '2025-11-20' })),
      tasks: [
        { taskId: group.id, taskCode: 'III.1', schedule: null },
        { taskId: first.id, taskCode: 'III.1.1', schedule: ONCE },
        { taskId: second.id, taskCode: 'III.1.2', schedule: null },
      ],
    });
  });

  it('reads the kept counts for a view of every agency, and counts one agency’s part row by row', async () => {
    const readsKeptCounts = async (scope: ReadScope) => {
      const [statement] = await captureStatements(dataSource, async () => {
        await plans.progress(scope, planId, 50);
      });
      return statement.sql.includes('assignment_counts');
    };
    expect(await readsKeptCounts(EVERY_AGENCY)).toBe(true);
    expect(await readsKeptCounts(provinceScope(province))).toBe(true);
    expect(await readsKeptCounts(agencyScope(sgd.id))).toBe(false);
    expect(await readsKeptCounts(agencyScope(stp.id, ids.firstStpNext))).toBe(false);
  });

  it('lists no more overdue than asked', async () => {
    const progress = await plans.progress(EVERY_AGENCY, planId, 2);
    expect(progress?.overdue.map((row) => row.assignmentId)).toEqual([ids.secondStp, ids.firstSgd]);
  });

  it('counts an agency’s own part only, and a personal link’s one assignment', async () => {
    const own = await plans.progress(agencyScope(sgd.id), planId, 50);
    expect(own?.byStatus).toEqual(counts({ overdue: 1, accepted: 1 }));
    expect(own?.byTask.map((task) => task.taskCode)).toEqual(['III.1.1', 'III.1.2']);
    expect(own?.overdue.map((row) => row.assignmentId)).toEqual([ids.firstSgd]);

    const link = await plans.progress(agencyScope(stp.id, ids.firstStpNext), planId, 50);
    expect(link?.byTask).toEqual([{ taskId: first.id, taskCode: 'III.1.1', counts: counts({ pending: 1 }) }]);
    expect(link?.overdue).toEqual([]);
  });

  it('reads a plan of another province, or none, as absent; a plan of no known province as every province’s', async () => {
    expect(await plans.progress(provinceScope(province), planId, 50)).toMatchObject({ plan: { id: planId } });
    expect(await plans.progress(provinceScope(testProvince()), planId, 50)).toBeNull();
    expect(await plans.progress(EVERY_AGENCY, randomUUID(), 50)).toBeNull();

    const unplaced = await plans.createDraft(planDraft());
    expect(await plans.progress(provinceScope(province), unplaced.id, 50)).toEqual({
      plan: { id: unplaced.id, status: 'draft', periodFrom: 2025, periodTo: 2030, policy: null },
      byStatus: zeroStatusCounts(),
      byTask: [],
      overdue: [],
      tasks: [],
    });
  });
});

describe('PlanRepository.progress on PostgreSQL: the longest overdue of many', () => {
  let dataSource: DataSource;
  let plans: PlanRepository;
  let planId: string;
  let agencyIds: string[];

  /** Every overdue row sorted, then cut: what the list must equal. */
  const sortedOverdue = async (limit: number, agencyId: string | null) =>
    (
      await dataSource.query<Array<{ id: string }>>(
        `SELECT a.id FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN agencies g ON g.id = a.agency_id
         WHERE a.plan_id = $1 AND a.status = 'overdue' AND ($3::uuid IS NULL OR a.agency_id = $3)
         ORDER BY a.due_date ASC NULLS LAST, t.code, g.name LIMIT $2`,
        [planId, limit, agencyId],
      )
    ).map((row) => row.id);

  beforeAll(async () => {
    dataSource = await openStackDataSource();
    plans = new PlanRepository(dataSource);
    planId = (await plans.createDraft(planDraft())).id;
    const tasks = await new TaskRepository(dataSource).upsertForPlan(planId, planTasks());
    const province = testProvince();
    const agencies = new AgencyRepository(dataSource);
    agencyIds = [];
    for (let index = 0; index < 6; index += 1) {
      agencyIds.push((await agencies.upsertByCode(departmentAgency(province, index))).entity.id);
    }
    // Every task, agency and due date (none included) once, about half of them overdue.
    const dues = ['2025-10-01', '2025-11-20', '2026-03-31', null];
    const rows = tasks.flatMap((task, taskIndex) =>
      agencyIds.flatMap((agencyId, agencyIndex) =>
        dues.map((due, dueIndex) => {
          const spread = (taskIndex * 7 + agencyIndex * 5 + dueIndex * 3) % 4;
          return {
            taskId: task.id,
            agencyId,
            due,
            status: spread < 2 ? 'overdue' : spread === 2 ? 'pending' : 'submitted',
          };
        }),
      ),
    );
    await dataSource.query(
      `INSERT INTO assignments (plan_id, task_id, agency_id, period, role, due_date, status)
       SELECT $1, task_id, agency_id, coalesce(due::text, 'khi có yêu cầu'), 'lead', due, status
       FROM unnest($2::uuid[], $3::uuid[], $4::date[], $5::varchar[]) AS t(task_id, agency_id, due, status)`,
      [planId, ...(['taskId', 'agencyId', 'due', 'status'] as const).map((key) => rows.map((row) => row[key]))],
    );
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('lists what sorting every overdue row by due date, task code and agency name lists, cut at any limit', async () => {
    const overdue = await sortedOverdue(1000, null);
    expect(overdue.length).toBeGreaterThan(20);
    for (const limit of [1, 2, 5, 11, 20, overdue.length, 1000]) {
      const progress = await plans.progress(EVERY_AGENCY, planId, limit);
      expect({ limit, ids: progress?.overdue.map((row) => row.assignmentId) }).toEqual({
        limit,
        ids: await sortedOverdue(limit, null),
      });
    }
    for (const agencyId of agencyIds.slice(0, 2)) {
      const progress = await plans.progress(agencyScope(agencyId), planId, 3);
      expect(progress?.overdue.map((row) => row.assignmentId)).toEqual(await sortedOverdue(3, agencyId));
    }
  });
});
