import { type ClientBase, type Pool } from 'pg';

// The protocol numbers a statement's parameters with 16 bits.
const MAX_PARAMETERS = 65_535;

/** The rows in as few batches as fit one statement's parameters (one batch at the benchmark's default sizes). */
export function statementBatches<T extends unknown[]>(rows: readonly T[], columns: number): T[][] {
  const perStatement = Math.floor(MAX_PARAMETERS / columns);
  return Array.from({ length: Math.ceil(rows.length / perStatement) }, (_, index) =>
    rows.slice(index * perStatement, (index + 1) * perStatement),
  );
}

/** `($1, $2), ($3, $4)…` for the batch; `tuple` may add constant SQL to each. */
export function valuesList(batch: readonly unknown[][], tuple = (placeholders: string[]) => placeholders.join(', ')) {
  let parameter = 0;
  return batch.map((row) => `(${tuple(row.map(() => `$${(parameter += 1)}`))})`).join(', ');
}

/** Plain `INSERT … VALUES (…), (…)`, one statement per batch. */
export async function insertRows(client: ClientBase | Pool, into: string, columns: string[], rows: unknown[][]) {
  for (const batch of statementBatches(rows, columns.length)) {
    await client.query(`INSERT INTO "${into}" ("${columns.join('", "')}") VALUES ${valuesList(batch)}`, batch.flat());
  }
}
