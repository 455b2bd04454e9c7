type Json = Record<string, unknown> | unknown[] | null;

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const show = (value: unknown): string => (value === undefined ? '—' : JSON.stringify(value));

/** The top-level fields an event changed (both sides objects), or null when a field-by-field view makes no sense. */
export const changedFields = (before: Json, after: Json): FieldChange[] | null => {
  const isRecord = (value: Json): value is Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isRecord(before) || !isRecord(after)) return null;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => show(before[field]) !== show(after[field]))
    .map((field) => ({ field, before: show(before[field]), after: show(after[field]) }));
};
