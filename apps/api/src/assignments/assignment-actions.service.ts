import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { accountOf, type Actor, servesProvince } from '@dondoc/auth';
import { type AssignmentState, type ChangeAuthor } from '@dondoc/contracts';
import { parseIsoDate } from '@dondoc/domain';
import { AgencyRepository, AssignmentRepository, EVERY_AGENCY } from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { AssignmentWorkflowClient } from '../orchestration/assignment-workflow.client';
import { notRunning, notStartedWhileOpen } from '../orchestration/temporal-problems';
import {
  type ExtendDeadlineDto,
  type ReassignAssignmentDto,
  type ReviewAssignmentDto,
  type WaiveAssignmentDto,
} from './assignment-actions.dto';
import { AssignmentStateResponse } from './assignment-state.response';

/** A coordinator's decisions on an assignment, each an update its workflow validates and records. */
@Injectable()
export class AssignmentActionsService {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly agencies: AgencyRepository,
    private readonly workflows: AssignmentWorkflowClient,
    private readonly audit: AuditTrail,
  ) {}

  review(
    actor: Actor,
    id: string,
    dto: ReviewAssignmentDto,
    idempotencyKey?: string,
  ): Promise<AssignmentStateResponse> {
    return this.act(
      actor,
      id,
      'assignment.review',
      dto,
      () =>
        this.workflows.review(
          id,
          {
            outcome: dto.outcome,
            reviewedBy: accountOf(actor),
            reviewedByEmail: actor.email,
            ...(dto.comment ? { comment: dto.comment } : {}),
            ...(dto.newDue ? { newDue: parseIsoDate(dto.newDue) } : {}),
          },
          idempotencyKey,
        ),
      idempotencyKey,
    );
  }

  extend(actor: Actor, id: string, dto: ExtendDeadlineDto, idempotencyKey?: string): Promise<AssignmentStateResponse> {
    const request = { newDue: parseIsoDate(dto.newDue), reason: dto.reason, by: authorOf(actor) };
    return this.act(
      actor,
      id,
      'assignment.extend',
      dto,
      () => this.workflows.extend(id, request, idempotencyKey),
      idempotencyKey,
    );
  }

  waive(actor: Actor, id: string, dto: WaiveAssignmentDto, idempotencyKey?: string): Promise<AssignmentStateResponse> {
    const request = { reason: dto.reason, by: authorOf(actor) };
    return this.act(
      actor,
      id,
      'assignment.waive',
      dto,
      () => this.workflows.waive(id, request, idempotencyKey),
      idempotencyKey,
    );
  }

  async reassign(
    actor: Actor,
    id: string,
    dto: ReassignAssignmentDto,
    idempotencyKey?: string,
  ): Promise<AssignmentStateResponse> {
    const agency = await this.agencies.getById(dto.agencyId);
    if (!agency || !servesProvince(actor, agency.province))
      throw new NotFoundException(`agency ${dto.agencyId} not found`);
    const assignment = await this.assignments.getById(id);
    if (assignment && assignment.agencyId !== dto.agencyId) {
      const held = await this.assignments.list(EVERY_AGENCY, {
        planId: assignment.planId,
        taskId: assignment.taskId,
        period: assignment.period,
        agencyId: dto.agencyId,
        pageSize: 1,
      });
      if (held.items.length > 0) {
        throw new ConflictException({
          message: `agencyId: ${agency.name} already holds this task for period ${assignment.period} (assignment ${held.items[0].id})`,
          code: 'AgencyAlreadyAssigned',
        });
      }
    }
    const request = { agencyId: dto.agencyId, reason: dto.reason, by: authorOf(actor) };
    return this.act(
      actor,
      id,
      'assignment.reassign',
      dto,
      () => this.workflows.reassign(id, request, idempotencyKey),
      idempotencyKey,
    );
  }

  private async act(
    actor: Actor,
    id: string,
    action: string,
    request: object,
    update: () => Promise<AssignmentState>,
    idempotencyKey?: string,
  ): Promise<AssignmentStateResponse> {
    const assignment = await this.assignments.getById(id);
    if (!assignment) throw new NotFoundException(`assignment ${id} not found`);
    if (!assignment.workflowId) throw notRunning('the assignment');
    const updated = await update().catch((problem: unknown) => {
      throw notStartedWhileOpen(problem, assignment.status, 'the assignment');
    });
    const state = AssignmentStateResponse.from(id, updated);
    const change = { action, entityType: 'assignment', entityId: id, after: { request, state } };
    await this.audit.recordDone(actor, change, idempotencyKey);
    return state;
  }
}

const authorOf = (actor: Actor): ChangeAuthor => ({ userId: actor.userId, email: actor.email });
