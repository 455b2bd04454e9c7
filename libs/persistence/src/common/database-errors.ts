import { QueryFailedError } from 'typeorm';

const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
// ON DELETE RESTRICT reports its own code; NO ACTION reports 23503.
const RESTRICT_VIOLATION = '23001';

interface PgErrorFields {
  code?: unknown;
  constraint?: unknown;
}

function pgFields(error: unknown): PgErrorFields | null {
  if (error instanceof QueryFailedError) return pgFields(error.driverError);
  if (typeof error === 'object' && error !== null && 'code' in error) return error;
  return null;
}

/** A duplicate key (SQLSTATE 23505): the edge maps it to 409 Conflict. */
export function isUniqueViolation(error: unknown): boolean {
  return pgFields(error)?.code === UNIQUE_VIOLATION;
}

/** A reference to a missing row, or a delete of a row still referenced (SQLSTATE 23503 or 23001): a 409 too. */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = pgFields(error)?.code;
  return code === FOREIGN_KEY_VIOLATION || code === RESTRICT_VIOLATION;
}

/**
 * A write refused for what it says (class 22 data exception, class 23 integrity constraint violation): the same
 * write is refused again on every retry, unlike a lost connection or a deadlock.
 */
export function isRefusedForContent(error: unknown): boolean {
  const code = pgFields(error)?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}

/** The SQLSTATE of a database error, if it is one. */
export function sqlStateOf(error: unknown): string | null {
  const code = pgFields(error)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

/** The constraint a violation names, e.g. 'agencies_code_key', so the edge can say which field clashed. */
export function violatedConstraint(error: unknown): string | null {
  const constraint = pgFields(error)?.constraint;
  return typeof constraint === 'string' ? constraint : null;
}
