import { sendTimeFromNow } from './send-time';

/** An instant at a Hà Nội time of 7 December 2026 (UTC+7). */
const hanoi = (time: string) => Date.parse(`2026-12-07T${time}+07:00`);

describe("the due-day reminder's time", () => {
  it.each([
    // The next whole minute when the setup fits before it, the one after when it would not.
    [0, 25_000, '10:00:10', '10:01'],
    [0, 25_000, '10:00:40', '10:02'],
    [3, 25_000, '10:00:40', '10:05'],
    [3, 0, '10:00:59', '10:04'],
  ])('%i minute(s) after the first whole minute at least %i ms away, at %s: %s', (lead, setupMs, now, expected) => {
    expect(sendTimeFromNow(lead, setupMs, hanoi(now))).toBe(expected);
  });

  it('is refused when it would fall on the next day', () => {
    expect(() => sendTimeFromNow(0, 25_000, hanoi('23:58:50'))).toThrow(/midnight/);
  });
});
