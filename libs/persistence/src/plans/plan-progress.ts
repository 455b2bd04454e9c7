import { type Repository } from 'typeorm';
import { type SchedulableTask } from '@dondoc/domain';
import { type AssignmentStatus } from '../assignments/assignment.entity';
import { zeroStatusCounts } from '../assignments/assignment.repository';
import { type ReadScope } from '../read-scope';
import { type PlanEntity } from './plan.entity';

export interface TaskStatusCounts {
  taskId: string;
  taskCode: string;
  counts: Record<AssignmentStatus, number>;
}

export interface OverdueAssignment {
  assignmentId: string;
  agencyId: string;
  agencyName: string;
  taskId: string;
  taskCode: string;
  period: string;
  dueDate: string | null;
}

/** A plan's figures as the scope sees them. */
export interface PlanProgress {
  plan: Pick<PlanEntity, 'id' | 'status' | 'periodFrom' | 'periodTo' | 'policy'>;
  /** Every status, zero included. */
  byStatus: Record<AssignmentStatus, number>;
  /** The tasks with assignments, in document order, every status zero included. */
  byTask: TaskStatusCounts[];
  /** Longest overdue first (soonest due), then by task code and agency name. */
  overdue: OverdueAssignment[];
  /** Every task of the plan in document order, as its schedule lays periods out. */
  tasks: SchedulableTask[];
}

type Row = Pick<PlanEntity, 'status' | 'periodFrom' | 'periodTo' | 'policy'> & {
  byTask: Array<Omit<TaskStatusCounts, 'counts'> & { counts: Partial<Record<AssignmentStatus, number>> }>;
  overdue: OverdueAssignment[];
  tasks: SchedulableTask[];
};

/** Every agency's counts are kept by triggers (assignment_counts); one agency's part is counted row by row. */
const countsSql = (assignmentVisible: string) =>
  assignmentVisible
    ? `SELECT a.task_id, a.status, count(*)::int AS count
       FROM assignments a
       WHERE a.plan_id = :planId${assignmentVisible}
       GROUP BY a.task_id, a.status`
    : `SELECT c.task_id, c.status, c.count FROM assignment_counts c WHERE c.plan_id = :planId`;

/**
 * The first `overdueLimit` overdue by due date, task code and agency name, without joining and sorting every overdue
 * row of the plan: the (due date, task) groups are counted from an index, and only the groups holding the first rows
 * are read, each by agency name.
 */
const longestOverdueSql = (assignmentVisible: string) => `
  SELECT a.id, a.period, f.due_date, a.agency_id, a.agency_name, f.task_id, f.code AS task_code
  FROM (SELECT n.due_date, n.task_id, t.code,
               sum(n.count) OVER (ORDER BY n.due_date ASC NULLS LAST, t.code) - n.count AS before
        FROM (SELECT a.due_date, a.task_id, count(*) AS count
              FROM assignments a
              WHERE a.plan_id = :planId AND a.status = 'overdue'${assignmentVisible}
              GROUP BY a.due_date, a.task_id) n
        JOIN tasks t ON t.id = n.task_id) f
  CROSS JOIN LATERAL (
    SELECT a.id, a.period, g.id AS agency_id, g.name AS agency_name
    FROM assignments a JOIN agencies g ON g.id = a.agency_id
    WHERE a.plan_id = :planId AND a.status = 'overdue' AND a.task_id = f.task_id
      AND a.due_date IS NOT DISTINCT FROM f.due_date${assignmentVisible}
    ORDER BY g.name
    LIMIT :overdueLimit) a
  WHERE f.before < :overdueLimit
  ORDER BY f.due_date ASC NULLS LAST, f.code, a.agency_name
  LIMIT :overdueLimit`;

/**
 * One statement for the whole view: the plan (absent when the scope may not see it), its assignments' counts by
 * task and status, the longest overdue and the tasks' schedules, each aggregated to JSON beside the plan.
 */
const progressSql = ({ planVisible, assignmentVisible }: { planVisible: string; assignmentVisible: string }) => `
  WITH counted AS (${countsSql(assignmentVisible)})
  SELECT p.status, p.period_from AS "periodFrom", p.period_to AS "periodTo", p.policy,
    (SELECT coalesce(json_agg(json_build_object('taskId', t.id, 'taskCode', t.code, 'counts', c.counts)
                              ORDER BY t.position, t.code), '[]')
     FROM (SELECT task_id, json_object_agg(status, count) AS counts FROM counted GROUP BY task_id) c
     JOIN tasks t ON t.id = c.task_id) AS "byTask",
    (SELECT coalesce(json_agg(json_build_object('assignmentId', o.id, 'agencyId', o.agency_id,
                                                'agencyName', o.agency_name, 'taskId', o.task_id,
                                                'taskCode', o.task_code, 'period', o.period,
                                                'dueDate', to_char(o.due_date, 'YYYY-MM-DD'))
                              ORDER BY o.due_date ASC NULLS LAST, o.task_code, o.agency_name), '[]')
     FROM (${longestOverdueSql(assignmentVisible)}) o) AS overdue,
    (SELECT coalesce(json_agg(json_build_object('taskId', t.id, 'taskCode', t.code, 'schedule', t.schedule)
                              ORDER BY t.position, t.code), '[]')
     FROM tasks t WHERE t.plan_id = p.id) AS tasks
  FROM plans p
  WHERE p.id = :planId${planVisible}`;

/** Null when there is no such plan, or the scope's province does not reach it. */
export async function readPlanProgress(
  plans: Repository<PlanEntity>,
  scope: ReadScope,
  planId: string,
  overdueLimit: number,
): Promise<PlanProgress | null> {
  const sql = progressSql({
    planVisible: scope.province ? ' AND (p.province = :province OR p.province IS NULL)' : '',
    assignmentVisible:
      (scope.agencyId !== null ? ' AND a.agency_id = :agencyId' : '') +
      (scope.assignmentId ? ' AND a.id = :assignmentId' : ''),
  });
  const [query, parameters] = plans.manager.connection.driver.escapeQueryWithParameters(
    sql,
    { planId, overdueLimit, ...scope },
    {},
  );
  const [row] = await plans.query<Row[]>(query, parameters);
  if (!row) return null;
  const byTask = row.byTask.map(({ taskId, taskCode, counts }) => ({
    taskId,
    taskCode,
    counts: { ...zeroStatusCounts(), ...counts },
  }));
  const byStatus = zeroStatusCounts();
  for (const { counts } of byTask) {
    for (const [status, count] of Object.entries(counts)) byStatus[status as AssignmentStatus] += count;
  }
  const { status, periodFrom, periodTo, policy, overdue, tasks } = row;
  return { plan: { id: planId, status, periodFrom, periodTo, policy }, byStatus, byTask, overdue, tasks };
}
