import {
  ApplicationFailure,
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  patched,
  startChild,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Activities } from '../apps/worker/src/activities';
import {
  CONSOLIDATED_REPORT_PATCH,
  FINDINGS_ESCALATION_PATCH,
  type InspectionState,
  type InspectionWorkflowInput,
  inspectionStateQuery,
  submitFindingsUpdate,
  workflowIds,
} from '../libs/contracts/src';
import { WorkingCalendar, addDays, planReminders, selectInspectionTargets } from '../libs/domain/src';
import { assignmentWorkflow } from './assignment.workflow';
import { workflowNow, workflowToday } from './clock';

const activities = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

/**
 * The inspection ten days after a task's reports are all accepted: draw the agencies (those overdue or returned
 * first, the rest by a seeded draw recorded for audit), brief each inspector, chase the findings report, then tell
 * the standing office its consolidated report is due.
 */
export async function inspectionWorkflow(input: InspectionWorkflowInput): Promise<InspectionState> {
  const seed = workflowInfo().workflowId;
  const draw = selectInspectionTargets({
    agencies: input.candidates,
    teams: input.policy.teams,
    perTeam: input.policy.agenciesPerTeam,
    seed,
  });
  const windowStart = workflowToday();
  const windowEnd = addDays(windowStart, input.policy.windowDays - 1);
  const state: InspectionState = {
    inspectionId: null,
    stage: 'scheduled',
    teams: draw.teams
      .filter((agencyIds) => agencyIds.length > 0)
      .map((agencyIds, index) => ({ name: `Đoàn kiểm tra số ${index + 1}`, agencyIds })),
    seed,
    windowStart,
    windowEnd,
    reportDue: addDays(windowEnd, input.policy.reportDueDays),
  };
  setHandler(inspectionStateQuery, () => state);
  setHandler(
    submitFindingsUpdate,
    async (findings) => {
      state.stage = 'reported';
      await activities.recordInspectionFindings({ inspectionId: state.inspectionId ?? '', ...findings });
      return state;
    },
    {
      validator: (_findings) => {
        if (state.stage !== 'notified') {
          throw ApplicationFailure.nonRetryable(
            `the inspection is ${state.stage}, not awaiting findings`,
            'NotAwaitingFindings',
          );
        }
      },
    },
  );

  state.inspectionId = await activities.scheduleInspection({
    workflowId: seed,
    planId: input.planId,
    taskId: input.taskId,
    period: input.period,
    teams: state.teams,
    windowStart,
    windowEnd,
    reportDue: state.reportDue,
  });
  state.stage = 'notified';

  const calendar = new WorkingCalendar(input.calendar);
  const sent = new Set<string>();
  // Late findings are escalated like a late report; inspections started before only reminded.
  const escalates = patched(FINDINGS_ESCALATION_PATCH);
  while (state.stage === 'notified') {
    const next = planReminders(state.reportDue, input.reminders, calendar, workflowNow()).find(
      (notice) => !sent.has(notice.step) && (escalates || notice.kind === 'reminder'),
    );
    if (!next) {
      await condition(() => state.stage !== 'notified');
      break;
    }
    if (await condition(() => state.stage !== 'notified', Math.max(1, next.sendAt - workflowNow()))) break;
    await activities.remindInspectors({
      inspectionId: state.inspectionId,
      step: next.step,
      reportDue: state.reportDue,
      daysLeft: next.daysLeft,
      audience: next.audience,
    });
    sent.add(next.step);
  }
  await condition(allHandlersFinished);
  await activities.notifyConsolidatedReportDue({ inspectionId: state.inspectionId });
  if (patched(CONSOLIDATED_REPORT_PATCH)) await openConsolidatedReport(input, state);
  state.stage = 'closed';
  return state;
}

/**
 * "Trong thời hạn 10 ngày kể từ ngày kết thúc kiểm tra": the standing office's consolidated report is work of its
 * own, reminded and escalated like any agency's, and outlives the inspection.
 */
async function openConsolidatedReport(input: InspectionWorkflowInput, state: InspectionState): Promise<void> {
  const due = addDays(workflowToday(), input.policy.reportDueDays);
  const report = await activities.openConsolidatedReport({ inspectionId: state.inspectionId ?? '', due });
  if (!report) return;
  try {
    await startChild(assignmentWorkflow, {
      workflowId: workflowIds.assignment(report.assignmentId),
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [
        {
          assignmentId: report.assignmentId,
          agencyId: report.agencyId,
          planId: input.planId,
          taskId: report.taskId,
          taskCode: report.taskCode,
          period: report.period,
          due,
          policy: input.reminders,
          calendar: input.calendar,
        },
      ],
    });
  } catch (error) {
    // A retried workflow task after the start: the report is already open.
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
