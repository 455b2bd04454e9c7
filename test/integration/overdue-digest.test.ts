import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { type TaskPeriod } from '@dondoc/contracts';
import { type IsoDate } from '@dondoc/domain';
import { MailSender } from '@dondoc/mail';
import {
  AgencyRepository,
  AssignmentRepository,
  DigestItemRepository,
  NotificationRepository,
  PlanRepository,
  TaskRepository,
} from '@dondoc/persistence';
import { createDigestActivities } from '../../apps/worker/src/digests/digest.activities';
import { PostgresTaskPeriodStore } from '../../apps/worker/src/tasks/task-period.store';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { departmentAgency, testProvince } from '../factories/agency.factory';
import { planDraft } from '../factories/registry.factory';
import { mailsTo } from '../support/mail-sink-client';
import { stackConfig } from '../support/stack-apps';

describe('the standing office’s daily digest of overdue work, on real PostgreSQL and SMTP', () => {
  let context: INestApplicationContext;
  beforeAll(async () => {
    context = await NestFactory.createApplicationContext(WorkerModule.forRoot(stackConfig()), { logger: false });
  });
  afterAll(() => context.close());

  async function overdueAssignments(office: string) {
    const agencies = context.get(AgencyRepository);
    const province = testProvince();
    const [finance, health] = [
      await agencies.create(departmentAgency(province, 1)),
      await agencies.create(departmentAgency(province, 2)),
    ];
    const plan = await context.get(PlanRepository).createDraft({ ...planDraft(), standingOfficeEmail: office });
    const tasks = context.get(TaskRepository);
    const task = await tasks.create(plan.id, { code: 'II.1', title: 'Tổ chức Ngày Pháp luật' });
    await tasks.setAgencies(task.id, [
      { agencyId: finance.id, role: 'lead' },
      { agencyId: health.id, role: 'lead' },
    ]);
    const period: TaskPeriod = {
      taskId: task.id,
      taskCode: 'II.1',
      period: '2026',
      due: '2026-11-20' as IsoDate,
      opens: '2026-01-01' as IsoDate,
    };
    const store = new PostgresTaskPeriodStore(tasks, context.get(AssignmentRepository), agencies);
    return { opened: await store.openPeriod(plan.id, period), finance, health };
  }

  const activities = () =>
    createDigestActivities({
      digests: context.get(DigestItemRepository),
      notifications: context.get(NotificationRepository),
      mail: context.get(MailSender),
      publicUrl: 'https://dondoc.example',
    });

  it('sends one mail a day per office with every assignment gone overdue since the last, and none twice', async () => {
    const office = `vpstp-${randomUUID().slice(0, 8)}@laichau.dondoc.invalid`;
    const { opened, finance, health } = await overdueAssignments(office);
    const digests = context.get(DigestItemRepository);
    const item = (assignmentId: string) => ({
      recipients: [office],
      officeName: 'Sở Tư pháp tỉnh Lai Châu',
      assignmentId,
      deadlineVersion: 1,
      step: 'overdue-leadership',
    });
    await digests.add(item(opened[0].assignmentId));
    await digests.add(item(opened[1].assignmentId));
    await digests.add(item(opened[1].assignmentId)); // a retried notice

    await activities().sendOverdueDigests({ date: '2026-11-30' as IsoDate });
    await activities().sendOverdueDigests({ date: '2026-11-30' as IsoDate }); // a retried digest

    const [first] = await mailsTo(office);
    expect(await mailsTo(office, { atLeast: 2, timeoutMs: 1_000 })).toHaveLength(1);
    expect(first.subject).toBe('[dondoc] Tổng hợp việc quá hạn ngày 30/11/2026: 2 nhiệm vụ chưa hoàn thành');
    expect(first.text).toContain(finance.name);
    expect(first.text).toContain(health.name);
    expect(first.text).toContain('quá hạn 10 ngày');

    // The next day carries only what went overdue since.
    await digests.add({ ...item(opened[0].assignmentId), step: 'overdue-agency-head' });
    await activities().sendOverdueDigests({ date: '2026-12-01' as IsoDate });
    const mails = await mailsTo(office, { atLeast: 2 });
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toContain('1 nhiệm vụ');
    const nameOf = (agencyId: string) => [finance, health].find((agency) => agency.id === agencyId)!.name;
    expect(mails[1].text).toContain(nameOf(opened[0].agencyId));
    expect(mails[1].text).not.toContain(nameOf(opened[1].agencyId));
  });
});
