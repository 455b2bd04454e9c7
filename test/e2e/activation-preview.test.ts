import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { localDateOf } from '@dondoc/domain';
import {
  AssignmentRepository,
  AuditEventRepository,
  PlanRepository,
  TaskRepository,
  EVERY_AGENCY,
} from '@dondoc/persistence';
import { problemOf, rowOf } from '../support/bodies';
import { daysFromToday, eventually, onRequest, onceDue, importSeedPlan } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, runWorker, stackConfig, startApi } from '../support/stack-apps';
import { laiChauDirectory, ownProvince } from '../support/seed-plans';

interface Preview {
  today: string;
  needsChoice: boolean;
  latePeriodChoice: string | null;
  assignmentsNow: number;
  opensNow: Array<{ taskId: string; taskCode: string; period: string; due: string; assignments: number; lead: number }>;
  latePeriods: Array<{ taskCode: string; period: string; due: string; outcome: string; newDue: string | null }>;
  nextOpenings: Array<{ taskCode: string; opens: string }>;
  firstDeadlines: Array<{ due: string }>;
  onRequestTasks: Array<{ taskCode: string }>;
  recipients: Array<{ name: string; focalEmails: number; withoutAddress: boolean; assignments: number }>;
}

interface Review {
  province: string | null;
  importNotes: Array<{ code: string; message: string; where?: string }>;
  tasks: Array<{
    code: string;
    scheduleKind: string | null;
    understood: boolean;
    timeframeNotes: string[];
    timeframeInText: string | null;
    periods: Array<{ due: string }>;
    unresolved: Array<{ name: string; role: string; suggestions: Array<{ code: string; agencyIds: string[] }> }>;
  }>;
}

describe('GET /plans/:id/activation-preview: what activating would open, skip and email, without writing', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let stopWorker: () => Promise<void>;
  let coordinator: LoggedIn;
  const today = localDateOf(Date.now());
  const year = Number(today.slice(0, 4));

  beforeAll(async () => {
    const config = stackConfig();
    ({ app, http } = await startApi(config));
    stopWorker = await runWorker(config);
    coordinator = await loginAs(app, http, 'coordinator');
  });

  afterAll(async () => {
    await stopWorker();
    await app.close();
  });

  const preview = (planId: string, query = '', auth = coordinator.auth) =>
    request(http).get(`/api/plans/${planId}/activation-preview${query}`).set(auth);

  /** A 2-year-old plan running 4 more years: a task late by 5 days, one due in 20 days, one on request. */
  async function seedRunningPlan() {
    const agencies = await Promise.all(
      ['Sở Tư pháp', 'Sở Nội vụ', 'Đài Phát thanh và Truyền hình'].map((name, index) =>
        seedAgency(app, { name: `${name} ${randomUUID().slice(0, 4)}`, ...(index === 2 ? { focalEmails: [] } : {}) }),
      ),
    );
    const plan = await app.get(PlanRepository).createDraft({
      title: 'Kế hoạch phổ biến, giáo dục pháp luật giai đoạn 2025 – 2030',
      number: `${randomUUID().slice(0, 8)}/KH-UBND`,
      periodFrom: year - 1,
      periodTo: year + 4,
    });
    const tasks = app.get(TaskRepository);
    const schedules = [onceDue(daysFromToday(-5)), onceDue(daysFromToday(20)), onRequest];
    for (const [index, schedule] of schedules.entries()) {
      const task = await tasks.create(plan.id, { code: `II.${index + 1}`, title: `Nhiệm vụ ${index + 1}`, schedule });
      await tasks.setAgencies(
        task.id,
        agencies.map((agency, n) => ({ agencyId: agency.id, role: n === index % 3 ? 'lead' : 'coordinating' })),
      );
    }
    return plan;
  }

  /** The draft of a plan written as text, after its province's directory: `lines` follow the letterhead. */
  async function importPlanText(lines: string[], filename: string): Promise<string> {
    const directory = laiChauDirectory(ownProvince());
    await request(http).post('/api/agencies/import').set(coordinator.auth).send(directory).expect(200);
    const text = [`ỦY BAN NHÂN DÂN TỈNH ${directory.province.toUpperCase()}`, ...lines].join('\n');
    const upload = await request(http)
      .post('/api/plans/import')
      .set(coordinator.auth)
      .field('province', directory.province)
      .attach('file', Buffer.from(text), { filename, contentType: 'text/plain' })
      .expect(201);
    return (upload.body as { plan: { id: string } }).plan.id;
  }

  const draftReview = async (planId: string) =>
    rowOf<Review>(await request(http).get(`/api/plans/${planId}/draft-review`).set(coordinator.auth).expect(200));

  const writes = async (planId: string) => ({
    plan: (await app.get(PlanRepository).getById(planId))?.status,
    assignments: (await app.get(AssignmentRepository).list(EVERY_AGENCY, { planId, pageSize: 1 })).total,
    audit: (await app.get(AuditEventRepository).listForEntity('plan', planId)).items.length,
  });

  it('lists the late periods and what each choice does to them, writes nothing, and needs lateDue with open-now', async () => {
    const plan = await seedRunningPlan();
    const before = await writes(plan.id);

    const undecided = rowOf<Preview>(await preview(plan.id).expect(200));
    expect(undecided).toMatchObject({ today, needsChoice: true, latePeriodChoice: null });
    expect(undecided.opensNow.map((p) => p.taskCode)).toEqual(['II.2']);
    expect(undecided.latePeriods).toEqual([
      {
        taskId: expect.any(String),
        taskCode: 'II.1',
        period: daysFromToday(-5),
        due: daysFromToday(-5),
        outcome: 'undecided',
        newDue: null,
      },
    ]);
    expect(undecided.onRequestTasks.map((t) => t.taskCode)).toEqual(['II.3']);

    const skipped = rowOf<Preview>(await preview(plan.id, '?latePeriods=skip').expect(200));
    expect(skipped.needsChoice).toBe(false);
    expect(skipped.latePeriods.map((p) => p.outcome)).toEqual(['skipped']);
    expect(skipped.opensNow.map((p) => p.taskCode)).not.toContain('II.1');

    const lateDue = daysFromToday(14);
    const opened = rowOf<Preview>(await preview(plan.id, `?latePeriods=open-now&lateDue=${lateDue}`).expect(200));
    expect(opened.latePeriods).toEqual([expect.objectContaining({ outcome: 'opens-now', newDue: lateDue })]);
    expect(opened.opensNow).toEqual(
      expect.arrayContaining([expect.objectContaining({ taskCode: 'II.1', due: lateDue, assignments: 3, lead: 1 })]),
    );
    expect(opened.recipients).toEqual(
      expect.arrayContaining([expect.objectContaining({ withoutAddress: true, focalEmails: 0 })]),
    );
    expect(opened.firstDeadlines.length).toBeGreaterThan(0);

    const missing = await preview(plan.id, '?latePeriods=open-now').expect(400);
    expect(problemOf(missing).errors?.map((e) => e.field)).toContain('lateDue');
    const past = await preview(plan.id, `?latePeriods=open-now&lateDue=${daysFromToday(-1)}`).expect(400);
    expect(problemOf(past).errors?.map((e) => e.field)).toEqual(['lateDue']);
    await preview(plan.id, '?latePeriods=later').expect(400);

    expect(await writes(plan.id)).toEqual(before);
  });

  it('counts exactly the assignments activation then opens, period by period', async () => {
    const plan = await seedRunningPlan();
    const lateDue = daysFromToday(10);
    const shown = rowOf<Preview>(await preview(plan.id, `?latePeriods=open-now&lateDue=${lateDue}`).expect(200));
    expect(shown.assignmentsNow).toBeGreaterThanOrEqual(3);

    await request(http)
      .post(`/api/plans/${plan.id}/activate`)
      .set(coordinator.auth)
      .send({ latePeriods: 'open-now', lateDue })
      .expect(202);
    const assignments = app.get(AssignmentRepository);
    const opened = async () => (await assignments.list(EVERY_AGENCY, { planId: plan.id, pageSize: 100 })).items;
    await eventually(opened, (rows) => rows.length >= shown.assignmentsNow, { what: 'assignments opened' });
    await sleep(1500);
    const rows = await opened();
    expect(rows).toHaveLength(shown.assignmentsNow);
    const perPeriod = (items: Array<{ taskId: string; period: string }>) =>
      items.reduce<Record<string, number>>((counts, { taskId, period }) => {
        counts[`${taskId}|${period}`] = (counts[`${taskId}|${period}`] ?? 0) + 1;
        return counts;
      }, {});
    expect(perPeriod(rows)).toEqual(
      Object.fromEntries(shown.opensNow.map((p) => [`${p.taskId}|${p.period}`, p.assignments])),
    );

    // Only drafts are previewed: an active plan has nothing left to activate.
    await eventually(
      async () => (await app.get(PlanRepository).getById(plan.id))?.status,
      (status) => status === 'active',
      { what: 'plan active' },
    );
    await preview(plan.id).expect(409);
  });

  it('is for managers: a viewer, an inspector and an agency officer are refused', async () => {
    const plan = await seedRunningPlan();
    for (const role of ['viewer', 'inspector', 'agency_officer'] as const) {
      const someone = await loginAs(
        app,
        http,
        role,
        role === 'agency_officer' ? { agencyId: (await seedAgency(app)).id } : {},
      );
      await preview(plan.id, '', someone.auth).expect(403);
    }
    await preview(randomUUID()).expect(404);
  });

  it('reviews seed 003: each task’s first deadlines, and a misspelt name with its suggestions, closest first', async () => {
    const province = ownProvince();
    const directory = laiChauDirectory(province);
    const planId = await importSeedPlan(http, coordinator.auth, directory, (text) =>
      text.replace('Công nghệ, Sở Tài chính và', 'Công nghệ, Sở Tài chánh và'),
    );

    const viewer = await loginAs(app, http, 'viewer');
    const review = rowOf<Review>(
      await request(http).get(`/api/plans/${planId}/draft-review`).set(viewer.auth).expect(200),
    );
    expect(review.province).toBe(province);
    const unresolved = review.tasks.flatMap((task) => task.unresolved.map((name) => ({ ...name, code: task.code })));
    expect(unresolved).toEqual([
      expect.objectContaining({ name: 'Sở Tài chánh', role: 'coordinating', code: 'III.3.2' }),
    ]);
    const stc = directory.agencies.find((a) => a.code.endsWith('-LCU-STC'))?.code;
    expect(unresolved[0].suggestions[0]).toMatchObject({ code: stc, agencyIds: [expect.any(String)] });
    const annual = review.tasks.find((task) => task.scheduleKind === 'annual' && task.periods.length > 1);
    expect(annual?.periods.every((p) => p.due >= today)).toBe(true);

    // The 2025–2030 plan this late in a year has periods already due: the preview says so, undecided.
    const shown = rowOf<Preview>(await preview(planId).expect(200));
    if (shown.latePeriods.length > 0) expect(shown.needsChoice).toBe(true);
    // Skipping them opens fewer (in December, none: the 2027 periods open on 01/01/2027); opening them, each with the new deadline.
    const skipped = rowOf<Preview>(await preview(planId, '?latePeriods=skip').expect(200));
    const lateDue = daysFromToday(14);
    const opened = rowOf<Preview>(await preview(planId, `?latePeriods=open-now&lateDue=${lateDue}`).expect(200));
    expect(opened.latePeriods.every((p) => p.outcome === 'opens-now' && p.newDue === lateDue)).toBe(true);
    if (shown.latePeriods.length > 0) expect(skipped.assignmentsNow).toBeLessThan(opened.assignmentsNow);
    expect(skipped.nextOpenings[0]?.opens > today).toBe(true);
  });

  it('says per task what reading its time frame assumed or missed, read again after an edit', async () => {
    const planId = await importSeedPlan(http, coordinator.auth, laiChauDirectory(ownProvince()), (text) =>
      text
        .replace('Thời gian thực hiện: Từ năm 2026.', 'Thời gian thực hiện: Từ tháng 10/2026.')
        .replace('Thời gian thực hiện: Từ năm 2027.', 'Thời gian thực hiện: Quý III.'),
    );
    const tasks = (await request(http).get(`/api/plans/${planId}/tasks?pageSize=100`).set(coordinator.auth).expect(200))
      .body as { items: Array<{ id: string; code: string; timeframe: string | null }> };
    const codeOf = (timeframe: string) => tasks.items.find((task) => task.timeframe === timeframe)!.code;
    const review = () => draftReview(planId);

    const noted = (await review()).tasks.filter((task) => task.timeframeNotes.length > 0);
    expect(noted.map(({ code, understood, timeframeNotes }) => ({ code, understood, timeframeNotes }))).toEqual([
      {
        code: codeOf('Từ tháng 10/2026'),
        understood: true,
        timeframeNotes: [
          '“Từ tháng 10/2026” chỉ ghi lúc bắt đầu (tháng 10/2026), không ghi hạn: được hiểu là thường xuyên từ đó',
        ],
      },
      {
        code: codeOf('Quý III'),
        understood: false,
        timeframeNotes: ['“Quý III” không ghi năm, và kế hoạch kéo dài hơn một năm'],
      },
    ]);

    const unread = tasks.items.find((task) => task.timeframe === 'Quý III')!;
    await request(http)
      .patch(`/api/plans/${planId}/tasks/${unread.id}`)
      .set(coordinator.auth)
      .send({ timeframe: 'Quý III hằng năm' })
      .expect(200);
    const edited = (await review()).tasks.find((task) => task.code === unread.code)!;
    expect({ understood: edited.understood, notes: edited.timeframeNotes }).toEqual({ understood: true, notes: [] });
  });

  it('lists what the import noticed that the tasks do not show, in Vietnamese', async () => {
    // No title, no standing office named, a numbered table row with no task in it, and a task with no agency: the
    // page counts that one from the task's agencies as they stand, so it is not among the notes.
    const planId = await importPlanText(
      [
        'KẾ HOẠCH',
        'I. MỤC ĐÍCH, YÊU CẦU',
        'Nâng cao ý thức chấp hành pháp luật của cán bộ, nhân dân năm 2027.',
        'II. NHIỆM VỤ',
        'STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện',
        '1\tBiên soạn tài liệu hỏi đáp pháp luật\tSở Tư pháp\tSở Nội vụ\tQuý III năm 2027',
        '2\t\t\t\t',
        '3\tRà soát tủ sách pháp luật tại cơ sở\t\t\tQuý IV năm 2027',
      ],
      'khong-ten.txt',
    );
    const { importNotes } = await draftReview(planId);
    expect(importNotes).toEqual([
      { code: 'title-missing', message: expect.stringMatching(/^Văn bản không ghi tên kế hoạch: tạm đặt tên “.+”$/) },
      {
        code: 'standing-office-email',
        message: `Chưa biết địa chỉ thư của cơ quan thường trực: thư báo đã nhận kế hoạch được gửi tới ${coordinator.user.email}`,
        where: 'standingOffice',
      },
      {
        code: 'table-row-skipped',
        message: 'Bảng 1, dòng 3: dòng không có nội dung nhiệm vụ, không đọc thành nhiệm vụ',
        where: 'table 1, row 3',
      },
    ]);
  });

  it('offers at the task the time its sentences name, while the task has none, instead of among the notes', async () => {
    const planId = await importPlanText(
      [
        'KẾ HOẠCH',
        'Phổ biến Luật Dữ liệu năm 2027',
        'II. NỘI DUNG',
        '1. Biên soạn tài liệu giới thiệu Luật Dữ liệu. Sở Tư pháp chủ trì, hoàn thành trước ngày 30/6/2027.',
        '2. Tổ chức hội nghị quán triệt Luật Dữ liệu. Sở Tư pháp chủ trì.',
        'Thời gian thực hiện: Quý III năm 2027.',
      ],
      'luat-du-lieu.txt',
    );
    const review = () => draftReview(planId);

    const before = await review();
    expect(before.tasks.map(({ code, timeframeInText }) => ({ code, timeframeInText }))).toEqual([
      { code: 'II.1', timeframeInText: 'trước ngày 30/6/2027' },
      { code: 'II.2', timeframeInText: null },
    ]);
    expect(before.importNotes.filter((note) => note.code === 'timeframe-in-prose')).toEqual([]);

    const tasks = (await request(http).get(`/api/plans/${planId}/tasks?pageSize=100`).set(coordinator.auth).expect(200))
      .body as { items: Array<{ id: string; code: string }> };
    const first = tasks.items.find((task) => task.code === 'II.1')!;
    await request(http)
      .patch(`/api/plans/${planId}/tasks/${first.id}`)
      .set(coordinator.auth)
      .send({ timeframe: 'trước ngày 30/6/2027' })
      .expect(200);
    expect((await review()).tasks.find((task) => task.code === 'II.1')!.timeframeInText).toBeNull();
  });
});
