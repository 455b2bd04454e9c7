import { type EntityManager } from 'typeorm';
import { type AssignmentEntity } from './assignment.entity';

/** `id` and `workflowId` may be chosen by the caller so the workflow id is known before the row exists. */
export type NewAssignment = Pick<AssignmentEntity, 'planId' | 'taskId' | 'agencyId' | 'period' | 'role' | 'dueDate'> &
  Partial<Pick<AssignmentEntity, 'id' | 'workflowId'>>;

// One statement for the whole batch, with the events it makes (a new row is opened, a pending one rescheduled).
// Only a row nobody has started (pending) follows a new role or due date.
const UPSERT_SQL = `
  WITH "upserted" AS (
  INSERT INTO "assignments" AS a
    ("id", "plan_id", "task_id", "agency_id", "period", "role", "due_date", "workflow_id")
  SELECT coalesce(t."id", gen_random_uuid()), t."plan_id", t."task_id", t."agency_id", t."period", t."role",
         t."due_date", t."workflow_id"
  FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::varchar[], $6::varchar[], $7::date[],
              $8::varchar[])
    AS t("id", "plan_id", "task_id", "agency_id", "period", "role", "due_date", "workflow_id")
  ON CONFLICT ("task_id", "agency_id", "period") DO UPDATE SET
    "role" = EXCLUDED."role", "due_date" = EXCLUDED."due_date", "updated_at" = now()
  WHERE a."status" = 'pending' AND (a."role", a."due_date") IS DISTINCT FROM (EXCLUDED."role", EXCLUDED."due_date")
  RETURNING a."id", a."plan_id", a."agency_id", a."status", a."due_date", a."deadline_version", (xmax = 0) AS "inserted"
  )
  INSERT INTO "assignment_events"
    ("assignment_id", "plan_id", "agency_id", "action", "from_status", "to_status", "due_date", "deadline_version")
  SELECT "id", "plan_id", "agency_id", CASE WHEN "inserted" THEN 'opened' ELSE 'rescheduled' END,
         CASE WHEN "inserted" THEN NULL ELSE "status" END, "status", "due_date", "deadline_version"
  FROM "upserted"`;

const keyOf = (assignment: NewAssignment): string => `${assignment.taskId}|${assignment.agencyId}|${assignment.period}`;

/** Inserts or refreshes the batch; a key given twice keeps its last entry (one statement may not touch a row twice). */
export async function upsertAssignments(manager: EntityManager, assignments: readonly NewAssignment[]): Promise<void> {
  const rows = [...new Map(assignments.map((assignment) => [keyOf(assignment), assignment])).values()];
  const column = <T>(pick: (assignment: NewAssignment) => T): T[] => rows.map(pick);
  await manager.query(UPSERT_SQL, [
    column((a) => a.id ?? null),
    column((a) => a.planId),
    column((a) => a.taskId),
    column((a) => a.agencyId),
    column((a) => a.period),
    column((a) => a.role),
    column((a) => a.dueDate),
    column((a) => a.workflowId ?? null),
  ]);
}
