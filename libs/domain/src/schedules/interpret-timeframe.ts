import { CONDITIONAL_MATCHERS } from './conditional.matchers';
import { DATED_MATCHERS } from './dated.matchers';
import { PERIODIC_MATCHERS } from './periodic.matchers';
import { RECURRING_MATCHERS } from './recurring.matchers';
import { type InterpretedTimeframe, type TimeframeContext } from './schedule.types';
import { toDisplay, toKey, unrecognised, type TimeframeInput } from './timeframe-text';

// Order matters only where grammars overlap: conditions first, so "khi có yêu cầu" never reads as an event.
const MATCHERS = [...CONDITIONAL_MATCHERS, ...DATED_MATCHERS, ...PERIODIC_MATCHERS, ...RECURRING_MATCHERS];

const NOTE = /\s*\(([^()]*)\)$/;

/**
 * "Tháng 11 năm 2025 (cao điểm …)": read without the note, and say so, since the note may change the deadline.
 * "02 phiên/năm (Quý II và Quý IV/2026)": the words before the note are no time frame, the note is.
 */
function withoutNote({ text, display, context }: TimeframeInput): InterpretedTimeframe | null {
  const note = NOTE.exec(display);
  if (note === null || note.index === 0) return null;
  const before = display.slice(0, note.index);
  const readings: Array<[string, string]> = [
    [before, `The note "(${note[1]})" in "${display}" was not read`],
    [note[1], `Read from the note "(${note[1]})"; "${before}" was not read`],
  ];
  for (const [part, warning] of readings) {
    const { schedule, warnings } = interpretTimeframe(part, context);
    if (schedule.kind !== 'unrecognised') return { schedule: { ...schedule, text }, warnings: [...warnings, warning] };
  }
  return null;
}

/**
 * Reads a plan's time frame ("Quý III năm 2024", "Hằng năm", "Thường xuyên, trọng tâm tháng 10, 11 năm 2023").
 * Never guesses: what it cannot read comes back as `unrecognised` with the text as written and a warning.
 */
export function interpretTimeframe(text: string, context: TimeframeContext = {}): InterpretedTimeframe {
  const display = toDisplay(text);
  const input: TimeframeInput = { text, display, key: toKey(display), context };
  if (input.key === '') return unrecognised(input, 'Empty time frame');
  for (const matcher of MATCHERS) {
    const result = matcher(input);
    if (result) return result;
  }
  return withoutNote(input) ?? unrecognised(input, `Time frame not recognised: "${display}"`);
}
