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
const COUNT_BY_STATUS = `SELECT status, count(*)::int AS count FROM assignments WHERE plan_id = $1 GROUP BY status`;
const COUNT_BY_TASK = `SELECT a.status, t.id AS task_id, t.code AS task_code, count(*)::int AS count
  FROM assignments a JOIN tasks t ON t.id = a.task_id WHERE a.plan_id = $1
  GROUP BY t.id, t.code, t.position, a.status ORDER BY t.position ASC, t.code ASC`;
const OVERDUE = `SELECT a.id AS assignment_id, a.period, t.id AS task_id, t.code AS task_code, g.id AS agency_id,
    g.name AS agency_name, to_char(a.due_date, 'YYYY-MM-DD') AS due_date
  FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN agencies g ON g.id = a.agency_id
  WHERE a.plan_id = $1 AND a.status = 'overdue'
  ORDER BY a.due_date ASC NULLS LAST, t.code ASC, g.name ASC LIMIT 50`;
const TASKS = `SELECT * FROM tasks WHERE plan_id = $1 ORDER BY position ASC, code ASC`;

type Row = Record<string, unknown>;
type StatusCount = { status: AssignmentStatus; count: number };

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
      const found = await plan(request, response);
      if (!found) return;
      const [statuses, perTask, overdue] = await Promise.all([
        rows<StatusCount>(COUNT_BY_STATUS, [planId]),
        rows<StatusCount & { task_id: string; task_code: string }>(COUNT_BY_TASK, [planId]),
        rows(OVERDUE, [planId]),
        rows(TASKS, [planId]),
      ]);
      const byStatus = countsOf(statuses);
      const byTask = new Map<string, { taskId: string; taskCode: string; rows: StatusCount[] }>();
      for (const row of perTask) {
        const entry = byTask.get(row.task_id) ?? { taskId: row.task_id, taskCode: row.task_code, rows: [] };
        entry.rows.push(row);
        byTask.set(row.task_id, entry);
      }
      response.json({
        planId,
        asOf: null,
        status: found.status,
        total: sum(byStatus),
        byStatus,
        byTask: [...byTask.values()].map(({ taskId, taskCode, rows: counts }) => {
          const taskStatus = countsOf(counts);
          return { taskId, taskCode, total: sum(taskStatus), byStatus: taskStatus };
        }),
        overdue: overdue.map((row) => ({
          assignmentId: row.assignment_id,
          agencyId: row.agency_id,
          agencyName: row.agency_name,
          taskId: row.task_id,
          taskCode: row.task_code,
          period: row.period,
          dueDate: row.due_date,
        })),
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

function countsOf(rows: StatusCount[]): Record<AssignmentStatus, number> {
  const counts = zeroStatusCounts();
  for (const { status, count } of rows) counts[status] = count;
  return counts;
}

const sum = (counts: Record<AssignmentStatus, number>): number =>
  Object.values(counts).reduce((total, count) => total + count, 0);
