import { CONDITIONAL_MATCHERS } from './conditional.matchers';
import { DATED_MATCHERS } from './dated.matchers';
import { PERIODIC_MATCHERS } from './periodic.matchers';
import { RECURRING_MATCHERS } from './recurring.matchers';
import { type InterpretedTimeframe, type TimeframeContext } from './schedule.types';
import { toDisplay, toKey, unrecognised, type TimeframeInput } from './timeframe-text';

// Order matters only where grammars overlap: conditions first, so "khi có yêu cầu" never reads as an event.
const MATCHERS = [...CONDITIONAL_MATCHERS, ...DATED_MATCHERS, ...PERIODIC_MATCHERS, ...RECURRING_MATCHERS];

const NOTE = /\s*\(([^()]*)\)$/;

/** "Tháng 11 năm 2025 (cao điểm …)": read without the note, and say so, since the note may change the deadline. */
function withoutNote({ text, display, context }: TimeframeInput): InterpretedTimeframe | null {
  const note = NOTE.exec(display);
  if (note === null || note.index === 0) return null;
  const { schedule, warnings } = interpretTimeframe(display.slice(0, note.index), context);
  if (schedule.kind === 'unrecognised') return null;
  return {
    schedule: { ...schedule, text },
    warnings: [...warnings, `The note "(${note[1]})" in "${display}" was not read`],
  };
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
