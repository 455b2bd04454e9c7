import { type IsoDate, WorkingCalendar, DEFAULT_REMINDER_POLICY, atLocalTime } from '../libs/domain/src';
import { extended, initialState, nextWake, reassigned, reviewed, submitted } from './assignment.transitions';

const d = (value: string) => value as IsoDate;
const fresh = () => initialState({ agencyId: 'agency-a', due: d('2027-06-16') });
const calendar = new WorkingCalendar();

describe('assignment transitions', () => {
  it('counts a report and waits for review', () => {
    expect(submitted({ ...fresh(), submissions: 1 })).toEqual({ submissions: 2, status: 'submitted' });
  });

  it('returns a report with a new deadline and a fresh series of reminders', () => {
    const state = { ...fresh(), status: 'submitted' as const, sentSteps: ['before-7d'] };
    expect(reviewed(state, { outcome: 'returned', reviewedBy: 'c', newDue: d('2027-06-30') })).toEqual({
      status: 'returned',
      wasReturned: true,
      due: '2027-06-30',
      deadlineVersion: 2,
      sentSteps: [],
    });
    expect(reviewed(state, { outcome: 'accepted', reviewedBy: 'c' })).toEqual({ status: 'accepted' });
  });

  it('lifts an overdue assignment back to work in progress when its deadline is extended, keeping other statuses', () => {
    expect(extended({ ...fresh(), status: 'overdue' }, d('2027-07-01'))).toMatchObject({
      status: 'in_progress',
      due: '2027-07-01',
      deadlineVersion: 2,
    });
    expect(extended({ ...fresh(), status: 'returned' }, d('2027-07-01')).status).toBe('returned');
  });

  it('hands the work to another agency from pending, on the same deadline, with its own reminders', () => {
    const state = { ...fresh(), status: 'overdue' as const, deadlineVersion: 3, sentSteps: ['due-day'] };
    expect(reassigned(state, 'agency-b')).toEqual({
      agencyId: 'agency-b',
      deadlineVersion: 4,
      sentSteps: [],
      status: 'pending',
    });
  });
});

describe('nextWake', () => {
  const policy = DEFAULT_REMINDER_POLICY;

  it('sends at once the due-day reminder of work that starts after its hour on the due day', () => {
    const now = atLocalTime(d('2027-06-16'), '10:00');
    const wake = nextWake(fresh(), policy, calendar, now, { keepMissedToday: true });
    expect(wake.notice?.step).toBe('due-day');
    expect(wake.at).toBe(atLocalTime(d('2027-06-16'), '08:00'));
    expect(nextWake(fresh(), policy, calendar, now).notice?.step).not.toBe('due-day');
  });

  it('wakes for the next unsent reminder, before the deadline passes', () => {
    const wake = nextWake(fresh(), policy, calendar, atLocalTime(d('2027-06-01'), '00:00'));
    expect(wake.notice?.step).toBe('before-7d');
    expect(wake.at).toBe(atLocalTime(d('2027-06-09'), '08:00'));
    expect(wake.overdueAt).toBe(atLocalTime(d('2027-06-17'), '00:00'));
  });

  it('skips what was sent, and wakes when the deadline passes if that comes first', () => {
    const sent = { ...fresh(), sentSteps: ['before-7d', 'before-3d', 'before-1d', 'due-day'] };
    const wake = nextWake(sent, policy, calendar, atLocalTime(d('2027-06-16'), '12:00'));
    expect(wake.at).toBe(atLocalTime(d('2027-06-17'), '00:00'));
    expect(wake.notice?.step).toBe('overdue-focal-point');
  });

  it('leaves the first deadline’s notices to the task that sends them, and keeps those of a moved deadline', () => {
    const now = atLocalTime(d('2027-06-01'), '00:00');
    const byTask = nextWake(fresh(), policy, calendar, now, { noticesByTask: true });
    expect(byTask).toEqual({ at: atLocalTime(d('2027-06-17'), '00:00'), notice: undefined, overdueAt: byTask.at });

    const moved = { ...fresh(), ...extended(fresh(), d('2027-06-30')) };
    const own = nextWake(moved, policy, calendar, now, { noticesByTask: true });
    expect(own.notice?.step).toBe('before-7d');
    expect(own.at).toBe(atLocalTime(d('2027-06-23'), '08:00'));
  });

  it('has nothing to wait for while a report awaits review', () => {
    expect(nextWake({ ...fresh(), status: 'submitted' }, policy, calendar, Date.parse('2027-06-01'))).toEqual({
      at: null,
      notice: undefined,
      overdueAt: null,
    });
  });
});
