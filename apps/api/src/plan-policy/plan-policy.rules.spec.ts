import { DEFAULT_PLAN_POLICY } from '@dondoc/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { escalationProblems, mergePolicy } from './plan-policy.rules';
import { UpdatePlanPolicyDto } from './update-plan-policy.dto';

const dto = (body: object) => plainToInstance(UpdatePlanPolicyDto, body);
const refusedFields = (body: object): string[] =>
  validateSync(dto(body)).flatMap((error) => [
    error.property,
    ...(error.children ?? []).map((child) => `${error.property}.${child.property}`),
  ]);

describe('escalationProblems', () => {
  it('accepts the default steps and no steps at all', () => {
    expect(escalationProblems(DEFAULT_PLAN_POLICY.escalations)).toEqual([]);
    expect(escalationProblems([])).toEqual([]);
  });

  it('names the later of two steps with one name', () => {
    const steps = [
      { step: 'qua-han', afterWorkingDays: 1 },
      { step: 'qua-han', afterWorkingDays: 2 },
    ];
    expect(escalationProblems(steps)).toEqual([{ field: 'escalations.1.step', message: expect.any(String) }]);
  });

  it('names a step that does not come after the one before it', () => {
    const steps = [
      { step: 'a', afterWorkingDays: 2 },
      { step: 'b', afterWorkingDays: 5 },
      { step: 'c', afterWorkingDays: 5 },
      { step: 'd', afterWorkingDays: 4 },
    ];
    expect(escalationProblems(steps).map((problem) => problem.field)).toEqual([
      'escalations.2.afterWorkingDays',
      'escalations.3.afterWorkingDays',
    ]);
  });
});

describe('mergePolicy', () => {
  it('keeps every field left out, and changes inspection field by field', () => {
    const merged = mergePolicy(DEFAULT_PLAN_POLICY, dto({ sendTime: '07:30', inspection: { teams: 4 } }));
    expect(merged).toEqual({
      ...DEFAULT_PLAN_POLICY,
      sendTime: '07:30',
      inspection: { ...DEFAULT_PLAN_POLICY.inspection, teams: 4 },
    });
  });

  it('stores reminders largest first and replaces the leadership whole', () => {
    const merged = mergePolicy(
      DEFAULT_PLAN_POLICY,
      dto({ reminderDaysBefore: [0, 10, 2], leadership: { name: 'Chủ tịch', emails: [] } }),
    );
    expect(merged.reminderDaysBefore).toEqual([10, 2, 0]);
    expect(merged.leadership).toEqual({ name: 'Chủ tịch', emails: [] });
  });
});

describe('UpdatePlanPolicyDto', () => {
  it('takes an empty body and the whole default policy', () => {
    expect(refusedFields({})).toEqual([]);
    expect(refusedFields(DEFAULT_PLAN_POLICY)).toEqual([]);
  });

  it.each([
    [{ month: 2, day: 28 }, []],
    [{ month: 2, day: 29 }, ['annualReportDate', 'annualReportDate.day']],
    [{ month: 4, day: 31 }, ['annualReportDate', 'annualReportDate.day']],
    [{ month: 12, day: 31 }, []],
  ])('takes annualReportDate %j only when every year has it', (annualReportDate, refused) => {
    expect(refusedFields({ annualReportDate })).toEqual(refused);
  });

  it.each(['00:00', '23:59', '08:05'])('takes sendTime %s', (sendTime) => {
    expect(refusedFields({ sendTime })).toEqual([]);
  });

  it.each(['24:00', '8:00', '12:60', '12:00:00', ''])('refuses sendTime %j', (sendTime) => {
    expect(refusedFields({ sendTime })).toEqual(['sendTime']);
  });

  it.each(['due-day', 'before-3d', 'Qua-han', 'quá-hạn', 'a'.repeat(41)])('refuses step name %j', (step) => {
    expect(refusedFields({ escalations: [{ step, afterWorkingDays: 1, audience: 'head' }] })).toEqual([
      'escalations',
      'escalations.0',
    ]);
  });
});
