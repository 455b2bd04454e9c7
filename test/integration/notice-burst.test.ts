import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DataSource } from 'typeorm';
import { type IsoDate } from '@dondoc/domain';
import { AgencyRepository, AssignmentHistoryRepository, PlanRepository, TaskRepository } from '@dondoc/persistence';
import { PostgresTaskPeriodStore } from '../../apps/worker/src/tasks/task-period.store';
import { workerActivities } from '../../apps/worker/src/worker.factory';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { captureStatements } from '../support/sql-capture';
import { departmentAgency, testProvince } from '../factories/agency.factory';
import { planDraft } from '../factories/registry.factory';
import { mailsTo } from '../support/mail-sink-client';
import { stackConfig } from '../support/stack-apps';

// A reminder burst: many assignments' notices fall due at the same instant on one worker.
describe('reminders due at once on real PostgreSQL and SMTP', () => {
  let app: INestApplicationContext;
  const config = stackConfig();
  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
  });
  afterAll(() => app.close());

  /** A task of a new plan, led by `count` new agencies, with its 2027 period open. */
  async function openedPeriod(count: number, code: string, title: string) {
    const province = testProvince();
    const agencies = await Promise.all(
      Array.from({ length: count }, (_, index) => app.get(AgencyRepository).create(departmentAgency(province, index))),
    );
    const plan = await app.get(PlanRepository).createDraft(planDraft());
    const tasks = app.get(TaskRepository);
    const task = await tasks.create(plan.id, { code, title });
    await tasks.setAgencies(
      task.id,
      agencies.map((agency) => ({ agencyId: agency.id, role: 'lead' as const })),
    );
    const due = '2027-11-09' as IsoDate;
    const opened = await app
      .get(PostgresTaskPeriodStore)
      .openPeriod(plan.id, { taskId: task.id, taskCode: code, period: '2027', due, opens: '2027-01-01' as IsoDate });
    return { agencies, task, due, opened };
  }

  it('reach, from the task, every agency still at work on the first deadline, once however often it is sent', async () => {
    const { agencies, task, due, opened } = await openedPeriod(4, 'II.4', 'Tổ chức Ngày Pháp luật');
    const [atWork, submitted, extended, accepted] = agencies.map(
      (agency) => opened.find((item) => item.agencyId === agency.id)!.assignmentId,
    );
    const set = (id: string, status: string, deadlineVersion = 1) =>
      app
        .get(DataSource)
        .query('UPDATE assignments SET status = $2, deadline_version = $3 WHERE id = $1', [
          id,
          status,
          deadlineVersion,
        ]);
    await set(submitted, 'submitted');
    await set(extended, 'pending', 2);
    await set(accepted, 'accepted');
    const { sendTaskNotice } = workerActivities(app, config);
    const notice = {
      taskId: task.id,
      period: '2027',
      due,
      kind: 'reminder' as const,
      step: 'before-1d',
      audience: 'focalPoint' as const,
      daysLeft: 1,
      at: Date.parse('2027-11-08T01:00:00Z'),
    };

    const sent = [
      await new MockActivityEnvironment().run(sendTaskNotice, notice),
      await new MockActivityEnvironment().run(sendTaskNotice, notice),
    ];

    expect(sent).toEqual([1, 1]);
    const [toAtWork, ...toOthers] = await Promise.all(agencies.map((agency) => mailsTo(agency.focalEmails[0])));
    expect(toAtWork).toHaveLength(1);
    expect(toAtWork[0].subject).toContain('II.4');
    expect(toOthers.map((mails) => mails.length)).toEqual([0, 0, 0]);
    const events = await app.get(AssignmentHistoryRepository).listForAssignment(atWork);
    expect(events.filter((event) => event.action === 'reminded')).toHaveLength(1);
  });

  it('share their statements, and each agency still gets its own mail once, kept on its history', async () => {
    const { agencies, due, opened } = await openedPeriod(12, 'II.3', 'Hưởng ứng Ngày Pháp luật Việt Nam');
    const { sendAssignmentNotice } = workerActivities(app, config);

    const statements = await captureStatements(app.get(DataSource), async () => {
      await Promise.all(
        opened.map(({ assignmentId, agencyId }) =>
          sendAssignmentNotice({
            assignmentId,
            agencyId,
            kind: 'reminder',
            step: 'due-day',
            audience: 'focalPoint',
            due,
            daysLeft: 0,
            deadlineVersion: 1,
            status: 'pending',
          }),
        ),
      );
    });

    const count = (pattern: RegExp) => statements.filter(({ sql }) => pattern.test(sql)).length;
    expect(opened).toHaveLength(12);
    // The reads start together, and the link and outbox row of each mail follow them. The history event follows the
    // relay's answer to each mail, which comes in its own time: whether those gather is the relay's timing, so its
    // sharing is tested on the repository (test/integration/persistence/assignment-history.test.ts).
    expect(count(/^SELECT[\s\S]*FROM "assignments"/)).toBeLessThanOrEqual(2);
    expect(count(/^INSERT INTO "personal_links"/)).toBeLessThan(opened.length);
    expect(count(/INSERT INTO "notifications"/)).toBeLessThan(opened.length);
    const history = app.get(AssignmentHistoryRepository);
    for (const agency of agencies) {
      const mails = await mailsTo(agency.focalEmails[0]);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toContain('II.3');
      const { assignmentId } = opened.find((item) => item.agencyId === agency.id)!;
      const events = await history.listForAssignment(assignmentId);
      expect(events.filter((event) => event.action === 'reminded')).toHaveLength(1);
    }
  });
});
