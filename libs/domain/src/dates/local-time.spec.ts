import { isoDate } from './iso-date';
import { atLocalTime, localDateOf } from './local-time';

describe('Vietnam local time', () => {
  it('places 08:00 in Hanoi at 01:00 UTC the same day', () => {
    expect(new Date(atLocalTime(isoDate(2026, 2, 23), '08:00')).toISOString()).toBe('2026-02-23T01:00:00.000Z');
  });

  it('places early-morning local times on the previous UTC day', () => {
    expect(new Date(atLocalTime(isoDate(2026, 1, 1), '06:30')).toISOString()).toBe('2025-12-31T23:30:00.000Z');
  });

  it('rejects malformed times', () => {
    expect(() => atLocalTime(isoDate(2026, 1, 1), '8:00')).toThrow(RangeError);
    expect(() => atLocalTime(isoDate(2026, 1, 1), '24:00')).toThrow(RangeError);
  });

  it('reads the Vietnamese calendar date of an instant', () => {
    expect(localDateOf(Date.parse('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
    expect(localDateOf(Date.parse('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
  });
});
