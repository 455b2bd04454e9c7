import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { workflowIds } from '@dondoc/contracts';
import { PlanRepository } from '@dondoc/persistence';
import { TemporalClient } from '@dondoc/temporal';
import { PlanWorkflowClient } from '../../apps/api/src/orchestration/plan-workflow.client';
import { type SeededPlan, onRequest, seedPlanWithTask } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

/**
 * No worker polls this file's task queue, so an active plan's workflow stays where it started and its history shows
 * exactly the signals the API sent it.
 */
describe('editing the tasks of an active plan amends its workflow', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;
  const started: string[] = [];

  beforeAll(async () => {
    ({ app, http } = await startApi(stackConfig()));
    coordinator = await loginAs(app, http, 'coordinator');
  });

  afterAll(async () => {
    const temporal = app.get(TemporalClient);
    for (const id of started) await temporal.workflow.getHandle(id).terminate('test over');
    await app.close();
  });

  async function activePlan(): Promise<SeededPlan> {
    const seeded = await seedPlanWithTask(app, [await seedAgency(app)], onRequest);
    await app.get(PlanRepository).setStatus(seeded.plan.id, 'active');
    started.push(await app.get(PlanWorkflowClient).start(seeded.plan.id));
    return seeded;
  }

  async function amendsOf(planId: string): Promise<number> {
    const history = await app.get(TemporalClient).workflow.getHandle(workflowIds.plan(planId)).fetchHistory();
    const signals = (history.events ?? []).map((event) => event.workflowExecutionSignaledEventAttributes?.signalName);
    return signals.filter((name) => name === 'amendPlan').length;
  }

  it('signals when a task’s time frame changes, and not when only its title does', async () => {
    const { plan, task } = await activePlan();
    const path = `/api/plans/${plan.id}/tasks/${task.id}`;
    await request(http).patch(path).set(coordinator.auth).send({ title: 'Tổ chức Ngày Pháp luật 2026' }).expect(200);
    expect(await amendsOf(plan.id)).toBe(0);

    const edited = await request(http)
      .patch(path)
      .set(coordinator.auth)
      .send({ timeframe: 'Quý IV năm 2099' })
      .expect(200);
    expect(edited.body).toMatchObject({ schedule: expect.objectContaining({ text: 'Quý IV năm 2099' }) as unknown });
    expect(await amendsOf(plan.id)).toBe(1);
  });

  it('signals when the task’s agencies are replaced', async () => {
    const { plan, task } = await activePlan();
    const agency = await seedAgency(app, { name: 'Sở Nội vụ tỉnh Lai Châu' });
    await request(http)
      .put(`/api/plans/${plan.id}/tasks/${task.id}/agencies`)
      .set(coordinator.auth)
      .send({ agencies: [{ agencyId: agency.id, role: 'lead' }] })
      .expect(200);
    expect(await amendsOf(plan.id)).toBe(1);
  });
});
