import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { type IsoDate, DEFAULT_PLAN_POLICY } from '@dondoc/domain';
import {
  AgencyRepository,
  AssignmentRepository,
  InspectionRepository,
  type PlanEntity,
  PlanRepository,
  TaskRepository,
  UserRepository,
} from '@dondoc/persistence';
import { type ScheduledInspection } from '../../apps/worker/src/inspections/inspection-store';
import { PostgresInspectionStore } from '../../apps/worker/src/inspections/inspection.store';
import { departmentAgency, testProvince } from '../factories/agency.factory';
import { planDraft } from '../factories/registry.factory';
import { inspectorUser } from '../factories/user.factory';
import { openStackDataSource } from './persistence/database';

describe('PostgresInspectionStore.schedule draws inspectors on PostgreSQL', () => {
  let dataSource: DataSource;
  let agencies: AgencyRepository;
  let users: UserRepository;
  let plans: PlanRepository;
  let inspections: InspectionRepository;
  let store: PostgresInspectionStore;

  beforeAll(async () => {
    dataSource = await openStackDataSource();
    agencies = new AgencyRepository(dataSource);
    users = new UserRepository(dataSource);
    plans = new PlanRepository(dataSource);
    inspections = new InspectionRepository(dataSource);
    store = new PostgresInspectionStore(
      dataSource,
      inspections,
      plans,
      new TaskRepository(dataSource),
      agencies,
      users,
      new AssignmentRepository(dataSource),
    );
  });

  afterAll(() => dataSource.destroy());

  /** A province with its Sở Tư pháp as the plan's standing office and `departments` more agencies to inspect. */
  async function provinceWithPlan(departments: number, inspectorsPerTeam?: number) {
    const province = testProvince();
    const office = await agencies.create(departmentAgency(province, 0));
    const inspected = [];
    for (let i = 1; i <= departments; i += 1) inspected.push(await agencies.create(departmentAgency(province, i)));
    const policy = inspectorsPerTeam
      ? { ...DEFAULT_PLAN_POLICY, inspection: { ...DEFAULT_PLAN_POLICY.inspection, inspectorsPerTeam } }
      : null;
    const plan = await plans.createDraft(planDraft({ standingOfficeId: office.id, policy }));
    return { province, office, inspected, plan };
  }

  async function inspectorsOf(agencyId: string, count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) ids.push((await users.create(inspectorUser(agencyId, i))).id);
    return ids;
  }

  const inspectionOf = (plan: PlanEntity, ...teams: string[][]): ScheduledInspection => ({
    workflowId: `inspection-${randomUUID()}`,
    planId: plan.id,
    taskId: null,
    period: '2026',
    teams: teams.map((agencyIds, index) => ({ name: `Đoàn kiểm tra số ${index + 1}`, agencyIds })),
    windowStart: '2026-12-01' as IsoDate,
    windowEnd: '2026-12-05' as IsoDate,
    reportDue: '2026-12-15' as IsoDate,
  });

  async function inspectorsDrawn(inspection: ScheduledInspection): Promise<string[][]> {
    const stored = await inspections.getById(await store.schedule(inspection));
    return (stored?.teams ?? []).map((team) => team.inspectorIds);
  }

  it('rotates: the next inspection takes the inspectors the last one left out, and a retry keeps its teams', async () => {
    const { office, inspected, plan } = await provinceWithPlan(1);
    const roster = await inspectorsOf(office.id, 4);
    const first = inspectionOf(plan, [inspected[0].id]);

    const [firstTeam] = await inspectorsDrawn(first);
    const [secondTeam] = await inspectorsDrawn(inspectionOf(plan, [inspected[0].id]));

    expect(firstTeam).toHaveLength(2);
    expect(secondTeam).toHaveLength(2);
    expect([...firstTeam, ...secondTeam].sort()).toEqual([...roster].sort());
    expect(await inspectorsDrawn(first)).toEqual([firstTeam]);
  });

  it('rotates inspections that start at the same moment, one draw after the other', async () => {
    const { office, inspected, plan } = await provinceWithPlan(1);
    const roster = await inspectorsOf(office.id, 4);
    // Connections opened beforehand, so neither draw waits on a new one and falls behind the other by chance.
    await Promise.all(Array.from({ length: 8 }, () => dataSource.query('SELECT pg_sleep(0.05)')));

    const drawn = await Promise.all([1, 2].map(() => inspectorsDrawn(inspectionOf(plan, [inspected[0].id]))));

    expect(drawn.flat(2).sort()).toEqual([...roster].sort());
  });

  it('keeps an inspector off the team that inspects their own agency', async () => {
    const { office, inspected, plan } = await provinceWithPlan(2, 1);
    const [ownAgencyInspector] = await inspectorsOf(inspected[0].id, 1);
    const [officeInspector] = await inspectorsOf(office.id, 1);

    const teams = await inspectorsDrawn(inspectionOf(plan, [inspected[0].id], [inspected[1].id]));

    expect(teams).toEqual([[officeInspector], [ownAgencyInspector]]);
  });

  it('uses no inspector of another province, even one who has never inspected', async () => {
    const { office, inspected, plan } = await provinceWithPlan(1, 3);
    const elsewhere = await agencies.create(departmentAgency(testProvince(), 0));
    const [outsider] = await inspectorsOf(elsewhere.id, 1);
    const own = await inspectorsOf(office.id, 2);
    await inspectorsDrawn(inspectionOf(plan, [inspected[0].id]));

    const [team] = await inspectorsDrawn(inspectionOf(plan, [inspected[0].id]));

    expect(team).toEqual(expect.arrayContaining(own));
    expect(team).not.toContain(outsider);
  });

  it('finds the province from the inspected agencies when the plan has no standing office', async () => {
    const { office, inspected } = await provinceWithPlan(1);
    const plan = await plans.createDraft(planDraft({ standingOfficeId: null }));
    const own = await inspectorsOf(office.id, 2);
    const elsewhere = await agencies.create(departmentAgency(testProvince(), 0));
    const outsiders = await inspectorsOf(elsewhere.id, 2);

    const [team] = await inspectorsDrawn(inspectionOf(plan, [inspected[0].id]));

    expect([...team].sort()).toEqual([...own].sort());
    outsiders.forEach((outsider) => expect(team).not.toContain(outsider));
  });

  it('puts as many inspectors on each team as the plan’s policy says', async () => {
    const { office, inspected, plan } = await provinceWithPlan(2, 3);
    await inspectorsOf(office.id, 7);

    const teams = await inspectorsDrawn(inspectionOf(plan, [inspected[0].id], [inspected[1].id]));

    expect(teams.map((team) => team.length)).toEqual([3, 3]);
    expect(new Set(teams.flat()).size).toBe(6);
  });

  it('opens the standing office’s consolidated report as one assignment of the inspected task, the same on a retry', async () => {
    const { office, inspected, plan } = await provinceWithPlan(1);
    const tasks = new TaskRepository(dataSource);
    const task = await tasks.create(plan.id, { code: 'II.1', title: 'Tổ chức Ngày Pháp luật' });
    const inspectionId = await store.schedule({ ...inspectionOf(plan, [inspected[0].id]), taskId: task.id });

    const opened = await store.openConsolidatedReport(inspectionId, '2026-12-25' as IsoDate);
    const again = await store.openConsolidatedReport(inspectionId, '2026-12-25' as IsoDate);

    expect(opened).toEqual({
      assignmentId: expect.any(String),
      agencyId: office.id,
      taskId: task.id,
      taskCode: 'II.1',
      period: '2026-tong-hop',
    });
    expect(again).toEqual(opened);
    expect(await new AssignmentRepository(dataSource).getById(opened!.assignmentId)).toMatchObject({
      role: 'lead',
      dueDate: '2026-12-25',
      workflowId: `assignment-${opened!.assignmentId}`,
    });

    const unnamed = await plans.createDraft(planDraft());
    const other = await tasks.create(unnamed.id, { code: 'II.1', title: 'Tổ chức Ngày Pháp luật' });
    const withoutOffice = await store.schedule({ ...inspectionOf(unnamed, [inspected[0].id]), taskId: other.id });
    expect(await store.openConsolidatedReport(withoutOffice, '2026-12-25' as IsoDate)).toBeNull();
  });
});
