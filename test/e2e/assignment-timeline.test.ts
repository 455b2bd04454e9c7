import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AssignmentRepository, NotificationRepository } from '@dondoc/persistence';
import { rowOf } from '../support/bodies';
import {
  activateAndAwaitAssignments,
  daysFromToday,
  eventually,
  onceDue,
  seedPlanWithTask,
} from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency, useApiAs } from '../support/registry';
import { type HttpTarget } from '../support/stack-apps';

interface TimelineEvent {
  action: string;
  actor: string;
  actorEmail: string | null;
  dueDate: string | null;
  note: string | null;
  agencyName: string;
  emails: Array<{ recipients: string[]; status: string; refusedRecipients: string[]; sentAt: string | null }>;
}

interface Timeline {
  assignmentId: string;
  events: TimelineEvent[];
  total: number;
  truncated: boolean;
}

const COMMENT = 'Đề nghị bổ sung số liệu về số hội nghị đã tổ chức trong quý IV.';
const REASON = 'Theo đề nghị tại Công văn số 45/STP-PBGDPL';

describe('GET /api/assignments/:id/timeline: an assignment’s history with who did what', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;

  useApiAs('coordinator', (started) => ({ app, http, actor: coordinator } = started), { withWorker: true });

  const timelineOf = async (id: string, caller: LoggedIn = coordinator): Promise<Timeline> =>
    rowOf<Timeline>(await request(http).get(`/api/assignments/${id}/timeline`).set(caller.auth).expect(200));

  const untilAction = (id: string, action: string) =>
    eventually(
      () => timelineOf(id),
      (found) => found.events.some((event) => event.action === action),
      { what: `a ${action} event` },
    );

  it('shows opened, then the report, the return and the extension, each with who and the deadline', async () => {
    const agency = await seedAgency(app, { name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu' });
    const due = daysFromToday(20);
    const { plan } = await seedPlanWithTask(app, [agency], onceDue(due));
    const ids = await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 1);
    const id = ids[agency.id];

    const opened = await untilAction(id, 'opened');
    expect(opened.events[0]).toMatchObject({
      action: 'opened',
      actor: 'Hệ thống',
      actorEmail: null,
      dueDate: due,
      agencyName: agency.name,
      emails: [],
    });

    const officer = await loginAs(app, http, 'agency_officer', { agencyId: agency.id });
    await request(http)
      .post(`/api/assignments/${id}/submissions`)
      .set(officer.auth)
      .send({ reportText: 'Sở đã tổ chức 12 hội nghị phổ biến pháp luật cho cán bộ, công chức.' })
      .expect(201);
    const newDue = daysFromToday(25);
    await request(http)
      .post(`/api/assignments/${id}/review`)
      .set(coordinator.auth)
      .send({ outcome: 'returned', comment: COMMENT, newDue })
      .expect(200);
    const returned = await untilAction(id, 'returned');
    const submitted = returned.events.find((event) => event.action === 'submitted');
    expect(submitted).toMatchObject({ actorEmail: officer.user.email, actor: officer.user.email, note: 'v1' });
    expect(returned.events.find((event) => event.action === 'returned')).toMatchObject({
      actorEmail: coordinator.user.email,
      note: COMMENT,
      dueDate: newDue,
    });

    const extendedTo = daysFromToday(30);
    await request(http)
      .post(`/api/assignments/${id}/extend`)
      .set(coordinator.auth)
      .send({ newDue: extendedTo, reason: REASON })
      .expect(200);
    const extended = await untilAction(id, 'extended');
    expect(extended.events.map((event) => event.action)).toEqual(['opened', 'submitted', 'returned', 'extended']);
    expect(extended.events.at(-1)).toMatchObject({ actor: coordinator.user.email, note: REASON, dueDate: extendedTo });
    expect(extended).toMatchObject({ total: 4, truncated: false });

    const viewer = await loginAs(app, http, 'viewer');
    expect((await timelineOf(id, viewer)).events).toHaveLength(4);
  });

  it('gives a reminder the emails the outbox holds under its notice key, with their status', async () => {
    const agency = await seedAgency(app, { name: 'Sở Y tế tỉnh Lai Châu' });
    const { plan } = await seedPlanWithTask(app, [agency], onceDue(daysFromToday(20)));
    const id = (await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 1))[agency.id];
    const row = (await app.get(AssignmentRepository).getById(id))!;
    const key = `assignment:${id}:v${row.deadlineVersion}:before-3`;
    const outbox = app.get(NotificationRepository);
    const mail = { kind: 'reminder', subject: 'Nhắc hạn báo cáo', textBody: 'Nhắc hạn' };
    const lease = 60_000;
    const sent = await outbox.enqueueClaimed(
      { ...mail, idempotencyKey: `${key}:to:vanthu@yte.dondoc.invalid`, recipients: ['vanthu@yte.dondoc.invalid'] },
      lease,
    );
    await outbox.markSent(sent!.id, '<1@dondoc>');
    const refused = await outbox.enqueueClaimed(
      { ...mail, idempotencyKey: `${key}:to:sai@yte.dondoc.invalid`, recipients: ['sai@yte.dondoc.invalid'] },
      lease,
    );
    await outbox.markRejected(refused!.id, '550 no such mailbox', ['sai@yte.dondoc.invalid']);
    await outbox.enqueueClaimed(
      {
        ...mail,
        idempotencyKey: `assignment:${id}:v${row.deadlineVersion}:assigned:to:x@y.invalid`,
        recipients: ['x@y.invalid'],
      },
      lease,
    );
    await app.get(AssignmentRepository).recordNotice(id, {
      action: 'reminded',
      key,
      step: 'before-3',
      status: row.status,
      due: row.dueDate,
      deadlineVersion: row.deadlineVersion,
    });

    const reminded = (await untilAction(id, 'reminded')).events.find((event) => event.action === 'reminded')!;
    expect(reminded).toMatchObject({ actor: 'Hệ thống', note: 'before-3' });
    expect(reminded.emails).toEqual([
      { recipients: ['vanthu@yte.dondoc.invalid'], status: 'sent', refusedRecipients: [], sentAt: expect.any(String) },
      {
        recipients: ['sai@yte.dondoc.invalid'],
        status: 'refused',
        refusedRecipients: ['sai@yte.dondoc.invalid'],
        sentAt: null,
      },
    ]);
  });

  it('answers 404 for an unknown assignment', async () => {
    await request(http)
      .get('/api/assignments/00000000-0000-4000-8000-000000000000/timeline')
      .set(coordinator.auth)
      .expect(404);
  });
});
