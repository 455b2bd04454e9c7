import { ForbiddenException, Inject, Injectable, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { type Actor, scopeOf } from '@dondoc/auth';
import { AssignmentRepository, InspectionFindingRepository, SubmissionRepository } from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { AssignmentWorkflowClient } from '../orchestration/assignment-workflow.client';
import { notRunning, notStartedWhileOpen } from '../orchestration/temporal-problems';
import { acceptAttachments, type ReceivedFile } from '../uploads/accepted-attachments';
import { AttachmentStore } from '../uploads/attachment-store';
import { type SubmissionResponse } from './submission.response';
import { type SubmitReportDto } from './submit-report.dto';

/**
 * An agency's report on its own assignment, from an officer's account or a personal link. The files are already in
 * the content-addressed store when this runs (streamed there by the upload); if anything refuses the report (a
 * file's type, the workflow) the files nobody else holds are dropped again, so nothing is stored for it.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly submissions: SubmissionRepository,
    private readonly findings: InspectionFindingRepository,
    private readonly workflows: AssignmentWorkflowClient,
    private readonly files: AttachmentStore,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submit(
    actor: Actor,
    assignmentId: string,
    dto: SubmitReportDto,
    uploaded: readonly ReceivedFile[],
    idempotencyKey?: string,
  ): Promise<SubmissionResponse> {
    const received = [...uploaded];
    try {
      for (const { filename, contentBase64 } of dto.attachments ?? []) {
        received.push({ ...(await this.files.put(Buffer.from(contentBase64, 'base64'))), originalName: filename });
      }
      return await this.submitReceived(actor, assignmentId, dto.reportText, received, idempotencyKey);
    } catch (error) {
      await this.files.discard(received, (sha256) => this.isHeld(sha256));
      throw error;
    }
  }

  private async submitReceived(
    actor: Actor,
    assignmentId: string,
    reportText: string,
    received: readonly ReceivedFile[],
    idempotencyKey: string | undefined,
  ): Promise<SubmissionResponse> {
    if (actor.role !== 'agency_officer') throw new ForbiddenException('only an agency officer reports');
    const assignment = await this.assignments.get(scopeOf(actor), assignmentId);
    if (!assignment) throw new NotFoundException(`assignment ${assignmentId} not found`);
    if (!assignment.workflowId) throw notRunning('the assignment');
    const attachments = acceptAttachments(received);
    await this.withinQuota(assignment.agencyId, attachments);
    const result = await this.workflows
      .submitReport(
        assignmentId,
        {
          agencyId: actor.agencyId,
          submittedBy: actor.userId,
          ...(actor.link ? { submittedByEmail: actor.email } : {}),
          reportText,
          attachments,
        },
        idempotencyKey,
      )
      .catch((problem: unknown) => {
        throw notStartedWhileOpen(problem, assignment.status, 'the assignment');
      });
    const change = {
      action: 'assignment.submit',
      entityType: 'assignment',
      entityId: assignmentId,
      after: { ...result, attachments, via: actor.link ? 'personal-link' : 'account' },
    };
    await this.audit.recordDone(actor, change, idempotencyKey);
    return result;
  }

  /** An agency's reports hold at most the configured bytes in all, so one agency cannot fill the disk. */
  private async withinQuota(agencyId: string, attachments: ReadonlyArray<{ size: number }>): Promise<void> {
    const incoming = attachments.reduce((total, file) => total + file.size, 0);
    if (incoming === 0) return;
    const held = await this.submissions.bytesHeldByAgency(agencyId);
    const quota = this.config.storage.agencyQuotaBytes;
    if (held + incoming <= quota) return;
    const message = `the agency's reports already hold ${mebibytes(held)} of its ${mebibytes(quota)}; these files need ${mebibytes(incoming)}`;
    throw new PayloadTooLargeException({
      message,
      code: 'AgencyStorageQuotaExceeded',
      errors: [{ field: 'attachments', message }],
    });
  }

  private async isHeld(sha256: string): Promise<boolean> {
    return (await this.submissions.referencesFile(sha256)) || (await this.findings.referencesFile(sha256));
  }
}

const mebibytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
