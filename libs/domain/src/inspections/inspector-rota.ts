import { normaliseVietnamese } from '../text';
import { seededShuffle } from './seeded-random';

export interface RosterInspector {
  id: string;
  agencyId: string | null;
  /** Their agency's province; null when they belong to no agency. */
  province: string | null;
  /** Inspections they have been on so far: the fewest go first. */
  pastInspections: number;
}

export interface InspectorRotaDraw {
  roster: readonly RosterInspector[];
  teams: ReadonlyArray<{ agencyIds: readonly string[] }>;
  perTeam: number;
  /** The plan's province; null when it cannot be told, and then only inspectors of no agency are eligible. */
  province: string | null;
  /** The inspection's workflow id: the same draw on every retry. */
  seed: string;
}

export interface InspectorRota {
  /** Inspector ids per team, in the order of `teams`. */
  teams: string[][];
  /** Places left empty per team for want of an eligible inspector. */
  shortfall: number[];
}

/** "Tỉnh Lai Châu", "tỉnh  Lai Châu" and "Lai Châu" are one province; so are "Thành phố Huế" and "TP. Huế". */
const provinceKey = (province: string): string =>
  normaliseVietnamese(province)
    .toLowerCase()
    .replace(/^(tỉnh|thành phố|tp\.?)\s+/u, '')
    .trim();

/**
 * The plan's province: its standing office's, else the one most of the inspected agencies are in (ties to the first
 * in alphabetical order, so the order the agencies come in does not matter).
 */
export function inspectionProvince(standingOffice: string | null, inspected: readonly string[]): string | null {
  if (standingOffice) return standingOffice;
  const counts = new Map<string, number>();
  inspected.forEach((province) => counts.set(province, (counts.get(province) ?? 0) + 1));
  const [first] = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
  return first?.[0] ?? null;
}

/**
 * Inspectors of the plan's province, the fewest past inspections first and ties in an order seeded by `seed`, each on
 * at most one team and never on a team that inspects their own agency. Inspectors of no agency stand in only for
 * places the province's own cannot fill. A short roster leaves places empty (`shortfall`) rather than failing, and a
 * place is left empty only when no reshuffle of those already placed would fill it.
 */
export function assignInspectors({ roster, teams, perTeam, province, seed }: InspectorRotaDraw): InspectorRota {
  if (!Number.isInteger(perTeam) || perTeam < 0) {
    throw new RangeError(`perTeam must be a whole number ≥ 0 (got ${perTeam})`);
  }
  const unique = [...new Map(roster.map((inspector) => [inspector.id, inspector])).values()];
  const inRotation = (pool: RosterInspector[]) =>
    seededShuffle(
      pool.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      seed,
    ).sort((a, b) => a.pastInspections - b.pastInspections);
  const ofProvince = province ? provinceKey(province) : null;
  const order = [
    ...inRotation(unique.filter((i) => i.province !== null && provinceKey(i.province) === ofProvince)),
    ...inRotation(unique.filter((i) => i.province === null && i.agencyId === null)),
  ];

  const members: RosterInspector[][] = teams.map(() => []);
  const eligible = (inspector: RosterInspector, team: number) =>
    inspector.agencyId === null || !teams[team].agencyIds.includes(inspector.agencyId);
  // Kuhn's augmenting paths: someone already placed may move to another team to make room, never off the rota.
  const place = (inspector: RosterInspector, visited: Set<number>): boolean => {
    const candidates = teams
      .map((_, team) => team)
      .filter((team) => eligible(inspector, team) && !visited.has(team))
      .sort((a, b) => members[a].length - members[b].length || a - b);
    for (const team of candidates) {
      if (visited.has(team)) continue;
      visited.add(team);
      if (members[team].length < perTeam) {
        members[team].push(inspector);
        return true;
      }
      const movable = members[team].findIndex((member) => place(member, visited));
      if (movable >= 0) {
        members[team][movable] = inspector;
        return true;
      }
    }
    return false;
  };
  const places = teams.length * perTeam;
  let placed = 0;
  for (const inspector of order) {
    if (placed === places) break;
    if (place(inspector, new Set())) placed += 1;
  }
  return {
    teams: members.map((team) => team.map((inspector) => inspector.id)),
    shortfall: members.map((team) => perTeam - team.length),
  };
}
