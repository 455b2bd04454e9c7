import { WorkingCalendar } from '../calendar';
import { type IsoDate } from '../dates';
import { type AssignmentSnapshot } from './assignment-history';
import { type ScoredRole } from './scoring-rubric';
import { type RankingEntry } from './scoring-ranking';
import { classify } from './status-buckets';

/** Hand-built assignments of one report due Friday 20/11/2026, ranked as of Friday 27/11/2026. */
export const DUE = '2026-11-20' as IsoDate;
export const AS_OF = '2026-11-27' as IsoDate;
const calendar = new WorkingCalendar();

const snapshot = (overrides: Partial<AssignmentSnapshot>): AssignmentSnapshot => ({
  status: 'pending',
  agencyId: 'agency',
  due: DUE,
  deadlineVersion: 1,
  submittedOn: null,
  dueAtSubmission: null,
  returns: 0,
  extensions: 0,
  reminders: 0,
  ...overrides,
});
const sent = (on: string, due = DUE): Partial<AssignmentSnapshot> => ({
  status: 'accepted',
  due,
  submittedOn: on as IsoDate,
  dueAtSubmission: due,
});

export const SNAPSHOTS = {
  onTime: snapshot(sent('2026-11-20')),
  /** Extended to Friday 27/11, sent on it: on time, though after the first deadline. */
  onTimeAfterExtension: snapshot({ ...sent('2026-11-27', '2026-11-27' as IsoDate), extensions: 1 }),
  /** Extended to Friday 27/11, sent Monday 30/11: one working day (three calendar days) late. */
  lateAfterExtension: snapshot({ ...sent('2026-11-30', '2026-11-27' as IsoDate), extensions: 1 }),
  /** Returned, so due again Wednesday 25/11; resent Tuesday 24/11 and accepted. */
  returnedThenAccepted: snapshot({ ...sent('2026-11-24', '2026-11-25' as IsoDate), returns: 1 }),
  /** Sent Tuesday 5/1/2027: 31 working days late (New Year’s Day not counted), 46 calendar days. */
  veryLate: snapshot(sent('2027-01-05')),
  /** Nothing sent: overdue Monday 23/11 to Friday 27/11, five working days. */
  missed: snapshot({ status: 'overdue' }),
  /** Returned, then not resent by its new deadline of Monday 23/11. */
  returnedThenMissed: snapshot({ status: 'overdue', due: '2026-11-23' as IsoDate, returns: 2 }),
  openInTime: snapshot({ status: 'in_progress', due: '2026-12-04' as IsoDate }),
  waived: snapshot({ status: 'waived' }),
  cancelled: snapshot({ status: 'cancelled' }),
} satisfies Record<string, AssignmentSnapshot>;
export type Case = keyof typeof SNAPSHOTS;

export const assignment = (kind: Case, role: ScoredRole = 'lead', asOf = AS_OF) => ({
  role,
  snapshot: SNAPSHOTS[kind],
  classified: classify(SNAPSHOTS[kind], asOf, calendar),
});

export const entryOf = (agencyName: string, kind: Case, role: ScoredRole = 'lead'): RankingEntry => ({
  agencyId: `id:${agencyName}`,
  agencyName,
  ...assignment(kind, role),
});
