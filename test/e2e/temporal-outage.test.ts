import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type AppConfig } from '@dondoc/config';
import { PlanRepository } from '@dondoc/persistence';
import { problemOf, rowOf } from '../support/bodies';
import {
  activateAndAwaitAssignments,
  daysFromToday,
  eventually,
  onceDue,
  seedDraftPlan,
  seedPlanWithTask,
} from '../support/orchestration';
import { startInspection } from '../support/inspections';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, runWorker, stackConfig, startApi } from '../support/stack-apps';
import { type TcpPartition, tcpPartition } from '../support/tcp-partition';

const CALL_TIMEOUT_SECONDS = 3;

/**
 * The API reaches Temporal through a relay the test can cut like a network partition: requests go out and nothing
 * comes back. The worker's own connection is untouched. Every workflow call must give up within its deadline with a
 * 503, leave nothing half-written, and a caller who tries again once Temporal answers gets it done exactly once.
 */
describe('Temporal not answering the API', () => {
  let partition: TcpPartition;
  let config: AppConfig;
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;
  let stopWorker: () => Promise<void>;

  beforeAll(async () => {
    const [host, port] = process.env.TEMPORAL_ADDRESS!.split(':');
    partition = await tcpPartition({ host, port: Number(port) });
    config = stackConfig({ TEMPORAL_CALL_TIMEOUT_SECONDS: String(CALL_TIMEOUT_SECONDS) });
    ({ app, http } = await startApi({ ...config, temporal: { ...config.temporal, address: partition.address } }));
    stopWorker = await runWorker(config);
    coordinator = await loginAs(app, http, 'coordinator');
  });

  afterAll(async () => {
    partition?.heal();
    await stopWorker?.();
    await app?.close();
    await partition?.close();
  });

  /** The request, how long it took, and its answer. */
  async function timed(send: () => request.Test) {
    const began = Date.now();
    const response = await send();
    return { response, ms: Date.now() - began };
  }

  const audited = async (action: string, entityId: string): Promise<number> =>
    (
      await app
        .get(DataSource)
        .query<unknown[]>('SELECT id FROM audit_events WHERE action = $1 AND entity_id = $2', [action, entityId])
    ).length;

  const expectTemporalUnavailable = ({ response, ms }: { response: request.Response; ms: number }) => {
    expect(ms).toBeLessThan((CALL_TIMEOUT_SECONDS + 3) * 1000);
    expect(response.status).toBe(503);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(problemOf(response)).toMatchObject({ status: 503, code: 'TemporalUnavailable' });
  };

  /**
   * Sends during the outage (a 503, though the request may still reach Temporal), then again once Temporal answers,
   * as a client does: while the API still answers 503 (its connection to Temporal comes back on gRPC's reconnect
   * backoff, a few seconds on a busy machine), after the Retry-After it asks for, for at most 30 s. The retry and
   * one more answer `status` and the same body. Answers the first retry.
   */
  async function retriedAfterOutage(send: () => request.Test, status: number): Promise<request.Response> {
    partition.cut();
    try {
      expectTemporalUnavailable(await timed(send));
    } finally {
      // The held request now reaches Temporal, after the API has given up on it.
      partition.heal();
    }
    const healed = Date.now();
    let retried = await send();
    while (retried.status === 503 && Date.now() - healed < 30_000) {
      expect(problemOf(retried)).toMatchObject({ code: 'TemporalUnavailable' });
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(retried.headers['retry-after']), 2) * 1000));
      retried = await send();
    }
    expect({ status: retried.status, body: retried.body as unknown }).toMatchObject({ status });
    expect((await send().expect(status)).body).toEqual(retried.body);
    return retried;
  }

  it('refuses an activation within the deadline, the plan still a draft; the retry activates it once', async () => {
    const agencies = [await seedAgency(app), await seedAgency(app)];
    const { plan } = await seedPlanWithTask(app, agencies, onceDue(daysFromToday(20)));
    const activate = () =>
      request(http)
        .post(`/api/plans/${plan.id}/activate`)
        .set(coordinator.auth)
        .set('Idempotency-Key', randomKey)
        .send({});
    const randomKey = randomUUID();
    partition.cut();
    try {
      expectTemporalUnavailable(await timed(activate));
      expect((await app.get(PlanRepository).getById(plan.id))?.status).toBe('draft');
    } finally {
      // The held start request now reaches Temporal, after the API has given up on it.
      partition.heal();
    }
    const retried = await activate().expect(202);
    expect(rowOf<{ workflowId: string }>(retried).workflowId).toBe(`plan-${plan.id}`);
    await activate().expect(202);
    await request(http).post(`/api/plans/${plan.id}/activate`).set(coordinator.auth).send({}).expect(409);

    const active = await eventually(
      () => app.get(PlanRepository).getById(plan.id),
      (row) => row?.status === 'active',
      { what: 'the plan active' },
    );
    expect(active?.status).toBe('active');
    expect(await audited('plan.activate', plan.id)).toBe(1);
  });

  it('creates no draft when the plan’s intake workflow cannot be started', async () => {
    const number = `${randomUUID().slice(0, 8)}/KH-UBND`;
    partition.cut();
    try {
      expectTemporalUnavailable(
        await timed(() =>
          request(http).post('/api/plans').set(coordinator.auth).send({
            title: 'Kế hoạch tuyên truyền pháp luật năm 2026',
            number,
            standingOfficeEmail: 'stp@dondoc.invalid',
          }),
        ),
      );
    } finally {
      partition.heal();
    }
    const stored = await app.get(DataSource).query('SELECT id FROM plans WHERE number = $1', [number]);
    expect(stored).toEqual([]);
  });

  it('records a report and its review sent during the outage at most once, whatever reached Temporal: the retry gets the same outcome', async () => {
    const agencies = [await seedAgency(app)];
    const { plan } = await seedPlanWithTask(app, agencies, onceDue(daysFromToday(20)));
    const [assignmentId] = Object.values(await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 1));
    const officer = await loginAs(app, http, 'agency_officer', { agencyId: agencies[0].id });
    const key = randomUUID();
    const submit = () =>
      request(http)
        .post(`/api/assignments/${assignmentId}/submissions`)
        .set(officer.auth)
        .set('Idempotency-Key', key)
        .send({ reportText: 'Đã tổ chức hội nghị tuyên truyền Luật Đất đai cho cán bộ cấp xã.' });

    const retried = await retriedAfterOutage(submit, 201);
    expect(rowOf<{ version: number }>(retried).version).toBe(1);

    const versions = await request(http)
      .get(`/api/assignments/${assignmentId}/submissions`)
      .set(coordinator.auth)
      .expect(200);
    expect(rowOf<Array<{ version: number }>>(versions).map((version) => version.version)).toEqual([1]);
    expect(await audited('assignment.submit', assignmentId)).toBe(1);

    const reviewKey = randomUUID();
    const review = () =>
      request(http)
        .post(`/api/assignments/${assignmentId}/review`)
        .set(coordinator.auth)
        .set('Idempotency-Key', reviewKey)
        .send({ outcome: 'accepted', comment: 'Đạt yêu cầu.' });
    expect(rowOf<{ status: string }>(await retriedAfterOutage(review, 200)).status).toBe('accepted');
    expect(await audited('assignment.review', assignmentId)).toBe(1);
  });

  it('extends, reassigns and waives once when each was sent during the outage and retried with its key', async () => {
    const [agency, successor] = [await seedAgency(app), await seedAgency(app)];
    const { plan } = await seedPlanWithTask(app, [agency], onceDue(daysFromToday(20)));
    const [assignmentId] = Object.values(await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 1));
    const act = (action: string, body: object) => {
      const key = randomUUID();
      return () =>
        request(http)
          .post(`/api/assignments/${assignmentId}/${action}`)
          .set(coordinator.auth)
          .set('Idempotency-Key', key)
          .send(body);
    };
    type State = { status: string; agencyId: string; dueDate: string; deadlineVersion: number };

    const newDue = daysFromToday(30);
    const extended = await retriedAfterOutage(act('extend', { newDue, reason: 'Chờ hướng dẫn của Bộ Tư pháp.' }), 200);
    expect(rowOf<State>(extended)).toMatchObject({ dueDate: newDue, deadlineVersion: 2 });
    expect(await audited('assignment.extend', assignmentId)).toBe(1);

    const reassign = act('reassign', { agencyId: successor.id, reason: 'Sáp nhập cơ quan.' });
    expect(rowOf<State>(await retriedAfterOutage(reassign, 200)).agencyId).toBe(successor.id);
    expect(await audited('assignment.reassign', assignmentId)).toBe(1);

    const waive = act('waive', { reason: 'Nhiệm vụ không còn phù hợp.' });
    expect(rowOf<State>(await retriedAfterOutage(waive, 200)).status).toBe('waived');
    expect(await audited('assignment.waive', assignmentId)).toBe(1);
  });

  it('records an inspection’s findings sent during the outage once: the retry with its key answers it reported', async () => {
    const inspector = await loginAs(app, http, 'inspector');
    const inspection = await startInspection(app, config.temporal.taskQueue, {
      planId: (await seedDraftPlan(app)).id,
      agencies: [await seedAgency(app)],
      inspectorId: inspector.user.id,
    });
    const key = randomUUID();
    const report = () =>
      request(http)
        .post(`/api/inspections/${inspection.id}/report`)
        .set(inspector.auth)
        .set('Idempotency-Key', key)
        .send({ report: 'Đoàn kiểm tra số 1 đã kiểm tra 1 cơ quan; cơ quan thực hiện đầy đủ.' });
    expect(rowOf<{ status: string }>(await retriedAfterOutage(report, 200)).status).toBe('reported');
    expect(await audited('inspection.report', inspection.id)).toBe(1);
  });
});
