import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { DirectoryImporter, parseDirectory } from '@dondoc/directory';
import {
  AgencyEntity,
  AgencyGroupRepository,
  AgencyRepository,
  AuditEventEntity,
  AuditEventRepository,
  dataSourceOptions,
  migrateDatabase,
} from '@dondoc/persistence';
import { createEmptyDatabase } from '../persistence/database';

const DIRECTORIES = path.resolve(__dirname, '../../../data/directories');
const seedFile = (name: string) => readFileSync(path.join(DIRECTORIES, name), 'utf8');

const HEADER = 'code,name,short_names,aliases,kind,parent_code,focal_emails,head_email,active';

describe('DirectoryImporter on PostgreSQL (a database of its own)', () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let dataSource: DataSource;
  let importer: DirectoryImporter;
  let agencies: AgencyRepository;
  let groups: AgencyGroupRepository;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    await migrateDatabase(database.url);
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    agencies = new AgencyRepository(dataSource);
    groups = new AgencyGroupRepository(dataSource);
    importer = new DirectoryImporter(dataSource, agencies, groups, new AuditEventRepository(dataSource));
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it.each([
    ['lai-chau.json', 'Lai Châu'],
    ['lang-son.json', 'Lạng Sơn'],
  ])('imports the seed directory %s: every agency and group created, none rejected', async (file, province) => {
    const text = seedFile(file);
    const parsed = parseDirectory({ text, format: 'json' });

    const report = await importer.import({ text, format: 'json' });

    expect(report).toMatchObject({
      agencies: { created: parsed.accepted.length, updated: 0, unchanged: 0 },
      groups: { created: parsed.groups.length, updated: 0, unchanged: 0 },
      created: parsed.accepted.length + parsed.groups.length,
      rejected: [],
    });
    expect((await agencies.search({ province })).total).toBe(parsed.accepted.length);
  });

  it('links children to parents and resolves group members by agency code', async () => {
    const stttt = await agencies.getByCode('LCU-STTTT');
    const units = await agencies.search({ parentId: stttt?.id, sort: 'code' });
    expect(units.items.map((unit) => unit.code)).toContain('LCU-STTTT-TTRA');

    const districts = await groups.getByCode('LCU-G-UBND-HUYEN');
    const members = await groups.listMembers(districts?.id ?? '');
    expect(members).toHaveLength(8);
    expect(members.every((member) => member.kind === 'district_committee')).toBe(true);
  });

  it('finds the imported Sở Tư pháp by "so tu phap" in its province', async () => {
    const page = await agencies.search({ q: 'so tu phap', province: 'Lạng Sơn' });
    expect(page.items.map((agency) => agency.code)).toEqual(['LSN-STP']);
  });

  it('does nothing the second time: every row unchanged, timestamps kept', async () => {
    const before = await agencies.getByCode('LCU-STP');

    const report = await importer.import({ text: seedFile('lai-chau.json'), format: 'json' });

    expect(report).toMatchObject({ created: 0, updated: 0, rejected: [] });
    expect(report.unchanged).toBe(report.agencies.unchanged + report.groups.unchanged);
    expect(report.agencies.unchanged).toBeGreaterThan(30);
    expect((await agencies.getByCode('LCU-STP'))?.updatedAt).toEqual(before?.updatedAt);
  });

  it('counts as updated only the rows that really changed, membership included', async () => {
    const directory = JSON.parse(seedFile('lai-chau.json')) as {
      agencies: Array<{ code: string; headEmail: string }>;
      groups: Array<{ code: string; members: string[] }>;
    };
    directory.agencies.find((a) => a.code === 'LCU-STP')!.headEmail = 'phogiamdoc@stp.laichau.dondoc.invalid';
    directory.groups.find((g) => g.code === 'LCU-G-UBND-HUYEN')!.members.pop();

    const report = await importer.import({ text: JSON.stringify(directory), format: 'json' });

    expect(report.agencies).toMatchObject({ created: 0, updated: 1 });
    expect(report.groups).toMatchObject({ created: 0, updated: 1 });
    expect((await agencies.getByCode('LCU-STP'))?.headEmail).toBe('phogiamdoc@stp.laichau.dondoc.invalid');
  });

  it('writes the good rows of a CSV, reports each bad one with its row and reason, and audits the import', async () => {
    const csv = [
      HEADER,
      'LCU-SXD,Sở Xây dựng tỉnh Lai Châu,"Sở Xây dựng;SXD",,provincial_department,,vanphong@sxd.laichau.dondoc.invalid,giamdoc@sxd.laichau.dondoc.invalid,true',
      'LCU-SXD-VP,"Văn phòng Sở Xây dựng, tỉnh Lai Châu",Văn phòng Sở Xây dựng,,other,LCU-SXD,,,',
      ',Sở Công Thương tỉnh Lai Châu,,,provincial_department,,,,',
      'LCU-SCT,Sở Công Thương tỉnh Lai Châu,,,ministry,,,,',
      'LCU-SNNMT,Sở Nông nghiệp và Môi trường tỉnh Lai Châu,,,provincial_department,,không-phải-email,,',
      'LCU-SXD-TTRA,Thanh tra Sở Xây dựng,,,other,LCU-KHONG-CO,,,',
      'LCU-SXD,Sở Xây dựng (trùng),,,provincial_department,,,,',
      'LCU-STP-VP,Văn phòng Sở Tư pháp tỉnh Lai Châu,Văn phòng Sở Tư pháp,,other,LCU-STP,,,',
    ].join('\r\n');
    const actor = { id: null, email: 'import@dondoc.invalid' };

    const report = await importer.import(
      { text: csv, format: 'csv', province: 'Lai Châu' },
      { actor, requestId: 'r-42' },
    );

    expect(report.agencies).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(report.rejected.map(({ row, code, reason }) => ({ row, code, reason: reason.split(':')[0] }))).toEqual([
      { row: 4, code: undefined, reason: 'missing code' },
      { row: 5, code: 'LCU-SCT', reason: 'invalid kind "ministry"' },
      { row: 6, code: 'LCU-SNNMT', reason: 'bad email in focal emails' },
      { row: 7, code: 'LCU-SXD-TTRA', reason: 'unknown parent code LCU-KHONG-CO' },
      { row: 8, code: 'LCU-SXD', reason: 'duplicate code LCU-SXD in file (first on row 2)' },
    ]);
    const office = await agencies.getByCode('LCU-SXD-VP');
    expect(office).toMatchObject({ name: 'Văn phòng Sở Xây dựng, tỉnh Lai Châu', province: 'Lai Châu' });
    expect(office?.parentId).toBe((await agencies.getByCode('LCU-SXD'))?.id);
    expect((await agencies.getByCode('LCU-STP-VP'))?.parentId).toBe((await agencies.getByCode('LCU-STP'))?.id);

    const [event] = await dataSource
      .getRepository(AuditEventEntity)
      .find({ where: { requestId: 'r-42' }, order: { id: 'DESC' } });
    expect(event).toMatchObject({
      action: 'directory.import',
      entityType: 'directory',
      entityId: 'Lai Châu',
      actorEmail: 'import@dondoc.invalid',
      after: expect.objectContaining({ created: 3, rejected: 5, format: 'csv' }),
    });
  });

  it('writes nothing, not even the audit event, when the database refuses a row half-way', async () => {
    // The refusal comes from PostgreSQL itself: a constraint this database (and only this one) has.
    await dataSource.query(`ALTER TABLE agencies ADD CONSTRAINT test_refuses CHECK (code <> 'LCU-TU-CHOI')`);
    const auditsBefore = await dataSource.getRepository(AuditEventEntity).count();
    const csv = [
      HEADER,
      'LCU-MOI-1,Cơ quan mới thứ nhất,,,other,,,,',
      'LCU-MOI-2,Cơ quan mới thứ hai,,,other,,,,',
      'LCU-TU-CHOI,Cơ quan bị từ chối,,,other,,,,',
      'LCU-MOI-3,Cơ quan mới thứ ba,,,other,,,,',
    ].join('\n');
    const changedStp = csv.replace('LCU-MOI-1,', 'LCU-STP,');

    try {
      await expect(importer.import({ text: changedStp, format: 'csv', province: 'Lai Châu' })).rejects.toThrow(
        /test_refuses/,
      );
    } finally {
      await dataSource.query(`ALTER TABLE agencies DROP CONSTRAINT test_refuses`);
    }

    const written = await dataSource.getRepository(AgencyEntity).countBy({ code: 'LCU-MOI-2' });
    expect(written).toBe(0);
    expect((await agencies.getByCode('LCU-STP'))?.name).toBe('Sở Tư pháp tỉnh Lai Châu');
    expect(await dataSource.getRepository(AuditEventEntity).count()).toBe(auditsBefore);
  });
});
