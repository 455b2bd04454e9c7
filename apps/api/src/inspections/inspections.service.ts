import { Injectable, NotFoundException } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import { type InspectionEntity, InspectionRepository, type Page } from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { mapPage } from '../http/pagination';
import { InspectionWorkflowClient } from '../orchestration/inspection-workflow.client';
import { notRunning } from '../orchestration/temporal-problems';
import { InspectionResponse } from './inspection.response';
import { type ListInspectionsQuery } from './list-inspections.query';
import { type SubmitFindingsDto } from './submit-findings.dto';

/** Inspectors see, and report on, only the inspections whose teams they are on; other roles see all. */
@Injectable()
export class InspectionsService {
  constructor(
    private readonly inspections: InspectionRepository,
    private readonly workflows: InspectionWorkflowClient,
    private readonly audit: AuditTrail,
  ) {}

  async list(actor: Actor, query: ListInspectionsQuery): Promise<Page<InspectionResponse>> {
    const inspectorId = actor.role === 'inspector' ? actor.userId : undefined;
    return mapPage(await this.inspections.search({ ...query, inspectorId }), InspectionResponse.from);
  }

  async submitFindings(actor: Actor, id: string, dto: SubmitFindingsDto): Promise<InspectionResponse> {
    const inspection = await this.onTeam(actor, id);
    if (!inspection.workflowId) throw notRunning('the inspection');
    await this.workflows.submitFindings(inspection.workflowId, { report: dto.report, submittedBy: actor.userId });
    const after = InspectionResponse.from((await this.inspections.getById(id)) ?? inspection);
    await this.audit.recordDone(actor, { action: 'inspection.report', entityType: 'inspection', entityId: id, after });
    return after;
  }

  /** Another team's inspection is 404 to an inspector, as if it did not exist. */
  private async onTeam(actor: Actor, id: string): Promise<InspectionEntity> {
    const inspection = await this.inspections.getForInspector(actor.userId, id);
    if (!inspection) throw new NotFoundException(`inspection ${id} not found`);
    return inspection;
  }
}
