import { type DataSource } from 'typeorm';
import { type IsoDate, endOfLocalDay, snapshotOf } from '@dondoc/domain';
import {
  type AgencyEntity,
  AgencyRepository,
  AssignmentHistoryRepository,
  AssignmentRepository,
  type AssignmentHistory,
  PlanRepository,
  type TaskEntity,
  TaskRepository,
} from '@dondoc/persistence';
import { departmentAgency, testProvince } from '../../factories/agency.factory';
import { planDraft, planTasks } from '../../factories/registry.factory';
import { captureStatements } from '../../support/sql-capture';
import { openStackDataSource } from './database';

const day = (date: string, time = '09:00'): Date => new Date(`${date}T${time}:00+07:00`);

async function collect(stream: AsyncIterable<AssignmentHistory>): Promise<AssignmentHistory[]> {
  const all: AssignmentHistory[] = [];
  for await (const history of stream) all.push(history);
  return all;
}

describe('the history of assignments on PostgreSQL', () => {
  let dataSource: DataSource;
  let assignments: AssignmentRepository;
  let history: AssignmentHistoryRepository;
  let planId: string;
  let tasks: TaskEntity[];
  let stp: AgencyEntity;
  let stc: AgencyEntity;
  let other: AgencyEntity;

  beforeAll(async () => {
    dataSource = await openStackDataSource();
    assignments = new AssignmentRepository(dataSource);
    history = new AssignmentHistoryRepository(dataSource);
    planId = (await new PlanRepository(dataSource).createDraft(planDraft())).id;
    tasks = (await new TaskRepository(dataSource).upsertForPlan(planId, planTasks())).slice(1);
    const province = testProvince();
    const agencies = new AgencyRepository(dataSource);
    stp = (await agencies.upsertByCode(departmentAgency(province, 0))).entity;
    stc = (await agencies.upsertByCode(departmentAgency(province, 1))).entity;
    other = (await agencies.upsertByCode(departmentAgency(province, 2))).entity;
  });

  afterAll(() => dataSource.destroy());

  const open = async (task: TaskEntity, agency: AgencyEntity, period: string, dueDate: string) => {
    const [row] = await assignments.upsertMany([
      { planId, taskId: task.id, agencyId: agency.id, period, role: 'lead', dueDate },
    ]);
    return row;
  };

  it('keeps an opened event for a new row and a rescheduled one when a pending row moves, nothing on a no-op', async () => {
    const row = await open(tasks[0], stp, '2040', '2040-11-20');
    await open(tasks[0], stp, '2040', '2040-11-20');
    await open(tasks[0], stp, '2040', '2040-11-25');

    const events = await history.listForAssignment(row.id);
    expect(events.map((event) => [event.action, event.fromStatus, event.toStatus, event.dueDate])).toEqual([
      ['opened', null, 'pending', '2040-11-20'],
      ['rescheduled', 'pending', 'pending', '2040-11-25'],
    ]);
    expect(events[0]).toMatchObject({ planId, agencyId: stp.id });
  });

  it('writes one event per workflow revision, with who and why, and none for an attempt that came too late', async () => {
    const row = await open(tasks[0], stc, '2041', '2041-11-20');
    const state = { status: 'submitted' as const, dueDate: '2041-11-20', deadlineVersion: 1, agencyId: stc.id };
    const change = {
      action: 'submitted' as const,
      at: day('2041-11-18'),
      actorId: null,
      actorEmail: 'vanthu@stc.example.vn',
      note: 'v1',
    };
    expect(await assignments.applyWorkflowState(row.id, state, 1, change)).toBe(true);
    expect(await assignments.applyWorkflowState(row.id, state, 1, change)).toBe(true);
    await assignments.applyWorkflowState(row.id, { ...state, status: 'accepted' }, 2, {
      action: 'accepted',
      at: day('2041-11-19'),
    });
    expect(await assignments.applyWorkflowState(row.id, state, 1, change)).toBe(false);

    const events = await history.listForAssignment(row.id);
    expect(events.map((event) => [event.action, event.fromStatus, event.toStatus])).toEqual([
      ['opened', null, 'pending'],
      ['submitted', 'pending', 'submitted'],
      ['accepted', 'submitted', 'accepted'],
    ]);
    expect(events[1]).toMatchObject({ actorEmail: 'vanthu@stc.example.vn', note: 'v1', at: day('2041-11-18') });
  });

  it('keeps a status set outside a workflow and a notice once per key', async () => {
    const row = await open(tasks[1], stp, '2042', '2042-11-20');
    const notice = {
      action: 'reminded' as const,
      key: `assignment:${row.id}:v1:before-7`,
      step: 'before-7',
      status: 'pending' as const,
      due: '2042-11-20',
      deadlineVersion: 1,
      at: new Date(),
    };
    await assignments.recordNotice(row.id, notice);
    await assignments.recordNotice(row.id, notice);
    expect(await assignments.setStatus(row.id, 'cancelled', { from: ['pending'] })).toBe(true);
    expect(await assignments.setStatus(row.id, 'cancelled', { from: ['pending'] })).toBe(false);

    const events = await history.listForAssignment(row.id);
    expect(events.map((event) => [event.action, event.note])).toEqual([
      ['opened', null],
      ['reminded', 'before-7'],
      ['cancelled', null],
    ]);
  });

  it('records notices made at once in shared statements, the same key twice once', async () => {
    const rows = await Promise.all(
      ['2043', '2044', '2045', '2046'].map((year) => open(tasks[1], stc, year, `${year}-06-30`)),
    );
    const notice = (id: string, step: string) => ({
      action: 'reminded' as const,
      key: `assignment:${id}:v1:${step}`,
      step,
      status: 'pending' as const,
      due: '2043-06-30',
      deadlineVersion: 1,
    });

    const statements = await captureStatements(dataSource, async () => {
      await Promise.all([
        ...rows.map((row) => assignments.recordNotice(row.id, notice(row.id, 'before-3'))),
        assignments.recordNotice(rows[0].id, notice(rows[0].id, 'before-3')),
        assignments.recordNotice(rows[0].id, notice(rows[0].id, 'due-day')),
      ]);
    });

    expect(statements.filter(({ sql }) => sql.includes('INSERT INTO "assignment_events"'))).toHaveLength(2);
    for (const row of rows) {
      const events = await history.listForAssignment(row.id);
      expect(events.filter((event) => event.action === 'reminded').map((event) => event.note)).toEqual(
        row === rows[0] ? ['before-3', 'due-day'] : ['before-3'],
      );
    }
  });

  it('streams every assignment of a scope with its events before a moment, in the plan’s order', async () => {
    const first = await open(tasks[1], stp, '2044', '2043-06-30');
    const second = await open(tasks[1], stc, '2044', '2043-06-30');
    await assignments.applyWorkflowState(
      first.id,
      { status: 'submitted', dueDate: '2043-06-30', deadlineVersion: 1, agencyId: stp.id },
      1,
      { action: 'submitted', at: day('2043-07-02') },
    );
    await assignments.applyWorkflowState(
      second.id,
      { status: 'pending', dueDate: '2043-06-30', deadlineVersion: 1, agencyId: other.id },
      1,
      { action: 'reassigned', at: day('2043-06-10') },
    );

    const all = await collect(
      history.stream({ planId, taskId: tasks[1].id, period: '2044' }, new Date(endOfLocalDay('2043-07-01' as IsoDate))),
    );
    expect(all.map((item) => item.assignmentId).sort()).toEqual([first.id, second.id].sort());
    const firstAsOf = all.find((item) => item.assignmentId === first.id)!;
    expect(snapshotOf(firstAsOf.events)?.status).toBe('pending');

    // An agency's history covers the assignment it held before a reassignment.
    const stcHistory = await collect(
      history.stream({ planId, agencyId: stc.id, period: '2044' }, new Date('2100-01-01')),
    );
    expect(stcHistory.map((item) => item.assignmentId)).toEqual([second.id]);
    expect(snapshotOf(stcHistory[0].events)?.agencyId).toBe(other.id);
    expect(snapshotOf(stcHistory[0].events, day('2043-06-09').getTime())?.agencyId).toBe(stc.id);
    expect(snapshotOf(stcHistory[0].events, Date.parse('2020-01-01'))).toBeNull();
  });
});
