import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import { inLanes, localDateOf } from '@dondoc/domain';
import { TaskRepository } from '@dondoc/persistence';
import { AssignmentActionsService } from '../assignments/assignment-actions.service';
import { AuditTrail } from '../audit/audit-trail';
import { invalidField } from '../http/problems';
import { type BulkFailure, type ExtendOpenResponse } from './bulk-action.response';
import { type ExtendOpenDto } from './extend-open.dto';
import { failureOf } from '../orchestration/failure-of';
import { asItem, OpenAssignments } from './open-assignments';

/** Workflow updates sent at once: a task's work moves quickly and Temporal keeps room for the rest. */
const PARALLEL_UPDATES = 4;

/**
 * One new deadline for every open assignment of a task: each goes through its own workflow's extend (which may
 * refuse, e.g. a deadline already later), so the result says what moved and what did not, and why.
 */
@Injectable()
export class BulkExtendService {
  private readonly logger = new Logger('bulk-extend');

  constructor(
    private readonly tasks: TaskRepository,
    private readonly open: OpenAssignments,
    private readonly actions: AssignmentActionsService,
    private readonly audit: AuditTrail,
  ) {}

  /** Sent again with the same `idempotencyKey`, each workflow answers its first outcome and nothing is recorded twice. */
  async extendOpen(
    actor: Actor,
    planId: string,
    taskId: string,
    dto: ExtendOpenDto,
    idempotencyKey?: string,
  ): Promise<ExtendOpenResponse> {
    if (!(await this.tasks.getForPlan(planId, taskId))) throw new NotFoundException(`task ${taskId} not found`);
    const today = localDateOf(Date.now());
    if (dto.newDue < today) throw invalidField('newDue', `the new deadline ${dto.newDue} is in the past`);
    const open = await this.open.ofTask(planId, taskId);
    const assignments = open.map(asItem);
    if (dto.dryRun) return { dryRun: true, count: open.length, assignments, extended: 0, failed: [] };
    const outcomes = await inLanes(open, PARALLEL_UPDATES, async ({ assignmentId }): Promise<BulkFailure | null> => {
      try {
        await this.actions.extend(actor, assignmentId, { newDue: dto.newDue, reason: dto.reason }, idempotencyKey);
        return null;
      } catch (error) {
        return failureOf(assignmentId, error, this.logger);
      }
    });
    const failed = outcomes.filter((outcome): outcome is BulkFailure => outcome !== null);
    const extended = open.length - failed.length;
    await this.audit.recordDone(
      actor,
      {
        action: 'task.extend-open',
        entityType: 'task',
        entityId: taskId,
        after: { request: { newDue: dto.newDue, reason: dto.reason }, count: open.length, extended, failed },
      },
      idempotencyKey,
    );
    return { dryRun: false, count: open.length, assignments, extended, failed };
  }
}
