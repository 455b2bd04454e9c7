import { type DataSource } from 'typeorm';
import { type AssignmentState, type TaskPeriod } from '@dondoc/contracts';
import { type IsoDate } from '@dondoc/domain';
import {
  AgencyRepository,
  AssignmentRepository,
  AuditEventRepository,
  CalendarAdjustmentRepository,
  PersonalLinkRepository,
  PlanRepository,
  SubmissionRepository,
  TaskRepository,
} from '@dondoc/persistence';
import { PostgresAssignmentStore } from '../../apps/worker/src/assignments/assignment.store';
import { PostgresPlanStore } from '../../apps/worker/src/plans/plan.store';
import { PostgresTaskPeriodStore } from '../../apps/worker/src/tasks/task-period.store';
import { departmentAgency, testProvince } from '../factories/agency.factory';
import { planDraft } from '../factories/registry.factory';
import { openStackDataSource } from './persistence/database';

// An activity attempt that timed out may still finish after a newer one: its write must not roll state back.
describe('workflow state written to PostgreSQL only when newer', () => {
  let dataSource: DataSource;
  beforeAll(async () => void (dataSource = await openStackDataSource()));
  afterAll(() => dataSource.destroy());

  async function openAssignment() {
    const agencies = new AgencyRepository(dataSource);
    const province = testProvince();
    const [first, second] = [
      await agencies.create(departmentAgency(province, 0)),
      await agencies.create(departmentAgency(province, 1)),
    ];
    const plans = new PlanRepository(dataSource);
    const tasks = new TaskRepository(dataSource);
    const assignments = new AssignmentRepository(dataSource);
    const plan = await plans.createDraft(planDraft());
    const task = await tasks.create(plan.id, { code: 'II.1', title: 'Tổ chức Ngày Pháp luật' });
    await tasks.setAgencies(task.id, [{ agencyId: first.id, role: 'lead' }]);
    const period: TaskPeriod = {
      taskId: task.id,
      taskCode: 'II.1',
      period: '2027',
      due: '2027-11-20' as IsoDate,
      opens: '2027-01-01' as IsoDate,
    };
    const [opened] = await new PostgresTaskPeriodStore(tasks, assignments, new AgencyRepository(dataSource)).openPeriod(
      plan.id,
      period,
    );
    const store = new PostgresAssignmentStore(
      assignments,
      new SubmissionRepository(dataSource),
      plans,
      tasks,
      agencies,
      new PersonalLinkRepository(dataSource),
      new AuditEventRepository(dataSource),
    );
    return { plan, assignmentId: opened.assignmentId, first, second, store, assignments, plans };
  }

  const state = (agencyId: string, revision: number, status: AssignmentState['status']): AssignmentState => ({
    status,
    agencyId,
    due: '2027-11-20' as IsoDate,
    deadlineVersion: revision,
    submissions: 0,
    wasOverdue: false,
    wasReturned: false,
    sentSteps: [],
    revision,
  });

  it('keeps a reassignment when the write before it lands late', async () => {
    const { assignmentId, first, second, store, assignments } = await openAssignment();
    await store.recordState(assignmentId, state(first.id, 1, 'overdue'));
    await store.recordState(assignmentId, state(second.id, 2, 'pending'));
    await store.recordState(assignmentId, state(first.id, 1, 'overdue')); // the late attempt

    expect(await assignments.getById(assignmentId)).toMatchObject({
      agencyId: second.id,
      status: 'pending',
      deadlineVersion: 2,
    });
  });

  it('writes a retried attempt of the same revision again, harmlessly', async () => {
    const { assignmentId, first, store, assignments } = await openAssignment();
    await store.recordState(assignmentId, state(first.id, 3, 'submitted'));
    await store.recordState(assignmentId, state(first.id, 3, 'submitted'));
    expect(await assignments.getById(assignmentId)).toMatchObject({ status: 'submitted', deadlineVersion: 3 });
  });

  it('keeps a plan completed when its activation status lands late', async () => {
    const { plan, plans } = await openAssignment();
    const store = new PostgresPlanStore(
      plans,
      new TaskRepository(dataSource),
      new CalendarAdjustmentRepository(dataSource),
    );
    await store.setStatus(plan.id, 'active', 1);
    await store.setStatus(plan.id, 'completed', 2);
    await store.setStatus(plan.id, 'active', 1);
    expect((await plans.getById(plan.id))?.status).toBe('completed');
  });
});
