import { DEFAULT_PLAN_POLICY } from '@dondoc/domain';
import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { workflowIds } from '@dondoc/contracts';
import { AuditEventRepository, PlanRepository, type PlanStatus } from '@dondoc/persistence';
import { TemporalClient } from '@dondoc/temporal';
import { PlanWorkflowClient } from '../../apps/api/src/orchestration/plan-workflow.client';
import { planIntakeBody } from '../factories/plan.factory';
import { onRequest, seedPlanWithTask } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { idOf, problemOf, rowOf } from '../support/bodies';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

const escalation = (step: string, afterWorkingDays: number, audience = 'head') => ({
  step,
  afterWorkingDays,
  audience,
});

/** One class of invalid input each, and the field its 400 names. */
const REFUSED: Array<[string, Record<string, unknown>, string]> = [
  ['a reminder past 60 days', { reminderDaysBefore: [3, 61] }, 'reminderDaysBefore'],
  ['a fractional reminder', { reminderDaysBefore: [1.5] }, 'reminderDaysBefore'],
  ['a reminder given twice', { reminderDaysBefore: [3, 3] }, 'reminderDaysBefore'],
  ['eleven reminders', { reminderDaysBefore: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, 'reminderDaysBefore'],
  ['null reminders', { reminderDaysBefore: null }, 'reminderDaysBefore'],
  [
    'an escalation on the due day',
    { escalations: [escalation('a', 1), escalation('b', 0)] },
    'escalations.1.afterWorkingDays',
  ],
  [
    'escalations out of order',
    { escalations: [escalation('a', 3), escalation('b', 3)] },
    'escalations.1.afterWorkingDays',
  ],
  ['a step named twice', { escalations: [escalation('a', 1), escalation('a', 2)] }, 'escalations.1.step'],
  ['a step name with capitals and spaces', { escalations: [escalation('Quá hạn', 1)] }, 'escalations.0.step'],
  ['a step named like a reminder', { escalations: [escalation('before-3d', 1)] }, 'escalations.0.step'],
  ['an unknown audience', { escalations: [escalation('a', 1, 'mayor')] }, 'escalations.0.audience'],
  ['an escalation without audience', { escalations: [{ step: 'a', afterWorkingDays: 1 }] }, 'escalations.0.audience'],
  ['eleven escalations', { escalations: [...Array(11).keys()].map((i) => escalation(`s${i}`, i + 1)) }, 'escalations'],
  ['24:00', { sendTime: '24:00' }, 'sendTime'],
  ['an hour of one digit', { sendTime: '8:00' }, 'sendTime'],
  ['31 April', { annualReportDate: { month: 4, day: 31 } }, 'annualReportDate.day'],
  ['29 February', { annualReportDate: { month: 2, day: 29 } }, 'annualReportDate.day'],
  ['a thirteenth month', { annualReportDate: { month: 13, day: 1 } }, 'annualReportDate.month'],
  ['a nameless leadership', { leadership: { name: ' ', emails: [] } }, 'leadership.name'],
  ['a leadership without emails', { leadership: { name: 'Lãnh đạo' } }, 'leadership.emails'],
  ['a name of 201 characters', { leadership: { name: 'L'.repeat(201), emails: [] } }, 'leadership.name'],
  ['an invalid email', { leadership: { name: 'Lãnh đạo', emails: ['chu-tich'] } }, 'leadership.emails'],
  [
    'eleven emails',
    { leadership: { name: 'Lãnh đạo', emails: [...Array(11).keys()].map((i) => `pct${i}@ubnd.invalid`) } },
    'leadership.emails',
  ],
  ['31 days of coordinating input', { coordinatingInputDays: 31 }, 'coordinatingInputDays'],
  ['no team', { inspection: { teams: 0 } }, 'inspection.teams'],
  ['half a team', { inspection: { teams: 2.5 } }, 'inspection.teams'],
  ['51 agencies a team', { inspection: { agenciesPerTeam: 51 } }, 'inspection.agenciesPerTeam'],
  ['11 inspectors a team', { inspection: { inspectorsPerTeam: 11 } }, 'inspection.inspectorsPerTeam'],
  ['a delay of 91 days', { inspection: { delayDays: 91 } }, 'inspection.delayDays'],
  ['an empty window', { inspection: { windowDays: 0 } }, 'inspection.windowDays'],
  ['a report due in 91 days', { inspection: { reportDueDays: 91 } }, 'inspection.reportDueDays'],
  ['a negative grace', { inspection: { graceDays: -1 } }, 'inspection.graceDays'],
  ['an unknown field', { reminders: [1] }, 'reminders'],
  ['an unknown inspection field', { inspection: { inspectors: 2 } }, 'inspection.inspectors'],
  ['a valid field beside an invalid one', { sendTime: '07:00', coordinatingInputDays: -1 }, 'coordinatingInputDays'],
];

describe('a plan’s reminder, escalation and inspection policy', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;
  let officer: LoggedIn;
  let viewer: LoggedIn;
  const started: string[] = [];

  beforeAll(async () => {
    ({ app, http } = await startApi(stackConfig()));
    coordinator = await loginAs(app, http, 'coordinator');
    officer = await loginAs(app, http, 'agency_officer');
    viewer = await loginAs(app, http, 'viewer');
  });

  afterAll(async () => {
    const temporal = app.get(TemporalClient);
    for (const id of started) await temporal.workflow.getHandle(id).terminate('test over');
    await app.close();
  });

  const createPlan = async (): Promise<string> =>
    idOf(await request(http).post('/api/plans').set(coordinator.auth).send(planIntakeBody()).expect(201));
  const policyOf = (planId: string) => `/api/plans/${planId}/policy`;
  const readPolicy = async (planId: string, actor = viewer) =>
    rowOf<Record<string, unknown>>(await request(http).get(policyOf(planId)).set(actor.auth).expect(200));
  const putPolicy = (planId: string, body: object) =>
    request(http).put(policyOf(planId)).set(coordinator.auth).send(body);
  const amendsOf = async (planId: string): Promise<number> => {
    const history = await app.get(TemporalClient).workflow.getHandle(workflowIds.plan(planId)).fetchHistory();
    const signals = (history.events ?? []).map((event) => event.workflowExecutionSignaledEventAttributes?.signalName);
    return signals.filter((name) => name === 'amendPlan').length;
  };

  it('reads the defaults, every field present, for a new plan and to any signed-in role', async () => {
    const planId = await createPlan();
    expect(await readPolicy(planId)).toEqual(DEFAULT_PLAN_POLICY);
    expect(await readPolicy(planId, officer)).toEqual(DEFAULT_PLAN_POLICY);
  });

  it('merges a partial update over the policy, normalises it, stores it and records before and after', async () => {
    const planId = await createPlan();
    const leadershipName = 'Lãnh đạo Ủy ban nhân dân tỉnh Lai Châu';
    const escalations = [
      escalation('qua-han-dau-moi', 2, 'focalPoint'),
      escalation('qua-han-lanh-dao', 5, 'leadership'),
    ];
    const first = await putPolicy(planId, {
      reminderDaysBefore: [0, 5],
      escalations,
      leadership: { name: leadershipName.normalize('NFD'), emails: [' PCT@LaiChau.dondoc.invalid'] },
      inspection: { teams: 3 },
    }).expect(200);
    const merged = {
      ...DEFAULT_PLAN_POLICY,
      reminderDaysBefore: [5, 0],
      escalations,
      leadership: { name: leadershipName, emails: ['pct@laichau.dondoc.invalid'] },
      inspection: { ...DEFAULT_PLAN_POLICY.inspection, teams: 3 },
    };
    expect(first.body).toEqual(merged);

    const second = await putPolicy(planId, {
      sendTime: '07:30',
      annualReportDate: { month: 12, day: 15 },
      coordinatingInputDays: 3,
      inspection: { graceDays: 30 },
    }).expect(200);
    const after = {
      ...merged,
      sendTime: '07:30',
      annualReportDate: { month: 12, day: 15 },
      coordinatingInputDays: 3,
      inspection: { ...merged.inspection, graceDays: 30 },
    };
    expect(second.body).toEqual(after);
    expect(await readPolicy(planId)).toEqual(after);
    expect((await app.get(PlanRepository).getById(planId))?.policy).toEqual(after);

    const audit = await app.get(AuditEventRepository).listForEntity('plan', planId);
    const changes = audit.items.filter((event) => event.action === 'plan.policy.update');
    expect(changes).toHaveLength(2);
    expect(changes.map(({ before, after }) => ({ before, after }))).toEqual(
      expect.arrayContaining([
        { before: DEFAULT_PLAN_POLICY, after: merged },
        { before: merged, after },
      ]),
    );
  });

  describe('refuses invalid input with a 400 naming the field, writing nothing', () => {
    let planId: string;
    let stored: Record<string, unknown>;

    beforeAll(async () => {
      planId = await createPlan();
      stored = rowOf(await putPolicy(planId, { sendTime: '09:15', inspection: { teams: 4 } }).expect(200));
    });

    it.each(REFUSED)('%s', async (_case, body, field) => {
      const refused = await putPolicy(planId, body).expect(400);
      expect(problemOf(refused).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect(await readPolicy(planId)).toEqual(stored);
    });
  });

  it('is 404 for an unknown plan', async () => {
    await request(http).get(policyOf(randomUUID())).set(viewer.auth).expect(404);
    await putPolicy(randomUUID(), { sendTime: '07:00' }).expect(404);
  });

  it.each<PlanStatus>(['completed', 'cancelled'])('is 409 on a %s plan, which keeps its policy', async (status) => {
    const planId = await createPlan();
    await app.get(PlanRepository).setStatus(planId, status);
    const refused = await putPolicy(planId, { sendTime: '07:00' }).expect(409);
    expect(problemOf(refused).detail).toContain(status);
    expect(await readPolicy(planId)).toEqual(DEFAULT_PLAN_POLICY);
  });

  /** No worker polls this file's task queue: the workflow's history shows exactly the signals the API sent it. */
  it('tells an active plan’s workflow to reload, but keeps the annual report date its periods were laid out by', async () => {
    const { plan } = await seedPlanWithTask(app, [await seedAgency(app)], onRequest);
    await app.get(PlanRepository).setStatus(plan.id, 'active');
    started.push(await app.get(PlanWorkflowClient).start(plan.id));
    await putPolicy(plan.id, { reminderDaysBefore: [10, 2] }).expect(200);
    expect(await amendsOf(plan.id)).toBe(1);

    const moved = await putPolicy(plan.id, { annualReportDate: { month: 12, day: 1 } }).expect(409);
    expect(problemOf(moved).errors).toEqual([expect.objectContaining({ field: 'annualReportDate' })]);
    await putPolicy(plan.id, { annualReportDate: DEFAULT_PLAN_POLICY.annualReportDate }).expect(200);
    expect(await readPolicy(plan.id)).toEqual({ ...DEFAULT_PLAN_POLICY, reminderDaysBefore: [10, 2] });
    expect(await amendsOf(plan.id)).toBe(2);
  });

  it('is 403 on a change for an agency officer and a viewer', async () => {
    const planId = await createPlan();
    for (const actor of [officer, viewer]) {
      await request(http).put(policyOf(planId)).set(actor.auth).send({ sendTime: '07:00' }).expect(403);
    }
    expect(await readPolicy(planId)).toEqual(DEFAULT_PLAN_POLICY);
  });
});
