import { type DataSource, type QueryRunner } from 'typeorm';
import {
  ASSIGNMENT_STATUSES,
  AgencyRepository,
  AssignmentRepository,
  type AssignmentStatus,
  type NewAssignment,
  PlanRepository,
  TaskRepository,
} from '@dondoc/persistence';
import { departmentAgency, testProvince } from '../../factories/agency.factory';
import { planDraft, planTasks } from '../../factories/registry.factory';
import { openStackDataSource } from './database';

type Key = { plan_id: string; task_id: string; status: string; count: number };

/** mulberry32: the same steps on every run, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('assignment_counts on PostgreSQL: the counts by plan, task and status that triggers keep', () => {
  let dataSource: DataSource;
  let assignments: AssignmentRepository;
  const plans: Array<{ id: string; taskIds: string[] }> = [];
  let agencyIds: string[];
  let period = 0;
  const random = seeded(20261201);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const planIds = () => plans.map((plan) => plan.id);
  const run = (sql: string, parameters: unknown[]) => dataSource.query<unknown>(sql, parameters);

  const kept = () =>
    dataSource.query<Key[]>(
      `SELECT plan_id, task_id, status, count FROM assignment_counts WHERE plan_id = ANY($1) ORDER BY 1, 2, 3`,
      [planIds()],
    );
  const counted = () =>
    dataSource.query<Key[]>(
      `SELECT plan_id, task_id, status, count(*)::int AS count FROM assignments WHERE plan_id = ANY($1)
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [planIds()],
    );
  const expectCountsKept = async (step: string) => {
    expect({ step, counts: await kept() }).toEqual({ step, counts: await counted() });
  };
  const someIds = async (limit: number): Promise<string[]> =>
    (
      await dataSource.query<Array<{ id: string }>>(
        `SELECT id FROM assignments WHERE plan_id = ANY($1) ORDER BY md5(id::text || $2) LIMIT $3`,
        [planIds(), String(random()), limit],
      )
    ).map((row) => row.id);

  const steps: Record<string, () => Promise<unknown>> = {
    'inserts several rows in one statement': () => {
      const rows = Array.from({ length: 1 + Math.floor(random() * 30) }, () => {
        const plan = pick(plans);
        period += 1;
        return [plan.id, pick(plan.taskIds), pick(agencyIds), `P${period}`, pick(ASSIGNMENT_STATUSES)];
      });
      return run(
        `INSERT INTO assignments (plan_id, task_id, agency_id, period, role, due_date, status)
         SELECT plan_id, task_id, agency_id, period, 'lead', DATE '2026-11-20', status
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::varchar[])
           AS t(plan_id, task_id, agency_id, period, status)`,
        [0, 1, 2, 3, 4].map((column) => rows.map((row) => row[column])),
      );
    },
    'opens a period through the repository, refreshing some rows and adding others': async () => {
      const existing = await dataSource.query<Array<Pick<NewAssignment, 'planId' | 'taskId' | 'agencyId' | 'period'>>>(
        `SELECT plan_id AS "planId", task_id AS "taskId", agency_id AS "agencyId", period FROM assignments
         WHERE id = ANY($1)`,
        [await someIds(5)],
      );
      const plan = pick(plans);
      period += 1;
      const added = agencyIds
        .slice(0, 4)
        .map((agencyId) => ({ planId: plan.id, taskId: pick(plan.taskIds), agencyId, period: `P${period}` }));
      return assignments.upsertMany(
        [...existing, ...added].map((row) => ({
          ...row,
          role: 'lead',
          dueDate: `2026-12-${10 + Math.floor(random() * 18)}`,
        })),
      );
    },
    'changes one status': async () => {
      const [id] = await someIds(1);
      return assignments.setStatus(id, pick(['overdue', 'submitted', 'accepted', 'returned', 'cancelled'] as const));
    },
    'moves many rows to one status': async () =>
      run(`UPDATE assignments SET status = $2 WHERE id = ANY($1)`, [await someIds(20), pick(ASSIGNMENT_STATUSES)]),
    'moves rows back and forth between pending and overdue': async () =>
      run(
        `UPDATE assignments
         SET status = CASE status WHEN 'pending' THEN 'overdue' WHEN 'overdue' THEN 'pending' ELSE status END
         WHERE id = ANY($1)`,
        [await someIds(40)],
      ),
    'changes nothing a count depends on': async () =>
      run(`UPDATE assignments SET deadline_version = deadline_version + 1 WHERE id = ANY($1)`, [await someIds(10)]),
    'moves rows to another task of their plan': async () => {
      const plan = pick(plans);
      return run(
        `UPDATE assignments SET task_id = $3 WHERE id IN (SELECT id FROM assignments WHERE plan_id = $1 AND id = ANY($2))`,
        [plan.id, await someIds(15), pick(plan.taskIds)],
      );
    },
    'moves rows to another plan': async () => {
      const plan = pick(plans);
      return run(`UPDATE assignments SET plan_id = $2, task_id = $3 WHERE id = ANY($1)`, [
        await someIds(3),
        plan.id,
        pick(plan.taskIds),
      ]);
    },
    'deletes rows': async () => run(`DELETE FROM assignments WHERE id = ANY($1)`, [await someIds(12)]),
    'changes rows in a transaction it rolls back': async () => {
      const ids = await someIds(10);
      await dataSource
        .transaction(async (manager) => {
          await manager.query(`UPDATE assignments SET status = 'waived' WHERE id = ANY($1)`, [ids]);
          await manager.query(`DELETE FROM assignments WHERE id = ANY($1)`, [ids.slice(0, 3)]);
          throw new Error('rolled back');
        })
        .catch(() => undefined);
    },
  };

  beforeAll(async () => {
    dataSource = await openStackDataSource();
    assignments = new AssignmentRepository(dataSource);
    const planRepository = new PlanRepository(dataSource);
    const tasks = new TaskRepository(dataSource);
    for (let index = 0; index < 2; index += 1) {
      const id = (await planRepository.createDraft(planDraft())).id;
      plans.push({ id, taskIds: (await tasks.upsertForPlan(id, planTasks())).map((task) => task.id) });
    }
    const province = testProvince();
    const agencies = new AgencyRepository(dataSource);
    agencyIds = [];
    for (let index = 0; index < 6; index += 1) {
      agencyIds.push((await agencies.upsertByCode(departmentAgency(province, index))).entity.id);
    }
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('match a count of the assignments after every kind of write, and keep no zero', async () => {
    const names = Object.keys(steps);
    for (let step = 0; step < 150; step += 1) {
      const name = step < 3 ? names[0] : pick(names);
      await steps[name]();
      await expectCountsKept(`${step}: ${name}`);
    }
    expect((await kept()).length).toBeGreaterThan(10);
  });

  it('drop a plan’s counts when its assignments and the plan are deleted', async () => {
    const [gone] = plans;
    await dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM assignment_events WHERE plan_id = $1`, [gone.id]);
      await manager.query(`DELETE FROM assignments WHERE plan_id = $1`, [gone.id]);
      await manager.query(`DELETE FROM plans WHERE id = $1`, [gone.id]);
    });
    const left = await dataSource.query<Key[]>(`SELECT * FROM assignment_counts WHERE plan_id = $1`, [gone.id]);
    expect(left).toEqual([]);
    await expectCountsKept('after the plan was deleted');
  });

  it('let two connections move rows in opposite directions at once without a deadlock', async () => {
    const [, plan] = plans;
    const [taskA, taskB] = plan.taskIds;
    await dataSource.query(`DELETE FROM assignments WHERE plan_id = $1`, [plan.id]);
    const rows = agencyIds.flatMap((agencyId) =>
      [taskA, taskB].flatMap((taskId) =>
        ['pending', 'overdue'].map((status) => ({ taskId, agencyId, status: status as AssignmentStatus })),
      ),
    );
    const ids = await dataSource.query<Array<{ id: string; status: AssignmentStatus }>>(
      `INSERT INTO assignments (plan_id, task_id, agency_id, period, role, due_date, status)
       SELECT $1, task_id, agency_id, 'race-' || status, 'lead', DATE '2026-11-20', status
       FROM unnest($2::uuid[], $3::uuid[], $4::varchar[]) AS t(task_id, agency_id, status)
       RETURNING id, status`,
      [plan.id, rows.map((row) => row.taskId), rows.map((row) => row.agencyId), rows.map((row) => row.status)],
    );
    const forward = ids.filter((row) => row.status === 'pending').map((row) => row.id);
    const backward = ids.filter((row) => row.status === 'overdue').map((row) => row.id);
    const runners: QueryRunner[] = [dataSource.createQueryRunner(), dataSource.createQueryRunner()];
    const flip = async (runner: QueryRunner, own: string[], from: AssignmentStatus, to: AssignmentStatus) => {
      // Counters locked in the order of their change (not of their key) deadlocked within 1,000 flips, 3 runs in 3.
      for (let iteration = 0; iteration < 1000; iteration += 1) {
        const [there, back] = iteration % 2 === 0 ? [from, to] : [to, from];
        await runner.startTransaction();
        await runner.query(`UPDATE assignments SET status = $2 WHERE id = ANY($1) AND status = $3`, [own, back, there]);
        await runner.commitTransaction();
      }
    };
    try {
      await Promise.all([
        flip(runners[0], forward, 'pending', 'overdue'),
        flip(runners[1], backward, 'overdue', 'pending'),
      ]);
    } finally {
      await Promise.all(runners.map((runner) => runner.release()));
    }
    await expectCountsKept('after the race');
  });
});
