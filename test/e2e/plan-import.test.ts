import { type INestApplication } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import request from 'supertest';
import { AuditEventRepository, PlanRepository, TaskRepository } from '@dondoc/persistence';
import { buildDocx } from '../fixtures/plan-import/document-builders';
import { type LoggedIn, loginAs } from '../support/registry';
import { pageOf, problemOf, rowOf } from '../support/bodies';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';
import { type DirectoryFile, laiChauDirectory, ownProvince, plansImportedFrom, seed } from '../support/seed-plans';

const FIXTURES = path.resolve(__dirname, '../fixtures/plan-import');

interface ImportBody {
  plan: { id: string; number: string | null; title: string; status: string; standingOfficeId: string | null };
  province: string | null;
  sourceDocument: { filename: string; mediaType: string; size: number; sha256: string };
  tasks: Array<{
    id: string;
    code: string;
    kind: string;
    timeframe: string | null;
    parentId: string | null;
    leadNames: string[];
    agencies: Array<{ code: string; role: string }>;
  }>;
  warnings: Array<{ code: string; where?: string }>;
  unresolvedAgencies: Array<{ name: string; where: string; role: string; suggestions: Array<{ code: string }> }>;
}

describe('POST /plans/import: a plan document becomes a draft with tasks and resolved agencies', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;
  let province: string;
  let directory: DirectoryFile;

  beforeAll(async () => {
    ({ app, http } = await startApi(stackConfig()));
    coordinator = await loginAs(app, http, 'coordinator');
    province = ownProvince();
    directory = laiChauDirectory(province);
    await request(http).post('/api/agencies/import').set(coordinator.auth).send(directory).expect(200);
  });

  afterAll(() => app.close());

  const upload = (bytes: Buffer, filename: string, fields: Record<string, string> = {}) => {
    const test = request(http).post('/api/plans/import').set(coordinator.auth);
    for (const [name, value] of Object.entries(fields)) void test.field(name, value);
    return test.attach('file', bytes, filename);
  };

  const numberedPlan = (number: string): Buffer => {
    const text = readFileSync(path.join(FIXTURES, 'numbered-plan.md'), 'utf8')
      .replaceAll('{{PROVINCE_UPPER}}', province.toLocaleUpperCase('vi'))
      .replaceAll('{{PROVINCE}}', province)
      .replaceAll('{{NUMBER}}', number);
    return Buffer.from(text, 'utf8');
  };

  /** What a refused upload must leave: no plan from its bytes, no audit event by this coordinator. */
  const writes = async (bytes: Buffer) => ({
    plans: await plansImportedFrom(app, bytes),
    audit: (await app.get(AuditEventRepository).list({ actorId: coordinator.user.id, pageSize: 1 })).total,
  });

  it('imports seed 003 as a draft with its 27 tasks coded III.… and its reporting obligation, every lead resolved, and starts the intake', async () => {
    const { name, bytes } = seed('003');
    const response = await upload(bytes, name, { province }).expect(201);
    const body = rowOf<ImportBody>(response);

    expect(body.plan).toMatchObject({
      status: 'draft',
      number: null,
      title: expect.stringMatching(/^Kế hoạch triển khai Đề án/),
    });
    expect(body.province).toBe(province);
    expect(body.sourceDocument).toEqual({
      filename: name,
      mediaType: 'text/plain',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(body.tasks.filter((t) => t.kind === 'work')).toHaveLength(27);
    // "Định kỳ hàng năm, các sở, ban, ngành tỉnh báo cáo … gửi Bộ Tư pháp": work of its own, after the tasks.
    expect(body.tasks.filter((t) => t.kind === 'report').map((t) => [t.code, t.timeframe])).toEqual([
      ['BC.1', expect.stringMatching(/định kỳ hàng năm/i)],
    ]);
    expect(body.tasks.map((t) => t.code)).toEqual(
      expect.arrayContaining(['III.1.1', 'III.4.2.a', 'III.4.5.đ', 'III.9']),
    );
    expect(body.unresolvedAgencies).toEqual([]);
    expect(body.tasks.filter((t) => !t.agencies.some((a) => a.role === 'lead')).map((t) => t.code)).toEqual([]);
    const stp = directory.agencies.find((a) => a.code.endsWith('-LCU-STP'))?.code;
    const task = body.tasks.find((t) => t.code === 'III.4.2.a');
    expect(task?.leadNames).toEqual(['Sở Tư pháp']);
    expect(task?.agencies).toEqual([expect.objectContaining({ code: stp, role: 'lead' })]);

    const stored = await app.get(TaskRepository).listForPlan(body.plan.id);
    expect(stored).toHaveLength(28);
    const links = await app.get(TaskRepository).listAgencies(stored.find((t) => t.code === 'III.1.1')?.id ?? '');
    expect(links.length).toBeGreaterThan(10);
    expect(body.plan.standingOfficeId).toBe(links.find((l) => l.agency?.code === stp)?.agencyId);

    const audit = await app.get(AuditEventRepository).listForEntity('plan', body.plan.id);
    expect(audit.items.map((e) => e.action)).toEqual(['plan.import']);
    const intake = await request(http).get(`/api/plans/${body.plan.id}/intake`).set(coordinator.auth).expect(200);
    expect(intake.body).toMatchObject({ workflowId: expect.stringContaining(body.plan.id) });
  });

  it('infers the province from the text, keeps a misspelt agency as written with the right suggestion first, and reads .docx', async () => {
    const number = `${randomUUID().slice(0, 6)}/KH-UBND`;
    const lines = numberedPlan(number)
      .toString('utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const response = await upload(buildDocx(lines), 'ke-hoach-pbgdpl-2026.docx').expect(201);
    const body = rowOf<ImportBody>(response);

    expect(body).toMatchObject({
      province,
      plan: { number, title: 'Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật năm 2026' },
    });
    expect(body.tasks.map((t) => [t.code, t.kind])).toEqual([
      ['II.1', 'work'],
      ['II.2', 'work'],
      ['BC.1', 'report'],
    ]);
    const sgddt = directory.agencies.find((a) => a.code.endsWith('-LCU-SGDDT'))?.code;
    expect(body.unresolvedAgencies).toEqual([
      { name: 'Sở Giáo dục và Đào tạp', where: 'II.2', role: 'lead', suggestions: expect.any(Array) },
    ]);
    expect(body.unresolvedAgencies[0].suggestions[0].code).toBe(sgddt);
    expect(body.tasks[1].leadNames).toEqual(['Sở Giáo dục và Đào tạp']);
    expect(body.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'agency-unresolved', where: 'II.2' })]),
    );
    // Sở TT&TT and a group phrase, expanded to the district committees.
    expect(body.tasks[0].agencies.filter((a) => a.role === 'coordinating')).toHaveLength(9);
  });

  it('is 409 naming number when a plan with the same number is imported again, and writes nothing', async () => {
    const bytes = numberedPlan(`${randomUUID().slice(0, 6)}/KH-UBND`);
    await upload(bytes, 'ke-hoach.md').expect(201);
    const before = await writes(bytes);
    const again = await upload(bytes, 'ke-hoach-ban-sao.md').expect(409);
    expect(problemOf(again).errors).toEqual([expect.objectContaining({ field: 'number' })]);
    expect(await writes(bytes)).toEqual(before);
  });

  it.each([
    ['the news article (seed 002)', () => seed('002').bytes, '002.txt', 'not-a-plan', /not a plan/i],
    ['an empty file', () => Buffer.alloc(0), 'ke-hoach.txt', 'empty-file', /empty/],
    [
      'binary bytes named .txt',
      () => Buffer.from([0x01, 0x00, 0x02, 0x03]),
      'ke-hoach.txt',
      'binary-content',
      /binary/,
    ],
  ])('is 422 with the importer’s code for %s, and writes nothing', async (_what, bytesOf, filename, code, detail) => {
    const bytes = bytesOf();
    const before = await writes(bytes);
    const response = await upload(bytes, filename).expect(422);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(problemOf(response).detail).toMatch(detail);
    expect(problemOf(response).errors).toEqual([expect.objectContaining({ field: 'file', code })]);
    expect(response.body).toMatchObject({ code });
    expect(await writes(bytes)).toEqual(before);
  });

  it.each([
    ['a PNG renamed .pdf', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'ke-hoach.pdf'],
    ['a spreadsheet', Buffer.from('PK\u0003\u0004 not really', 'latin1'), 'ke-hoach.xlsx'],
    ['plain text named .docx', Buffer.from('KẾ HOẠCH'), 'ke-hoach.docx'],
  ])('is 415 for %s', async (_what, bytes, filename) => {
    const response = await upload(bytes, filename).expect(415);
    expect(problemOf(response).errors).toEqual([
      expect.objectContaining({ field: 'file', code: 'unsupported-format' }),
    ]);
  });

  it('is 415 for a JSON body and 400 naming file when the form has no file', async () => {
    await request(http).post('/api/plans/import').set(coordinator.auth).send({ province }).expect(415);
    const none = await request(http)
      .post('/api/plans/import')
      .set(coordinator.auth)
      .field('province', province)
      .expect(400);
    expect(problemOf(none).errors).toEqual([expect.objectContaining({ field: 'file' })]);
  });

  it('is 400 naming province for a province without a directory', async () => {
    const response = await upload(seed('003').bytes, 'ke-hoach.txt', { province: 'Tỉnh không có' }).expect(400);
    expect(problemOf(response).errors).toEqual([expect.objectContaining({ field: 'province' })]);
  });

  it('is 413 for a file over 20 MB', async () => {
    const tooLarge = Buffer.alloc(21 * 1024 * 1024, 'a');
    const before = await writes(tooLarge);
    const response = await upload(tooLarge, 'lon.txt');
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await writes(tooLarge)).toEqual(before);
  });

  it('is for managers only: 401 without a token, 403 for an agency officer', async () => {
    const { bytes } = seed('003');
    await request(http).post('/api/plans/import').attach('file', bytes, 'ke-hoach.txt').expect(401);
    const officer = await loginAs(app, http, 'agency_officer');
    await request(http).post('/api/plans/import').set(officer.auth).attach('file', bytes, 'ke-hoach.txt').expect(403);
    // Refused to import, not to read: a plan of no known province is every province's.
    await app.get(PlanRepository).createDraft({ title: 'Kế hoạch năm 2026', province: null });
    const listed = await request(http).get('/api/plans').query({ pageSize: 1 }).set(officer.auth).expect(200);
    expect(pageOf(listed).total).toBeGreaterThan(0);
  });
});
