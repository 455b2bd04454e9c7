import { randomUUID } from 'node:crypto';
import { type Pool } from 'pg';
import { type DataSource } from 'typeorm';
import { type TaskPeriod, workflowIds } from '@dondoc/contracts';
import { type IsoDate } from '@dondoc/domain';
import {
  AgencyRepository,
  AssignmentRepository,
  PlanRepository,
  type TaskAgencyLink,
  TaskRepository,
} from '@dondoc/persistence';
import { PostgresTaskPeriodStore } from '../../apps/worker/src/tasks/task-period.store';
import { seedBenchAgencies } from '../orchestration/seed-agencies';
import { type Contender } from './contender';
import { insertRows } from './multi-row';

/** `agencies` agencies (set-based), a plan, and `tasks` fresh tasks each linked to every agency, a tenth as lead. */
export async function seedTaskPeriods(dataSource: DataSource, agencies: number, tasks: number) {
  const agencyIds = await seedBenchAgencies(dataSource, agencies);
  const links = agencyIds.map((agencyId, at): TaskAgencyLink => ({
    agencyId,
    role: at % 10 ? 'coordinating' : 'lead',
  }));
  const plan = await new PlanRepository(dataSource).createDraft({
    title: `Kế hoạch phổ biến, giáo dục pháp luật (${agencies} cơ quan mỗi nhiệm vụ)`,
    number: `${agencies}/KH-UBND`,
  });
  const repository = new TaskRepository(dataSource);
  const periods: TaskPeriod[] = [];
  for (let index = 1; index <= tasks; index += 1) {
    const task = await repository.create(plan.id, {
      code: `NV.${index}`,
      title: `Phổ biến pháp luật chuyên đề ${index}`,
    });
    await repository.setAgencies(task.id, links);
    const [due, opens] = ['2026-06-30' as IsoDate, '2026-01-01' as IsoDate];
    periods.push({ taskId: task.id, taskCode: task.code, period: '2026', due, opens });
  }
  return { planId: plan.id, periods };
}

/**
 * The worker's path (links read, merged agencies followed, one upsert statement, the rows read back); the raw side
 * reads the same links, then writes the same columns and values with multi-row INSERTs in one transaction.
 */
export function openingContenders(dataSource: DataSource, pool: Pool, planId: string): Array<Contender<TaskPeriod>> {
  const store = new PostgresTaskPeriodStore(
    new TaskRepository(dataSource),
    new AssignmentRepository(dataSource),
    new AgencyRepository(dataSource),
  );
  const raw = async (period: TaskPeriod) => {
    const client = await pool.connect();
    try {
      const { rows: links } = await client.query<{ agency_id: string; role: string }>(
        `SELECT ta.agency_id, ta.role FROM task_agencies ta JOIN agencies a ON a.id = ta.agency_id
         WHERE ta.task_id = $1 AND a.active`,
        [period.taskId],
      );
      const assignments = links.map((link) => {
        const id = randomUUID();
        const row = [id, planId, period.taskId, link.agency_id, period.period, link.role, period.due];
        return [...row, workflowIds.assignment(id)];
      });
      await client.query('BEGIN');
      const columns = ['id', 'plan_id', 'task_id', 'agency_id', 'period', 'role', 'due_date', 'workflow_id'];
      await insertRows(client, 'assignments', columns, assignments);
      await insertRows(
        client,
        'assignment_events',
        ['assignment_id', 'plan_id', 'agency_id', 'action', 'to_status', 'due_date', 'deadline_version'],
        assignments.map(([id, plan, , agency, , , due]) => [id, plan, agency, 'opened', 'pending', due, 1]),
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
  return [
    { name: 'dondoc', write: async (period) => void (await store.openPeriod(planId, period)) },
    { name: 'raw', write: raw },
  ];
}

/** Fails the run unless the task has `expected` assignments, each with its `opened` event. */
export async function expectOpened(dataSource: DataSource, taskId: string, expected: number): Promise<void> {
  const [counts] = await dataSource.query<Array<{ assignments: number; opened: number }>>(
    `SELECT (SELECT count(*)::int FROM assignments WHERE task_id = $1) AS assignments,
            (SELECT count(*)::int FROM assignment_events e JOIN assignments a ON a.id = e.assignment_id
             WHERE a.task_id = $1 AND e.action = 'opened') AS opened`,
    [taskId],
  );
  if (counts.assignments !== expected || counts.opened !== expected) {
    throw new Error(`task ${taskId}: ${JSON.stringify(counts)}, expected ${expected} of each`);
  }
}
