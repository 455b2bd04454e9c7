import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import {
  type AssignmentEventAction,
  type AssignmentState,
  type AssignmentStateChange,
  type AssignmentStatus,
  type ReviewRequest,
  type SubmitReportRequest,
} from '@dondoc/contracts';
import { type IsoDate, standingOfficeEmails, withPolicyDefaults } from '@dondoc/domain';
import {
  type AgencyEntity,
  AgencyRepository,
  AssignmentRepository,
  AuditEventRepository,
  type NoticeEvent,
  PersonalLinkRepository,
  type PlanEntity,
  PlanRepository,
  type SubmissionEntity,
  SubmissionRepository,
  type TaskEntity,
  TaskRepository,
} from '@dondoc/persistence';
import { noticeFactsCache } from '../notices/expiring-cache';
import { type AssignmentStore, type NoticeContext } from './assignment-store';

/** What a status means when the write does not say why (an attempt scheduled by an older workflow version). */
const ACTION_OF_STATUS: Record<AssignmentStatus, AssignmentEventAction> = {
  pending: 'reassigned',
  in_progress: 'extended',
  submitted: 'submitted',
  returned: 'returned',
  accepted: 'accepted',
  overdue: 'overdue',
  waived: 'waived',
  cancelled: 'cancelled',
};

@Injectable()
export class PostgresAssignmentStore implements AssignmentStore {
  private readonly cached = {
    plans: noticeFactsCache<PlanEntity | null>(),
    tasks: noticeFactsCache<TaskEntity | null>(),
    agencies: noticeFactsCache<AgencyEntity | null>(),
    leads: noticeFactsCache<NonNullable<NoticeContext['lead']>>(),
  };

  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly submissions: SubmissionRepository,
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly agencies: AgencyRepository,
    private readonly links: PersonalLinkRepository,
    private readonly audit: AuditEventRepository,
  ) {}

  async recordRefusedAddress(assignmentId: string, refusal: { address: string; notificationKey: string }) {
    await this.audit.recordSystemEventOnce({
      action: 'assignment.mail-refused',
      entityType: 'assignment',
      entityId: assignmentId,
      after: refusal,
    });
  }

  async recordState(assignmentId: string, state: AssignmentState, change?: AssignmentStateChange): Promise<void> {
    const applied = await this.assignments.applyWorkflowState(
      assignmentId,
      { status: state.status, dueDate: state.due, deadlineVersion: state.deadlineVersion, agencyId: state.agencyId },
      state.revision ?? 0,
      {
        action: change?.action ?? ACTION_OF_STATUS[state.status],
        at: change ? new Date(change.at) : undefined,
        actorId: change?.by?.userId ?? null,
        actorEmail: change?.by?.email ?? null,
        note: change?.note ?? null,
      },
    );
    if (applied) await this.links.revokeOtherAgencies(assignmentId, state.agencyId);
  }

  recordNotice(assignmentId: string, notice: NoticeEvent): Promise<void> {
    return this.assignments.recordNotice(assignmentId, notice);
  }

  async recordSubmission(assignmentId: string, version: number, request: SubmitReportRequest): Promise<void> {
    await this.submissions.recordVersion(assignmentId, version, {
      reportText: request.reportText,
      attachments: request.attachments,
      submittedBy: request.submittedBy,
      submittedByEmail: request.submittedByEmail ?? null,
    });
  }

  async recordReview(assignmentId: string, version: number, review: ReviewRequest): Promise<void> {
    await this.submissions.reviewVersion(assignmentId, version, {
      outcome: review.outcome,
      comment: review.comment ?? null,
      reviewedBy: review.reviewedBy,
    });
  }

  submission(assignmentId: string, version: number): Promise<SubmissionEntity | null> {
    return this.submissions.getVersion(assignmentId, version);
  }

  private agency(id: string): Promise<AgencyEntity | null> {
    return this.cached.agencies.get(id, async () => (await this.agencies.findByIds([id]))[0] ?? null);
  }

  private async leadOf(assignment: { taskId: string; period: string }) {
    const leads = await this.assignments.inTaskPeriod(assignment.taskId, assignment.period, 'lead');
    const named = await this.agencies.findByIds(leads.map((item) => item.agencyId));
    return { names: named.map((agency) => agency.name), due: (leads[0]?.dueDate ?? null) as IsoDate | null };
  }

  /**
   * The assignment is read afresh (its agency, role and period move); the plan, task, agencies and leads it names
   * come from a short-lived cache, so a burst of reminders about one task reads them once.
   */
  async awaitingFirstDeadline(taskId: string, period: string, due: IsoDate) {
    const rows = await this.assignments.awaitingFirstDeadline(taskId, period, due);
    return rows.map(({ id, agencyId, status }) => ({ assignmentId: id, agencyId, status }));
  }

  async noticeContext(assignmentId: string, agencyId: string): Promise<NoticeContext> {
    const assignment = await this.assignments.getById(assignmentId);
    if (!assignment) throw ApplicationFailure.nonRetryable(`assignment ${assignmentId} not found`, 'AssignmentMissing');
    const { planId, taskId, period } = assignment;
    const [plan, task, agency, lead] = await Promise.all([
      this.cached.plans.get(planId, () => this.plans.getById(planId)),
      this.cached.tasks.get(taskId, () => this.tasks.getForPlan(planId, taskId)),
      this.agency(agencyId),
      assignment.role === 'coordinating'
        ? this.cached.leads.get(`${taskId}:${period}`, () => this.leadOf(assignment))
        : null,
    ]);
    if (!plan || !task || !agency) {
      throw ApplicationFailure.nonRetryable(
        `assignment ${assignmentId} lost its plan, task or agency`,
        'AssignmentMissing',
      );
    }
    const office = plan.standingOfficeId ? await this.agency(plan.standingOfficeId) : null;
    return {
      plan: { id: plan.id, number: plan.number, title: plan.title },
      task: { code: task.code, title: task.title },
      role: assignment.role,
      lead,
      agency: { name: agency.name, focalEmails: agency.focalEmails, headEmail: agency.headEmail },
      standingOffice: {
        name: office?.name ?? 'Cơ quan thường trực',
        emails: standingOfficeEmails(office ?? null, plan.standingOfficeEmail),
      },
      leadership: withPolicyDefaults(plan.policy).leadership,
    };
  }
}
