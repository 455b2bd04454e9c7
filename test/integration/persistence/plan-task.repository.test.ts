import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import {
  AgencyRepository,
  isForeignKeyViolation,
  isUniqueViolation,
  PlanRepository,
  TaskEntity,
  TaskRepository,
  violatedConstraint,
} from '@dondoc/persistence';
import { departmentAgency, testProvince } from '../../factories/agency.factory';
import { planDraft, planTasks } from '../../factories/registry.factory';
import { openStackDataSource } from './database';

describe('PlanRepository and TaskRepository on PostgreSQL', () => {
  let dataSource: DataSource;
  let plans: PlanRepository;
  let tasks: TaskRepository;
  let agencies: AgencyRepository;

  beforeAll(async () => {
    dataSource = await openStackDataSource();
    plans = new PlanRepository(dataSource);
    tasks = new TaskRepository(dataSource);
    agencies = new AgencyRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('keeps the walking skeleton working: record writes a plan by id with its standing office email', async () => {
    const id = randomUUID();
    await plans.record({
      id,
      number: null,
      title: 'Kế hoạch năm 2026',
      standingOfficeEmail: 'stp@laichau.dondoc.invalid',
    });
    await plans.record({
      id,
      number: null,
      title: 'Kế hoạch năm 2026',
      standingOfficeEmail: 'stp@laichau.dondoc.invalid',
    });
    expect(await plans.getById(id)).toMatchObject({
      status: 'draft',
      standingOfficeEmail: 'stp@laichau.dondoc.invalid',
      basis: [],
      warnings: [],
      policy: null,
    });
  });

  it('creates a draft with the registry columns, a standing office and a generated id', async () => {
    const { entity: office } = await agencies.upsertByCode(departmentAgency(testProvince()));
    const draft = planDraft({
      standingOfficeId: office.id,
      issuedDate: '2025-06-05',
      sourceDocument: { filename: 'kh-766.pdf', mediaType: 'application/pdf', size: 31_686, sha256: 'ab'.repeat(32) },
      warnings: [{ code: 'schedule', message: 'Không hiểu thời gian', where: 'III.3.1' }],
    });

    const plan = await plans.createDraft(draft);

    expect(plan).toMatchObject({
      number: draft.number,
      issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
      issuedDate: '2025-06-05',
      basis: ['Quyết định số 766/QĐ-TTg ngày 15/4/2025'],
      periodFrom: 2025,
      periodTo: 2030,
      standingOfficeId: office.id,
      status: 'draft',
      sourceDocument: draft.sourceDocument,
      warnings: draft.warnings,
    });
    expect(plan.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a second plan with the same number as a unique violation', async () => {
    const draft = planDraft();
    await plans.createDraft(draft);
    const error = await plans.createDraft(planDraft({ number: draft.number })).catch((caught: unknown) => caught);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('moves status only from an allowed one', async () => {
    const plan = await plans.createDraft(planDraft());
    expect(await plans.setStatus(plan.id, 'completed', ['active'])).toBe(false);
    expect(await plans.setStatus(plan.id, 'active', ['draft'])).toBe(true);
    expect((await plans.getById(plan.id))?.status).toBe('active');
  });

  it('upserts tasks by (plan, code) with their parents, so a re-import updates instead of duplicating', async () => {
    const plan = await plans.createDraft(planDraft());

    const first = await tasks.upsertForPlan(plan.id, planTasks());
    const second = await tasks.upsertForPlan(
      plan.id,
      planTasks().map((task) => (task.code === 'III.1.2' ? { ...task, timeframe: 'Hằng năm' } : task)),
    );

    expect(second.map((task) => task.id)).toEqual(first.map((task) => task.id));
    expect(second.map((task) => task.code)).toEqual(['III.1', 'III.1.1', 'III.1.2']);
    expect(second[1].parentId).toBe(first[0].id);
    expect(second[2]).toMatchObject({ timeframe: 'Hằng năm', leadNames: planTasks()[2].leadNames });
    expect(await tasks.getForPlan(plan.id, first[1].id)).toMatchObject({ code: 'III.1.1' });
    expect(await tasks.getForPlan(randomUUID(), first[1].id)).toBeNull();
  });

  it('lists a plan’s tasks for one agency, by role', async () => {
    const plan = await plans.createDraft(planDraft());
    const [, first, second] = await tasks.upsertForPlan(plan.id, planTasks());
    const province = testProvince();
    const { entity: stp } = await agencies.upsertByCode(departmentAgency(province, 0));
    const { entity: stc } = await agencies.upsertByCode(departmentAgency(province, 1));
    await tasks.setAgencies(first.id, [{ agencyId: stp.id, role: 'lead' }]);
    await tasks.setAgencies(second.id, [
      { agencyId: stp.id, role: 'coordinating' },
      { agencyId: stc.id, role: 'lead' },
    ]);

    const codes = async (filter: Parameters<TaskRepository['listForPlan']>[1]) =>
      (await tasks.listForPlan(plan.id, filter)).map((task) => task.code);
    expect(await codes({ agencyId: stp.id })).toEqual(['III.1.1', 'III.1.2']);
    expect(await codes({ agencyId: stp.id, role: 'lead' })).toEqual(['III.1.1']);
    expect(await codes({ agencyId: stc.id, role: 'coordinating' })).toEqual([]);
    expect((await tasks.listAgencies(second.id)).map((link) => [link.agency?.code, link.role])).toEqual(
      expect.arrayContaining([
        [stp.code, 'coordinating'],
        [stc.code, 'lead'],
      ]),
    );
  });

  it('deletes a plan’s tasks with it, but refuses to delete an agency a task still names', async () => {
    const plan = await plans.createDraft(planDraft());
    const [, task] = await tasks.upsertForPlan(plan.id, planTasks());
    const { entity: agency } = await agencies.upsertByCode(departmentAgency(testProvince()));
    await tasks.setAgencies(task.id, [{ agencyId: agency.id, role: 'lead' }]);

    const error = await dataSource
      .query('DELETE FROM agencies WHERE id = $1', [agency.id])
      .catch((caught: unknown) => caught);
    expect(isForeignKeyViolation(error)).toBe(true);
    expect(violatedConstraint(error)).toBe('task_agencies_agency_id_fkey');

    await dataSource.query('DELETE FROM plans WHERE id = $1', [plan.id]);
    expect(await dataSource.getRepository(TaskEntity).countBy({ planId: plan.id })).toBe(0);
  });
});
