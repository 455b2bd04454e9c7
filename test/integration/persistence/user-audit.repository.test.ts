import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import {
  AgencyRepository,
  AuditEventEntity,
  AuditEventRepository,
  InspectionRepository,
  actingProvince,
  isUniqueViolation,
  PlanRepository,
  UserRepository,
  USER_SORTS,
  violatedConstraint,
} from '@dondoc/persistence';
import { departmentAgency, testProvince } from '../../factories/agency.factory';
import { planDraft } from '../../factories/registry.factory';
import { openStackDataSource } from './database';

describe('UserRepository, AuditEventRepository and InspectionRepository on PostgreSQL', () => {
  let dataSource: DataSource;
  let users: UserRepository;
  let audit: AuditEventRepository;

  const email = (local: string) => `${local}-${randomUUID().slice(0, 8)}@stp.laichau.dondoc.invalid`;

  beforeAll(async () => {
    dataSource = await openStackDataSource();
    users = new UserRepository(dataSource);
    audit = new AuditEventRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('stores emails lower case and finds a user by any casing of the email', async () => {
    const address = email('Nguyen.Van.A');
    const user = await users.create({
      email: `  ${address.toUpperCase()} `,
      name: 'Nguyễn Văn A',
      role: 'coordinator',
    });

    expect(user.email).toBe(address.toLowerCase());
    expect(await users.getByEmail(address.toUpperCase())).toMatchObject({ id: user.id, active: true });
  });

  it('reads a caller as the guard checks it on every request: the province an officer acts in is its agency’s', async () => {
    const { entity: agency } = await new AgencyRepository(dataSource).upsertByCode(departmentAgency(testProvince()));
    const officer = await users.create({
      email: email('can.bo.so'),
      name: 'Lò Văn Đức',
      role: 'agency_officer',
      agencyId: agency.id,
    });
    const coordinator = await users.create({
      email: email('dieu.phoi'),
      name: 'Điêu Thị Phối',
      role: 'coordinator',
      province: 'Lai Châu',
    });
    await users.setPasswordHash(coordinator.id, 'hash');
    await users.update(officer.id, { active: false });

    for (const id of [officer.id, coordinator.id]) {
      const user = (await users.getById(id))!;
      expect(await users.getCaller(id)).toEqual({
        id,
        email: user.email,
        role: user.role,
        agencyId: user.agencyId,
        province: actingProvince(user),
        active: user.active,
        credentialsChangedAt: user.credentialsChangedAt,
      });
    }
    expect(await users.getCaller(officer.id)).toMatchObject({ province: agency.province, active: false });
    expect((await users.getCaller(coordinator.id))!.credentialsChangedAt).toBeInstanceOf(Date);
    expect(await users.getCaller(randomUUID())).toBeNull();
  });

  it('refuses a taken email as a unique violation on users_email_key (for a 409)', async () => {
    const address = email('tran.thi.b');
    await users.create({ email: address, name: 'Trần Thị B', role: 'viewer' });
    const error = await users
      .create({ email: address.toUpperCase(), name: 'Trần Thị B', role: 'viewer' })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(violatedConstraint(error)).toBe('users_email_key');
  });

  it('requires an agency for an agency officer', async () => {
    const error = await users
      .create({ email: email('can.bo'), name: 'Cán bộ', role: 'agency_officer' })
      .catch((e: unknown) => e);
    expect(violatedConstraint(error)).toBe('users_agency_officer_agency_check');

    const { entity: agency } = await new AgencyRepository(dataSource).upsertByCode(departmentAgency(testProvince()));
    const officer = await users.create({
      email: email('can.bo'),
      name: 'Cán bộ',
      role: 'agency_officer',
      agencyId: agency.id,
    });
    expect((await users.list({ agencyId: agency.id })).items.map((u) => u.id)).toEqual([officer.id]);
  });

  it.each(USER_SORTS)('lists users sorted by %s', async (sort) => {
    const page = await users.list({ sort, q: 'dondoc.invalid', pageSize: 5 });
    expect(page.items.length).toBeGreaterThan(0);
  });

  it('writes the audit event inside the caller’s transaction: a rollback leaves neither change nor event', async () => {
    const entityId = randomUUID();
    await dataSource
      .transaction(async (manager) => {
        await audit.record(manager, {
          actor: null,
          action: 'agency.update',
          entityType: 'agency',
          entityId,
          before: { name: 'cũ' },
          after: { name: 'mới' },
        });
        throw new Error('the change failed');
      })
      .catch(() => undefined);
    expect(await dataSource.getRepository(AuditEventEntity).countBy({ entityId })).toBe(0);

    const actor = await users.create({ email: email('admin'), name: 'Quản trị', role: 'admin' });
    await dataSource.transaction((manager) =>
      audit.record(manager, {
        actor: { id: actor.id, email: actor.email },
        action: 'agency.update',
        entityType: 'agency',
        entityId,
        after: { name: 'mới' },
        requestId: 'req-1',
      }),
    );
    const events = await audit.listForEntity('agency', entityId);
    expect(events.total).toBe(1);
    expect(events.items[0]).toMatchObject({ actorId: actor.id, actorEmail: actor.email, after: { name: 'mới' } });
    expect(events.items[0].id).toMatch(/^\d+$/);
  });

  it('schedules an inspection once per workflow id and moves it through its statuses', async () => {
    const inspections = new InspectionRepository(dataSource);
    const plan = await new PlanRepository(dataSource).createDraft(planDraft());
    const workflowId = `inspection-${randomUUID()}`;
    const input = { planId: plan.id, period: '2025', workflowId, windowStart: '2025-12-01', windowEnd: '2025-12-10' };

    const first = await inspections.schedule(input);
    const again = await inspections.schedule({ ...input, windowStart: '2025-12-02' });

    expect(again).toMatchObject({ id: first.id, windowStart: '2025-12-01', status: 'scheduled', teams: [] });
    expect(await inspections.setStatus(first.id, 'reported', ['notified'])).toBe(false);
    expect(await inspections.setStatus(first.id, 'notified', ['scheduled'])).toBe(true);
    await inspections.recordFindings(first.id, 'Đoàn kiểm tra ghi nhận …');
    expect((await inspections.listForPlan(plan.id, { status: 'reported' })).items[0]).toMatchObject({
      findingsReport: 'Đoàn kiểm tra ghi nhận …',
    });
  });
});
