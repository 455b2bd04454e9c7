import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AuditEventRepository } from '@dondoc/persistence';
import { type LoggedIn, seedAgency, testProvince, useApiAs } from '../support/registry';
import { idOf, pageOf, problemOf, rowOf, type Row } from '../support/bodies';
import { type HttpTarget } from '../support/stack-apps';

describe('agencies: directory CRUD, search, pages and audit', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;

  useApiAs('coordinator', (started) => ({ app, http, actor: coordinator } = started));

  const code = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;

  it('stores Vietnamese text NFC-normalised, however it was typed', async () => {
    const decomposed = '  Sở   Tư pháp tỉnh Lai Châu '.normalize('NFD');
    const response = await request(http)
      .post('/api/agencies')
      .set(coordinator.auth)
      .send({
        code: code('LCU-STP'),
        name: decomposed,
        province: 'Lai Châu'.normalize('NFD'),
        kind: 'provincial_department',
      })
      .expect(201);
    expect(response.body).toMatchObject({ name: 'Sở Tư pháp tỉnh Lai Châu', province: 'Lai Châu', active: true });
    const { name } = rowOf<{ name: string }>(response);
    expect(name).toBe(name.normalize('NFC'));
  });

  it('finds "Sở Tư pháp" by "so tu phap", ignoring case and diacritics', async () => {
    const province = testProvince();
    const justice = await seedAgency(app, { province, name: 'Sở Tư pháp tỉnh Lai Châu' });
    await seedAgency(app, { province, code: code('LCU-STC'), name: 'Sở Tài chính tỉnh Lai Châu', shortNames: ['STC'] });

    for (const q of ['so tu phap', 'SỞ TƯ PHÁP', 'Sở Tư pháp'.normalize('NFD'), 'stp']) {
      const response = await request(http)
        .get('/api/agencies')
        .query({ q, province })
        .set(coordinator.auth)
        .expect(200);
      expect(response.body).toMatchObject({ total: 1, items: [{ id: justice.id }] });
    }
  });

  it('pages with totals, whitelisted sorts and filters', async () => {
    const province = testProvince();
    const prefix = code('PAGE');
    const codes = ['A', 'B', 'C', 'D', 'E'].map((letter) => `${prefix}-${letter}`);
    for (const agencyCode of codes)
      await seedAgency(app, { province, code: agencyCode, active: agencyCode !== codes[4] });

    const page3 = await request(http)
      .get('/api/agencies')
      .query({ province, sort: 'code', page: 3, pageSize: 2 })
      .set(coordinator.auth)
      .expect(200);
    expect(page3.body).toMatchObject({ total: 5, page: 3, pageSize: 2, items: [{ code: codes[4] }] });

    const descending = await request(http)
      .get('/api/agencies')
      .query({ province, sort: '-code' })
      .set(coordinator.auth);
    expect(pageOf<{ code: string }>(descending).items.map((agency) => agency.code)).toEqual([...codes].reverse());

    const inactive = await request(http)
      .get('/api/agencies')
      .query({ province, active: 'false' })
      .set(coordinator.auth);
    expect(inactive.body).toMatchObject({ total: 1, items: [{ code: codes[4] }] });
  });

  it('writes an audit event, with actor, before/after and request id, for create, update and delete', async () => {
    const requestId = (step: string) => `audit-${step}-${randomUUID().slice(0, 8)}`;
    const sent = { create: requestId('create'), update: requestId('update'), delete: requestId('delete') };
    const created = await request(http)
      .post('/api/agencies')
      .set(coordinator.auth)
      .set('x-request-id', sent.create)
      .send({
        code: code('LCU-SNV'),
        name: 'Sở Nội vụ tỉnh Lai Châu',
        province: 'Lai Châu',
        kind: 'provincial_department',
      })
      .expect(201);
    const id = idOf(created);
    const updated = await request(http)
      .patch(`/api/agencies/${id}`)
      .set(coordinator.auth)
      .set('x-request-id', sent.update)
      .send({ headEmail: 'GiamDoc@snv.laichau.dondoc.invalid' })
      .expect(200)
      .expect((response) => expect(rowOf(response).headEmail).toBe('giamdoc@snv.laichau.dondoc.invalid'));
    const deleted = await request(http)
      .delete(`/api/agencies/${id}`)
      .set(coordinator.auth)
      .set('x-request-id', sent.delete)
      .expect(204);
    await request(http).get(`/api/agencies/${id}`).set(coordinator.auth).expect(404);

    // The server's own ids, not the ones the client sent.
    const serverId = (response: { headers: Record<string, string> }) => response.headers['x-request-id'];
    const ids = { create: serverId(created), update: serverId(updated), delete: serverId(deleted) };
    for (const given of Object.values(sent)) expect(Object.values(ids)).not.toContain(given);
    const { items } = await app.get(AuditEventRepository).listForEntity('agency', id);
    const byAction = Object.fromEntries(items.map((event) => [event.action, event]));
    const actor = { actorId: coordinator.user.id, actorEmail: coordinator.user.email };
    expect(byAction['agency.create']).toMatchObject({ ...actor, requestId: ids.create, before: null, after: { id } });
    expect(byAction['agency.update']).toMatchObject({
      ...actor,
      requestId: ids.update,
      before: { headEmail: null },
      after: { headEmail: 'giamdoc@snv.laichau.dondoc.invalid' },
    });
    expect(byAction['agency.delete']).toMatchObject({ ...actor, requestId: ids.delete, before: { id }, after: null });
  });

  it('refuses to delete an agency that is still referenced, with 409', async () => {
    const parent = await seedAgency(app, { name: 'Ủy ban nhân dân tỉnh Lai Châu', kind: 'provincial_committee' });
    await seedAgency(app, { parentId: parent.id });
    await request(http).delete(`/api/agencies/${parent.id}`).set(coordinator.auth).expect(409);
  });

  describe('agency groups', () => {
    it('keeps its members, replaced as a whole on update, and refuses unknown ones naming memberIds', async () => {
      const [justice, finance, home] = [await seedAgency(app), await seedAgency(app), await seedAgency(app)];
      const created = await request(http)
        .post('/api/agency-groups')
        .set(coordinator.auth)
        .send({
          code: code('LCU-SBN'),
          name: 'Các sở, ban, ngành tỉnh',
          province: 'Lai Châu',
          phrases: ['các sở, ban, ngành tỉnh'],
          memberIds: [justice.id, finance.id],
        })
        .expect(201);
      expect(
        rowOf<{ members: Row[] }>(created)
          .members.map((member) => member.id)
          .sort(),
      ).toEqual([justice.id, finance.id].sort());

      const updated = await request(http)
        .patch(`/api/agency-groups/${idOf(created)}`)
        .set(coordinator.auth)
        .send({ memberIds: [home.id] })
        .expect(200);
      expect(rowOf<{ members: Row[] }>(updated).members).toEqual([{ id: home.id, code: home.code, name: home.name }]);

      const refused = await request(http)
        .patch(`/api/agency-groups/${idOf(created)}`)
        .set(coordinator.auth)
        .send({ memberIds: [randomUUID()] })
        .expect(400);
      expect(problemOf(refused).errors).toEqual([expect.objectContaining({ field: 'memberIds' })]);

      const found = await request(http)
        .get('/api/agency-groups')
        .query({ q: 'cac so ban nganh', pageSize: 100 })
        .set(coordinator.auth)
        .expect(200);
      expect(pageOf(found).items.map((group: { id: string }) => group.id)).toContain(idOf(created));
    });
  });
});
