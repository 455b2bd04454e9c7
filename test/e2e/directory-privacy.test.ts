import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { type UserRole } from '@dondoc/persistence';
import { pageOf, rowOf, type Row } from '../support/bodies';
import { type LoggedIn, loginAs, seedAgency, testProvince } from '../support/registry';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

const MANAGER_ROLES: UserRole[] = ['admin', 'coordinator'];
const OTHER_ROLES: UserRole[] = ['viewer', 'inspector', 'agency_officer'];

describe('directory privacy: agencies’ contact emails are shown to managers only', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let province: string;
  let agencyId: string;
  const callers = new Map<UserRole, LoggedIn>();

  beforeAll(async () => {
    ({ app, http } = await startApi(stackConfig()));
    province = testProvince();
    const agency = await seedAgency(app, {
      province,
      focalEmails: ['dau-moi@stp.riengtu.dondoc.invalid'],
      headEmail: 'giam-doc@stp.riengtu.dondoc.invalid',
    });
    agencyId = agency.id;
    for (const role of [...MANAGER_ROLES, ...OTHER_ROLES]) {
      callers.set(role, await loginAs(app, http, role, role === 'agency_officer' ? { agencyId } : {}));
    }
  });

  afterAll(() => app.close());

  async function agencyAsSeenBy(role: UserRole): Promise<{ listed: Row; fetched: Row; text: string }> {
    const auth = callers.get(role)!.auth;
    const list = await request(http).get('/api/agencies').query({ province }).set(auth).expect(200);
    const one = await request(http).get(`/api/agencies/${agencyId}`).set(auth).expect(200);
    const listed = pageOf(list).items.find((item) => item.id === agencyId)!;
    return { listed, fetched: rowOf(one), text: `${list.text}${one.text}` };
  }

  it.each(MANAGER_ROLES)('shows focal and head emails to %s', async (role) => {
    const { listed, fetched } = await agencyAsSeenBy(role);
    for (const agency of [listed, fetched]) {
      expect(agency).toMatchObject({
        focalEmails: ['dau-moi@stp.riengtu.dondoc.invalid'],
        headEmail: 'giam-doc@stp.riengtu.dondoc.invalid',
      });
    }
  });

  it.each(OTHER_ROLES)('omits every contact email for %s, keeping the rest of the agency', async (role) => {
    const { listed, fetched, text } = await agencyAsSeenBy(role);
    for (const agency of [listed, fetched]) {
      expect(agency).toMatchObject({ id: agencyId, province, name: 'Sở Tư pháp tỉnh Lai Châu' });
      expect(agency).not.toHaveProperty('focalEmails');
      expect(agency).not.toHaveProperty('headEmail');
    }
    expect(text).not.toContain('riengtu.dondoc.invalid');
  });
});
