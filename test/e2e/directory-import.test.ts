import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type LoggedIn, testProvince, useApiAs } from '../support/registry';
import { problemOf, pageOf } from '../support/bodies';
import { type HttpTarget } from '../support/stack-apps';

describe('POST /agencies/import: the agency directory from JSON or CSV', () => {
  let http: HttpTarget;
  let coordinator: LoggedIn;

  useApiAs('coordinator', (started) => ({ http, actor: coordinator } = started));

  const prefix = () => randomUUID().slice(0, 6).toUpperCase();

  it('upserts a JSON directory by code, reports bad rows, and leaves an identical re-import unchanged', async () => {
    const p = prefix();
    const province = testProvince();
    const directory = {
      province,
      agencies: [
        { code: `${p}-UBND`, name: 'Ủy ban nhân dân tỉnh', kind: 'provincial_committee' },
        {
          code: `${p}-STP`,
          name: 'Sở Tư pháp',
          kind: 'provincial_department',
          parentCode: `${p}-UBND`,
          shortNames: ['STP'],
        },
        { code: `${p}-BAD`, name: 'Sở không rõ loại', kind: 'ministry' },
      ],
      groups: [
        {
          code: `${p}-SBN`,
          name: 'Các sở, ban, ngành tỉnh',
          phrases: ['các sở, ban, ngành tỉnh'],
          members: [`${p}-STP`],
        },
      ],
    };

    const first = await request(http).post('/api/agencies/import').set(coordinator.auth).send(directory).expect(200);
    expect(first.body).toMatchObject({
      agencies: { created: 2, updated: 0, unchanged: 0 },
      groups: { created: 1, updated: 0, unchanged: 0 },
      rejected: [expect.objectContaining({ row: 3, entry: 'agency', code: `${p}-BAD` })],
    });

    const again = await request(http).post('/api/agencies/import').set(coordinator.auth).send(directory).expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });

    const found = await request(http).get('/api/agencies').query({ province, q: 'so tu phap' }).set(coordinator.auth);
    expect(found.body).toMatchObject({ total: 1, items: [{ code: `${p}-STP`, province }] });
  });

  it('reads a CSV upload, with the province in the query', async () => {
    const p = prefix();
    const province = testProvince();
    const csv = [
      'code,name,short_names,aliases,kind,parent_code,focal_emails,head_email,active',
      `${p}-SCT,"Sở Công Thương",SCT,,provincial_department,,vanphong@sct.laichau.dondoc.invalid,,true`,
      `${p}-SYT,"Sở Y tế",SYT;Sở YT,,provincial_department,,,,true`,
    ].join('\n');
    const response = await request(http)
      .post('/api/agencies/import')
      .query({ province })
      .set(coordinator.auth)
      .set('content-type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(response.body).toMatchObject({ agencies: { created: 2 }, rejected: [] });

    const listed = await request(http).get('/api/agencies').query({ province, sort: 'code' }).set(coordinator.auth);
    expect(pageOf(listed).items).toMatchObject([{ code: `${p}-SCT`, name: 'Sở Công Thương' }, { code: `${p}-SYT` }]);
  });

  it('is 400 naming the body for a CSV without a province or a file it cannot read', async () => {
    const headerOnly = 'code,name,short_names,aliases,kind,parent_code,focal_emails,head_email,active\n';
    const noProvince = await request(http)
      .post('/api/agencies/import')
      .set(coordinator.auth)
      .set('content-type', 'text/csv')
      .send(headerOnly)
      .expect(400);
    expect(problemOf(noProvince).errors).toEqual([expect.objectContaining({ field: 'body' })]);

    const badHeader = await request(http)
      .post('/api/agencies/import')
      .query({ province: 'Lai Châu' })
      .set(coordinator.auth)
      .set('content-type', 'text/csv')
      .send('ma,ten\n')
      .expect(400);
    expect(problemOf(badHeader).detail).toMatch(/CSV header/);
  });

  it('is 415 for another content type', async () => {
    await request(http)
      .post('/api/agencies/import')
      .set(coordinator.auth)
      .set('content-type', 'application/xml')
      .send('<agencies/>')
      .expect(415);
  });
});
