import { type INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { freePort, type RunningMailSink, startMailSink } from '@dondoc/devstack';
import { type AgencyEntity } from '@dondoc/persistence';
import {
  activateAndAwaitAssignments,
  daysFromToday,
  eventually,
  onceDue,
  seedPlanWithTask,
} from '../support/orchestration';
import { loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, runWorker, stackConfig, startApi } from '../support/stack-apps';

interface OutboxRow {
  recipients: string[];
  status: string;
  attempts: number;
  last_error: string | null;
}

/**
 * The relay down when a plan starts (its outage shortened to seconds): the outbox holds every email as waiting,
 * never as failed, and once the relay answers each goes out exactly once.
 */
describe('SMTP down while a plan starts, then back', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let stopWorker: () => Promise<void>;
  let relayPort: number;
  let relay: RunningMailSink | undefined;
  let db: Client;
  let agencies: AgencyEntity[];

  beforeAll(async () => {
    relayPort = await freePort();
    const config = stackConfig({ SMTP_URL: `smtp://127.0.0.1:${relayPort}` });
    ({ app, http } = await startApi(config));
    stopWorker = await runWorker(config);
    db = new Client({ connectionString: config.database.url });
    await db.connect();
    agencies = [await seedAgency(app), await seedAgency(app, { name: 'Sở Nội vụ tỉnh Lai Châu' })];
  });

  afterAll(async () => {
    await stopWorker();
    await relay?.stop();
    await db.end();
    await app.close();
  });

  const outboxOf = async (): Promise<OutboxRow[]> =>
    (
      await db.query<OutboxRow>(
        `SELECT recipients, status, attempts, last_error FROM notifications WHERE recipients && $1::text[]`,
        [agencies.flatMap((agency) => agency.focalEmails)],
      )
    ).rows;

  it('keeps the emails waiting while the relay is down and sends each once when it is back', async () => {
    const coordinator = await loginAs(app, http, 'coordinator');
    const { plan } = await seedPlanWithTask(app, agencies, onceDue(daysFromToday(20)));
    await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, agencies.length);

    const waiting = await eventually(
      outboxOf,
      (rows) => rows.length === agencies.length && rows.every((row) => row.attempts >= 1 && row.last_error !== null),
      { timeoutMs: 60_000, what: 'every email tried once against the dead relay' },
    );
    expect(waiting.map((row) => row.status)).toEqual(agencies.map(() => 'pending'));

    relay = await startMailSink({ smtpPort: relayPort, httpPort: 0 });
    const sent = await eventually(
      outboxOf,
      (rows) => rows.length === agencies.length && rows.every((row) => row.status === 'sent'),
      { timeoutMs: 90_000, what: 'every email sent once the relay is back' },
    );
    expect(sent).toHaveLength(agencies.length);
    const received = relay.messages().filter((mail) => mail.subject.startsWith('[dondoc] Giao nhiệm vụ'));
    expect(received.map((mail) => mail.to.join(',')).sort()).toEqual(
      agencies.map((agency) => agency.focalEmails[0]).sort(),
    );
  }, 180_000);
});
