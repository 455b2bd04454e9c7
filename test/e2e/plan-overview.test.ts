import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  type AgencyEntity,
  AssignmentRepository,
  type AssignmentStatus,
  type PlanEntity,
  PlanRepository,
} from '@dondoc/persistence';
import { type PageBody, pageOf, problemOf } from '../support/bodies';
import { daysFromToday, onceDue, seedDraftPlan, seedPlanWithTask } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

interface Overview {
  id: string;
  number: string | null;
  status: string;
  total: number;
  counted: number;
  done: number;
  overdue: number;
  nextDeadline: string | null;
  byStatus: Record<AssignmentStatus, number>;
}

/** Each agency's one assignment: its deadline and the state it has reached. */
const WORK: Array<{
  due: number;
  status: (AssignmentStatus & ('submitted' | 'accepted' | 'waived' | 'returned')) | 'pending';
}> = [
  { due: -5, status: 'pending' },
  { due: 10, status: 'submitted' },
  { due: 20, status: 'pending' },
  { due: 5, status: 'waived' },
  { due: -3, status: 'accepted' },
  { due: 7, status: 'returned' },
];

describe('GET /api/plans/overview: every plan with its progress figures, one page at a time', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;
  let officer: LoggedIn;
  let agencies: AgencyEntity[];
  let active: PlanEntity;
  let draft: PlanEntity;
  const tag = `tổng quan ${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    ({ app, http } = await startApi(stackConfig()));
    coordinator = await loginAs(app, http, 'coordinator');
    agencies = [];
    for (const [index] of WORK.entries()) agencies.push(await seedAgency(app, { name: `Sở thử ${index + 1}` }));
    officer = await loginAs(app, http, 'agency_officer', { agencyId: agencies[0].id });

    const plans = app.get(PlanRepository);
    const seeded = await seedPlanWithTask(app, agencies, onceDue(daysFromToday(30)));
    active = seeded.plan;
    await plans.update(active.id, { title: `Kế hoạch ${tag} đang thực hiện` });
    await plans.setStatus(active.id, 'active');
    // The rows a workflow would write, written straight: the figures only read them.
    const assignments = app.get(AssignmentRepository);
    const rows = await assignments.upsertMany(
      WORK.map(({ due }, index) => ({
        planId: active.id,
        taskId: seeded.task.id,
        agencyId: agencies[index].id,
        period: 'once',
        role: index === 0 ? 'lead' : 'coordinating',
        dueDate: daysFromToday(due),
      })),
    );
    for (const [index, { status }] of WORK.entries()) {
      const row = rows.find((each) => each.agencyId === agencies[index].id)!;
      if (status !== 'pending') await assignments.setStatus(row.id, status);
    }

    draft = await seedDraftPlan(app);
    await plans.update(draft.id, { title: `Kế hoạch ${tag} dự thảo` });
  });

  afterAll(() => app.close());

  const overview = (query: string, who: LoggedIn = coordinator) =>
    request(http).get(`/api/plans/overview?${query}`).set(who.auth);
  const find = (page: PageBody<Overview>, plan: PlanEntity) => page.items.find((item) => item.id === plan.id);

  it('answers the counts by status, the counted and done, the overdue and the next open deadline', async () => {
    const page = pageOf<Overview>(await overview(`q=${encodeURIComponent(tag)}`).expect(200));
    expect(page.total).toBe(2);
    expect(find(page, active)).toMatchObject({
      number: active.number,
      status: 'active',
      total: 6,
      byStatus: { pending: 2, submitted: 1, accepted: 1, waived: 1, returned: 1, overdue: 0, cancelled: 0 },
      counted: 5,
      done: 2,
      overdue: 1,
      nextDeadline: daysFromToday(7),
    });
    expect(find(page, draft)).toMatchObject({
      status: 'draft',
      total: 0,
      counted: 0,
      done: 0,
      overdue: 0,
      nextDeadline: null,
    });
  });

  it('pages newest first, and counts the matches even past the last page', async () => {
    const first = pageOf<Overview>(await overview(`q=${encodeURIComponent(tag)}&pageSize=1`).expect(200));
    expect(first).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(first.items.map((item) => item.id)).toEqual([draft.id]);
    const second = pageOf<Overview>(await overview(`q=${encodeURIComponent(tag)}&pageSize=1&page=2`).expect(200));
    expect(second.items.map((item) => item.id)).toEqual([active.id]);
    const past = pageOf<Overview>(await overview(`q=${encodeURIComponent(tag)}&pageSize=1&page=3`).expect(200));
    expect(past).toMatchObject({ items: [], total: 2 });
  });

  it('filters by status', async () => {
    const drafts = pageOf<Overview>(await overview(`q=${encodeURIComponent(tag)}&status=draft`).expect(200));
    expect(drafts.items.map((item) => item.id)).toEqual([draft.id]);
  });

  it('gives an agency officer their own agency’s figures only', async () => {
    const page = pageOf<Overview>(await overview(`q=${encodeURIComponent(tag)}`, officer).expect(200));
    expect(find(page, active)).toMatchObject({ total: 1, counted: 1, done: 0, overdue: 1, nextDeadline: null });
  });

  it('refuses an unknown status with a 400 naming it', async () => {
    const problem = problemOf(await overview('status=paused').expect(400));
    expect(problem.errors?.map((error) => error.field)).toContain('status');
  });
});
