import { type INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import { type Server } from 'node:http';
import { Client } from 'pg';
import request from 'supertest';
import { idOf } from '../support/bodies';
import {
  type Body,
  type GeneratedRequest,
  type KnownIds,
  type OpenApiDocument,
  type Operation,
  jsonText,
  operationsOf,
  requestsFor,
} from '../support/openapi-operations';
import { type LoggedIn, loginAs, seedAgency, seedUser, testProvince } from '../support/registry';
import { ROUTES } from '../support/route-table';
import { stackConfig, startApi } from '../support/stack-apps';
import { AssignmentRepository, InspectionRepository, migrateDatabase } from '@dondoc/persistence';
import { createEmptyDatabase } from '../integration/persistence/database';

const TOTAL = 10_000;
const SEED = 20_261_130;

// Activating a plan or triggering a task starts a workflow per agency (see api-contract.schemathesis.toml); logging
// out or changing one's password would end the admin session every request is sent in.
const EXCLUDED = [
  'POST /api/plans/{id}/activate',
  'POST /api/plans/{id}/tasks/{taskId}/trigger',
  'DELETE /api/auth/session',
  'POST /api/auth/password',
];
const PUBLIC = new Set([
  'POST /api/auth/login',
  'POST /api/auth/session',
  'POST /api/personal-links/renewals',
  'GET /api/feeds/{token}.ics',
]);
// A refused login is audited (auth.login-failed): the one write a refusal is meant to make.
const AUDITED_REFUSALS = new Set(['POST /api/auth/login', 'POST /api/auth/session']);

interface Fingerprint {
  xid: string;
  tables: Map<string, string>;
}

/**
 * Row count and newest xmin of every table of the app: any insert, update or delete changes one of them. Reading them
 * all costs a few milliseconds, so `unchangedSince` first asks whether any transaction took an id since (a write must).
 */
async function fingerprints(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`,
  );
  const sql = rows
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) AS mark FROM "${name}"`,
    )
    .join(' UNION ALL ');
  const nextXid = async () =>
    (await client.query<{ xid: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xid')).rows[0].xid;
  return {
    read: async (): Promise<Fingerprint> => {
      const xid = await nextXid();
      const marks = (await client.query<{ name: string; mark: string }>(sql)).rows;
      return { xid, tables: new Map(marks.map((row) => [row.name, row.mark])) };
    },
    unchangedSince: async (before: Fingerprint) => (await nextXid()) === before.xid,
    close: () => client.end(),
  };
}

const changedTables = (before: Fingerprint, after: Fingerprint): string[] =>
  [...after.tables.keys()].filter((table) => before.tables.get(table) !== after.tables.get(table));

/** Runs of one character shortened (`[…×1000`), then the whole cut, so a failure stays readable. */
const clip = (text: string, length = 1_200): string => {
  const short = text.replace(/(.)\1{15,}/gsu, (run: string, char: string) => `${char}…×${[...run].length}`);
  return short.length > length ? `${short.slice(0, length)}… (${text.length} chars)` : short;
};

function describeBody(body: Body): string {
  switch (body.kind) {
    case 'none':
      return 'no body';
    case 'json':
      return `json ${clip(jsonText(body.value))}`;
    case 'text':
      return `${body.contentType} ${clip(JSON.stringify(body.text))}`;
    case 'multipart':
      return `multipart ${clip(JSON.stringify(body.fields))}${body.file ? ` + file ${JSON.stringify(body.file.name)}` : ''}`;
  }
}

describe('generated requests across every route of the API, as each role that may call it', () => {
  let app: INestApplication;
  let server: Server;
  let admin: LoggedIn;
  const callers = {} as Record<'agency_officer' | 'inspector', { actor: LoggedIn; ids: KnownIds }>;
  let fingerprint: Awaited<ReturnType<typeof fingerprints>>;
  let ids: KnownIds;
  let database: Awaited<ReturnType<typeof createEmptyDatabase>>;

  beforeAll(async () => {
    // A database of its own: a refusal must leave every table as it was, and the admin's valid calendar PUTs would
    // move other files' due dates.
    database = await createEmptyDatabase();
    await migrateDatabase(database.url);
    const config = stackConfig({ DATABASE_URL: database.url });
    ({ app } = await startApi(config));
    server = app.getHttpServer() as Server;
    // Listening once: supertest would otherwise open and close a port for every request.
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    admin = await loginAs(app, server, 'admin');
    fingerprint = await fingerprints(config.database.url);

    const province = testProvince();
    const [first, second] = [await seedAgency(app, { province }), await seedAgency(app, { province })];
    const post = (url: string, body: object) => request(server).post(url).set(admin.auth).send(body);
    const group = await post('/api/agency-groups', {
      code: `FUZZ-${first.code}`,
      name: 'Các sở, ban, ngành tỉnh',
      province,
      memberIds: [first.id, second.id],
    });
    const plan = await post('/api/plans', {
      title: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2026',
      number: `${first.code}/KH-UBND`,
      standingOfficeEmail: 'vanphong@stp.laichau.dondoc.invalid',
    });
    const task = await post(`/api/plans/${idOf(plan)}/tasks`, { code: '1', title: 'Tổ chức Ngày Pháp luật' });
    const user = await seedUser(app, 'coordinator');
    ids = { uuids: [first.id, second.id, idOf(group), idOf(plan), idOf(task), user.id] };

    // An officer of the first agency with its assignment, and an inspector on the team that inspects it: the
    // routes only they may call reach their validation and their workflow's refusal.
    const [assignment] = await app.get(AssignmentRepository).upsertMany([
      {
        planId: idOf(plan),
        taskId: idOf(task),
        period: '2026',
        role: 'lead',
        dueDate: '2026-11-20',
        agencyId: first.id,
      },
    ]);
    const officer = await loginAs(app, server, 'agency_officer', { agencyId: first.id });
    const inspector = await loginAs(app, server, 'inspector');
    const inspections = app.get(InspectionRepository);
    const inspection = await inspections.schedule({
      planId: idOf(plan),
      taskId: idOf(task),
      period: '2026',
      workflowId: `fuzz-inspection-${first.code}`,
    });
    const team = { name: 'Đoàn kiểm tra số 1', inspectorIds: [inspector.user.id], agencyIds: [first.id] };
    await inspections.setTeams(inspection.id, [team], 'fuzz');
    callers.agency_officer = { actor: officer, ids: { uuids: [assignment.id, first.id, idOf(plan), idOf(task)] } };
    callers.inspector = { actor: inspector, ids: { uuids: [inspection.id, first.id, idOf(plan)] } };
  });

  afterAll(async () => {
    await fingerprint.close();
    await app.close();
    await database.drop();
  });

  const documented = async () => {
    const document = (await request(server).get('/api/docs/openapi.json')).body as OpenApiDocument;
    const all = operationsOf(document);
    expect(
      all
        .filter((operation) => EXCLUDED.includes(operation.label))
        .map((operation) => operation.label)
        .sort(),
    ).toEqual([...EXCLUDED].sort());
    return all.filter((operation) => !EXCLUDED.includes(operation.label));
  };

  /** Sends `total` generated requests spread over the operations as `caller`, and says what went wrong. */
  async function fuzz(operations: Operation[], caller: LoggedIn, pool: KnownIds, total: number, seed: number) {
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let sent = 0;
    let fingerprinting = 0;
    const durations: Array<[string, number]> = [];
    let known: Fingerprint | undefined;
    const started = Date.now();

    const send = (operation: Operation, generated: GeneratedRequest) => {
      const call = request(server)[operation.method](generated.url).set(caller.auth).timeout(30_000);
      const { body } = generated;
      switch (body.kind) {
        case 'none':
          return call;
        case 'json':
          return call.set('content-type', 'application/json').send(jsonText(body.value));
        case 'text':
          return call.set('content-type', body.contentType).send(body.text);
        case 'multipart':
          for (const [name, value] of Object.entries(body.fields)) void call.field(name, value);
          return body.file ? call.attach('file', body.file.bytes, body.file.name) : call;
      }
    };

    const read = async () => {
      const begun = performance.now();
      const result = await fingerprint.read();
      fingerprinting += performance.now() - begun;
      return result;
    };

    const check = (operation: Operation) =>
      fc.asyncProperty(requestsFor(operation, pool), async (generated) => {
        const before = known ?? (await read());
        const response = await send(operation, generated);
        sent += 1;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const what = () =>
          `${operation.label} ${clip(generated.url, 200)} with ${describeBody(generated.body)}\n  → ${response.status} ${clip(response.text)}`;
        known = undefined;
        // A renewal answers at once and mails in the background: let that write land before the next fingerprint.
        if (operation.label === 'POST /api/personal-links/renewals' && response.status === 202)
          await new Promise((settled) => setTimeout(settled, 300));
        if (response.status >= 500) throw new Error(`server error: ${what()}`);
        if (response.status === 401 && !PUBLIC.has(operation.label))
          throw new Error(`the ${caller.user.role} was refused: ${what()}`);
        if (response.status === 400) {
          const problem = JSON.parse(response.text || '{}') as { errors?: Array<{ field?: unknown }> };
          // A field may be named "" when the body had a key "": the key is still named.
          const named = problem.errors?.some((error) => typeof error.field === 'string');
          if (!String(response.headers['content-type']).startsWith('application/problem+json') || !named)
            throw new Error(`a 400 naming no field: ${what()}`);
        }
        if (response.status >= 400) {
          const begun = performance.now();
          const unchanged = await fingerprint.unchangedSince(before);
          fingerprinting += performance.now() - begun;
          if (unchanged) {
            known = before;
            return;
          }
          const after = await read();
          known = after;
          const audited = AUDITED_REFUSALS.has(operation.label) && [401, 429].includes(response.status);
          const changed = changedTables(before, after).filter((table) => !(audited && table === 'audit_events'));
          if (changed.length) throw new Error(`a refusal wrote to ${changed.join(', ')}: ${what()}`);
        }
      });

    for (const [index, operation] of operations.entries()) {
      const numRuns = Math.floor(total / operations.length) + (index < total % operations.length ? 1 : 0);
      const begun = Date.now();
      const details = await fc.check(check(operation), { seed: seed + index, numRuns });
      durations.push([operation.label, Date.now() - begun]);
      if (details.failed) {
        const error =
          details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
        failures.push(
          `${error}\n  (seed ${details.seed}, path "${details.counterexamplePath}", shrunk ${details.numShrinks}×)`,
        );
      }
    }

    const seconds = (Date.now() - started) / 1_000;
    console.log(
      `${caller.user.role}: ${operations.length} operations, ${sent} requests in ${seconds.toFixed(1)} s ` +
        `(${((seconds * 1_000) / sent).toFixed(1)} ms each, ${(fingerprinting / sent).toFixed(1)} ms of it fingerprinting), by status: ${JSON.stringify(Object.fromEntries(statuses))}; slowest: ` +
        JSON.stringify(durations.sort((a, b) => b[1] - a[1]).slice(0, 5)),
    );
    return failures;
  }

  it('as an admin, 10,000 across every route: no 5xx, every 400 names a field, a refusal writes nothing', async () => {
    expect(await fuzz(await documented(), admin, ids, TOTAL, SEED)).toEqual([]);
  }, 900_000);

  // The routes an admin is refused before their validation runs (a report, findings) are fuzzed by their callers.
  it.each(['agency_officer', 'inspector'] as const)(
    'as an %s, 1,000 across the routes it may call, by the same rules',
    async (role) => {
      const shape = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{\w+\}|:id/g, '*')}`;
      const allowed = new Set(
        ROUTES.filter(([, , roles]) => roles.includes(role)).map(([method, path]) => shape(method, path)),
      );
      const operations = (await documented()).filter((operation) =>
        allowed.has(shape(operation.method, operation.path)),
      );
      expect(operations.length).toBeGreaterThan(5);
      const { actor, ids: theirs } = callers[role];
      expect(await fuzz(operations, actor, theirs, 1_000, SEED + 1_000)).toEqual([]);
    },
    300_000,
  );
});
