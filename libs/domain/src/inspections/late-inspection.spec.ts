import { lateInspectionCandidate, selectInspectionTargets } from './inspection-targets';

describe('an inspection started after the grace, though not every agency has reported', () => {
  it('classifies each agency by its assignment’s status', () => {
    expect(lateInspectionCandidate('a', 'overdue')).toEqual({
      agencyId: 'a',
      wasOverdue: true,
      wasReturned: false,
      neverReported: true,
    });
    expect(lateInspectionCandidate('b', 'accepted')).toEqual({
      agencyId: 'b',
      wasOverdue: false,
      wasReturned: false,
      neverReported: false,
    });
    expect(lateInspectionCandidate('c', 'returned')).toMatchObject({
      wasOverdue: true,
      wasReturned: true,
      neverReported: false,
    });
    expect(lateInspectionCandidate('d', 'submitted')).toMatchObject({ wasOverdue: true, neverReported: false });
    expect(lateInspectionCandidate('e', 'waived')).toBeNull();
    expect(lateInspectionCandidate('f', 'cancelled')).toBeNull();
  });

  it('visits the agencies that never reported before any other', () => {
    const agencies = ['accepted', 'returned', 'overdue', 'submitted', 'pending'].map((status, index) =>
      lateInspectionCandidate(`agency-${index}-${status}`, status)!,
    );
    const { teams, prioritised } = selectInspectionTargets({ agencies, teams: 1, perTeam: 3, seed: 's' });
    expect(teams[0].slice(0, 2).sort()).toEqual(['agency-2-overdue', 'agency-4-pending']);
    expect(teams[0][2]).toBe('agency-1-returned');
    expect(prioritised).toHaveLength(3);
  });
});
