import { isoDate } from '../dates';
import { inspectionStartDate, selectInspectionTargets, type InspectionCandidate } from './inspection-targets';
import { hashSeed, mulberry32 } from './seeded-random';

const agency = (agencyId: string, wasOverdue = false, wasReturned = false): InspectionCandidate => ({
  agencyId,
  wasOverdue,
  wasReturned,
});
const districts = Array.from({ length: 12 }, (_, i) => agency(`district-${String(i + 1).padStart(2, '0')}`));

describe('selectInspectionTargets', () => {
  it('puts overdue agencies first, then returned ones, then a seeded draw', () => {
    const agencies = [agency('a', false, true), ...districts, agency('b', true), agency('c', true, true)];
    const selection = selectInspectionTargets({ agencies, teams: 2, perTeam: 3, seed: 'KH-2026-inspection' });
    expect(selection.teams).toHaveLength(2);
    expect(selection.teams.flat()).toHaveLength(6);
    expect(selection.teams[0]).toEqual(['c', 'b', 'a']);
    expect(selection.prioritised).toEqual(['c', 'b', 'a']);
    expect(new Set(selection.teams.flat()).size).toBe(6);
  });

  it('draws the same agencies for the same seed, whatever the input order', () => {
    const draw = (list: InspectionCandidate[], seed: string) =>
      selectInspectionTargets({ agencies: list, teams: 2, perTeam: 2, seed }).teams;
    expect(draw(districts, 'seed-1')).toEqual(draw([...districts].reverse(), 'seed-1'));
    expect(draw(districts, 'seed-1')).not.toEqual(draw(districts, 'seed-2'));
  });

  it('fills fewer places when there are fewer agencies than places, and ignores duplicates', () => {
    const selection = selectInspectionTargets({
      agencies: [agency('x'), agency('x'), agency('y', true)],
      teams: 2,
      perTeam: 2,
      seed: 's',
    });
    expect(selection.teams).toEqual([['y', 'x'], []]);
  });

  it('rejects impossible team sizes', () => {
    expect(() => selectInspectionTargets({ agencies: districts, teams: -1, perTeam: 2, seed: 's' })).toThrow(
      RangeError,
    );
    expect(() => selectInspectionTargets({ agencies: districts, teams: 1, perTeam: 1.5, seed: 's' })).toThrow(
      RangeError,
    );
  });
});

describe('seeded random', () => {
  it('is reproducible and stays within [0, 1)', () => {
    const first = mulberry32(hashSeed('audit'));
    const second = mulberry32(hashSeed('audit'));
    const values = Array.from({ length: 1000 }, () => first());
    expect(values.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => second()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(hashSeed('a')).not.toBe(hashSeed('b'));
  });
});

describe('inspectionStartDate', () => {
  it('starts exactly 10 calendar days after completion by default', () => {
    expect(inspectionStartDate(isoDate(2024, 8, 26))).toBe('2024-09-05');
    expect(inspectionStartDate(isoDate(2024, 12, 25), 7)).toBe('2025-01-01');
  });
});
