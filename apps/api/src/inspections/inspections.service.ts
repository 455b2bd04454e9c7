import { Injectable, NotFoundException } from '@nestjs/common';
import { accountOf, type Actor, provinceFilterOf } from '@dondoc/auth';
import { localDateOf } from '@dondoc/domain';
import {
  AgencyRepository,
  AssignmentHistoryRepository,
  AssignmentRepository,
  type InspectionEntity,
  type InspectionFindingEntity,
  InspectionFindingRepository,
  InspectionRepository,
  type Page,
  PlanRepository,
  SubmissionRepository,
  TaskRepository,
  UserRepository,
  EVERY_AGENCY,
} from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { mapPage } from '../http/pagination';
import { InspectionWorkflowClient } from '../orchestration/inspection-workflow.client';
import { notRunning } from '../orchestration/temporal-problems';
import { acceptAttachments, type ReceivedFile } from '../uploads/accepted-attachments';
import { AttachmentStore } from '../uploads/attachment-store';
import { type BriefingResponse, type FindingResponse } from './briefing.response';
import { drawReasons } from './draw-reasons';
import { InspectionResponse } from './inspection.response';
import { type ListInspectionsQuery } from './list-inspections.query';
import { type SaveFindingDto } from './save-finding.dto';
import { type SubmitFindingsDto } from './submit-findings.dto';

/** Inspectors see, and report on, only the inspections whose teams they are on; other roles see all. */
@Injectable()
export class InspectionsService {
  constructor(
    private readonly inspections: InspectionRepository,
    private readonly findings: InspectionFindingRepository,
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly agencies: AgencyRepository,
    private readonly assignments: AssignmentRepository,
    private readonly histories: AssignmentHistoryRepository,
    private readonly submissions: SubmissionRepository,
    private readonly users: UserRepository,
    private readonly files: AttachmentStore,
    private readonly workflows: InspectionWorkflowClient,
    private readonly audit: AuditTrail,
  ) {}

  async list(actor: Actor, query: ListInspectionsQuery): Promise<Page<InspectionResponse>> {
    const inspectorId = actor.role === 'inspector' ? accountOf(actor) : undefined;
    const province = provinceFilterOf(actor);
    return mapPage(await this.inspections.search({ ...query, inspectorId, province }), InspectionResponse.from);
  }

  async briefing(actor: Actor, id: string): Promise<BriefingResponse> {
    const inspection = await this.visible(actor, id);
    const teams =
      actor.role === 'inspector'
        ? inspection.teams.filter((team) => team.inspectorIds.includes(accountOf(actor)))
        : inspection.teams;
    const agencyIds = teams.flatMap((team) => team.agencyIds);
    const [plan, task, agencies, crews, findings, assignments] = await Promise.all([
      this.plans.getById(inspection.planId),
      inspection.taskId ? this.tasks.getForPlan(inspection.planId, inspection.taskId) : null,
      this.agencies.findByIds(agencyIds),
      Promise.all(
        teams.map(async (team) =>
          (await Promise.all(team.inspectorIds.map((userId) => this.users.getById(userId)))).flatMap((user) =>
            user ? [{ name: user.name, email: user.email }] : [],
          ),
        ),
      ),
      this.findings.listForInspection(id),
      this.assignments.list(EVERY_AGENCY, {
        planId: inspection.planId,
        period: inspection.period,
        ...(inspection.taskId ? { taskId: inspection.taskId } : {}),
        pageSize: 100,
      }),
    ]);
    const taskTitles = new Map<string, { code: string; title: string }>();
    for (const taskId of new Set(assignments.items.map((item) => item.taskId))) {
      const found = await this.tasks.getForPlan(inspection.planId, taskId);
      if (found) taskTitles.set(taskId, { code: found.code, title: found.title });
    }
    const today = localDateOf(Date.now());
    const windowEnd = inspection.windowEnd;
    const targets = await Promise.all(
      agencyIds.map(async (agencyId) => {
        const finding = findings.find((item) => item.agencyId === agencyId);
        const held = assignments.items.filter((item) => item.agencyId === agencyId);
        const records = await Promise.all(
          held.map(async (assignment) => ({
            status: assignment.status,
            actions: (await this.histories.listForAssignment(assignment.id)).map((event) => event.action),
          })),
        );
        return {
          agency: { id: agencyId, name: agencies.find((agency) => agency.id === agencyId)?.name ?? '' },
          team: teams.find((team) => team.agencyIds.includes(agencyId))?.name ?? '',
          drawnFor: drawReasons(records),
          findingLate:
            windowEnd !== null && (finding ? localDateOf(finding.updatedAt.getTime()) > windowEnd : today > windowEnd),
          tasks: await Promise.all(
            held.map(async (assignment) => ({
              ...(taskTitles.get(assignment.taskId) ?? { code: '', title: '' }),
              status: assignment.status,
              due: assignment.dueDate,
              history: (await this.submissions.listForAssignment(assignment.id))
                .reverse()
                .flatMap((submission) => [
                  { at: submission.submittedAt.toISOString(), status: 'submitted' as const },
                  ...(submission.reviewOutcome && submission.reviewedAt
                    ? [{ at: submission.reviewedAt.toISOString(), status: submission.reviewOutcome }]
                    : []),
                ]),
            })),
          ),
          finding: finding ? this.findingResponse(id, finding) : null,
        };
      }),
    );
    return {
      inspection: {
        id,
        status: inspection.status,
        period: inspection.period,
        windowStart: inspection.windowStart,
        windowEnd: inspection.windowEnd,
        reportDue: inspection.reportDue,
        canSubmit: actor.role === 'inspector' && awaitsFindings(inspection),
      },
      plan: { id: inspection.planId, number: plan?.number ?? null, title: plan?.title ?? '' },
      task: task ? { code: task.code, title: task.title } : null,
      team: { name: teams.map((team) => team.name).join(', '), members: crews.flat() },
      teams: teams.map((team, index) => ({ name: team.name, members: crews[index], agencyIds: team.agencyIds })),
      targets,
    };
  }

  async saveFinding(
    actor: Actor,
    id: string,
    agencyId: string,
    dto: SaveFindingDto,
    uploaded: readonly ReceivedFile[],
  ): Promise<FindingResponse> {
    try {
      const inspection = await this.visible(actor, id);
      const inspectorId = accountOf(actor);
      if (
        !inspection.teams.some((team) => team.inspectorIds.includes(inspectorId) && team.agencyIds.includes(agencyId))
      ) {
        throw new NotFoundException(`agency ${agencyId} is not a target of your team`);
      }
      if (!awaitsFindings(inspection)) throw notRunning('the inspection');
      const previous = (await this.findings.listForInspection(id)).find((item) => item.agencyId === agencyId);
      const content = { finding: dto.finding, rating: dto.rating, recommendation: dto.recommendation ?? '' };
      const held = previous?.attachments ?? [];
      const added = newFiles(held, acceptAttachments(uploaded));
      // A phone resending the same form after a lost answer changes nothing, and is not an event of its own.
      if (previous && added.length === 0 && sameContent(previous, content)) {
        return this.findingResponse(id, previous);
      }
      const saved = await this.findings.save({
        inspectionId: id,
        agencyId,
        ...content,
        attachments: [...held, ...added],
        recordedBy: inspectorId,
      });
      const after = this.findingResponse(id, saved);
      await this.audit.recordDone(actor, {
        action: 'inspection.finding',
        entityType: 'inspection',
        entityId: id,
        after,
      });
      return after;
    } catch (error) {
      await this.files.discard(uploaded, (sha256) => this.isHeld(sha256));
      throw error;
    }
  }

  async submitFindings(
    actor: Actor,
    id: string,
    dto: SubmitFindingsDto,
    idempotencyKey?: string,
  ): Promise<InspectionResponse> {
    const inspection = await this.visible(actor, id);
    if (!inspection.workflowId) throw notRunning('the inspection');
    const findings = { report: dto.report, submittedBy: accountOf(actor) };
    await this.workflows.submitFindings(inspection.workflowId, findings, idempotencyKey);
    const after = InspectionResponse.from((await this.inspections.getById(id)) ?? inspection);
    const change = { action: 'inspection.report', entityType: 'inspection', entityId: id, after };
    await this.audit.recordDone(actor, change, idempotencyKey);
    return after;
  }

  async attachment(actor: Actor, id: string, sha256: string) {
    await this.visible(actor, id);
    const file = (await this.findings.listForInspection(id))
      .flatMap((finding) => finding.attachments)
      .find((attachment) => attachment.sha256 === sha256);
    const stream = file && (await this.files.open(file.storageKey));
    if (!file || !stream) throw new NotFoundException(`attachment ${sha256} not found`);
    return { file, stream };
  }

  private findingResponse(
    id: string,
    finding: Awaited<ReturnType<InspectionFindingRepository['save']>>,
  ): FindingResponse {
    return {
      finding: finding.finding,
      rating: finding.rating,
      recommendation: finding.recommendation,
      attachments: finding.attachments.map(({ filename, mediaType, size, sha256 }) => ({
        filename,
        mediaType,
        size,
        url: `/api/inspections/${id}/attachments/${sha256}`,
      })),
      updatedAt: finding.updatedAt.toISOString(),
    };
  }

  private async isHeld(sha256: string): Promise<boolean> {
    return (await this.submissions.referencesFile(sha256)) || (await this.findings.referencesFile(sha256));
  }

  /** Another team's inspection is 404 to an inspector, as is any inspection but its own to a personal link. */
  private async visible(actor: Actor, id: string): Promise<InspectionEntity> {
    const inspection =
      actor.role !== 'inspector'
        ? await this.inspections.getById(id)
        : actor.link && actor.link.inspectionId !== id
          ? null
          : await this.inspections.getForInspector(accountOf(actor), id);
    if (!inspection) throw new NotFoundException(`inspection ${id} not found`);
    return inspection;
  }
}

/** `scheduled` until every inspector is briefed; a findings form saved in between is kept all the same. */
const awaitsFindings = (inspection: InspectionEntity): boolean =>
  inspection.status === 'scheduled' || inspection.status === 'notified';

type FindingContent = Pick<InspectionFindingEntity, 'finding' | 'rating' | 'recommendation'>;

const sameContent = (a: FindingContent, b: FindingContent): boolean =>
  a.finding === b.finding && a.rating === b.rating && a.recommendation === b.recommendation;

/** The uploaded files not already among the finding's, each once: a file is known by its content. */
function newFiles<T extends { sha256: string }>(held: readonly T[], uploaded: readonly T[]): T[] {
  const seen = new Set(held.map((file) => file.sha256));
  return uploaded.filter((file) => !seen.has(file.sha256) && seen.add(file.sha256));
}
