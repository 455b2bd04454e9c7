import { Injectable } from '@nestjs/common';
import { type AssignmentEvent, type IsoDate } from '@dondoc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type PageRequest, type Page, toPage } from '../common/page';
import { type AssignmentRole, type AssignmentStatus } from './assignment.entity';
import { AssignmentEventEntity, type AssignmentEventAction } from './assignment-event.entity';

export interface NewAssignmentEvent {
  assignmentId: string;
  action: AssignmentEventAction;
  fromStatus: AssignmentStatus | null;
  toStatus: AssignmentStatus;
  dueDate: string | null;
  deadlineVersion: number;
  actorId?: string | null;
  actorEmail?: string | null;
  note?: string | null;
  dedupeKey?: string | null;
  /** Defaults to the transaction's time. */
  at?: Date;
}

/** Which assignments a history covers; an agency's covers every assignment it held at any time. */
export interface HistoryScope {
  planId?: string;
  agencyId?: string;
  taskId?: string;
  period?: string;
  role?: AssignmentRole;
}

/** One assignment (what it is for) and its events, oldest first. */
export interface AssignmentHistory {
  assignmentId: string;
  planId: string;
  taskId: string;
  period: string;
  role: AssignmentRole;
  events: AssignmentEvent[];
}

interface HistoryRow {
  assignment_id: string;
  plan_id: string;
  task_id: string;
  period: string;
  role: AssignmentRole;
  action: AssignmentEventAction;
  to_status: AssignmentStatus;
  agency_id: string;
  due_date: string | null;
  deadline_version: number;
  at: Date;
}

const FETCH_SIZE = 2_000;

// plan_id and agency_id come from the assignment row, so the event cannot disagree with the row it describes.
const APPEND_SQL = `
  INSERT INTO "assignment_events"
    ("assignment_id", "plan_id", "agency_id", "action", "from_status", "to_status", "due_date", "deadline_version",
     "actor_id", "actor_email", "note", "dedupe_key", "at")
  SELECT a."id", a."plan_id", a."agency_id", e."action", e."from_status", e."to_status", e."due_date",
         e."deadline_version", e."actor_id", e."actor_email", e."note", e."dedupe_key", coalesce(e."at", now())
  FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::date[], $6::int[], $7::uuid[],
              $8::varchar[], $9::text[], $10::varchar[], $11::timestamptz[])
    AS e("assignment_id", "action", "from_status", "to_status", "due_date", "deadline_version", "actor_id",
         "actor_email", "note", "dedupe_key", "at")
  JOIN "assignments" a ON a."id" = e."assignment_id"
  ON CONFLICT ("assignment_id", "dedupe_key") DO NOTHING`;

@Injectable()
export class AssignmentHistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** In the caller's transaction: an event exists exactly when the change it records does. */
  async append(manager: EntityManager, events: readonly NewAssignmentEvent[]): Promise<void> {
    if (events.length === 0) return;
    const column = <T>(pick: (event: NewAssignmentEvent) => T): T[] => events.map(pick);
    await manager.query(APPEND_SQL, [
      column((e) => e.assignmentId),
      column((e) => e.action),
      column((e) => e.fromStatus),
      column((e) => e.toStatus),
      column((e) => e.dueDate),
      column((e) => e.deadlineVersion),
      column((e) => e.actorId ?? null),
      column((e) => e.actorEmail ?? null),
      column((e) => e.note ?? null),
      column((e) => e.dedupeKey ?? null),
      column((e) => e.at ?? null),
    ]);
  }

  /** One assignment's events, oldest first: its timeline. */
  listForAssignment(assignmentId: string): Promise<AssignmentEventEntity[]> {
    return this.dataSource
      .getRepository(AssignmentEventEntity)
      .find({ where: { assignmentId }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** Newest first, for the audit API. */
  page(assignmentId: string, request: PageRequest): Promise<Page<AssignmentEventEntity>> {
    return toPage(request, ({ skip, take }) =>
      this.dataSource
        .getRepository(AssignmentEventEntity)
        .findAndCount({ where: { assignmentId }, order: { at: 'DESC', id: 'DESC' }, skip, take }),
    );
  }

  /**
   * Every assignment in scope with its events before `before`, in the plan's order (task, period, agency), read
   * through a cursor so a province-wide report never holds more than one batch of rows.
   */
  async *stream(scope: HistoryScope, before: Date): AsyncGenerator<AssignmentHistory> {
    const { sql, parameters } = historyQuery(scope, before);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query(`DECLARE assignment_history NO SCROLL CURSOR FOR ${sql}`, parameters);
      let current = null as AssignmentHistory | null;
      for (;;) {
        const rows = (await runner.query(`FETCH ${FETCH_SIZE} FROM assignment_history`)) as HistoryRow[];
        for (const row of rows) {
          if (current?.assignmentId !== row.assignment_id) {
            if (current) yield current;
            current = {
              assignmentId: row.assignment_id,
              planId: row.plan_id,
              taskId: row.task_id,
              period: row.period,
              role: row.role,
              events: [],
            };
          }
          current.events.push({
            action: row.action,
            at: row.at.getTime(),
            toStatus: row.to_status,
            agencyId: row.agency_id,
            dueDate: row.due_date as IsoDate | null,
            deadlineVersion: row.deadline_version,
          });
        }
        if (rows.length < FETCH_SIZE) break;
      }
      if (current) yield current;
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }
}

function historyQuery(scope: HistoryScope, before: Date): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [before];
  const where = ['e."at" < $1'];
  const bind = (value: unknown): string => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  if (scope.planId) where.push(`a."plan_id" = ${bind(scope.planId)}`);
  if (scope.taskId) where.push(`a."task_id" = ${bind(scope.taskId)}`);
  if (scope.period) where.push(`a."period" = ${bind(scope.period)}`);
  if (scope.role) where.push(`a."role" = ${bind(scope.role)}`);
  if (scope.agencyId) {
    where.push(
      `a."id" IN (SELECT "assignment_id" FROM "assignment_events" WHERE "agency_id" = ${bind(scope.agencyId)})`,
    );
  }
  const sql = `
    SELECT a."id" AS assignment_id, a."plan_id", a."task_id", a."period", a."role", e."action", e."to_status",
           e."agency_id", to_char(e."due_date", 'YYYY-MM-DD') AS due_date, e."deadline_version", e."at"
    FROM "assignment_events" e
    JOIN "assignments" a ON a."id" = e."assignment_id"
    JOIN "tasks" t ON t."id" = a."task_id"
    JOIN "agencies" g ON g."id" = a."agency_id"
    WHERE ${where.join(' AND ')}
    ORDER BY a."plan_id", t."position", t."code", a."period", g."name", a."id", e."at", e."id"`;
  return { sql, parameters };
}
