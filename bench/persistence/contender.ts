/** One way of writing the same rows: dondoc's repositories, or raw `pg`. */
export interface Contender<T> {
  name: string;
  write: (work: T) => Promise<void>;
}

/** Rows written per second: each round's, and their median. */
export interface Measurement {
  rowsPerSecond: number;
  rounds: number[];
}

export function measured(rates: number[]): Measurement {
  const sorted = [...rates].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { rowsPerSecond: median, rounds: rates };
}

export async function rowsPerSecond(rows: number, write: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  await write();
  return Math.round(rows / (Number(process.hrtime.bigint() - started) / 1e9));
}

/** Round 0, 1, 2… start with a different contender, so none always runs on another's leftovers. */
export const rotated = (sides: number[], round: number): number[] =>
  sides.map((_, index) => sides[(index + round) % sides.length]);
