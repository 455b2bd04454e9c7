/** How pg and PostgreSQL say the database is not there: refused or lost connections, a server shutting down. */
const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const OUTAGE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Connection ended unexpectedly|Query read timeout/i;

/** Whether an error means PostgreSQL is down or unreachable (answered 503, retried by activities). */
export function isDatabaseOutage(error: unknown): boolean {
  // Duck-typed: errors raised by Node's sockets are not always instances of this realm's Error.
  if (typeof error !== 'object' || error === null) return false;
  const { code, driverError, errors, message } = error as Record<string, unknown>;
  if (typeof code === 'string' && OUTAGE_CODES.has(code)) return true;
  if (driverError && driverError !== error && isDatabaseOutage(driverError)) return true;
  if (Array.isArray(errors) && errors.some(isDatabaseOutage)) return true;
  return typeof message === 'string' && OUTAGE_MESSAGES.test(message);
}

export const DATABASE_RETRY_AFTER_SECONDS = 5;
