import {
  type PlanSchedule,
  type TaskPeriod,
  amendPlanSignal,
  cancelPlanSignal,
  planProgressQuery,
} from '@dondoc/contracts';
import { isoDate } from '@dondoc/domain';
import { defaultPolicy, sleepUntil, startHarness, testYear, freshTimeSkippingServer } from './support/workflow-harness';

describe('planWorkflow amended while it runs', () => {
  const server = freshTimeSkippingServer();

  const period = (taskId: string, year: number, due: [number, number], opens: [number, number]): TaskPeriod => ({
    taskId,
    taskCode: taskId.toUpperCase(),
    period: String(year),
    due: isoDate(year, ...due),
    opens: isoDate(year, ...opens),
  });
  const schedule = (year: number, taskPeriods: TaskPeriod[], taskIds: string[]): PlanSchedule => ({
    planId: 'plan-amend',
    policy: defaultPolicy,
    taskPeriods,
    taskIds,
    endsOn: isoDate(year + 1, 1, 1),
    onRequestTasks: [],
  });

  it('keeps an overdue open period and cancels only the periods of a removed task', async () => {
    const year = await testYear(server.env);
    const harness = await startHarness(server.env);
    const overdue = period('task-overdue', year, [3, 17], [1, 1]);
    const removed = period('task-removed', year, [9, 30], [7, 1]);
    harness.world.schedule = schedule(year, [overdue, removed], ['task-overdue', 'task-removed']);
    harness.world.agenciesByTask = { 'task-overdue': ['agency-late'], 'task-added': ['agency-new'] };
    const overdueAssignment = `task-overdue/${year}/agency-late`;

    const during = await harness.run(async () => {
      const plan = await harness.startPlan('plan-amend');
      await sleepUntil(server.env, `${year}-03-25`);
      expect(harness.world.statusesOf(overdueAssignment).at(-1)).toBe('overdue');

      // As loadPlanSchedule lays it out on the day of the amend: the overdue period's deadline is already past.
      const added = period('task-added', year, [6, 30], [4, 1]);
      harness.world.schedule = schedule(year, [added], ['task-overdue', 'task-added']);
      await plan.signal(amendPlanSignal);
      await sleepUntil(server.env, `${year}-04-02`);
      const during = {
        progress: await plan.query(planProgressQuery),
        overdue: harness.world.statusesOf(overdueAssignment),
      };
      await plan.signal(cancelPlanSignal, { reason: 'test over' });
      await plan.result();
      return during;
    });

    expect(during.progress.periods).toEqual({ waiting: 0, open: 2, settled: 0, cancelled: 1 });
    expect(during.overdue).toEqual(['overdue']);
    expect(harness.world.openedPeriods.map(({ taskId }) => taskId)).toEqual(['task-overdue', 'task-added']);
  });
});

describe('planWorkflow cancelled while an amend reads the schedule', () => {
  const server = freshTimeSkippingServer();

  it('starts none of the tasks the amend adds', async () => {
    const year = await testYear(server.env);
    const harness = await startHarness(server.env);
    const opensNewYear = (taskId: string): TaskPeriod => ({
      taskId,
      taskCode: taskId.toUpperCase(),
      period: String(year),
      due: isoDate(year, 11, 20),
      opens: isoDate(year, 1, 1),
    });
    const schedule = (taskPeriods: TaskPeriod[]): PlanSchedule => ({
      planId: 'plan-amend',
      policy: defaultPolicy,
      taskPeriods,
      taskIds: taskPeriods.map(({ taskId }) => taskId),
      endsOn: isoDate(year + 1, 1, 1),
      onRequestTasks: [],
    });
    harness.world.schedule = schedule([opensNewYear('task-kept')]);
    harness.world.agenciesByTask = { 'task-kept': ['agency-a'], 'task-added': ['agency-b'] };

    const progress = await harness.run(async () => {
      const plan = await harness.startPlan('plan-amend');
      await sleepUntil(server.env, `${year}-01-02`);
      harness.world.schedule = schedule([opensNewYear('task-kept'), opensNewYear('task-added')]);
      const load = harness.world.holdScheduleLoads();
      await plan.signal(amendPlanSignal);
      await load.entered;
      await plan.signal(cancelPlanSignal, { reason: 'Kế hoạch được thay thế' });
      load.release();
      await sleepUntil(server.env, `${year}-01-05`);
      return plan.query(planProgressQuery);
    });

    expect(harness.world.openedPeriods.map(({ taskId }) => taskId)).toEqual(['task-kept']);
    expect(progress).toEqual({ periods: { waiting: 0, open: 0, settled: 0, cancelled: 2 }, cancelled: true });
  });
});
