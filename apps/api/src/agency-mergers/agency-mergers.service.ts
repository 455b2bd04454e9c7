import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { type Actor, servesProvince } from '@dondoc/auth';
import { inLanes } from '@dondoc/domain';
import { type AgencyEntity, AgencyRepository, type AssignmentEntity, AssignmentRepository } from '@dondoc/persistence';
import { AgencyResponse } from '../agencies/agency.response';
import { AssignmentActionsService } from '../assignments/assignment-actions.service';
import { AuditTrail } from '../audit/audit-trail';
import { conflictingField, invalidField, unknownReference } from '../http/problems';
import { failureOf } from '../orchestration/failure-of';
import { type AgencyMergerResponse, type UnmovedAssignment } from './agency-merger.response';
import { type MergeAgencyDto } from './merge-agency.dto';

/** Workflow updates sent at once: enough to move a commune's work quickly, few enough to leave Temporal room. */
const PARALLEL_UPDATES = 4;

type Outcome = 'moved' | 'merged' | UnmovedAssignment;

/**
 * An agency merged into another (the 2025 mergers of provinces and communes): it is marked inactive, so no new
 * period gives it work, and each of its open assignments goes to the successor through its workflow's reassign, or
 * is waived when the successor already holds that task and period. Nothing is deleted; a repeat finds nothing left.
 */
@Injectable()
export class AgencyMergersService {
  private readonly logger = new Logger('agency-mergers');

  constructor(
    private readonly agencies: AgencyRepository,
    private readonly assignments: AssignmentRepository,
    private readonly actions: AssignmentActionsService,
    private readonly audit: AuditTrail,
  ) {}

  async mergeInto(actor: Actor, id: string, dto: MergeAgencyDto): Promise<AgencyMergerResponse> {
    const { agency, successor } = await this.checked(actor, id, dto.successorId);
    if (agency.mergedIntoId === null) await this.markMerged(actor, agency, successor, dto.reason);
    const open = await this.assignments.listOpenForAgency(agency.id);
    const outcomes = await inLanes(open, PARALLEL_UPDATES, (assignment) =>
      this.handOn(actor, assignment, agency, successor, dto.reason),
    );
    return {
      moved: outcomes.filter((outcome) => outcome === 'moved').length,
      merged: outcomes.filter((outcome) => outcome === 'merged').length,
      failed: outcomes.filter((outcome): outcome is UnmovedAssignment => typeof outcome === 'object'),
    };
  }

  private async checked(actor: Actor, id: string, successorId: string) {
    const agency = await this.agencies.getById(id);
    if (!agency) throw new NotFoundException(`agency ${id} not found`);
    if (successorId === id) throw invalidField('successorId', 'an agency cannot be merged into itself');
    const successor = await this.agencies.getById(successorId);
    if (!successor || !servesProvince(actor, successor.province))
      throw unknownReference('successorId', `no agency ${successorId}`);
    if (agency.mergedIntoId !== null && agency.mergedIntoId !== successor.id) {
      throw conflictingField('successorId', `agency ${agency.code} was already merged into ${agency.mergedIntoId}`);
    }
    if (!successor.active) {
      const further = successor.mergedIntoId ? ` (merged into ${successor.mergedIntoId})` : '';
      throw conflictingField('successorId', `agency ${successor.code} is inactive${further}`);
    }
    return { agency, successor };
  }

  private async markMerged(actor: Actor, agency: AgencyEntity, successor: AgencyEntity, reason?: string) {
    await this.audit.change(actor, async (manager) => {
      const merged = await this.agencies.markMerged(agency.id, successor.id, manager);
      // Another request merged it meanwhile, maybe elsewhere: the caller asks again and is told where.
      if (!merged) throw conflictingField('successorId', `agency ${agency.code} was merged meanwhile; ask again`);
      const after = { ...AgencyResponse.from(merged), reason: reason ?? null };
      return {
        result: merged,
        change: {
          action: 'agency.merge',
          entityType: 'agency',
          entityId: agency.id,
          before: AgencyResponse.from(agency),
          after,
        },
      };
    });
  }

  /** One assignment to the successor, or into the successor's own for that task and period. */
  private async handOn(
    actor: Actor,
    assignment: AssignmentEntity,
    agency: AgencyEntity,
    successor: AgencyEntity,
    reason?: string,
  ): Promise<Outcome> {
    try {
      const held = await this.assignments.getForTaskPeriod(successor.id, assignment.taskId, assignment.period);
      if (!held) {
        const because = reason ?? `${agency.name} được sáp nhập vào ${successor.name}`;
        await this.actions.reassign(actor, assignment.id, { agencyId: successor.id, reason: because });
        return 'moved';
      }
      if (assignment.status === 'submitted') {
        throw new ConflictException({
          message: 'review the submitted report before merging the assignment into the successor’s',
          code: 'AwaitingReview',
        });
      }
      const merged = `Hợp nhất vào nhiệm vụ của ${successor.name} (${held.id}) do ${agency.name} được sáp nhập`;
      await this.actions.waive(actor, assignment.id, { reason: reason ? `${merged}: ${reason}` : merged });
      return 'merged';
    } catch (error) {
      return failureOf(assignment.id, error, this.logger);
    }
  }
}
