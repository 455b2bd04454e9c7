import { type DataSource } from 'typeorm';
import { AgencyEntity, AgencyRepository, isUniqueViolation, violatedConstraint } from '@dondoc/persistence';
import { departmentAgency, testProvince } from '../../factories/agency.factory';
import { openStackDataSource } from './database';

describe('AgencyRepository on PostgreSQL', () => {
  let dataSource: DataSource;
  let agencies: AgencyRepository;

  beforeAll(async () => {
    dataSource = await openStackDataSource();
    agencies = new AgencyRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('creates by code, leaves an identical row untouched, and updates only a real change', async () => {
    const input = departmentAgency(testProvince());

    const created = await agencies.upsertByCode(input);
    const again = await agencies.upsertByCode({ ...input, shortNames: [...(input.shortNames ?? [])] });
    const changed = await agencies.upsertByCode({ ...input, headEmail: 'PhoGiamDoc@stp.thu.dondoc.invalid' });

    expect(created.outcome).toBe('created');
    expect(again.outcome).toBe('unchanged');
    expect(again.entity).toEqual(created.entity);
    expect(changed.outcome).toBe('updated');
    expect(changed.entity).toMatchObject({ id: created.entity.id, headEmail: 'phogiamdoc@stp.thu.dondoc.invalid' });
    expect(changed.entity.updatedAt.getTime()).toBeGreaterThanOrEqual(created.entity.updatedAt.getTime());
    expect(await dataSource.getRepository(AgencyEntity).countBy({ code: input.code })).toBe(1);
  });

  it('stores names NFC and a search key without diacritics', async () => {
    const province = testProvince();
    const input = departmentAgency(province, 0, { name: 'Sở Tư pháp tỉnh Lai Châu'.normalize('NFD') });

    const { entity } = await agencies.upsertByCode(input);

    expect(entity.name).toBe('Sở Tư pháp tỉnh Lai Châu');
    expect(entity.searchKey).toBe(`so tu phap tinh lai chau | so tu phap | stp | ${input.code.toLowerCase()}`);
  });

  it('finds "Sở Tư pháp" by "so tu phap", by upper case, and by words in any order', async () => {
    const province = testProvince();
    const [stp] = await Promise.all([0, 1, 2].map((index) => agencies.upsertByCode(departmentAgency(province, index))));

    for (const q of ['so tu phap', 'SỞ TƯ PHÁP', 'phap tu', 'stp', 'Sở Tư pháp'.normalize('NFD')]) {
      const page = await agencies.search({ q, province });
      expect({ q, codes: page.items.map((agency) => agency.code) }).toEqual({ q, codes: [stp.entity.code] });
    }
    expect((await agencies.search({ q: 'so', province })).total).toBe(3);
    expect((await agencies.search({ q: 'so tu phap xyz', province })).total).toBe(0);
  });

  it('treats LIKE wildcards in a query as plain characters', async () => {
    const province = testProvince();
    await agencies.upsertByCode(departmentAgency(province));
    expect((await agencies.search({ q: '%', province })).total).toBe(0);
    expect((await agencies.search({ q: '_', province })).total).toBe(0);
  });

  it('pages with a total over the whole match, filters by kind and active, and sorts', async () => {
    const province = testProvince();
    for (let index = 0; index < 23; index += 1) {
      await agencies.upsertByCode(departmentAgency(province, index, { active: index % 5 !== 0 }));
    }
    await agencies.upsertByCode({ ...departmentAgency(province), kind: 'press', name: 'Báo Thử' });

    const third = await agencies.search({ province, kind: 'provincial_department', page: 3, pageSize: 10 });
    expect(third).toMatchObject({ total: 23, page: 3, pageSize: 10 });
    expect(third.items).toHaveLength(3);

    expect((await agencies.search({ province, active: false })).total).toBe(5);
    expect((await agencies.search({ province, kind: 'press' })).items.map((a) => a.name)).toEqual(['Báo Thử']);

    const byCode = await agencies.search({ province, sort: '-code', pageSize: 200 });
    const codes = byCode.items.map((agency) => agency.code);
    expect(codes).toEqual([...codes].sort().reverse());
    expect((await agencies.search({ province, pageSize: 0, page: -1 })).pageSize).toBe(1);
  });

  it('finds by codes, ignoring unknown ones, and links a child to its parent', async () => {
    const province = testProvince();
    const { entity: parent } = await agencies.upsertByCode(departmentAgency(province));
    const { entity: child } = await agencies.upsertByCode({
      ...departmentAgency(province, 1),
      kind: 'other',
      name: 'Văn phòng Sở',
      parentId: parent.id,
    });

    const found = await agencies.findByCodes([child.code, 'NOT-A-CODE', parent.code]);
    expect(found.map((agency) => agency.id).sort()).toEqual([parent.id, child.id].sort());
    expect((await agencies.search({ province, parentId: parent.id })).items.map((a) => a.id)).toEqual([child.id]);
  });

  it('updates by id, recomputing the search key, and returns null for an unknown id', async () => {
    const { entity } = await agencies.upsertByCode(departmentAgency(testProvince()));
    const updated = await agencies.update(entity.id, { aliases: ['Sở TP'], name: undefined });
    expect(updated).toMatchObject({ name: entity.name, aliases: ['Sở TP'] });
    expect(updated?.searchKey).toContain('| so tp |');
    expect(await agencies.update('00000000-0000-0000-0000-000000000000', { name: 'x' })).toBeNull();
  });

  it('surfaces a duplicate code as a unique violation naming its constraint (for a 409)', async () => {
    const input = departmentAgency(testProvince());
    await agencies.upsertByCode(input);

    const duplicate = dataSource
      .getRepository(AgencyEntity)
      .insert({ ...input, shortNames: [], aliases: [], focalEmails: [], searchKey: 'x' });

    const error = await duplicate.catch((caught: unknown) => caught);
    expect(isUniqueViolation(error)).toBe(true);
    expect(violatedConstraint(error)).toBe('agencies_code_key');
    expect(isUniqueViolation(new Error('boom'))).toBe(false);
  });
});
