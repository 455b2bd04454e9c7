import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { workflowIds } from '@dondoc/contracts';
import { assignInspectors, inspectionProvince, type IsoDate, withPolicyDefaults } from '@dondoc/domain';
import {
  AgencyRepository,
  AssignmentRepository,
  InspectionRepository,
  type InspectionTeam,
  PlanRepository,
  TaskRepository,
  UserRepository,
} from '@dondoc/persistence';
import {
  type ConsolidatedReport,
  type InspectionBrief,
  type InspectionStore,
  type ScheduledInspection,
} from './inspection-store';

/** The consolidated report of a period's inspection is tracked as work of its own period: '2027-tong-hop'. */
const consolidatedPeriod = (period: string): string => `${period}-tong-hop`;

@Injectable()
export class PostgresInspectionStore implements InspectionStore {
  private readonly logger = new Logger('inspections');

  constructor(
    private readonly dataSource: DataSource,
    private readonly inspections: InspectionRepository,
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly agencies: AgencyRepository,
    private readonly users: UserRepository,
    private readonly assignments: AssignmentRepository,
  ) {}

  async openConsolidatedReport(inspectionId: string, due: IsoDate): Promise<ConsolidatedReport | null> {
    const inspection = await this.inspections.getById(inspectionId);
    const plan = inspection && (await this.plans.getById(inspection.planId));
    if (!inspection || !plan)
      throw ApplicationFailure.nonRetryable(`inspection ${inspectionId} not found`, 'InspectionMissing');
    const task = inspection.taskId ? await this.tasks.getForPlan(plan.id, inspection.taskId) : null;
    if (!plan.standingOfficeId || !task) return null;
    const id = randomUUID();
    const [row] = await this.assignments.upsertMany([
      {
        id,
        workflowId: workflowIds.assignment(id),
        planId: plan.id,
        taskId: task.id,
        agencyId: plan.standingOfficeId,
        period: consolidatedPeriod(inspection.period),
        role: 'lead',
        dueDate: due,
      },
    ]);
    return { assignmentId: row.id, agencyId: row.agencyId, taskId: task.id, taskCode: task.code, period: row.period };
  }

  async schedule(inspection: ScheduledInspection): Promise<string> {
    const { workflowId, planId, taskId, period, windowStart, windowEnd, reportDue } = inspection;
    const stored = await this.inspections.schedule({
      ...{ workflowId, planId, taskId, period, windowStart, windowEnd, reportDue },
      drawSeed: workflowId,
    });
    if (stored.teams.length === 0) await this.drawInspectors(stored.id, inspection);
    return stored.id;
  }

  /** Drawn once and kept on every retry; under the draws' lock, so inspections starting together still rotate. */
  private async drawInspectors(inspectionId: string, inspection: ScheduledInspection): Promise<void> {
    const plan = await this.plans.getById(inspection.planId);
    const perTeam = withPolicyDefaults(plan?.policy).inspection.inspectorsPerTeam;
    if (!Number.isInteger(perTeam) || perTeam < 0) {
      throw ApplicationFailure.nonRetryable(`plan ${inspection.planId}: inspectorsPerTeam ${perTeam}`, 'InvalidPolicy');
    }
    const inspected = await this.agencies.findByIds([...new Set(inspection.teams.flatMap((team) => team.agencyIds))]);
    const [office] = plan?.standingOfficeId ? await this.agencies.findByIds([plan.standingOfficeId]) : [];
    const province = inspectionProvince(
      office?.province ?? null,
      inspected.map((agency) => agency.province),
    );
    const inspectors = await this.users.listActiveWithAgency('inspector');
    await this.dataSource.transaction(async (manager) => {
      await this.inspections.lockTeamDraws(manager);
      if ((await this.inspections.getById(inspectionId, manager))?.teams.length) return;
      const past = await this.inspections.countPerInspector(
        inspectors.map((user) => user.id),
        manager,
      );
      const rota = assignInspectors({
        roster: inspectors.map((user) => ({
          id: user.id,
          agencyId: user.agencyId,
          province: user.agency?.province ?? null,
          pastInspections: past.get(user.id) ?? 0,
        })),
        teams: inspection.teams,
        perTeam,
        province,
        seed: inspection.workflowId,
      });
      const teams: InspectionTeam[] = inspection.teams.map((team, index) => ({
        name: team.name,
        agencyIds: team.agencyIds,
        inspectorIds: rota.teams[index],
      }));
      const missing = rota.shortfall.reduce((sum, places) => sum + places, 0);
      if (missing > 0) {
        this.logger.warn(
          `inspection ${inspectionId}: ${missing} inspector place(s) left empty in ${province ?? 'an unknown province'}`,
        );
      }
      await this.inspections.setTeams(inspectionId, teams, inspection.workflowId, manager);
    });
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
