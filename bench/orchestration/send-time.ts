const DAY_MS = 86_400_000;
/** Seeding a small plan, starting it and its 'assigned' mails going out, with room for a busy machine. */
export const PLAN_SETUP_MS = 25_000;

/**
 * The due-day reminder's HH:mm in Hà Nội: `leadMinutes` after the first whole minute at least `setupMs` away (so that
 * the plan is running, and the phase's timings started, before it falls due), refused when it would cross midnight.
 */
export function sendTimeFromNow(leadMinutes: number, setupMs = 0, now = Date.now()): string {
  const sinceMidnight = (now + 7 * 3_600_000) % DAY_MS;
  const target = Math.floor((sinceMidnight + setupMs) / 60_000) + 1 + leadMinutes;
  if (target >= 1440) throw new Error(`it is too close to midnight in Hà Nội for a reminder today: run after 00:00`);
  return `${String(Math.floor(target / 60)).padStart(2, '0')}:${String(target % 60).padStart(2, '0')}`;
}
