import { ApplicationFailure } from '@temporalio/common';
import { QueryFailedError } from 'typeorm';
import { HeldByAnotherAttempt } from '@dondoc/notifications';
import { asActivityFailure } from './activity-failures';

const pgError = (code: string, constraint?: string) =>
  new QueryFailedError('UPDATE "assignments" …', [], Object.assign(new Error('refused'), { code, constraint }));

describe('asActivityFailure: how an activity error is retried', () => {
  it('makes a unique violation non-retryable, naming its SQLSTATE and constraint', () => {
    const final = asActivityFailure(pgError('23505', 'assignments_task_period_agency_key'));
    expect(final).toBeInstanceOf(ApplicationFailure);
    expect(final).toMatchObject({ type: 'DatabaseRefused', nonRetryable: true });
    expect((final as ApplicationFailure).details).toEqual([
      { sqlState: '23505', constraint: 'assignments_task_period_agency_key' },
    ]);
  });

  it.each(['23503', '23514', '22001', '22P02'])('makes SQLSTATE %s non-retryable', (code) => {
    expect(asActivityFailure(pgError(code))).toMatchObject({ nonRetryable: true });
  });

  it.each(['40001', '40P01', '57P01', '08006'])(
    'leaves SQLSTATE %s to retry (serialisation, shutdown, connection)',
    (code) => {
      const error = pgError(code);
      expect(asActivityFailure(error)).toBe(error);
    },
  );

  it('leaves errors that are not the database’s to retry', () => {
    const error = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    expect(asActivityFailure(error)).toBe(error);
  });

  it('tries a mail another attempt holds again when that attempt’s lease runs out, not on the backoff', () => {
    const failure = asActivityFailure(new HeldByAnotherAttempt('reminder:a1:2026-11-20:v1', 42_300));
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'OutboxRowHeld', nonRetryable: false, nextRetryDelay: 43_300 });
    expect((failure as ApplicationFailure).message).toMatch(/another attempt is sending reminder:a1:2026-11-20:v1/);
  });

  it('tries a held mail again within a second when the lease has just run out', () => {
    expect(asActivityFailure(new HeldByAnotherAttempt('reminder:a1:2026-11-20:v1', 0))).toMatchObject({
      nextRetryDelay: 1_000,
    });
  });
});
