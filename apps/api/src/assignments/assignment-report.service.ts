import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { type ReadStream } from 'node:fs';
import { type Actor, scopeOf } from '@dondoc/auth';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { SETTLED_STATUSES } from '@dondoc/contracts';
import { daysBetween, type IsoDate, localDateOf } from '@dondoc/domain';
import { currentFeedUrl } from '@dondoc/notifications';
import {
  AgencyRepository,
  type AssignmentEntity,
  AssignmentRepository,
  AuditEventRepository,
  CalendarFeedRepository,
  PlanRepository,
  type SubmissionAttachment,
  SubmissionRepository,
  TaskRepository,
} from '@dondoc/persistence';
import { AttachmentStore } from '../uploads/attachment-store';
import { UPLOAD_LIMITS } from '../uploads/upload-limits';
import {
  type CoordinatingInput,
  type ReportHistoryEntry,
  type ReportViewResponse,
  type SubmittedAttachment,
} from './report-view.response';
import { type SubmissionVersionResponse } from './submission-version.response';

/** What AssignmentActionsService records: the coordinator's request and the AssignmentStateResponse after it. */
interface AuditedAction {
  request?: { outcome?: string; newDue?: string };
  state?: { dueDate?: string; submissions?: number };
  /** assignment.mail-refused, written by the worker */
  address?: string;
}

/** The report page's data and its attachments, for the assignee agency (account or link) and the office. */
@Injectable()
export class AssignmentReportService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly assignments: AssignmentRepository,
    private readonly submissions: SubmissionRepository,
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly agencies: AgencyRepository,
    private readonly audit: AuditEventRepository,
    private readonly files: AttachmentStore,
    private readonly calendarFeeds: CalendarFeedRepository,
  ) {}

  async view(actor: Actor, id: string): Promise<ReportViewResponse> {
    const assignment = await this.visible(actor, id);
    const [plan, task, submissions, events, leads] = await Promise.all([
      this.plans.getById(assignment.planId),
      this.tasks.getForPlan(assignment.planId, assignment.taskId),
      this.submissions.listForAssignment(id),
      this.audit.listForEntity('assignment', id, { pageSize: 100 }),
      this.assignments.inTaskPeriod(assignment.taskId, assignment.period, 'lead'),
    ]);
    if (!plan || !task) throw new NotFoundException(`assignment ${id} not found`);
    const leadIds = leads.map((lead) => lead.agencyId);
    const named = await this.agencies.findByIds([...new Set([assignment.agencyId, ...leadIds])]);
    const name = new Map(named.map((agency) => [agency.id, agency.name]));
    const actions = events.items.map((event) => ({ ...event, after: (event.after as AuditedAction | null) ?? {} }));
    const returnedDue = new Map(
      actions
        .filter((event) => event.action === 'assignment.review' && event.after.request?.outcome === 'returned')
        .map((event) => [event.after.state?.submissions, event.after.state?.dueDate ?? null]),
    );
    const history: ReportHistoryEntry[] = [
      ...submissions.flatMap((submission): ReportHistoryEntry[] => [
        {
          kind: 'submission',
          at: submission.submittedAt.toISOString(),
          version: submission.version,
          reportText: submission.reportText,
          attachments: attachmentLinks(id, submission.attachments),
        },
        ...(submission.reviewOutcome && submission.reviewedAt
          ? [
              {
                kind: 'review' as const,
                at: submission.reviewedAt.toISOString(),
                version: submission.version,
                outcome: submission.reviewOutcome,
                comment: submission.reviewComment,
                newDue: returnedDue.get(submission.version) ?? null,
              },
            ]
          : []),
      ]),
      // An extension always records its new date: one without it (none is written so) is left out, not sent as null.
      ...actions.flatMap((event): ReportHistoryEntry[] => {
        const at = event.at.toISOString();
        if (event.action === 'assignment.mail-refused' && event.after.address) {
          return [{ kind: 'refused-address', at, address: event.after.address }];
        }
        const newDue = event.after.state?.dueDate ?? event.after.request?.newDue;
        return event.action === 'assignment.extend' && newDue ? [{ kind: 'extension', at, newDue }] : [];
      }),
    ].sort((a, b) => a.at.localeCompare(b.at));
    const today = localDateOf(Date.now());
    return {
      assignment: {
        id,
        status: assignment.status,
        role: assignment.role,
        period: assignment.period,
        due: assignment.dueDate,
        daysLeft: assignment.dueDate ? daysBetween(today, assignment.dueDate as IsoDate) : null,
        deadlineVersion: assignment.deadlineVersion,
        canSubmit:
          actor.role === 'agency_officer' &&
          !SETTLED_STATUSES.includes(assignment.status) &&
          assignment.status !== 'submitted' &&
          assignment.workflowId !== null,
      },
      plan: { id: plan.id, number: plan.number, title: plan.title },
      task: { id: task.id, code: task.code, title: task.title, content: task.content },
      agency: { id: assignment.agencyId, name: name.get(assignment.agencyId) ?? '' },
      leadAgencies: leadIds.map((agencyId) => ({ id: agencyId, name: name.get(agencyId) ?? '' })),
      inputs: assignment.role === 'lead' ? await this.inputsTo(assignment) : [],
      history,
      limits: { ...UPLOAD_LIMITS, accept: [...UPLOAD_LIMITS.accept] },
      calendarFeedUrl: await this.calendarFeedUrl(actor, assignment.agencyId),
    };
  }

  /** Those who may hold the agency's feed see its URL (made on first view), as its mails show it. */
  private calendarFeedUrl(actor: Actor, agencyId: string): Promise<string | null> {
    if (actor.role !== 'agency_officer' && actor.role !== 'admin' && actor.role !== 'coordinator') {
      return Promise.resolve(null);
    }
    const { jwtSecret: linkSecret } = this.config.auth;
    return currentFeedUrl(
      { calendarFeeds: this.calendarFeeds, linkSecret, publicUrl: this.config.http.publicUrl },
      'agency',
      agencyId,
    );
  }

  /** What the coordinating agencies of the lead's task and period sent: the latest version of each. */
  private async inputsTo(lead: AssignmentEntity): Promise<CoordinatingInput[]> {
    const coordinating = await this.assignments.inTaskPeriod(lead.taskId, lead.period, 'coordinating');
    const ids = coordinating.map((input) => input.id);
    const [named, latest] = await Promise.all([
      this.agencies.findByIds(coordinating.map((input) => input.agencyId)),
      this.submissions.latestOfEach(ids),
    ]);
    const nameOf = new Map(named.map((agency) => [agency.id, agency.name]));
    const latestOf = new Map(latest.map((submission) => [submission.assignmentId, submission]));
    return coordinating.map((input): CoordinatingInput => {
      const sent = latestOf.get(input.id);
      return {
        assignmentId: input.id,
        agency: { id: input.agencyId, name: nameOf.get(input.agencyId) ?? '' },
        status: input.status,
        due: input.dueDate,
        latest: sent
          ? {
              version: sent.version,
              submittedAt: sent.submittedAt.toISOString(),
              reportText: sent.reportText,
              attachments: attachmentLinks(lead.id, sent.attachments, input.id),
            }
          : null,
      };
    });
  }

  /** Every version of the assignment's report, oldest first, each with its files and its review. */
  async versions(actor: Actor, id: string): Promise<SubmissionVersionResponse[]> {
    await this.visible(actor, id);
    const submissions = await this.submissions.listForAssignment(id);
    return submissions.reverse().map((submission) => ({
      version: submission.version,
      submittedAt: submission.submittedAt.toISOString(),
      submittedBy: submission.submittedBy,
      submittedByEmail: submission.submittedByEmail,
      reportText: submission.reportText,
      attachments: attachmentLinks(id, submission.attachments),
      review:
        submission.reviewOutcome && submission.reviewedAt
          ? {
              outcome: submission.reviewOutcome,
              comment: submission.reviewComment,
              reviewedAt: submission.reviewedAt.toISOString(),
            }
          : null,
    }));
  }

  /** A file of one of the assignment's reports, to those who may see the assignment. */
  async attachment(
    actor: Actor,
    id: string,
    sha256: string,
  ): Promise<{ file: SubmissionAttachment; stream: ReadStream }> {
    await this.visible(actor, id);
    return this.fileOf(id, sha256);
  }

  /** A file a coordinating agency sent as its input, to those who may see the lead's assignment. */
  async inputAttachment(actor: Actor, id: string, inputId: string, sha256: string) {
    const lead = await this.visible(actor, id);
    const input = lead.role === 'lead' ? await this.assignments.getById(inputId) : null;
    const isInput = input?.role === 'coordinating' && input.taskId === lead.taskId && input.period === lead.period;
    if (!isInput) throw new NotFoundException(`input ${inputId} not found for assignment ${id}`);
    return this.fileOf(inputId, sha256);
  }

  private async fileOf(id: string, sha256: string): Promise<{ file: SubmissionAttachment; stream: ReadStream }> {
    const file = (await this.submissions.listForAssignment(id))
      .flatMap((submission) => submission.attachments)
      .find((attachment) => attachment.sha256 === sha256);
    const stream = file && (await this.files.open(file.storageKey));
    if (!file || !stream) throw new NotFoundException(`attachment ${sha256} not found`);
    return { file, stream };
  }

  /** An agency sees its own assignments only, a personal link only its one; another id is a 404. */
  private async visible(actor: Actor, id: string): Promise<AssignmentEntity> {
    const assignment = await this.assignments.get(scopeOf(actor), id);
    if (!assignment) throw new NotFoundException(`assignment ${id} not found`);
    return assignment;
  }
}

/**
 * The files of a report as the API gives them: each with the route that downloads it from this assignment, or,
 * for a coordinating agency's input, from the lead's assignment it was sent to.
 */
function attachmentLinks(
  assignmentId: string,
  files: readonly SubmissionAttachment[],
  inputId?: string,
): SubmittedAttachment[] {
  const base = inputId ? `/api/assignments/${assignmentId}/inputs/${inputId}` : `/api/assignments/${assignmentId}`;
  return files.map(({ filename, mediaType, size, sha256 }) => ({
    filename,
    mediaType,
    size,
    sha256,
    url: `${base}/attachments/${sha256}`,
  }));
}
