import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import { AssignmentRepository } from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { AssignmentWorkflowClient } from '../orchestration/assignment-workflow.client';
import { notRunning } from '../orchestration/temporal-problems';
import { AttachmentStore } from './attachment-store';
import { type SubmissionResponse } from './submission.response';
import { type SubmitReportDto } from './submit-report.dto';

/**
 * An agency officer's report on their agency's assignment. The bytes are stored first (content-addressed, so a
 * refused report leaves only an orphan file, never a dangling reference); the workflow then takes the report or
 * refuses it with its reason.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly workflows: AssignmentWorkflowClient,
    private readonly files: AttachmentStore,
    private readonly audit: AuditTrail,
  ) {}

  async submit(actor: Actor, assignmentId: string, dto: SubmitReportDto): Promise<SubmissionResponse> {
    if (!actor.agencyId) throw new ForbiddenException('this agency officer has no agency');
    const assignment = await this.assignments.getForAgency(actor.agencyId, assignmentId);
    if (!assignment) throw new NotFoundException(`assignment ${assignmentId} not found`);
    if (!assignment.workflowId) throw notRunning('the assignment');
    const attachments = [];
    for (const { filename, mediaType, contentBase64 } of dto.attachments ?? []) {
      const stored = await this.files.put(Buffer.from(contentBase64, 'base64'));
      attachments.push({ filename, mediaType, ...stored });
    }
    const result = await this.workflows.submitReport(assignmentId, {
      agencyId: actor.agencyId,
      submittedBy: actor.userId,
      reportText: dto.reportText,
      attachments,
    });
    const after = { ...result, attachments };
    await this.audit.recordDone(actor, {
      action: 'assignment.submit',
      entityType: 'assignment',
      entityId: assignmentId,
      after,
    });
    return result;
  }
}
