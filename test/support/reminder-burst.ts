import { type INestApplication } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { type SunkMail } from '@dondoc/devstack';
import {
  type IsoDate,
  type PlanPolicy,
  atLocalTime,
  expandPlanPeriods,
  localDateOf,
  withPolicyDefaults,
} from '@dondoc/domain';
import {
  AgencyRepository,
  AssignmentRepository,
  CalendarAdjustmentRepository,
  EVERY_AGENCY,
  PlanRepository,
  TaskRepository,
} from '@dondoc/persistence';
import { untilTodayHolds } from './local-day';
import { mailsTo } from './mail-sink-client';
import { eventually } from './orchestration';

/**
 * A short test policy for a draft plan: every annual task is due today, its one reminder at the next whole minute
 * at least `leadMs` from now, today a working day. Answers that instant and how many assignments open today.
 */
export async function remindAnnualTasksToday(
  app: INestApplication,
  planId: string,
  leadMs = 120_000,
  policy: Partial<PlanPolicy> = {},
): Promise<{ sendAt: number; expected: number }> {
  // Activated the day before its report date, the plan would find last year's period of that date late.
  await untilTodayHolds(leadMs + 60_000);
  const sendAt = Math.ceil((Date.now() + leadMs) / 60_000) * 60_000;
  const today = localDateOf(sendAt);
  const sendTime = new Date(sendAt + 7 * 3_600_000).toISOString().slice(11, 16);
  if (atLocalTime(today, sendTime) !== sendAt) throw new Error(`${sendTime} on ${today} is not ${sendAt}`);
  const [year, month, day] = today.split('-').map(Number);
  await app.get(CalendarAdjustmentRepository).upsertYear(year, { workingDays: [today] }, null);
  await app.get(PlanRepository).update(planId, {
    policy: withPolicyDefaults({ ...policy, reminderDaysBefore: [0], sendTime, annualReportDate: { month, day } }),
  });
  return { sendAt, expected: await assignmentsDueOn(app, planId, today) };
}

/** Assignments the plan's schedule opens on `day`: one per distinct agency of each task with a period due then. */
async function assignmentsDueOn(app: INestApplication, planId: string, day: IsoDate): Promise<number> {
  const plan = await app.get(PlanRepository).getById(planId);
  const tasks = app.get(TaskRepository);
  const { periods } = expandPlanPeriods(
    (await tasks.listForPlan(planId)).map((task) => ({
      taskId: task.id,
      taskCode: task.code,
      schedule: task.schedule,
    })),
    {
      planPeriod: { from: plan!.periodFrom!, to: plan!.periodTo! },
      annualReportDate: withPolicyDefaults(plan!.policy).annualReportDate,
      activatedOn: day,
    },
  );
  let count = 0;
  for (const period of periods.filter((candidate) => candidate.due === day)) {
    count += new Set((await tasks.listAgencies(period.taskId)).map((link) => link.agencyId)).size;
  }
  return count;
}

export async function allAssignmentsOf(app: INestApplication, planId: string) {
  const rows = [];
  for (let page = 1; ; page += 1) {
    const batch = await app.get(AssignmentRepository).list(EVERY_AGENCY, { planId, pageSize: 100, page });
    rows.push(...batch.items);
    if (rows.length >= batch.total || batch.items.length === 0) return rows;
  }
}

const isDueDayReminder = (mail: SunkMail) => mail.subject.startsWith('[dondoc] Nhắc hạn báo cáo');

/** The focal inboxes of the assignments' agencies, each with how many assignments it answers for. */
export async function inboxesOf(
  app: INestApplication,
  assignments: Array<{ agencyId: string }>,
): Promise<Map<string, number>> {
  const agencies = await app.get(AgencyRepository).findByIds([...new Set(assignments.map((row) => row.agencyId))]);
  const inboxOf = new Map(agencies.map((agency) => [agency.id, agency.focalEmails[0]]));
  const held = new Map<string, number>();
  for (const row of assignments) held.set(inboxOf.get(row.agencyId)!, (held.get(inboxOf.get(row.agencyId)!) ?? 0) + 1);
  return held;
}

const remindersIn = async (inboxes: readonly string[]) =>
  new Map(
    await Promise.all(
      [...inboxes].map(
        async (inbox) => [inbox, (await mailsTo(inbox, { atLeast: 0 })).filter(isDueDayReminder)] as const,
      ),
    ),
  );

/** Resolves, with how many have come, once the first due-day reminder to any of the inboxes is in the sink. */
export async function firstReminderIn(inboxes: readonly string[], timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = [...(await remindersIn(inboxes)).values()].flat().length;
    if (seen > 0) return seen;
    if (Date.now() > deadline) throw new Error('no reminder arrived');
    await sleep(250);
  }
}

/**
 * The mails, each Message-ID once, and the Message-IDs the relay got more than once. The outbox gives a mail one
 * Message-ID for good, so a repeat is the same mail sent again by an attempt that outlived a crash between the
 * relay's acceptance and the outbox's record of it (SMTP has no transaction to close that gap): a mail client shows
 * it once. A second mail about the same thing would carry a Message-ID of its own.
 */
export function byMessageId(mails: readonly SunkMail[]): { mails: SunkMail[]; repeated: string[] } {
  const first = new Map<string, SunkMail>();
  const repeated = new Set<string>();
  for (const mail of mails) {
    if (first.has(mail.messageId!)) repeated.add(mail.messageId!);
    else first.set(mail.messageId!, mail);
  }
  return { mails: [...first.values()], repeated: [...repeated] };
}

/**
 * Waits (up to `timeoutMs`) for each inbox's due-day reminders, then checks it got exactly one for each assignment
 * it answers for: each mail carries its own personal link, so the same body under two Message-IDs is the same
 * reminder sent twice. Answers the Message-IDs the relay got more than once (see byMessageId).
 */
export async function expectOneReminderEach(held: Map<string, number>, timeoutMs: number): Promise<string[]> {
  const distinctIn = async () =>
    new Map([...(await remindersIn([...held.keys()]))].map(([inbox, mails]) => [inbox, byMessageId(mails).mails]));
  await eventually(
    distinctIn,
    (received) => [...held].every(([inbox, count]) => received.get(inbox)!.length >= count),
    { timeoutMs, what: 'every reminder' },
  ).catch(() => undefined);
  await sleep(3_000); // a late duplicate would show up here
  const received = await distinctIn();
  const reminders = [...received.values()].flat();
  const seen = new Map<string, number>();
  for (const mail of reminders) {
    const key = `${mail.to.join(',')}|${mail.text}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  expect([...seen].filter(([, count]) => count > 1).map(([key]) => key.slice(0, 400))).toEqual([]);
  const short = [...held].filter(([inbox, count]) => received.get(inbox)!.length !== count);
  const tasksIn = (inbox: string) => received.get(inbox)!.map((mail) => /nhiệm vụ ([^,]+)/.exec(mail.subject)?.[1]);
  expect(
    short.map(([inbox, count]) => `${inbox}: ${received.get(inbox)!.length} of ${count} (${tasksIn(inbox).join(' ')})`),
  ).toEqual([]);
  expect(reminders.every((mail) => /hôm nay là hạn báo cáo/.test(mail.subject))).toBe(true);
  return byMessageId([...(await remindersIn([...held.keys()])).values()].flat()).repeated;
}
