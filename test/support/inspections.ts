import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type InspectionWorkflowInput, inspectionStateQuery } from '@dondoc/contracts';
import { DEFAULT_ANNOUNCED_ADJUSTMENTS, localDateOf, withPolicyDefaults } from '@dondoc/domain';
import { type AgencyEntity, type InspectionEntity, InspectionRepository } from '@dondoc/persistence';
import { TemporalClient } from '@dondoc/temporal';
import { eventually } from './orchestration';

/**
 * The workflow of an inspection of `agencies` by one team, started directly (as the plan would, ten days after its
 * reports are accepted) on `taskQueue`; answers its workflow id once the team is briefed.
 */
export async function startInspectionWorkflow(
  app: INestApplication,
  taskQueue: string,
  { planId, agencies }: { planId: string; agencies: readonly AgencyEntity[] },
): Promise<string> {
  const policy = withPolicyDefaults(null);
  const workflowId = `inspection-plan-${planId}-${randomUUID()}`;
  const input: InspectionWorkflowInput = {
    planId,
    taskId: null,
    period: localDateOf(Date.now()).slice(0, 4),
    candidates: agencies.map((agency) => ({ agencyId: agency.id, wasOverdue: false, wasReturned: false })),
    policy: { ...policy.inspection, teams: 1, agenciesPerTeam: agencies.length },
    reminders: {
      reminderDaysBefore: policy.reminderDaysBefore,
      escalations: policy.escalations,
      sendTime: policy.sendTime,
    },
    calendar: DEFAULT_ANNOUNCED_ADJUSTMENTS,
  };
  const handle = await app.get(TemporalClient).workflow.start('inspectionWorkflow', {
    workflowId,
    taskQueue,
    args: [input],
  });
  await eventually(
    () => handle.query(inspectionStateQuery),
    (state) => state.stage === 'notified',
    { what: 'the inspection notified', timeoutMs: 30_000 },
  );
  return workflowId;
}

/** An inspection taking findings (startInspectionWorkflow), with `inspectorId` on its team: its row. */
export async function startInspection(
  app: INestApplication,
  taskQueue: string,
  { planId, agencies, inspectorId }: { planId: string; agencies: readonly AgencyEntity[]; inspectorId: string },
): Promise<InspectionEntity> {
  const workflowId = await startInspectionWorkflow(app, taskQueue, { planId, agencies });
  const repository = app.get(InspectionRepository);
  const inspection = (await repository.getByWorkflowId(workflowId))!;
  // The roster draw is the workflow's business; put the caller's inspector on the team.
  const teams = inspection.teams.map((team) => ({ ...team, inspectorIds: [inspectorId] }));
  await repository.setTeams(inspection.id, teams, workflowId);
  return (await repository.getById(inspection.id))!;
}
