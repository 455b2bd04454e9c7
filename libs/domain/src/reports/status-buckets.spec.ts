import { WorkingCalendar } from '../calendar';
import { type IsoDate, atLocalTime } from '../dates';
import { type AssignmentEvent, type AssignmentEventAction, type TrackedStatus, snapshotOf } from './assignment-history';
import { BucketCounter, classify } from './status-buckets';

const calendar = new WorkingCalendar();
const d = (text: string) => text as IsoDate;

/** An assignment's history written as the office would tell it: [day, action, status, deadline]. */
function history(
  agencyId: string,
  ...steps: Array<[string, AssignmentEventAction, TrackedStatus, string | null]>
): AssignmentEvent[] {
  let version = 1;
  let lastDue: string | null = null;
  let holder = agencyId;
  return steps.map(([day, action, toStatus, due]) => {
    if (lastDue !== null && due !== lastDue) version += 1;
    if (action === 'reassigned') holder = 'new';
    lastDue = due;
    return {
      action,
      at: atLocalTime(d(day), '09:00'),
      toStatus,
      agencyId: holder,
      dueDate: due as IsoDate | null,
      deadlineVersion: version,
    };
  });
}

const bucketOn = (events: AssignmentEvent[], asOf: string) => {
  const snapshot = snapshotOf(events, atLocalTime(d(asOf), '23:59') + 60_000)!;
  return classify(snapshot, d(asOf), calendar);
};

describe('the four buckets', () => {
  it('counts a report sent on the deadline day as on time, even while it waits for review', () => {
    const events = history(
      'stp',
      ['2026-06-01', 'opened', 'pending', '2026-06-30'],
      ['2026-06-30', 'submitted', 'submitted', '2026-06-30'],
    );
    expect(bucketOn(events, '2026-07-15')).toEqual({ bucket: 'doneOnTime', late: { calendar: 0, working: 0 } });
    expect(bucketOn(events, '2026-06-29').bucket).toBe('openInTime');
  });

  it('counts a report sent a day after an extended deadline as late by one day', () => {
    const events = history(
      'stp',
      ['2026-06-01', 'opened', 'pending', '2026-06-30'],
      ['2026-06-25', 'extended', 'pending', '2026-07-10'],
      ['2026-07-11', 'submitted', 'submitted', '2026-07-10'],
      ['2026-07-13', 'accepted', 'accepted', '2026-07-10'],
    );
    // 10/7/2026 is a Friday: the 11th is a Saturday, so one calendar day and no working day late.
    expect(bucketOn(events, '2026-07-20')).toEqual({ bucket: 'doneLate', late: { calendar: 1, working: 0 } });
    expect(bucketOn(events, '2026-07-05').bucket).toBe('openInTime');
  });

  it('judges a report sent again after a return against the deadline the return set', () => {
    const events = history(
      'stp',
      ['2026-06-01', 'opened', 'pending', '2026-06-30'],
      ['2026-06-28', 'submitted', 'submitted', '2026-06-30'],
      ['2026-07-02', 'returned', 'returned', '2026-07-15'],
      ['2026-07-14', 'submitted', 'submitted', '2026-07-15'],
      ['2026-07-16', 'accepted', 'accepted', '2026-07-15'],
    );
    expect(bucketOn(events, '2026-07-01').bucket).toBe('doneOnTime');
    expect(bucketOn(events, '2026-07-03').bucket).toBe('openInTime');
    expect(bucketOn(events, '2026-07-31').bucket).toBe('doneOnTime');
    expect(snapshotOf(events)?.returns).toBe(1);
  });

  it('keeps waived and cancelled work apart from the four buckets', () => {
    const waived = history(
      'stp',
      ['2026-06-01', 'opened', 'pending', '2026-06-30'],
      ['2026-07-05', 'waived', 'waived', '2026-06-30'],
    );
    expect(bucketOn(waived, '2026-07-03')).toEqual({ bucket: 'openOverdue', late: { calendar: 3, working: 3 } });
    expect(bucketOn(waived, '2026-07-06').bucket).toBe('waived');
  });

  it('counts overdue days in calendar and working days, skipping a holiday', () => {
    const events = history('stp', ['2026-08-20', 'opened', 'pending', '2026-08-31']);
    // 1/9 and 2/9/2026 are the National Day holiday (Tuesday, Wednesday).
    expect(bucketOn(events, '2026-09-04')).toEqual({ bucket: 'openOverdue', late: { calendar: 4, working: 2 } });
  });

  it('gives a reassigned assignment to its new agency with a clean slate', () => {
    const events = history(
      'old',
      ['2026-06-01', 'opened', 'pending', '2026-06-30'],
      ['2026-06-10', 'submitted', 'submitted', '2026-06-30'],
      ['2026-06-12', 'reassigned', 'pending', '2026-06-30'],
    );
    const before = snapshotOf(events, atLocalTime(d('2026-06-11'), '00:00'))!;
    const after = snapshotOf(events)!;
    expect(before).toMatchObject({ agencyId: 'old', status: 'submitted', submittedOn: '2026-06-10' });
    expect(after).toMatchObject({ agencyId: 'new', status: 'pending', submittedOn: null });
    expect(classify(after, d('2026-07-01'), calendar).bucket).toBe('openOverdue');
  });

  it('treats work with no deadline yet (on request) as open within the deadline', () => {
    const events = history('stp', ['2026-06-01', 'opened', 'pending', null]);
    expect(bucketOn(events, '2030-01-01').bucket).toBe('openInTime');
  });

  it('does not know an assignment before it was opened', () => {
    const events = history('stp', ['2026-06-01', 'opened', 'pending', '2026-06-30']);
    expect(snapshotOf(events, atLocalTime(d('2026-05-31'), '23:00'))).toBeNull();
  });
});

describe('BucketCounter', () => {
  it('gives percentages of the four buckets only, and the overdue ages', () => {
    const counter = new BucketCounter();
    const open = { status: 'pending' as const };
    counter.add({ bucket: 'doneOnTime', late: { calendar: 0, working: 0 } }, { status: 'submitted' });
    counter.add({ bucket: 'doneLate', late: { calendar: 2, working: 2 } }, { status: 'accepted' });
    counter.add({ bucket: 'openOverdue', late: { calendar: 9, working: 5 } }, open);
    counter.add({ bucket: 'openOverdue', late: { calendar: 3, working: 3 } }, open);
    counter.add({ bucket: 'openInTime', late: { calendar: 0, working: 0 } }, open);
    counter.add({ bucket: 'openInTime', late: { calendar: 0, working: 0 } }, open);
    counter.add({ bucket: 'waived', late: { calendar: 0, working: 0 } }, { status: 'waived' });

    const tally = counter.finish();
    expect(tally.counted).toBe(6);
    expect(tally.buckets.doneOnTime).toEqual({ count: 1, percent: 16.7 });
    expect(tally.buckets.openOverdue).toEqual({ count: 2, percent: 33.3 });
    expect(tally.buckets.waived).toEqual({ count: 1, percent: 0 });
    expect(tally.awaitingReview).toBe(1);
    expect(tally.overdueDays).toEqual({ max: { calendar: 9, working: 5 }, total: { calendar: 12, working: 8 } });
  });
});
