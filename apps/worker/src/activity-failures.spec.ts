import { ApplicationFailure } from '@temporalio/common';
import { QueryFailedError } from 'typeorm';
import { asFinal } from './activity-failures';

const pgError = (code: string, constraint?: string) =>
  new QueryFailedError('UPDATE "assignments" …', [], Object.assign(new Error('refused'), { code, constraint }));

describe('asFinal: which activity errors end retries', () => {
  it('makes a unique violation non-retryable, naming its SQLSTATE and constraint', () => {
    const final = asFinal(pgError('23505', 'assignments_task_period_agency_key'));
    expect(final).toBeInstanceOf(ApplicationFailure);
    expect(final).toMatchObject({ type: 'DatabaseRefused', nonRetryable: true });
    expect((final as ApplicationFailure).details).toEqual([
      { sqlState: '23505', constraint: 'assignments_task_period_agency_key' },
    ]);
  });

  it.each(['23503', '23514', '22001', '22P02'])('makes SQLSTATE %s non-retryable', (code) => {
    expect(asFinal(pgError(code))).toMatchObject({ nonRetryable: true });
  });

  it.each(['40001', '40P01', '57P01', '08006'])(
    'leaves SQLSTATE %s to retry (serialisation, shutdown, connection)',
    (code) => {
      const error = pgError(code);
      expect(asFinal(error)).toBe(error);
    },
  );

  it('leaves errors that are not the database’s to retry', () => {
    const error = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    expect(asFinal(error)).toBe(error);
  });
});
