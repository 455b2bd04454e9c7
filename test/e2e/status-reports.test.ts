import { type INestApplication } from '@nestjs/common';
import ExcelJS from 'exceljs';
import request, { type Response } from 'supertest';
import { type AgencyEntity, type PlanEntity } from '@dondoc/persistence';
import { addDays, formatVietnamese, localDateOf } from '@dondoc/domain';
import { problemOf, rowOf } from '../support/bodies';
import { activateAndAwaitAssignments, daysFromToday, onceDue, seedPlanWithTask } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, runWorker, stackConfig, startApi } from '../support/stack-apps';

interface Tally {
  counted: number;
  awaitingReview: number;
  buckets: Record<string, { count: number; percent: number }>;
}
interface PlanReport {
  asOf: string;
  total: Tally;
  byTask: Array<{ taskCode: string; tally: Tally }>;
  byAgency: Array<{ agencyName: string; tally: Tally }>;
}

/** supertest gives binary bodies back as Buffers only when asked to. */
const binary = (response: Response, done: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's types name an older Buffer than this Node's.
  await workbook.xlsx.load(body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

describe('status reports and their exports, from the assignments’ history', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let stopWorker: () => Promise<void>;
  let coordinator: LoggedIn;
  let officer: LoggedIn;
  let agencies: AgencyEntity[];
  let plan: PlanEntity;
  const today = localDateOf(Date.now());
  const due = daysFromToday(30);

  beforeAll(async () => {
    const config = stackConfig();
    ({ app, http } = await startApi(config));
    stopWorker = await runWorker(config);
    coordinator = await loginAs(app, http, 'coordinator');
    agencies = [
      await seedAgency(app, { name: 'Sở Tư pháp tỉnh Điện Biên' }),
      await seedAgency(app, { name: 'Đài Phát thanh và Truyền hình tỉnh' }),
      await seedAgency(app, { name: 'Ban Dân tộc tỉnh' }),
    ];
    officer = await loginAs(app, http, 'agency_officer', { agencyId: agencies[0].id });
    ({ plan } = await seedPlanWithTask(app, agencies, onceDue(due)));
    const assignmentOf = await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 3);
    const idOf = (agency: AgencyEntity) => assignmentOf[agency.id];
    await request(http)
      .post(`/api/assignments/${idOf(agencies[0])}/submissions`)
      .set(officer.auth)
      .send({ reportText: 'Đã tổ chức 5 hội nghị phổ biến pháp luật.' })
      .expect(201);
    await request(http)
      .post(`/api/assignments/${idOf(agencies[1])}/waive`)
      .set(coordinator.auth)
      .send({ reason: 'Đơn vị đã sáp nhập' })
      .expect(200);
  });

  afterAll(async () => {
    await stopWorker();
    await app.close();
  });

  const report = (query = '', who: LoggedIn = coordinator) =>
    request(http).get(`/api/plans/${plan.id}/status-report${query}`).set(who.auth);

  it('puts every assignment in one of the four buckets, with waived work apart', async () => {
    const body = rowOf<PlanReport>(await report().expect(200));
    expect(body.asOf).toBe(today);
    expect(body.total).toMatchObject({
      counted: 2,
      awaitingReview: 1,
      buckets: {
        doneOnTime: { count: 1, percent: 50 },
        doneLate: { count: 0, percent: 0 },
        openInTime: { count: 1, percent: 50 },
        openOverdue: { count: 0, percent: 0 },
        waived: { count: 1, percent: 0 },
      },
    });
    expect(body.byTask).toEqual([expect.objectContaining({ taskCode: 'II.1' })]);
    expect(body.byAgency.map((entry) => [entry.agencyName, entry.tally.counted])).toEqual([
      ['Ban Dân tộc tỉnh', 1],
      ['Đài Phát thanh và Truyền hình tỉnh', 0],
      ['Sở Tư pháp tỉnh Điện Biên', 1],
    ]);
  });

  it('answers as of yesterday from the history (nothing had opened) and refuses a day still to come', async () => {
    const yesterday = rowOf<PlanReport>(await report(`?asOf=${addDays(today, -1)}`).expect(200));
    expect(yesterday.total.counted).toBe(0);
    expect(yesterday.total.buckets.waived.count).toBe(0);

    const progress = rowOf<{ asOf: string; total: number; byStatus: Record<string, number> }>(
      await request(http).get(`/api/plans/${plan.id}/progress?asOf=${today}`).set(coordinator.auth).expect(200),
    );
    expect(progress).toMatchObject({ asOf: today, total: 3, byStatus: { submitted: 1, waived: 1, pending: 1 } });
    const before = rowOf<{ total: number }>(
      await request(http)
        .get(`/api/plans/${plan.id}/progress?asOf=${addDays(today, -1)}`)
        .set(coordinator.auth),
    );
    expect(before.total).toBe(0);

    const tomorrow = problemOf(await report(`?asOf=${addDays(today, 1)}`).expect(400));
    expect(JSON.stringify(tomorrow)).toContain('asOf');
    expect(problemOf(await report('?asOf=30/06/2026').expect(400)).detail ?? '').toContain('asOf');
    expect(problemOf(await report('?asOf=0131-09-12').expect(400)).detail ?? '').toContain('asOf');
  });

  it('gives an agency officer their own agency’s part, and an agency its figures across plans', async () => {
    const own = rowOf<PlanReport>(await report(`?agencyId=${agencies[2].id}`, officer).expect(200));
    expect(own.total).toMatchObject({ counted: 1, buckets: { doneOnTime: { count: 1 } } });

    const across = rowOf<{ total: Tally; byPlan: Array<{ planId: string }> }>(
      await request(http).get(`/api/agencies/${agencies[0].id}/status-report`).set(officer.auth).expect(200),
    );
    expect(across.byPlan.map((entry) => entry.planId)).toEqual([plan.id]);
    await request(http).get(`/api/agencies/${agencies[1].id}/status-report`).set(officer.auth).expect(404);
  });

  it('exports the plan’s progress as a workbook an office can send', async () => {
    const response = await request(http)
      .get(`/api/plans/${plan.id}/exports/progress?format=xlsx`)
      .set(coordinator.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''tien-do-");

    const workbook = await readWorkbook(response.body as Buffer);
    const sheet = workbook.getWorksheet('Tiến độ')!;
    expect(sheet.getCell('A1').value).toBe('TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH');
    expect(sheet.getCell('A2').text).toContain(plan.number!);
    expect(sheet.getCell('A3').value).toBe(`Số liệu tính đến hết ngày ${formatVietnamese(today)}`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(sheet.getRow(6).values).toEqual([
      undefined,
      'STT',
      'Mã nhiệm vụ',
      'Nhiệm vụ',
      'Cơ quan',
      'Vai trò',
      'Kỳ báo cáo',
      'Hạn',
      'Ngày gửi báo cáo',
      'Tình trạng',
      'Số ngày quá hạn',
      'Ghi chú',
    ]);
    const rows = [7, 8, 9].map((number) => sheet.getRow(number));
    const lead = rows.find((row) => row.getCell(4).value === 'Sở Tư pháp tỉnh Điện Biên')!;
    expect(lead.getCell(1).value).toEqual(expect.any(Number));
    expect(lead.getCell(5).value).toBe('Chủ trì');
    expect(lead.getCell(7).value).toEqual(new Date(`${due}T00:00:00Z`));
    expect(lead.getCell(7).numFmt).toBe('dd/mm/yyyy');
    expect(lead.getCell(8).value).toEqual(new Date(`${today}T00:00:00Z`));
    expect(lead.getCell(9).value).toBe('Đã hoàn thành đúng hạn');
    expect(lead.getCell(11).value).toBe('Chờ thẩm định');
    const labels = sheet.getColumn(1).values.filter((value) => typeof value === 'string');
    expect(labels).toEqual(expect.arrayContaining(['Tổng số', 'Đã hoàn thành đúng hạn (50%)', 'Được miễn thực hiện']));
    const total = [...Array(sheet.rowCount).keys()]
      .map((index) => sheet.getRow(index + 1))
      .find((row) => row.getCell(1).value === 'Tổng số')!;
    expect(total.getCell(2).value).toBe(2);
  });

  it('exports the same rows as UTF-8 CSV with a byte-order mark, and the buckets per agency with a total', async () => {
    const csv = await request(http)
      .get(`/api/plans/${plan.id}/exports/progress?format=csv`)
      .set(coordinator.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFSTT,Mã nhiệm vụ,Nhiệm vụ,Cơ quan,')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.find((line) => line.includes('Sở Tư pháp tỉnh Điện Biên'))).toContain(
      `${formatVietnamese(due)},${formatVietnamese(today)},Đã hoàn thành đúng hạn`,
    );

    const byAgency = await request(http)
      .get(`/api/plans/${plan.id}/exports/by-agency`)
      .set(coordinator.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = await readWorkbook(byAgency.body as Buffer);
    const sheet = workbook.getWorksheet('Theo cơ quan')!;
    const last = sheet.getRow(sheet.rowCount);
    expect([last.getCell(2).value, last.getCell(3).value, last.getCell(4).value]).toEqual(['Tổng cộng', 2, 1]);
    await request(http).get(`/api/plans/${plan.id}/exports/progress?format=pdf`).set(coordinator.auth).expect(400);
  });

  it('ranks the agencies by a rubric version and exports the ranking with its reasons', async () => {
    const ranking = rowOf<{
      rubricVersion: number;
      tieRule: string;
      rows: Array<{ rank: number | null; agencyName: string; score: number | null }>;
    }>(await request(http).get(`/api/plans/${plan.id}/ranking?rubricVersion=1`).set(coordinator.auth).expect(200));
    expect(ranking.rubricVersion).toBe(1);
    expect(ranking.tieRule).toContain('đồng hạng');
    expect(ranking.rows[0]).toMatchObject({ rank: 1, agencyName: 'Sở Tư pháp tỉnh Điện Biên', score: 100 });
    expect(ranking.rows.slice(1).map((row) => row.rank)).toEqual([null, null]);

    const missing = problemOf(
      await request(http).get(`/api/plans/${plan.id}/ranking?rubricVersion=9999`).set(coordinator.auth).expect(404),
    );
    expect(missing.detail).toContain('rubricVersion');
    await request(http).get(`/api/plans/${plan.id}/ranking`).set(officer.auth).expect(403);

    const exported = await request(http)
      .get(`/api/plans/${plan.id}/exports/ranking?rubricVersion=1`)
      .set(coordinator.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const sheet = (await readWorkbook(exported.body as Buffer)).getWorksheet('Xếp hạng')!;
    expect(sheet.getCell('A5').text).toContain('phiên bản 1');
    const header = sheet.getRow(7);
    expect([header.getCell(1).value, header.getCell(2).value, header.getCell(3).value]).toEqual([
      'Xếp hạng',
      'Cơ quan',
      'Điểm',
    ]);
    expect([sheet.getCell('A8').value, sheet.getCell('B8').value, sheet.getCell('C8').value]).toEqual([
      1,
      'Sở Tư pháp tỉnh Điện Biên',
      100,
    ]);
  });

  it('lists the audit trail by entity, action and time, newest first, for managers only', async () => {
    const started = new Date(Date.now() - 10 * 60_000).toISOString();
    type AuditPage = {
      total: number;
      items: Array<{ action: string; actorEmail: string; entityType: string; at: string }>;
    };
    // Other files share the database and may waive at the same time: this file's coordinator narrows to its own.
    const page = rowOf<AuditPage>(
      await request(http)
        .get(
          `/api/audit-events?entityType=assignment&action=assignment.waive&actorId=${coordinator.user.id}&from=${started}&pageSize=1`,
        )
        .set(coordinator.auth)
        .expect(200),
    );
    expect(page.total).toBeGreaterThanOrEqual(1);
    expect(page.items).toEqual([
      expect.objectContaining({
        action: 'assignment.waive',
        entityType: 'assignment',
        actorEmail: coordinator.user.email,
      }),
    ]);
    const recent = rowOf<AuditPage>(
      await request(http).get(`/api/audit-events?from=${started}&pageSize=50`).set(coordinator.auth).expect(200),
    );
    const times = recent.items.map((item) => item.at);
    expect(times.length).toBeGreaterThan(1);
    expect(times).toEqual([...times].sort().reverse());
    const none = rowOf<{ total: number }>(
      await request(http)
        .get(`/api/audit-events?action=assignment.waive&actorId=${coordinator.user.id}&to=${started}`)
        .set(coordinator.auth)
        .expect(200),
    );
    expect(none.total).toBe(0);

    const reversed = problemOf(
      await request(http).get(`/api/audit-events?from=${new Date().toISOString()}&to=${started}`).set(coordinator.auth),
    );
    expect(reversed.status).toBe(400);
    expect(reversed.detail).toContain('to');
    await request(http).get('/api/audit-events').set(officer.auth).expect(403);
  });
});
