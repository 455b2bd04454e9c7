import { Injectable } from '@nestjs/common';
import { type IsoDate } from '@dondoc/domain';
import {
  AgencyRepository,
  InspectionRepository,
  PlanRepository,
  TaskRepository,
  UserRepository,
} from '@dondoc/persistence';
import { type InspectionBrief, type InspectionStore, type ScheduledInspection } from './inspection-store';

const INSPECTORS_PER_TEAM = 2;

@Injectable()
export class PostgresInspectionStore implements InspectionStore {
  constructor(
    private readonly inspections: InspectionRepository,
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly agencies: AgencyRepository,
    private readonly users: UserRepository,
  ) {}

  async schedule(inspection: ScheduledInspection): Promise<string> {
    const { workflowId, planId, taskId, period, windowStart, windowEnd, reportDue } = inspection;
    const stored = await this.inspections.schedule({
      ...{ workflowId, planId, taskId, period, windowStart, windowEnd, reportDue },
      drawSeed: workflowId,
    });
    if (stored.teams.length === 0) {
      // Inspectors in turn from the active roster; drawn once, kept on every retry.
      const roster = (await this.users.list({ role: 'inspector', active: true, pageSize: 100 })).items;
      const teams = inspection.teams.map((team, index) => ({
        name: team.name,
        agencyIds: team.agencyIds,
        inspectorIds: roster
          .filter((_, position) => position % inspection.teams.length === index)
          .slice(0, INSPECTORS_PER_TEAM)
          .map((user) => user.id),
      }));
      await this.inspections.setTeams(stored.id, teams, inspection.workflowId);
    }
    return stored.id;
  }

  async brief(inspectionId: string): Promise<InspectionBrief> {
    const inspection = await this.inspections.getById(inspectionId);
    if (!inspection) throw new Error(`inspection ${inspectionId} not found`);
    const plan = await this.plans.getById(inspection.planId);
    const task = inspection.taskId ? await this.tasks.getForPlan(inspection.planId, inspection.taskId) : null;
    const agencyIds = inspection.teams.flatMap((team) => team.agencyIds);
    const inspectorIds = inspection.teams.flatMap((team) => team.inspectorIds);
    const [agencies, inspectors] = await Promise.all([
      this.agencies.findByIds(agencyIds),
      Promise.all(inspectorIds.map((id) => this.users.getById(id))),
    ]);
    const agencyName = new Map(agencies.map((agency) => [agency.id, agency.name]));
    const inspector = new Map(inspectors.flatMap((user) => (user ? [[user.id, user] as const] : [])));
    const [office] = plan?.standingOfficeId ? await this.agencies.findByIds([plan.standingOfficeId]) : [];
    return {
      inspectionId,
      plan: { number: plan?.number ?? null, title: plan?.title ?? '' },
      taskCode: task?.code ?? null,
      windowStart: inspection.windowStart as IsoDate,
      windowEnd: inspection.windowEnd as IsoDate,
      reportDue: inspection.reportDue as IsoDate,
      teams: inspection.teams.map((team) => ({
        name: team.name,
        agencies: team.agencyIds.map((id) => agencyName.get(id) ?? id),
        inspectors: team.inspectorIds.flatMap((id) => {
          const user = inspector.get(id);
          return user ? [{ id: user.id, email: user.email, name: user.name }] : [];
        }),
      })),
      standingOffice: {
        name: office?.name ?? 'Cơ quan thường trực',
        emails: office?.focalEmails.length
          ? office.focalEmails
          : plan?.standingOfficeEmail
            ? [plan.standingOfficeEmail]
            : [],
      },
    };
  }

  async markNotified(inspectionId: string): Promise<void> {
    await this.inspections.setStatus(inspectionId, 'notified', ['scheduled']);
  }

  async recordFindings(inspectionId: string, report: string): Promise<void> {
    await this.inspections.recordFindings(inspectionId, report);
  }
}
