import { Logger } from '@nestjs/common';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { type PasswordHasher } from '@dondoc/auth';
import { loadAppConfig } from '@dondoc/config';
import {
  type AuditEventRepository,
  type NewAuditEvent,
  type NewUser,
  type UserEntity,
  type UserRepository,
} from '@dondoc/persistence';
import { AdminBootstrap } from './admin-bootstrap';

const config = loadAppConfig({
  NODE_ENV: 'test',
  DATABASE_URL: 'postgres://unit@localhost/unit',
  ADMIN_EMAIL: 'quantri@stp.dondoc.invalid',
});

function bootstrap({ adminExists = false, createFails = false } = {}) {
  const created: NewUser[] = [];
  const events: NewAuditEvent[] = [];
  const manager = {} as EntityManager;
  const users: Pick<UserRepository, 'existsWithRole' | 'create'> = {
    existsWithRole: () => Promise.resolve(adminExists),
    create: (user: NewUser) => {
      if (createFails) {
        return Promise.reject(new QueryFailedError('INSERT', [], Object.assign(new Error('dup'), { code: '23505' })));
      }
      created.push(user);
      const now = new Date();
      return Promise.resolve({
        ...user,
        id: 'u1',
        agencyId: null,
        active: true,
        createdAt: now,
        updatedAt: now,
      } as UserEntity);
    },
  };
  const audit: Pick<AuditEventRepository, 'record'> = {
    record: (_manager, event) => {
      events.push(event);
      return Promise.resolve({} as Awaited<ReturnType<AuditEventRepository['record']>>);
    },
  };
  const dataSource = {
    transaction: (work: (m: EntityManager) => Promise<unknown>) => work(manager),
  } as unknown as DataSource;
  const hasher: Pick<PasswordHasher, 'hash'> = { hash: (password) => Promise.resolve(`hashed:${password}`) };
  const service = new AdminBootstrap(
    config,
    dataSource,
    users as UserRepository,
    audit as AuditEventRepository,
    hasher as PasswordHasher,
  );
  return { service, created, events };
}

describe('AdminBootstrap', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  it('creates the configured admin, with a hashed password and an audit event, when no admin exists', async () => {
    const { service, created, events } = bootstrap();
    await service.onApplicationBootstrap();
    expect(created).toEqual([
      {
        email: 'quantri@stp.dondoc.invalid',
        name: 'Quản trị viên',
        role: 'admin',
        passwordHash: 'hashed:dondoc-admin',
      },
    ]);
    expect(events).toMatchObject([{ actor: null, action: 'user.bootstrap', entityId: 'u1' }]);
    expect(JSON.stringify(events)).not.toContain('hashed:');
  });

  it('does nothing once an admin exists', async () => {
    const { service, created, events } = bootstrap({ adminExists: true });
    await service.onApplicationBootstrap();
    expect({ created, events }).toEqual({ created: [], events: [] });
  });

  it('gives way when another instance created the same admin first', async () => {
    const { service, created } = bootstrap({ createFails: true });
    await expect(service.onApplicationBootstrap()).resolves.toBeUndefined();
    expect(created).toEqual([]);
  });
});
