import { activityInfo } from '@temporalio/activity';
import {
  type AssignmentState,
  FIRST_DEADLINE_VERSION,
  type PlanSchedule,
  type TaskPeriod,
  UNREMINDED_STATUSES,
} from '@dondoc/contracts';
import { type AnnouncedAdjustments, DEFAULT_ANNOUNCED_ADJUSTMENTS, lateInspectionCandidate } from '@dondoc/domain';
import { type Activities } from '../../../apps/worker/src/activities';
import { type AgencyNotice, type AssignmentNotice } from '../../../apps/worker/src/assignments/assignment.activities';
import { type ScheduledInspection } from '../../../apps/worker/src/inspections/inspection-store';

export interface SentNotice extends Omit<AssignmentNotice, 'at'> {
  /**
   * The minute, in workflow time (the time-skipping server's clock), when the workflow asked for it. Notices fall due
   * on a minute (the plan's HH:mm send time); the workflow's clock reads the time its task started, which a busy
   * worker takes a second or more after the timer fired.
   */
  at: string;
}

const toTheSecond = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString();
const toTheMinute = (ms: number): string => new Date(Math.floor(ms / 60_000) * 60_000).toISOString();

/** In-memory stand-ins for every activity: they record what the workflows asked for, at workflow time. */
export class FakeWorld {
  readonly notices: SentNotice[] = [];
  /** Mails telling the agency its work was given, received, returned or accepted. */
  readonly agencyNotices: AgencyNotice[] = [];
  readonly states = new Map<string, AssignmentState[]>();
  readonly submissions: Array<{ assignmentId: string; version: number; agencyId: string }> = [];
  readonly reviews: Array<{ assignmentId: string; version: number; outcome: string }> = [];
  readonly inspections: Array<ScheduledInspection & { at: string }> = [];
  readonly planStatuses: Array<{ planId: string; status: string; at: string }> = [];
  readonly openedPeriods: Array<TaskPeriod & { at: string }> = [];
  /** The notices tasks sent to all their agencies at once, one entry a call. */
  readonly taskNotices: Array<{ taskId: string; due: string; step: string; at: string }> = [];
  /** The assignments the opened periods hold, as `openTaskPeriod` answered. */
  readonly opened = new Map<string, { taskId: string; period: string; agencyId: string; due: string }>();
  readonly findingsReminders: Array<{ step: string; audience?: string; at: string }> = [];
  consolidatedReportsDue = 0;
  readonly consolidatedReports: Array<{ inspectionId: string; due: string; at: string }> = [];
  readonly digests: Array<{ date: string; at: string }> = [];
  /** What loadCalendar answers: the calendar as an administrator left it. */
  calendar: AnnouncedAdjustments = DEFAULT_ANNOUNCED_ADJUSTMENTS;
  /** Agencies per task; assignment ids are `<taskId>/<period>/<agencyId>`. */
  agenciesByTask: Record<string, string[]> = {};
  /** Of those, the coordinating agencies; the others lead. */
  coordinatingByTask: Record<string, string[]> = {};
  schedule?: PlanSchedule;
  /** Set by holdScheduleLoads: loadPlanSchedule waits on it. */
  private scheduleHold?: { entered: () => void; released: Promise<void> };

  /** The next schedule load waits until `release()`; `entered` settles once it has begun. */
  holdScheduleLoads(): { entered: Promise<void>; release: () => void } {
    let entered!: () => void;
    let release!: () => void;
    const enteredPromise = new Promise<void>((resolve) => (entered = resolve));
    this.scheduleHold = { entered, released: new Promise<void>((resolve) => (release = resolve)) };
    return { entered: enteredPromise, release };
  }

  activities(): Activities {
    // To the second: the activity is scheduled a few milliseconds after the timer that asked for it fires.
    const now = () => toTheSecond(activityInfo().currentAttemptScheduledTimestampMs);
    return {
      recordPlan: () => Promise.resolve(),
      notifyPlanReceived: () => Promise.resolve('<intake@dondoc.invalid>'),
      loadPlanSchedule: async () => {
        const hold = this.scheduleHold;
        this.scheduleHold = undefined;
        hold?.entered();
        await hold?.released;
        return this.schedule!;
      },
      loadCalendar: () => Promise.resolve(this.calendar),
      recordPlanStatus: ({ planId, status }) =>
        Promise.resolve(void this.planStatuses.push({ planId, status, at: now() })),
      openTaskPeriod: ({ planId: _planId, coordinatingDue, ...period }) => {
        this.openedPeriods.push({ ...period, at: now() });
        const agencies = this.agenciesByTask[period.taskId] ?? [];
        const coordinating = new Set(this.coordinatingByTask[period.taskId] ?? []);
        return Promise.resolve(
          agencies.map((agencyId) => {
            const role = coordinating.has(agencyId) ? ('coordinating' as const) : ('lead' as const);
            const due = role === 'coordinating' && coordinatingDue ? coordinatingDue : period.due;
            const assignmentId = `${period.taskId}/${period.period}/${agencyId}`;
            this.opened.set(assignmentId, { taskId: period.taskId, period: period.period, agencyId, due });
            return { assignmentId, agencyId, role, due };
          }),
        );
      },
      cancelAssignment: () => Promise.resolve(),
      inspectionCandidates: ({ taskId, period }) =>
        Promise.resolve(
          (this.agenciesByTask[taskId] ?? []).flatMap(
            (agencyId) =>
              lateInspectionCandidate(
                agencyId,
                this.states.get(`${taskId}/${period}/${agencyId}`)?.at(-1)?.status ?? 'pending',
              ) ?? [],
          ),
        ),
      recordAssignmentState: ({ assignmentId, ...state }) => {
        this.states.set(assignmentId, [...(this.states.get(assignmentId) ?? []), structuredClone(state)]);
        return Promise.resolve();
      },
      recordSubmission: ({ assignmentId, version, agencyId }) =>
        Promise.resolve(void this.submissions.push({ assignmentId, version, agencyId })),
      recordReview: ({ assignmentId, version, outcome }) =>
        Promise.resolve(void this.reviews.push({ assignmentId, version, outcome })),
      // A local activity: its schedule time is the machine's, so the workflow's own time is taken from the notice.
      sendAssignmentNotice: (notice) => {
        this.notices.push({ ...notice, at: toTheMinute(notice.at!) });
        return Promise.resolve(`<${notice.step}@dondoc.invalid>`);
      },
      // What the database holds: the state each assignment last recorded, pending on its first deadline before that.
      sendTaskNotice: ({ taskId, period, due, at, ...notice }) => {
        const awaiting = [...this.opened].flatMap(([assignmentId, opened]) => {
          const state = this.states.get(assignmentId)?.at(-1);
          const { status, agencyId, deadlineVersion } = state ?? { ...opened, status: 'pending', deadlineVersion: 1 };
          const open = !UNREMINDED_STATUSES.includes(status);
          const onFirstDeadline = deadlineVersion === FIRST_DEADLINE_VERSION && (state?.due ?? opened.due) === due;
          const ofThisTask = opened.taskId === taskId && opened.period === period;
          return ofThisTask && onFirstDeadline && open ? [{ assignmentId, agencyId, status }] : [];
        });
        this.taskNotices.push({ taskId, due, step: notice.step, at: toTheMinute(at) });
        for (const { assignmentId, agencyId, status } of awaiting) {
          this.notices.push({
            ...notice,
            assignmentId,
            agencyId,
            due,
            status,
            deadlineVersion: 1,
            at: toTheMinute(at),
          });
        }
        return Promise.resolve(awaiting.length);
      },
      notifyAgency: (notice) => Promise.resolve(this.agencyNotices.push(notice)),
      scheduleInspection: (inspection) => {
        this.inspections.push({ ...inspection, at: now() });
        return Promise.resolve(`inspection-${this.inspections.length}`);
      },
      remindInspectors: ({ step, audience }) =>
        Promise.resolve(void this.findingsReminders.push({ step, audience, at: now() })),
      recordInspectionFindings: () => Promise.resolve(),
      notifyConsolidatedReportDue: () => Promise.resolve(void (this.consolidatedReportsDue += 1)),
      openConsolidatedReport: ({ inspectionId, due }) => {
        this.consolidatedReports.push({ inspectionId, due, at: now() });
        return Promise.resolve({
          assignmentId: `${inspectionId}/tong-hop`,
          agencyId: 'agency-standing-office',
          taskId: 'task-1',
          taskCode: 'III.4.2.a',
          period: 'tong-hop',
        });
      },
      sendOverdueDigests: ({ date }) => Promise.resolve(this.digests.push({ date, at: now() })),
    };
  }

  statusesOf(assignmentId: string): string[] {
    return (this.states.get(assignmentId) ?? []).map((state) => state.status);
  }
}
