import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditEventRepository, CalendarAdjustmentEntity } from '@dondoc/persistence';
import { problemOf } from '../support/bodies';
import { type LoggedIn, loginAs } from '../support/registry';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

interface CalendarYear {
  year: number;
  origin: string;
  adjustments: { breaks: unknown[]; workingDays: string[]; extraDaysOff: string[]; source: string | null };
  daysOff: Array<{ date: string; holiday: string | null; reason: string }>;
  updatedBy: string | null;
}

// Thursday 29/4/2027 off before the 30/4–1/5 holidays, repaid on Saturday 8/5/2027.
const SWAP = {
  workingDays: ['2027-05-08'],
  extraDaysOff: ['2027-04-29'],
  source: 'Bộ Nội vụ: hoán đổi ngày làm việc dịp 30/4/2027 (thử nghiệm)',
};

describe('the announced calendar through the API', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let admin: LoggedIn;
  let coordinator: LoggedIn;

  beforeAll(async () => {
    ({ app, http } = await startApi(stackConfig()));
    [admin, coordinator] = [await loginAs(app, http, 'admin'), await loginAs(app, http, 'coordinator')];
    // 2027 starts statutory here, whatever an earlier test stored.
    await app.get(DataSource).getRepository(CalendarAdjustmentEntity).delete({ year: 2027 });
  });

  afterAll(async () => {
    await app.get(DataSource).getRepository(CalendarAdjustmentEntity).delete({ year: 2027 });
    await app.close();
  });

  const get = async (year: number, as: LoggedIn) =>
    (await request(http).get(`/api/calendar/${year}`).set(as.auth).expect(200)).body as CalendarYear;

  it('shows the statutory Tết 2027 days off, with the weekend days made up, to any role', async () => {
    const viewer = await loginAs(app, http, 'viewer');
    const calendar = await get(2027, viewer);
    expect(calendar).toMatchObject({ year: 2027, origin: 'statutory', updatedBy: null });
    expect(calendar.daysOff.filter((day) => day.holiday === 'tet')).toEqual([
      { date: '2027-02-05', holiday: 'tet', reason: 'statutory' },
      { date: '2027-02-06', holiday: 'tet', reason: 'statutory' },
      { date: '2027-02-07', holiday: 'tet', reason: 'statutory' },
      { date: '2027-02-08', holiday: 'tet', reason: 'statutory' },
      { date: '2027-02-09', holiday: 'tet', reason: 'statutory' },
      { date: '2027-02-10', holiday: 'tet', reason: 'compensatory' },
      { date: '2027-02-11', holiday: 'tet', reason: 'compensatory' },
    ]);
  });

  it('marks a built-in year as the default', async () => {
    expect(await get(2025, admin)).toMatchObject({ origin: 'default', adjustments: { workingDays: ['2025-04-26'] } });
  });

  it('stores a swapped Saturday and an extra day off, shows them on GET, and audits the change', async () => {
    const response = await request(http).put('/api/calendar/2027').set(coordinator.auth).send(SWAP).expect(200);
    expect(response.body).toMatchObject({ origin: 'stored', updatedBy: coordinator.user.email });

    const calendar = await get(2027, admin);
    expect(calendar.adjustments).toEqual({ breaks: [], ...SWAP });
    expect(calendar.daysOff).toContainEqual({ date: '2027-04-29', holiday: null, reason: 'announced' });
    expect(calendar.daysOff.map((day) => day.date)).toContain('2027-02-08');

    const audit = await app.get(AuditEventRepository).list({ action: 'calendar.update', entityId: '2027' });
    expect(audit.items[0]).toMatchObject({ actorId: coordinator.user.id, entityType: 'calendar_year' });
  });

  it('is idempotent: the same PUT again leaves the same year', async () => {
    await request(http).put('/api/calendar/2027').set(admin.auth).send(SWAP).expect(200);
    expect((await get(2027, admin)).adjustments).toEqual({ breaks: [], ...SWAP });
  });

  it.each([
    ['a working day in another year', { workingDays: ['2028-01-08'] }, 'workingDays.0'],
    ['an impossible date', { extraDaysOff: ['2027-02-30'] }, 'extraDaysOff'],
    [
      'a holiday the domain does not know',
      { breaks: [{ holiday: 'christmas', from: '2027-12-24', to: '2027-12-25' }] },
      'breaks.0.holiday',
    ],
    [
      'a break that ends before it starts',
      { breaks: [{ holiday: 'tet', from: '2027-02-10', to: '2027-02-04' }] },
      'breaks.0.to',
    ],
    ['no source', { source: undefined }, 'source'],
    ['an unknown field', { holidays: [] }, 'holidays'],
  ])('refuses %s with 400 naming %s', async (_what, change, field) => {
    const response = await request(http)
      .put('/api/calendar/2027')
      .set(admin.auth)
      .send({ ...SWAP, ...change })
      .expect(400);
    expect(problemOf(response).errors?.map((error) => error.field)).toContain(field);
  });

  it('refuses a year that is not one with 400 naming year', async () => {
    const response = await request(http).get('/api/calendar/27').set(admin.auth).expect(400);
    expect(problemOf(response).errors).toEqual([expect.objectContaining({ field: 'year' })]);
  });

  it.each(['agency_officer', 'inspector', 'viewer'] as const)('refuses a PUT by a %s with 403', async (role) => {
    const actor = await loginAs(app, http, role);
    await request(http).put('/api/calendar/2027').set(actor.auth).send(SWAP).expect(403);
  });
});
