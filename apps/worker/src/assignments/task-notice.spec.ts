import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { type IsoDate } from '@dondoc/domain';
import { type NoticeContext } from '@dondoc/notifications';
import { type AssignmentActivityDeps, createAssignmentActivities } from './assignment.activities';

const context: NoticeContext = {
  plan: { id: 'plan-1', number: '12/KH-UBND', title: 'Kế hoạch PBGDPL năm 2027' },
  task: { code: 'II.1', title: 'Tuyên truyền Hiến pháp' },
  agency: { name: 'Sở Tài chính', focalEmails: ['vanthu@stc.gov.vn'], headEmail: null },
  role: 'lead',
  lead: null,
  standingOffice: { name: 'Sở Tư pháp', emails: ['pbgdpl@stp.gov.vn'] },
  leadership: { name: 'UBND tỉnh', emails: [] },
};

/** A task's escalation to the standing office (its digest): each assignment's own send, and the failures given. */
function activitiesWith(failures: Record<string, Error>) {
  const digested: string[] = [];
  const deps = {
    assignments: {
      awaitingFirstDeadline: () =>
        Promise.resolve(
          ['a', 'b', 'c'].map((id) => ({ assignmentId: id, agencyId: `agency-${id}`, status: 'overdue' })),
        ),
      noticeContext: (assignmentId: string) =>
        failures[assignmentId] ? Promise.reject(failures[assignmentId]) : Promise.resolve(context),
      recordNotice: () => Promise.resolve(),
    },
    digests: { add: ({ assignmentId }: { assignmentId: string }) => Promise.resolve(void digested.push(assignmentId)) },
  } as unknown as AssignmentActivityDeps;
  const notice = {
    taskId: 'task-1',
    period: '2027',
    due: '2027-06-16' as IsoDate,
    kind: 'escalation' as const,
    step: 'overdue-agency-head',
    audience: 'standingOffice' as const,
    daysLeft: -5,
    at: Date.parse('2027-06-21T01:00:00Z'),
  };
  const send = () => new MockActivityEnvironment().run(createAssignmentActivities(deps).sendTaskNotice, notice);
  return { send, digested };
}

describe('sendTaskNotice', () => {
  it('passes over an assignment that can never be told and tells the others', async () => {
    const { send, digested } = activitiesWith({ b: ApplicationFailure.nonRetryable('gone', 'AssignmentMissing') });
    await expect(send()).resolves.toBe(2);
    expect(digested).toEqual(['a', 'c']);
  });

  it('tells the others, then fails so that a retry tells the one that may yet be told', async () => {
    const { send, digested } = activitiesWith({ a: new Error('connection reset') });
    await expect(send()).rejects.toThrow('connection reset');
    expect(digested).toEqual(['b', 'c']);
  });
});
