/** The due-day reminder's HH:mm: the next whole minute plus the lead, refused when it would cross midnight. */
export function sendTimeFromNow(leadMinutes: number): string {
  const minuteOfDay = Math.floor((Date.now() + 7 * 3_600_000) / 60_000) % 1440;
  const target = minuteOfDay + 1 + leadMinutes;
  if (target >= 1440) throw new Error(`it is too close to midnight in Hà Nội for a reminder today: run after 00:00`);
  return `${String(Math.floor(target / 60)).padStart(2, '0')}:${String(target % 60).padStart(2, '0')}`;
}
