import { addDays, type IsoDate } from '../dates';
import { seededShuffle } from './seeded-random';

export interface InspectionCandidate {
  agencyId: string;
  wasOverdue: boolean;
  wasReturned: boolean;
  /** Had sent no report when the inspection started after the grace: inspected before anyone. */
  neverReported?: boolean;
}

const NOT_REPORTED = ['pending', 'in_progress', 'overdue'];

/**
 * An agency as an inspection started after the grace sees it, from its assignment's status: one that has not
 * reported, or whose report is not yet accepted, counts as late; a waived or cancelled one is not visited.
 */
export function lateInspectionCandidate(agencyId: string, status: string): InspectionCandidate | null {
  if (status === 'waived' || status === 'cancelled') return null;
  return {
    agencyId,
    wasOverdue: status !== 'accepted',
    wasReturned: status === 'returned',
    neverReported: NOT_REPORTED.includes(status),
  };
}

export interface InspectionDraw {
  agencies: readonly InspectionCandidate[];
  teams: number;
  perTeam: number;
  seed: string;
}

export interface InspectionSelection {
  teams: string[][];
  /** Agencies chosen because they were overdue or had a report returned, before any random draw. */
  prioritised: string[];
  seed: string;
}

/**
 * Agencies that never reported go first, then those overdue, then those returned (both before either, in input order); the remaining places are
 * filled by a draw seeded with `seed`, so recording the seed is enough to reproduce the selection.
 */
export function selectInspectionTargets({ agencies, teams, perTeam, seed }: InspectionDraw): InspectionSelection {
  if (!Number.isInteger(teams) || !Number.isInteger(perTeam) || teams < 0 || perTeam < 0) {
    throw new RangeError(`teams and perTeam must be whole numbers ≥ 0 (got ${teams}, ${perTeam})`);
  }
  const unique = [...new Map(agencies.map((agency) => [agency.agencyId, agency])).values()];
  const weight = (a: InspectionCandidate) =>
    (a.neverReported ? 4 : 0) + (a.wasOverdue ? 2 : 0) + (a.wasReturned ? 1 : 0);
  const flagged = unique.filter((a) => weight(a) > 0).sort((a, b) => weight(b) - weight(a));
  const others = seededShuffle(
    unique.filter((a) => weight(a) === 0).sort((a, b) => (a.agencyId < b.agencyId ? -1 : 1)),
    seed,
  );
  const chosen = [...flagged, ...others].slice(0, teams * perTeam).map((a) => a.agencyId);
  const prioritisedIds = new Set(flagged.map((a) => a.agencyId));
  return {
    teams: Array.from({ length: teams }, (_, team) => chosen.slice(team * perTeam, (team + 1) * perTeam)),
    prioritised: chosen.filter((id) => prioritisedIds.has(id)),
    seed,
  };
}

export const DEFAULT_INSPECTORS_PER_TEAM = 2;
/** Calendar days after a task's deadline when its inspection starts though not every agency has reported. */
export const DEFAULT_INSPECTION_GRACE_DAYS = 30;

/** Direct inspection starts a fixed number of calendar days after the self-inspection completes. */
export const inspectionStartDate = (completedAt: IsoDate, delayDays = 10): IsoDate => addDays(completedAt, delayDays);
