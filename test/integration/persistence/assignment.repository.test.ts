import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import {
  type AgencyEntity,
  AgencyRepository,
  type AssignmentEntity,
  AssignmentRepository,
  isUniqueViolation,
  type NewAssignment,
  PlanRepository,
  SubmissionRepository,
  type TaskEntity,
  TaskRepository,
  EVERY_AGENCY,
  agencyScope,
} from '@dondoc/persistence';
import { departmentAgency, testProvince } from '../../factories/agency.factory';
import { planDraft, planTasks } from '../../factories/registry.factory';
import { openStackDataSource } from './database';

describe('AssignmentRepository and SubmissionRepository on PostgreSQL', () => {
  let dataSource: DataSource;
  let assignments: AssignmentRepository;
  let submissions: SubmissionRepository;
  let planId: string;
  let tasks: TaskEntity[];
  let stp: AgencyEntity;
  let stc: AgencyEntity;

  const assignment = (task: TaskEntity, agency: AgencyEntity, period: string, dueDate: string | null) =>
    ({ planId, taskId: task.id, agencyId: agency.id, period, role: 'lead', dueDate }) satisfies NewAssignment;

  beforeAll(async () => {
    dataSource = await openStackDataSource();
    assignments = new AssignmentRepository(dataSource);
    submissions = new SubmissionRepository(dataSource);
    planId = (await new PlanRepository(dataSource).createDraft(planDraft())).id;
    tasks = (await new TaskRepository(dataSource).upsertForPlan(planId, planTasks())).slice(1);
    const province = testProvince();
    const agencies = new AgencyRepository(dataSource);
    stp = (await agencies.upsertByCode(departmentAgency(province, 0))).entity;
    stc = (await agencies.upsertByCode(departmentAgency(province, 1))).entity;
    const [first, second] = tasks;
    await assignments.upsertMany([
      assignment(first, stp, '2025', '2025-11-20'),
      assignment(first, stp, '2026', '2026-11-20'),
      assignment(first, stc, '2025', '2025-11-20'),
      assignment(second, stp, '2025', '2025-11-20'),
      assignment(second, stc, '2025', null),
    ]);
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('upserts by (task, agency, period): a second run returns the same rows and adds none', async () => {
    const [first] = tasks;
    const workflowId = `assignment-${randomUUID()}`;
    const id = randomUUID();
    const created = await assignments.upsertMany([{ ...assignment(first, stc, '2027', '2027-11-20'), id, workflowId }]);
    const again = await assignments.upsertMany([
      { ...assignment(first, stc, '2027', '2027-11-30'), id: randomUUID(), workflowId: `assignment-${randomUUID()}` },
    ]);

    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ id, workflowId, status: 'pending', deadlineVersion: 1 });
    expect(again).toEqual([expect.objectContaining({ id, workflowId, dueDate: '2027-11-30' })]);
    expect((await assignments.list(EVERY_AGENCY, { planId, taskId: first.id, agencyId: stc.id })).total).toBe(2);
  });

  it('leaves a started assignment’s due date alone on a re-upsert', async () => {
    const [first] = tasks;
    const [row] = await assignments.upsertMany([assignment(first, stc, '2028', '2028-11-20')]);
    await assignments.setStatus(row.id, 'overdue');
    const [again] = await assignments.upsertMany([assignment(first, stc, '2028', '2028-12-31')]);
    expect(again).toMatchObject({ id: row.id, dueDate: '2028-11-20', status: 'overdue' });
  });

  it('lists a plan’s assignments by status, agency and due window, soonest first, with totals', async () => {
    const page = await assignments.list(EVERY_AGENCY, { planId, agencyId: stp.id, dueTo: '2025-12-31', pageSize: 1 });
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page.items[0]).toMatchObject({ agencyId: stp.id, dueDate: '2025-11-20' });

    const pending = await assignments.list(EVERY_AGENCY, { planId, status: ['pending', 'overdue'], period: '2025' });
    expect(pending.total).toBe(4);
    expect(pending.items.at(-1)?.dueDate).toBeNull();
    expect((await assignments.list(EVERY_AGENCY, { planId, status: [] })).total).toBe(0);
  });

  it('lists each assignment with its task’s code and title and its plan’s number and title, a page at a time', async () => {
    const plan = await new PlanRepository(dataSource).getById(planId);
    const page = await assignments.list(agencyScope(stp.id), { planId, pageSize: 2, page: 2 });
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(1);
    for (const item of (await assignments.list(agencyScope(stp.id), { planId })).items) {
      const task = tasks.find((each) => each.id === item.taskId)!;
      expect(item.task).toMatchObject({ code: task.code, title: task.title });
      expect(item.plan).toMatchObject({ id: planId, number: plan!.number, title: plan!.title });
    }
  });

  it('scopes reads to the owning agency', async () => {
    const own = await assignments.list(agencyScope(stc.id), { planId });
    expect(own.items.every((item) => item.agencyId === stc.id)).toBe(true);
    const theirs = (await assignments.list(agencyScope(stp.id), { planId })).items[0];

    expect(await assignments.get(agencyScope(stp.id), theirs.id)).toMatchObject({ id: theirs.id });
    expect(await assignments.get(agencyScope(stc.id), theirs.id)).toBeNull();
    expect(await assignments.getForPlan(randomUUID(), theirs.id)).toBeNull();
  });

  it('scopes a personal link to its one assignment, and an agency filter within the scope to nothing more', async () => {
    const [mine, other] = (await assignments.list(agencyScope(stp.id), { planId })).items;
    const link = agencyScope(stp.id, mine.id);
    expect(await assignments.get(link, mine.id)).toMatchObject({ id: mine.id });
    expect(await assignments.get(link, other.id)).toBeNull();
    expect((await assignments.list(link, { planId })).items.map((item) => item.id)).toEqual([mine.id]);
    expect((await assignments.list(agencyScope(stp.id), { planId, agencyId: stc.id })).total).toBe(0);
  });

  it('changes status only from an expected one and counts every status', async () => {
    const [target] = (await assignments.list(agencyScope(stp.id), { planId, period: '2026' })).items;
    expect(await assignments.setStatus(target.id, 'accepted', { from: ['submitted'] })).toBe(false);
    expect(await assignments.setStatus(target.id, 'submitted', { from: ['pending', 'returned'] })).toBe(true);

    const counts = (await new PlanRepository(dataSource).progress(EVERY_AGENCY, planId, 0))!.byStatus;
    expect(counts.submitted).toBe(1);
    expect(counts.waived).toBe(0);
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(
      (await assignments.list(EVERY_AGENCY, { planId })).total,
    );
  });

  it('refuses a second row for the same task, agency and period, and a reused workflow id', async () => {
    const [first] = tasks;
    const repository = dataSource.getRepository<AssignmentEntity>('AssignmentEntity');
    const duplicate = await repository.insert(assignment(first, stp, '2025', null)).catch((e: unknown) => e);
    expect(isUniqueViolation(duplicate)).toBe(true);

    const workflowId = `assignment-${randomUUID()}`;
    await assignments.upsertMany([{ ...assignment(first, stp, '2030', null), workflowId }]);
    const reused = await assignments
      .upsertMany([{ ...assignment(first, stp, '2031', null), workflowId }])
      .catch((e: unknown) => e);
    expect(isUniqueViolation(reused)).toBe(true);
  });

  it('numbers submissions per assignment and records a review once', async () => {
    const [target] = (await assignments.list(agencyScope(stp.id), { planId })).items;
    const first = await submissions.addVersion(target.id, { reportText: 'Báo cáo lần 1', submittedBy: null });
    const second = await submissions.addVersion(target.id, {
      reportText: 'Báo cáo lần 2',
      submittedBy: null,
      attachments: [
        { filename: 'bc.pdf', mediaType: 'application/pdf', size: 10, sha256: 'c'.repeat(64), storageKey: 'k' },
      ],
    });
    expect([first.version, second.version]).toEqual([1, 2]);
    expect((await submissions.getLatest(target.id))?.id).toBe(second.id);

    const review = { outcome: 'returned' as const, comment: 'Bổ sung số liệu', reviewedBy: null };
    expect(await submissions.recordReview(target.id, second.id, review)).toBe(true);
    expect(await submissions.recordReview(target.id, second.id, { ...review, outcome: 'accepted' })).toBe(false);
    expect(await submissions.getForAssignment(target.id, second.id)).toMatchObject({
      reviewOutcome: 'returned',
      reviewComment: 'Bổ sung số liệu',
    });
  });
});
