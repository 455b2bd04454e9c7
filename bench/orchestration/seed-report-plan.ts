import { type DataSource } from 'typeorm';
import { PlanRepository, TaskRepository } from '@dondoc/persistence';
import { seedBenchAgencies } from './seed-agencies';

/**
 * One plan with `count` assignments over `agencies` agencies (as many tasks as it takes), each opened, 60 % of them
 * with a report: written with set-based SQL, so seeding 100,000 takes seconds.
 */
export async function seedReportPlan(dataSource: DataSource, count: number, agencies: number): Promise<string> {
  const tasks = Math.ceil(count / agencies);
  const plan = await new PlanRepository(dataSource).createDraft({
    title: `Kế hoạch phổ biến, giáo dục pháp luật (${count} nhiệm vụ × cơ quan)`,
    number: `${count}/KH-UBND`,
  });
  const planId = plan.id;
  await new TaskRepository(dataSource).upsertForPlan(
    planId,
    Array.from({ length: tasks }, (_, index) => ({
      code: `NV.${index + 1}`,
      position: index + 1,
      title: `Tổ chức phổ biến pháp luật chuyên đề số ${index + 1}`,
    })),
  );
  await seedBenchAgencies(dataSource, agencies);
  await dataSource.query(
    `INSERT INTO assignments (plan_id, task_id, agency_id, period, role, due_date, status)
     SELECT $1, t.id, g.id, '2026', 'lead', DATE '2026-06-30', 'pending'
     FROM (SELECT id, row_number() OVER (ORDER BY position) AS n FROM tasks WHERE plan_id = $1) t
     CROSS JOIN (SELECT id FROM agencies WHERE code LIKE 'bench-%' ORDER BY code LIMIT $3) g
     ORDER BY t.n
     LIMIT $2`,
    [planId, count, agencies],
  );
  await dataSource.query(
    `INSERT INTO assignment_events (assignment_id, plan_id, agency_id, action, to_status, due_date, deadline_version, at)
     SELECT id, plan_id, agency_id, 'opened', 'pending', due_date, 1, TIMESTAMPTZ '2026-06-01 08:00+07'
     FROM assignments WHERE plan_id = $1`,
    [planId],
  );
  await dataSource.query(
    `INSERT INTO assignment_events (assignment_id, plan_id, agency_id, action, from_status, to_status, due_date,
       deadline_version, at)
     SELECT id, plan_id, agency_id, 'submitted', 'pending', 'submitted', due_date, 1,
            TIMESTAMPTZ '2026-06-25 10:00+07' + (abs(hashtext(id::text)) % 10) * INTERVAL '1 day'
     FROM assignments WHERE plan_id = $1 AND abs(hashtext(id::text)) % 10 < 6`,
    [planId],
  );
  return planId;
}

/**
 * The seeded plan as it stands mid-year: active, its reported assignments submitted, a fifth overdue, the rest
 * pending, so a progress view has every kind of row to count and list.
 */
export async function activateReportPlan(dataSource: DataSource, planId: string): Promise<void> {
  await dataSource.query(`UPDATE plans SET status = 'active' WHERE id = $1`, [planId]);
  await dataSource.query(
    `UPDATE assignments
     SET status = CASE WHEN abs(hashtext(id::text)) % 10 < 6 THEN 'submitted'
                       WHEN abs(hashtext(id::text)) % 10 < 8 THEN 'overdue'
                       ELSE 'pending' END
     WHERE plan_id = $1`,
    [planId],
  );
  await dataSource.query('ANALYZE assignments, assignment_events, tasks, agencies, plans');
}
