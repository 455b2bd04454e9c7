import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { PasswordHasher } from '@dondoc/auth';
import {
  type AgencyEntity,
  AgencyRepository,
  type NewAgency,
  type UserEntity,
  UserRepository,
  type UserRole,
} from '@dondoc/persistence';
import { type HttpTarget, runWorker, stackConfig, startApi } from './stack-apps';

export const TEST_PASSWORD = 'mật khẩu thử nghiệm';

/** A province of this test's own, so searches and totals never see another test's rows. */
export const testProvince = (): string => `Tỉnh thử ${randomUUID().slice(0, 8)}`;

/** A realistic agency, written straight through the repository. */
export function seedAgency(app: INestApplication, overrides: Partial<NewAgency> = {}): Promise<AgencyEntity> {
  const suffix = randomUUID().slice(0, 8).toUpperCase();
  return app.get(AgencyRepository).create({
    code: `LCU-STP-${suffix}`,
    name: 'Sở Tư pháp tỉnh Lai Châu',
    province: 'Lai Châu',
    kind: 'provincial_department',
    shortNames: ['Sở Tư pháp', 'STP'],
    focalEmails: [`stp-${suffix.toLowerCase()}@laichau.dondoc.invalid`],
    ...overrides,
  });
}

export interface SeedUser {
  agencyId?: string | null;
  /** The province a staff account serves; by default none (every province). */
  province?: string | null;
  active?: boolean;
  email?: string;
}

export async function seedUser(app: INestApplication, role: UserRole, options: SeedUser = {}): Promise<UserEntity> {
  const agencyId =
    options.agencyId !== undefined ? options.agencyId : role === 'agency_officer' ? (await seedAgency(app)).id : null;
  return app.get(UserRepository).create({
    email: options.email ?? `${role}-${randomUUID().slice(0, 8)}@dondoc.invalid`,
    name: 'Nguyễn Thị Thử',
    role,
    agencyId,
    province: options.province ?? null,
    active: options.active ?? true,
    passwordHash: await app.get(PasswordHasher).hash(TEST_PASSWORD),
  });
}

export interface LoggedIn {
  user: UserEntity;
  token: string;
  /** Spread into supertest's .set(): `.set(actor.auth)`. */
  auth: { authorization: string };
}

/** A new user of `role` (an agency officer gets a new agency unless one is given), logged in through the API. */
export async function loginAs(
  app: INestApplication,
  http: HttpTarget,
  role: UserRole,
  options: SeedUser = {},
): Promise<LoggedIn> {
  const user = await seedUser(app, role, options);
  const response = await request(http).post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD });
  if (response.status !== 200) throw new Error(`login as ${role} failed: ${response.status} ${response.text}`);
  const token = (response.body as { accessToken: string }).accessToken;
  return { user, token, auth: { authorization: `Bearer ${token}` } };
}

/**
 * The API on the test stack for one describe block, with a `role` logged in (and a worker polling, when asked):
 * started before its tests and closed after them. `take` receives them, for the block's own variables.
 */
export function useApiAs(
  role: UserRole,
  take: (started: { app: INestApplication; http: HttpTarget; actor: LoggedIn }) => void,
  { withWorker = false, env = {} }: { withWorker?: boolean; env?: Record<string, string> } = {},
): void {
  let started: INestApplication | undefined;
  let stopWorker: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const config = stackConfig(env);
    const { app, http } = await startApi(config);
    started = app;
    if (withWorker) stopWorker = await runWorker(config);
    take({ app, http, actor: await loginAs(app, http, role) });
  });
  afterAll(async () => {
    await stopWorker?.();
    await started?.close();
  });
}
