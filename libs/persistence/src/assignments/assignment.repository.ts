import { Injectable } from '@nestjs/common';
import { FIRST_DEADLINE_VERSION, SETTLED_STATUSES, UNREMINDED_STATUSES } from '@dondoc/contracts';
import {
  Between,
  DataSource,
  type EntityManager,
  In,
  IsNull,
  Not,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import { GroupCommit } from '../common/group-commit';
import { type Page, type PageRequest, toPage } from '../common/page';
import { type ReadScope } from '../read-scope';
import { withinTransaction } from '../common/transactions';
import { type PlanEntity } from '../plans/plan.entity';
import { type TaskEntity } from '../tasks/task.entity';
import { ASSIGNMENT_STATUSES, AssignmentEntity, type AssignmentStatus } from './assignment.entity';
import { type AssignmentEventAction } from './assignment-event.entity';
import { AssignmentHistoryRepository, type NewAssignmentEvent } from './assignment-history.repository';
import { type NewAssignment, upsertAssignments } from './assignment-upsert';

export type { NewAssignment } from './assignment-upsert';

export const ASSIGNMENT_SORTS = ['dueDate', '-dueDate', 'createdAt', '-createdAt', 'status', '-status'] as const;
export type AssignmentSort = (typeof ASSIGNMENT_SORTS)[number];

const SORT_COLUMNS: Record<AssignmentSort, [string, 'ASC' | 'DESC']> = {
  dueDate: ['assignment.due_date', 'ASC'],
  '-dueDate': ['assignment.due_date', 'DESC'],
  createdAt: ['assignment.created_at', 'ASC'],
  '-createdAt': ['assignment.created_at', 'DESC'],
  status: ['assignment.status', 'ASC'],
  '-status': ['assignment.status', 'DESC'],
};

export interface AssignmentFilter extends PageRequest {
  /** Soonest due first by default. */
  sort?: AssignmentSort;
  status?: AssignmentStatus | readonly AssignmentStatus[];
  taskId?: string;
  period?: string;
  /** Inclusive ISO dates. */
  dueFrom?: string;
  dueTo?: string;
}

export interface AssignmentListFilter extends AssignmentFilter {
  planId?: string;
  agencyId?: string;
}

/** An assignment as a list gives it: with what it is (its task and plan), read in the same query. */
export type ListedAssignment = AssignmentEntity & {
  task: Pick<TaskEntity, 'id' | 'code' | 'title'>;
  plan: Pick<PlanEntity, 'id' | 'number' | 'title'>;
};

/** Why the workflow writes its state: the event kept beside it. */
export interface WorkflowChange {
  action: AssignmentEventAction;
  at?: Date;
  actorId?: string | null;
  actorEmail?: string | null;
  note?: string | null;
}

export interface NoticeEvent {
  action: Extract<AssignmentEventAction, 'reminded' | 'escalated'>;
  /** The notice's idempotency key. */
  key: string;
  step: string;
  status: AssignmentStatus;
  due: string | null;
  deadlineVersion: number;
  at?: Date;
}

export interface StatusChange {
  /** Compare-and-set: only change the status if it is currently one of these. */
  from?: readonly AssignmentStatus[];
  manager?: EntityManager;
}

@Injectable()
export class AssignmentRepository {
  private readonly assignments: Repository<AssignmentEntity>;

  private readonly history: AssignmentHistoryRepository;
  private readonly reads = new GroupCommit((ids: string[]) => this.getAllById(ids));
  private readonly notices = GroupCommit.writes((events: NewAssignmentEvent[]) =>
    this.history.append(this.assignments.manager, events),
  );

  constructor(dataSource: DataSource) {
    this.assignments = dataSource.getRepository(AssignmentEntity);
    this.history = new AssignmentHistoryRepository(dataSource);
  }

  /** The assignments the scope may see, narrowed by the filter (a plan, an agency within the scope, …). */
  list(scope: ReadScope, filter: AssignmentListFilter = {}): Promise<Page<ListedAssignment>> {
    const builder = this.filtered(filter);
    narrowToScope(builder, scope);
    if (filter.planId) builder.andWhere('assignment.plan_id = :planId', { planId: filter.planId });
    if (filter.agencyId) builder.andWhere('assignment.agency_id = :agencyId', { agencyId: filter.agencyId });
    return listed(filter, builder);
  }

  /** The agency's assignments still in progress and run by a workflow: the work a merger hands on. */
  listOpenForAgency(agencyId: string): Promise<AssignmentEntity[]> {
    return this.assignments.find({
      where: { agencyId, status: Not(In([...SETTLED_STATUSES])), workflowId: Not(IsNull()) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The agency's assignment for this task and period, if it has one (there is at most one). */
  getForTaskPeriod(agencyId: string, taskId: string, period: string): Promise<AssignmentEntity | null> {
    return this.assignments.findOneBy({ agencyId, taskId, period });
  }

  /** One assignment, if the scope may see it. */
  get(scope: ReadScope, id: string): Promise<AssignmentEntity | null> {
    if (scope.assignmentId !== undefined && scope.assignmentId !== id) return Promise.resolve(null);
    const builder = this.assignments.createQueryBuilder('assignment').where('assignment.id = :id', { id });
    narrowToScope(builder, scope);
    return builder.getOne();
  }

  getForPlan(planId: string, id: string): Promise<AssignmentEntity | null> {
    return this.assignments.findOneBy({ planId, id });
  }

  /**
   * Unscoped, for the worker and for what a grant already scopes (a personal link names its assignment). Reads asked
   * for at once (a reminder burst) share a statement.
   */
  getById(id: string): Promise<AssignmentEntity | null> {
    return this.reads.submit(id);
  }

  private async getAllById(ids: string[]): Promise<Array<AssignmentEntity | null>> {
    const rows = await this.assignments.findBy({ id: In([...new Set(ids)]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Ensures one row per (task, agency, period). An existing row keeps its id, workflow id and progress; only its
   * role and due date follow the input, and only while nobody has started on it.
   */
  upsertMany(assignments: readonly NewAssignment[], manager?: EntityManager): Promise<AssignmentEntity[]> {
    if (assignments.length === 0) return Promise.resolve([]);
    return withinTransaction(this.assignments.manager, manager, async (transaction) => {
      await upsertAssignments(transaction, assignments);
      const repository = transaction.getRepository(AssignmentEntity);
      return repository
        .createQueryBuilder('assignment')
        .where(
          `(assignment.task_id, assignment.agency_id, assignment.period) IN
             (SELECT * FROM unnest(CAST(:tasks AS uuid[]), CAST(:agencies AS uuid[]), CAST(:periods AS varchar[])))`,
          {
            tasks: assignments.map((assignment) => assignment.taskId),
            agencies: assignments.map((assignment) => assignment.agencyId),
            periods: assignments.map((assignment) => assignment.period),
          },
        )
        .orderBy('assignment.dueDate', 'ASC', 'NULLS LAST')
        .addOrderBy('assignment.createdAt', 'ASC')
        .getMany();
    });
  }

  /** True when the status changed, kept as an event; false when the row is missing or not in one of `from`. */
  async setStatus(id: string, status: AssignmentStatus & AssignmentEventAction, change: StatusChange = {}) {
    if (change.from?.length === 0) return false;
    return withinTransaction(this.assignments.manager, change.manager, async (manager) => {
      // An UPDATE … RETURNING answers [rows, count].
      const [rows] = await manager.query<
        [Array<{ from: AssignmentStatus; due: string | null; version: number }>, number]
      >(
        `UPDATE "assignments" a SET "status" = $2, "updated_at" = now()
         FROM (SELECT "id", "status" FROM "assignments" WHERE "id" = $1 FOR UPDATE) b
         WHERE a."id" = b."id" AND ($3::varchar[] IS NULL OR b."status" = ANY($3))
         RETURNING b."status" AS "from", to_char(a."due_date", 'YYYY-MM-DD') AS "due",
                   a."deadline_version" AS "version"`,
        [id, status, change.from ? [...change.from] : null],
      );
      const [updated] = rows;
      if (!updated) return false;
      await this.history.append(manager, [
        {
          assignmentId: id,
          action: status,
          fromStatus: updated.from,
          toStatus: status,
          dueDate: updated.due,
          deadlineVersion: updated.version,
        },
      ]);
      return true;
    });
  }

  /**
   * A reminder or escalation sent: kept on the assignment’s history once per notice key (none for a missing row).
   * Notices recorded at once share a statement.
   */
  recordNotice(id: string, notice: NoticeEvent): Promise<void> {
    return this.notices.submit({
      assignmentId: id,
      action: notice.action,
      fromStatus: notice.status,
      toStatus: notice.status,
      dueDate: notice.due,
      deadlineVersion: notice.deadlineVersion,
      note: notice.step,
      dedupeKey: notice.key,
      at: notice.at,
    });
  }

  /** Assignments still running (with a workflow) whose deadline falls between two dates, inclusive. */
  openDueBetween(
    from: string,
    to: string,
  ): Promise<Array<Pick<AssignmentEntity, 'id' | 'dueDate' | 'taskId' | 'period'>>> {
    return this.assignments.find({
      select: { id: true, dueDate: true, taskId: true, period: true },
      where: {
        status: In(['pending', 'in_progress', 'submitted', 'returned', 'overdue']),
        dueDate: Between(from, to),
        workflowId: Not(IsNull()),
      },
      order: { dueDate: 'ASC' },
    });
  }

  /**
   * Who a task's notice of its first deadline goes to: work on that deadline, never moved nor handed over, neither
   * settled nor awaiting review.
   */
  awaitingFirstDeadline(
    taskId: string,
    period: string,
    due: string,
  ): Promise<Array<Pick<AssignmentEntity, 'id' | 'agencyId' | 'status'>>> {
    return this.assignments.find({
      select: { id: true, agencyId: true, status: true },
      where: {
        taskId,
        period,
        dueDate: due,
        deadlineVersion: FIRST_DEADLINE_VERSION,
        status: Not(In([...UNREMINDED_STATUSES])),
      },
      order: { createdAt: 'ASC' },
    });
  }

  /** The assignments of one task period, optionally in one role (the leads a coordinating agency reports to). */
  inTaskPeriod(taskId: string, period: string, role?: AssignmentEntity['role']): Promise<AssignmentEntity[]> {
    return this.assignments.find({ where: { taskId, period, ...(role ? { role } : {}) }, order: { createdAt: 'ASC' } });
  }

  /**
   * Mirrors the workflow's state with absolute values, so replaying the write changes nothing; only when `revision`
   * is not older than the one written, so a late attempt cannot roll the row back. False when it was older. The
   * change is kept as an event in the same transaction, once per revision.
   */
  async applyWorkflowState(
    id: string,
    state: Pick<AssignmentEntity, 'status' | 'dueDate' | 'deadlineVersion' | 'agencyId'>,
    revision: number,
    change: WorkflowChange,
  ): Promise<boolean> {
    return this.assignments.manager.transaction(async (manager) => {
      const [before] = await manager.query<Array<{ status: AssignmentStatus } | undefined>>(
        `SELECT "status" FROM "assignments" WHERE "id" = $1 FOR UPDATE`,
        [id],
      );
      const result = await manager
        .createQueryBuilder()
        .update(AssignmentEntity)
        .set({ ...state, stateRevision: revision })
        .where('id = :id AND state_revision <= :revision', { id, revision })
        .execute();
      if ((result.affected ?? 0) === 0) return false;
      await this.history.append(manager, [
        {
          assignmentId: id,
          action: change.action,
          fromStatus: before?.status ?? null,
          toStatus: state.status,
          dueDate: state.dueDate,
          deadlineVersion: state.deadlineVersion,
          actorId: change.actorId ?? null,
          actorEmail: change.actorEmail ?? null,
          note: change.note ?? null,
          dedupeKey: `revision:${revision}`,
          at: change.at,
        },
      ]);
      return true;
    });
  }

  async setWorkflowId(id: string, workflowId: string, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AssignmentEntity) : this.assignments;
    await repository.update({ id }, { workflowId });
  }

  private filtered(filter: AssignmentFilter): SelectQueryBuilder<AssignmentEntity> {
    const builder = this.assignments
      .createQueryBuilder('assignment')
      .innerJoin('assignment.task', 'task')
      .addSelect(['task.id', 'task.code', 'task.title'])
      .innerJoin('assignment.plan', 'plan')
      .addSelect(['plan.id', 'plan.number', 'plan.title']);
    if (filter.status !== undefined) {
      const statuses = typeof filter.status === 'string' ? [filter.status] : [...filter.status];
      builder.andWhere('assignment.status = ANY(:statuses)', { statuses });
    }
    if (filter.taskId) builder.andWhere('assignment.task_id = :taskId', { taskId: filter.taskId });
    if (filter.period) builder.andWhere('assignment.period = :period', { period: filter.period });
    if (filter.dueFrom) builder.andWhere('assignment.due_date >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.dueTo) builder.andWhere('assignment.due_date <= :dueTo', { dueTo: filter.dueTo });
    const [column, direction] = SORT_COLUMNS[filter.sort ?? 'dueDate'];
    return builder
      .orderBy(column, direction, 'NULLS LAST')
      .addOrderBy('assignment.createdAt', 'ASC')
      .addOrderBy('assignment.id', 'ASC');
  }
}

function narrowToScope(builder: SelectQueryBuilder<AssignmentEntity>, scope: ReadScope): void {
  if (scope.agencyId !== null)
    builder.andWhere('assignment.agency_id = :scopeAgencyId', { scopeAgencyId: scope.agencyId });
  if (scope.assignmentId)
    builder.andWhere('assignment.id = :scopeAssignmentId', { scopeAssignmentId: scope.assignmentId });
  if (scope.province)
    builder.andWhere(
      'assignment.plan_id IN (SELECT p.id FROM plans p WHERE p.province = :scopeProvince OR p.province IS NULL)',
      {
        scopeProvince: scope.province,
      },
    );
}

/**
 * One page of a filtered list with its task and plan joined. Each row joins one task and one plan, so a plain
 * OFFSET/LIMIT pages it (TypeORM's skip/take would add a query to page joined rows), and a plain COUNT(*) counts it
 * (getManyAndCount's COUNT(DISTINCT id) sorts every row of the plan to count them).
 */
async function listed(
  filter: PageRequest,
  builder: SelectQueryBuilder<AssignmentEntity>,
): Promise<Page<ListedAssignment>> {
  const page = await toPage(filter, ({ skip, take }) =>
    Promise.all([
      builder.clone().offset(skip).limit(take).getMany(),
      builder
        .clone()
        .orderBy()
        .select('COUNT(*)::int', 'total')
        .getRawOne<{ total: number }>()
        .then((row) => row?.total ?? 0),
    ]),
  );
  return page as Page<ListedAssignment>;
}

/** Every status at zero, so a count needs no defaults. */
export const zeroStatusCounts = (): Record<AssignmentStatus, number> =>
  Object.fromEntries(ASSIGNMENT_STATUSES.map((status) => [status, 0])) as Record<AssignmentStatus, number>;
