import { type WorkingCalendar } from '../calendar';
import { type IsoDate, daysBetween } from '../dates';
import { type AssignmentSnapshot } from './assignment-history';

/**
 * The Government Office's four tracking buckets, and the two kept apart. A report sent counts as done (the agency
 * has done its part; review is the office's), judged against the deadline in force when it was sent: an extension
 * or a return moves that deadline, so a report sent by the new one is on time.
 */
export const STATUS_BUCKETS = ['doneOnTime', 'doneLate', 'openInTime', 'openOverdue', 'waived', 'cancelled'] as const;
export type StatusBucket = (typeof STATUS_BUCKETS)[number];

/** Days past a deadline: calendar days, and the working days among them. */
export interface DaysLate {
  calendar: number;
  working: number;
}

export interface Classified {
  bucket: StatusBucket;
  /** For doneLate: how late the report was sent; for openOverdue: how long it has been overdue. Else zero. */
  late: DaysLate;
}

const NOT_LATE: DaysLate = { calendar: 0, working: 0 };

export function classify(snapshot: AssignmentSnapshot, asOf: IsoDate, calendar: WorkingCalendar): Classified {
  switch (snapshot.status) {
    case 'waived':
    case 'cancelled':
      return { bucket: snapshot.status, late: NOT_LATE };
    case 'submitted':
    case 'accepted': {
      const sent = snapshot.submittedOn ?? asOf;
      const due = snapshot.dueAtSubmission ?? snapshot.due;
      if (due === null || sent <= due) return { bucket: 'doneOnTime', late: NOT_LATE };
      return { bucket: 'doneLate', late: daysLate(due, sent, calendar) };
    }
    case 'pending':
    case 'in_progress':
    case 'returned':
    case 'overdue':
      if (snapshot.due === null || asOf <= snapshot.due) return { bucket: 'openInTime', late: NOT_LATE };
      return { bucket: 'openOverdue', late: daysLate(snapshot.due, asOf, calendar) };
  }
}

/** The days after `due` up to and including `day`. */
export function daysLate(due: IsoDate, day: IsoDate, calendar: WorkingCalendar): DaysLate {
  const total = Math.max(0, daysBetween(due, day));
  let working = 0;
  for (let date = calendar.nextWorkingDay(due); date <= day; date = calendar.nextWorkingDay(date)) working += 1;
  return { calendar: total, working };
}

export interface BucketCount {
  count: number;
  /** Of the assignments counted in the four buckets (waived and cancelled left out), one decimal. */
  percent: number;
}

export interface BucketTally {
  /** Assignments in the four buckets. */
  counted: number;
  buckets: Record<StatusBucket, BucketCount>;
  /** Done, still awaiting the office's review. */
  awaitingReview: number;
  /** Over the assignments open overdue. */
  overdueDays: { max: DaysLate; total: DaysLate };
}

const TRACKED: readonly StatusBucket[] = ['doneOnTime', 'doneLate', 'openInTime', 'openOverdue'];

/** Adds up classified assignments; `finish` turns the counts into a tally with percentages. */
export class BucketCounter {
  private readonly counts = Object.fromEntries(STATUS_BUCKETS.map((bucket) => [bucket, 0])) as Record<
    StatusBucket,
    number
  >;
  private awaitingReview = 0;
  private readonly max: DaysLate = { calendar: 0, working: 0 };
  private readonly total: DaysLate = { calendar: 0, working: 0 };

  add(classified: Classified, snapshot: Pick<AssignmentSnapshot, 'status'>): void {
    this.counts[classified.bucket] += 1;
    if (snapshot.status === 'submitted') this.awaitingReview += 1;
    if (classified.bucket !== 'openOverdue') return;
    this.max.calendar = Math.max(this.max.calendar, classified.late.calendar);
    this.max.working = Math.max(this.max.working, classified.late.working);
    this.total.calendar += classified.late.calendar;
    this.total.working += classified.late.working;
  }

  finish(): BucketTally {
    const counted = TRACKED.reduce((sum, bucket) => sum + this.counts[bucket], 0);
    const buckets = Object.fromEntries(
      STATUS_BUCKETS.map((bucket) => {
        const count = this.counts[bucket];
        const percent = TRACKED.includes(bucket) && counted > 0 ? Math.round((count / counted) * 1000) / 10 : 0;
        return [bucket, { count, percent }];
      }),
    ) as Record<StatusBucket, BucketCount>;
    return {
      counted,
      buckets,
      awaitingReview: this.awaitingReview,
      overdueDays: { max: { ...this.max }, total: { ...this.total } },
    };
  }
}
