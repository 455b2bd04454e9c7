import { type AssignmentWorkflowInput, cancelSignal, workflowIds } from '@dondoc/contracts';
import {
  type AnnouncedAdjustments,
  type AnnouncedBreak,
  type IsoDate,
  addDays,
  dayOfWeek,
  isoDate,
  lunarNewYear,
} from '@dondoc/domain';
import { assignmentWorkflow } from '../../workflows';
import {
  SATURDAY,
  at8,
  defaultPolicy,
  midJuneWednesday,
  sleepUntil,
  startHarness,
  testYear,
  freshTimeSkippingServer,
} from './support/workflow-harness';

/**
 * Tết as the Ministry of Home Affairs announced it for 2025 and 2026: nine days off, from the Saturday on or before
 * the eve of the lunar new year to the Sunday a week later. The statutory days alone would lay out differently for
 * each weekday Tết can fall on, so the test brings the break in a calendar table of its own.
 */
function tetBreak(year: number): AnnouncedBreak {
  const eve = addDays(lunarNewYear(year), -1);
  const from = addDays(eve, -((dayOfWeek(eve) + 1) % 7));
  return { holiday: 'tet', from, to: addDays(from, 8) };
}

/**
 * The first year from `year` on in which 1/5 falls on a Saturday: 30/4 is then a Friday, and 1/5 is made up on
 * Monday 3/5 (Labour Code art. 112(3)). In none of these years up to 2150 does Hùng Kings day, or its make-up day,
 * fall after 26/4, inside the weeks counted here.
 */
function yearWithLabourDayOnSaturday(year: number): number {
  let found = year;
  while (dayOfWeek(isoDate(found, 5, 1)) !== SATURDAY) found += 1;
  return found;
}

describe('assignmentWorkflow reminders and escalations (time-skipping, real durations)', () => {
  const server = freshTimeSkippingServer();

  const input = (id: string, due: IsoDate, calendar: AnnouncedAdjustments): AssignmentWorkflowInput => ({
    assignmentId: id,
    planId: 'plan-1',
    taskId: 'task-1',
    taskCode: 'III.1.2',
    agencyId: 'agency-stp',
    period: due.slice(0, 4),
    due,
    policy: defaultPolicy.reminders,
    calendar,
  });

  async function noticesFor(due: IsoDate, until: string, calendar = defaultPolicy.calendar, startAt?: string) {
    const harness = await startHarness(server.env);
    const id = `a-${due}-${Math.random().toString(36).slice(2)}`;
    await harness.run(async () => {
      if (startAt) await sleepUntil(server.env, startAt);
      const handle = await server.env.client.workflow.start(assignmentWorkflow, {
        workflowId: workflowIds.assignment(id),
        taskQueue: harness.taskQueue,
        args: [input(id, due, calendar)],
      });
      await sleepUntil(server.env, until);
      await handle.signal(cancelSignal, { reason: 'test over' });
      await handle.result();
    });
    return {
      sent: harness.world.notices.map(({ step, audience, at, daysLeft }) => ({ step, audience, at, daysLeft })),
      statuses: harness.world.statusesOf(id),
    };
  }

  it('moves reminders off the announced Tết break to the last working day before it', async () => {
    const year = await testYear(server.env);
    const tet = tetBreak(year);
    const calendar: AnnouncedAdjustments = {
      ...defaultPolicy.calendar,
      [year]: { breaks: [tet], source: 'test: Tết as announced for 2025 and 2026' },
    };
    const due = addDays(tet.to, 1); // the Monday the offices reopen
    const { sent } = await noticesFor(due, addDays(due, 14), calendar);
    expect(sent.map(({ step, at }) => [step, at])).toEqual([
      // D-7, D-3 and D-1 all fall in the break: they move to its eve, where only the most urgent is kept.
      ['before-1d', at8(addDays(tet.from, -1))],
      ['due-day', at8(due)],
      ['overdue-focal-point', at8(addDays(due, 1))],
      ['overdue-agency-head', at8(addDays(due, 3))],
      ['overdue-leadership', at8(addDays(due, 9))], // the Wednesday of the week after
    ]);
  });

  it('reminds 7, 3 and 1 days before and on the due day at 08:00, then escalates on working days 1, 3 and 7', async () => {
    const due = midJuneWednesday(await testYear(server.env));
    const { sent, statuses } = await noticesFor(due, addDays(due, 15));
    expect(sent).toEqual([
      { step: 'before-7d', audience: 'focalPoint', at: at8(addDays(due, -7)), daysLeft: 7 },
      // D-3 is a Sunday: the reminder goes out on the Friday before.
      { step: 'before-3d', audience: 'focalPoint', at: at8(addDays(due, -5)), daysLeft: 5 },
      { step: 'before-1d', audience: 'focalPoint', at: at8(addDays(due, -1)), daysLeft: 1 },
      { step: 'due-day', audience: 'focalPoint', at: at8(due), daysLeft: 0 },
      { step: 'overdue-focal-point', audience: 'focalPoint', at: at8(addDays(due, 1)), daysLeft: -1 },
      { step: 'overdue-agency-head', audience: 'head', at: at8(addDays(due, 5)), daysLeft: -5 },
      { step: 'overdue-leadership', audience: 'leadership', at: at8(addDays(due, 9)), daysLeft: -9 },
    ]);
    expect(statuses).toEqual(['overdue', 'cancelled']);
  });

  it('sends the due-day reminder at once to work that starts on the due day after 08:00, and nothing missed before', async () => {
    const due = midJuneWednesday(await testYear(server.env));
    const { sent } = await noticesFor(due, addDays(due, 2), defaultPolicy.calendar, `${due}T10:30`);
    expect(sent.map(({ step, at }) => [step, at.slice(0, 13)])).toEqual([
      ['due-day', `${due}T03`],
      ['overdue-focal-point', at8(addDays(due, 1)).slice(0, 13)],
    ]);
  });

  it('skips 30/4, 1/5 and the compensatory Monday when counting around Reunification Day', async () => {
    const year = yearWithLabourDayOnSaturday(await testYear(server.env));
    const { sent } = await noticesFor(isoDate(year, 5, 4), `${year}-05-20`);
    expect(sent.map(({ step, at }) => [step, at])).toEqual([
      ['before-7d', at8(`${year}-04-27`)],
      ['before-1d', at8(`${year}-04-29`)], // D-3 (1/5) and D-1 (the make-up Monday) both move to Thursday 29/4
      ['due-day', at8(`${year}-05-04`)],
      ['overdue-focal-point', at8(`${year}-05-05`)],
      ['overdue-agency-head', at8(`${year}-05-07`)],
      ['overdue-leadership', at8(`${year}-05-13`)],
    ]);
  });
});
