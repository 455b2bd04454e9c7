import { type Actor, servesProvince } from '@dondoc/auth';
import { Injectable, NotFoundException } from '@nestjs/common';
import { AgencyRepository, AssignmentRepository } from '@dondoc/persistence';
import { invalidField, unknownReference } from '../http/problems';
import { type MergePreviewResponse } from './bulk-action.response';
import { asItem, OpenAssignments } from './open-assignments';

/**
 * What `POST /agencies/:id/merge-into` would do, without doing it: each open assignment is reassigned to the
 * successor, or waived into the successor's own when it already holds that task and period; one awaiting review
 * is left until reviewed.
 */
@Injectable()
export class MergePreviewService {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly assignments: AssignmentRepository,
    private readonly open: OpenAssignments,
  ) {}

  async preview(actor: Actor, id: string, successorId: string): Promise<MergePreviewResponse> {
    if (!(await this.agencies.getById(id))) throw new NotFoundException(`agency ${id} not found`);
    if (successorId === id) throw invalidField('successorId', 'an agency cannot be merged into itself');
    const successor = await this.agencies.getById(successorId);
    if (!successor || !servesProvince(actor, successor.province))
      throw unknownReference('successorId', `no agency ${successorId}`);
    const open = await this.open.ofAgency(id);
    let toMove = 0;
    let toMerge = 0;
    let awaitingReview = 0;
    for (const assignment of open) {
      const held = await this.assignments.getForTaskPeriod(successorId, assignment.taskId, assignment.period);
      if (!held) toMove += 1;
      else if (assignment.status === 'submitted') awaitingReview += 1;
      else toMerge += 1;
    }
    return { count: open.length, toMove, toMerge, awaitingReview, assignments: open.map(asItem) };
  }
}
