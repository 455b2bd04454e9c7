export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface Upserted<T> {
  entity: T;
  outcome: UpsertOutcome;
}

/** Escapes LIKE wildcards so user input matches literally. */
export const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);
