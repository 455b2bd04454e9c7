import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { type IsoDate, type Schedule, addDays, localDateOf } from '@dondoc/domain';
import {
  type AgencyEntity,
  NotificationRepository,
  type PlanEntity,
  PlanRepository,
  type TaskEntity,
  TaskRepository,
} from '@dondoc/persistence';
import { TemporalClient } from '@dondoc/temporal';
import { rowOf } from './bodies';
import { type HttpTarget } from './stack-apps';
import { seed } from './seed-plans';

/** Today in Asia/Ho_Chi_Minh, `days` ahead: the dates the workflows compare with. */
export const daysFromToday = (days: number): IsoDate => addDays(localDateOf(Date.now()), days);

/** A schedule due once, on `due`, as the interpreter writes "trước ngày …". */
export const onceDue = (due: IsoDate): Schedule => ({ kind: 'once', text: `trước ngày ${due}`, due, period: due });

export const onRequest: Schedule = { kind: 'onRequest', text: 'Khi có yêu cầu', requester: null };

export interface SeededPlan {
  plan: PlanEntity;
  task: TaskEntity;
}

/** A draft plan with one task resolved to `agencies` (the first leads), written straight through the repositories. */
export async function seedPlanWithTask(
  app: INestApplication,
  agencies: readonly AgencyEntity[],
  schedule: Schedule,
): Promise<SeededPlan> {
  const plan = await seedDraftPlan(app);
  const tasks = app.get(TaskRepository);
  const task = await tasks.create(plan.id, {
    code: 'II.1',
    title: 'Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    timeframe: schedule.text,
    schedule,
  });
  await tasks.setAgencies(
    task.id,
    agencies.map((agency, index) => ({ agencyId: agency.id, role: index === 0 ? 'lead' : 'coordinating' })),
  );
  return { plan, task };
}

/** A draft plan for this year, without tasks. */
export function seedDraftPlan(app: INestApplication): Promise<PlanEntity> {
  const year = Number(localDateOf(Date.now()).slice(0, 4));
  return app.get(PlanRepository).createDraft({
    title: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2026',
    number: `${randomUUID().slice(0, 8)}/KH-UBND`,
    periodFrom: year,
    periodTo: year,
  });
}

/** Polls `read` until `done` holds of its value, or fails naming what it last saw. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 15_000, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`${what} not reached in ${timeoutMs} ms; last: ${JSON.stringify(value)}`);
    await sleep(150);
  }
}

/**
 * The outbox row once marked sent. The sink holds the mail a moment before the row says so, and only then are the
 * mail's secrets blanked from it.
 */
export function sentNotification(app: INestApplication, idempotencyKey: string) {
  return eventually(
    () => app.get(NotificationRepository).getByIdempotencyKey(idempotencyKey),
    (row) => row?.status === 'sent',
    { what: `notification ${idempotencyKey} marked sent` },
  );
}

/** Waits until Temporal knows the workflow: updates sent before it starts would find nothing to update. */
export async function workflowStarted(app: INestApplication, workflowId: string, timeoutMs = 15_000): Promise<void> {
  const handle = app.get(TemporalClient).workflow.getHandle(workflowId);
  await eventually(
    () =>
      handle.describe().then(
        () => true,
        () => false,
      ),
    Boolean,
    { what: `workflow ${workflowId} started`, timeoutMs },
  );
}

/**
 * Activates the plan as a coordinator does and waits until its `count` assignments each run a workflow that takes
 * updates; answers the assignment ids by agency id.
 */
export async function activateAndAwaitAssignments(
  app: INestApplication,
  http: HttpTarget,
  auth: Record<string, string>,
  planId: string,
  count: number,
): Promise<Record<string, string>> {
  await request(http).post(`/api/plans/${planId}/activate`).set(auth).send({}).expect(202);
  const rows = await eventually(
    async () =>
      rowOf<{ items: Array<{ id: string; agencyId: string; workflowId: string | null }> }>(
        await request(http).get(`/api/plans/${planId}/assignments`).set(auth),
      ).items,
    (items) => items.length === count && items.every((item) => item.workflowId),
    { what: `${count} running assignments` },
  );
  for (const row of rows) await workflowStarted(app, row.workflowId!);
  return Object.fromEntries(rows.map((row) => [row.agencyId, row.id]));
}

/** Loads `directory` and imports seed 003 against its province through the API; the draft plan's id. */
export async function importSeedPlan(
  http: HttpTarget,
  auth: Record<string, string>,
  directory: { province: string },
  text: (seedText: string) => string = (seedText) => seedText,
): Promise<string> {
  await request(http).post('/api/agencies/import').set(auth).send(directory).expect(200);
  const { name, bytes } = seed('003');
  const imported = await request(http)
    .post('/api/plans/import')
    .set(auth)
    .field('province', directory.province)
    .attach('file', Buffer.from(text(bytes.toString('utf8'))), name)
    .expect(201);
  return rowOf<{ plan: { id: string } }>(imported).plan.id;
}
