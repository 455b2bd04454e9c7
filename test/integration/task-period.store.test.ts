import { type DataSource } from 'typeorm';
import { type TaskPeriod } from '@dondoc/contracts';
import { type IsoDate } from '@dondoc/domain';
import {
  AgencyRepository,
  AssignmentRepository,
  PlanRepository,
  TaskRepository,
  EVERY_AGENCY,
} from '@dondoc/persistence';
import { PostgresTaskPeriodStore } from '../../apps/worker/src/tasks/task-period.store';
import { departmentAgency, testProvince } from '../factories/agency.factory';
import { planDraft } from '../factories/registry.factory';
import { openStackDataSource } from './persistence/database';

describe('PostgresTaskPeriodStore.openPeriod on PostgreSQL', () => {
  let dataSource: DataSource;
  let tasks: TaskRepository;
  let assignments: AssignmentRepository;
  let store: PostgresTaskPeriodStore;

  beforeAll(async () => {
    dataSource = await openStackDataSource();
    tasks = new TaskRepository(dataSource);
    assignments = new AssignmentRepository(dataSource);
    store = new PostgresTaskPeriodStore(tasks, assignments, new AgencyRepository(dataSource));
  });

  afterAll(() => dataSource.destroy());

  it('gives an agency linked as both coordinating and lead one assignment, as lead, and the same rows on a retry', async () => {
    const agencies = new AgencyRepository(dataSource);
    const province = testProvince();
    const [stp, stc] = [
      await agencies.create(departmentAgency(province, 0)),
      await agencies.create(departmentAgency(province, 1)),
    ];
    const plan = await new PlanRepository(dataSource).createDraft(planDraft());
    const task = await tasks.create(plan.id, { code: 'II.1', title: 'Tổ chức Ngày Pháp luật' });
    // Coordinating written first, so neither the order of the links nor of the query decides the role.
    await tasks.setAgencies(task.id, [
      { agencyId: stp.id, role: 'coordinating' },
      { agencyId: stc.id, role: 'coordinating' },
      { agencyId: stp.id, role: 'lead' },
    ]);
    const period: TaskPeriod = {
      taskId: task.id,
      taskCode: 'II.1',
      period: '2026',
      due: '2026-11-20' as IsoDate,
      opens: '2026-01-01' as IsoDate,
    };

    const opened = await store.openPeriod(plan.id, period);

    expect(opened.map((row) => row.agencyId).sort()).toEqual([stp.id, stc.id].sort());
    const rows = (await assignments.list(EVERY_AGENCY, { planId: plan.id })).items;
    expect(rows.map((row) => [row.agencyId, row.role]).sort()).toEqual(
      [
        [stp.id, 'lead'],
        [stc.id, 'coordinating'],
      ].sort(),
    );
    expect(await store.openPeriod(plan.id, period)).toEqual(opened);
  });

  it('gives a deactivated agency no assignment in a period that opens, and the active ones theirs', async () => {
    const agencies = new AgencyRepository(dataSource);
    const province = testProvince();
    const [lead, deactivated, coordinating] = [
      await agencies.create(departmentAgency(province, 0)),
      await agencies.create(departmentAgency(province, 1, { active: false })),
      await agencies.create(departmentAgency(province, 2)),
    ];
    const plan = await new PlanRepository(dataSource).createDraft(planDraft());
    const task = await tasks.create(plan.id, { code: 'II.2', title: 'Biên soạn tài liệu phổ biến pháp luật' });
    await tasks.setAgencies(task.id, [
      { agencyId: lead.id, role: 'lead' },
      { agencyId: deactivated.id, role: 'coordinating' },
      { agencyId: coordinating.id, role: 'coordinating' },
    ]);
    const period: TaskPeriod = {
      taskId: task.id,
      taskCode: 'II.2',
      period: '2027',
      due: '2027-11-19' as IsoDate,
      opens: '2027-01-01' as IsoDate,
    };

    const opened = await store.openPeriod(plan.id, period);

    expect(opened.map((row) => row.agencyId).sort()).toEqual([lead.id, coordinating.id].sort());
    const rows = (await assignments.list(EVERY_AGENCY, { planId: plan.id })).items;
    expect(rows.map((row) => row.agencyId).sort()).toEqual([lead.id, coordinating.id].sort());
  });

  it('gives a merged agency’s work in a new period to its successor, as lead when the merged agency led', async () => {
    const agencies = new AgencyRepository(dataSource);
    const province = testProvince();
    const successor = await agencies.create(departmentAgency(province, 0));
    const merged = await agencies.create(departmentAgency(province, 1));
    const mergedTwice = await agencies.create(departmentAgency(province, 2));
    await agencies.markMerged(merged.id, successor.id);
    await agencies.markMerged(mergedTwice.id, merged.id);
    const other = await agencies.create(departmentAgency(province, 3));
    const plan = await new PlanRepository(dataSource).createDraft(planDraft());
    const task = await tasks.create(plan.id, {
      code: 'II.3',
      title: 'Tuyên truyền pháp luật cho đồng bào dân tộc thiểu số',
    });
    await tasks.setAgencies(task.id, [
      { agencyId: merged.id, role: 'lead' },
      { agencyId: successor.id, role: 'coordinating' },
      { agencyId: mergedTwice.id, role: 'coordinating' },
      { agencyId: other.id, role: 'coordinating' },
    ]);
    const period: TaskPeriod = {
      taskId: task.id,
      taskCode: 'II.3',
      period: '2027',
      due: '2027-11-19' as IsoDate,
      opens: '2027-01-01' as IsoDate,
    };

    const opened = await store.openPeriod(plan.id, period);

    expect(opened.map(({ agencyId, role }) => [agencyId, role]).sort()).toEqual(
      [
        [successor.id, 'lead'],
        [other.id, 'coordinating'],
      ].sort(),
    );
  });
});
