import { type Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { Pool, TypeOverrides } from 'pg';
import { type AssignmentStatus, zeroStatusCounts } from '@dondoc/persistence';

/**
 * The two read routes as a bare Express app over a `pg` pool: the statements the API runs for them (the caller
 * reloaded, the plan, then the route's own), none of the framework. What the API costs beyond this is its own.
 */

const DATE_OID = 1082;
/** Dates as the API answers them ('2026-06-30'), not as midnight in this process's zone. */
function datesAsText(): TypeOverrides {
  const overrides = new TypeOverrides();
  overrides.setTypeParser(DATE_OID, (value: string) => value);
  return overrides;
}

const USER = `SELECT u.id, u.role, u.agency_id, u.province, u.active, u.credentials_changed_at, g.province AS agency_province
  FROM users u LEFT JOIN agencies g ON g.id = u.agency_id WHERE u.id = $1`;
const PLAN = `SELECT * FROM plans WHERE id = $1 LIMIT 1`;
const ASSIGNMENT_PAGE = `SELECT a.id, a.plan_id, a.task_id, a.agency_id, a.period, a.role, a.due_date, a.status,
    a.deadline_version, a.workflow_id, a.updated_at, t.code AS task_code, t.title AS task_title,
    p.number AS plan_number, p.title AS plan_title
  FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN plans p ON p.id = a.plan_id
  WHERE a.plan_id = $1 ORDER BY a.due_date ASC NULLS LAST, a.created_at ASC, a.id ASC LIMIT $2 OFFSET $3`;
const ASSIGNMENT_COUNT = `SELECT COUNT(DISTINCT a.id)::int AS total
  FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN plans p ON p.id = a.plan_id WHERE a.plan_id = $1`;
/** The product's one statement for a caller who sees every agency: the plan, its kept counts, overdue, schedules. */
const PROGRESS = `WITH counted AS (
    SELECT c.task_id, c.status, c.count FROM assignment_counts c WHERE c.plan_id = $1
  )
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
     FROM (SELECT a.id, a.period, f.due_date, a.agency_id, a.agency_name, f.task_id, f.code AS task_code
           FROM (SELECT n.due_date, n.task_id, t.code,
                        sum(n.count) OVER (ORDER BY n.due_date ASC NULLS LAST, t.code) - n.count AS before
                 FROM (SELECT a.due_date, a.task_id, count(*) AS count FROM assignments a
                       WHERE a.plan_id = $1 AND a.status = 'overdue' GROUP BY a.due_date, a.task_id) n
                 JOIN tasks t ON t.id = n.task_id) f
           CROSS JOIN LATERAL (
             SELECT a.id, a.period, g.id AS agency_id, g.name AS agency_name
             FROM assignments a JOIN agencies g ON g.id = a.agency_id
             WHERE a.plan_id = $1 AND a.status = 'overdue' AND a.task_id = f.task_id
               AND a.due_date IS NOT DISTINCT FROM f.due_date
             ORDER BY g.name LIMIT 50) a
           WHERE f.before < 50
           ORDER BY f.due_date ASC NULLS LAST, f.code, a.agency_name
           LIMIT 50) o) AS overdue,
    (SELECT coalesce(json_agg(json_build_object('taskId', t.id, 'taskCode', t.code, 'schedule', t.schedule)
                              ORDER BY t.position, t.code), '[]')
     FROM tasks t WHERE t.plan_id = p.id) AS tasks
  FROM plans p WHERE p.id = $1`;

type Row = Record<string, unknown>;
type ProgressRow = {
  status: string;
  byTask: Array<{ taskId: string; taskCode: string; counts: Partial<Record<AssignmentStatus, number>> }>;
  overdue: Row[];
};

export interface BareReadApi {
  url: string;
  /** How many statements it has sent so far. */
  statements: () => number;
  stop: () => Promise<void>;
}

/** Serves both routes for the one caller `userId`, on `port`, with a pool as large as TypeORM's default (10). */
export async function startBareReadApi(databaseUrl: string, userId: string, port: number): Promise<BareReadApi> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10, types: datesAsText() });
  let statements = 0;
  const rows = async <T = Row>(sql: string, params: unknown[]): Promise<T[]> => {
    statements += 1;
    return (await pool.query(sql, params)).rows as T[];
  };
  const app = express();
  app.disable('x-powered-by');

  const caller = async (request: Request, response: Response): Promise<Row | undefined> => {
    const [user] = request.headers.authorization ? await rows(USER, [userId]) : [];
    if (user?.active) return user;
    response.status(401).json({ status: 401 });
    return undefined;
  };
  const plan = async (request: Request, response: Response): Promise<Row | undefined> => {
    const [found] = await rows(PLAN, [request.params.planId]);
    if (!found) response.status(404).json({ status: 404 });
    return found;
  };

  app.get('/api/plans/:planId/assignments', (request, response, next: NextFunction) => {
    void (async () => {
      if (!(await caller(request, response)) || !(await plan(request, response))) return;
      const pageSize = 20;
      const items = await rows(ASSIGNMENT_PAGE, [request.params.planId, pageSize, 0]);
      const [{ total }] = await rows<{ total: number }>(ASSIGNMENT_COUNT, [request.params.planId]);
      response.json({ items: items.map(listItem), total, page: 1, pageSize });
    })().catch(next);
  });

  app.get('/api/plans/:planId/progress', (request, response, next: NextFunction) => {
    void (async () => {
      const planId = request.params.planId;
      if (!(await caller(request, response))) return;
      const [found] = await rows<ProgressRow>(PROGRESS, [planId]);
      if (!found) {
        response.status(404).json({ status: 404 });
        return;
      }
      const byTask = found.byTask.map(({ taskId, taskCode, counts }) => {
        const taskStatus = { ...zeroStatusCounts(), ...counts };
        return { taskId, taskCode, total: sum(taskStatus), byStatus: taskStatus };
      });
      const byStatus = zeroStatusCounts();
      for (const task of byTask) {
        for (const [status, count] of Object.entries(task.byStatus)) byStatus[status as AssignmentStatus] += count;
      }
      response.json({
        planId,
        asOf: null,
        status: found.status,
        total: sum(byStatus),
        byStatus,
        byTask,
        overdue: found.overdue,
        // The API works the next period out from the tasks' schedules; that is domain code, not SQL.
        nextPeriod: null,
      });
    })().catch(next);
  });

  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    response.status(500).json({ status: 500, detail: String(error) });
  });

  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(port, () => resolve(listening));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    statements: () => statements,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await pool.end();
    },
  };
}

function listItem(row: Row) {
  return {
    id: row.id,
    planId: row.plan_id,
    taskId: row.task_id,
    agencyId: row.agency_id,
    period: row.period,
    role: row.role,
    dueDate: row.due_date,
    status: row.status,
    deadlineVersion: row.deadline_version,
    workflowId: row.workflow_id,
    updatedAt: (row.updated_at as Date).toISOString(),
    taskCode: row.task_code,
    taskTitle: row.task_title,
    planNumber: row.plan_number,
    planTitle: row.plan_title,
  };
}

const sum = (counts: Record<AssignmentStatus, number>): number =>
  Object.values(counts).reduce((total, count) => total + count, 0);
