import { isDatabaseOutage } from './database-outage';

describe('a database outage, told apart from other errors', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a server shutting down', Object.assign(new Error('terminating connection'), { code: '57P01' })],
    [
      'TypeORM wrapping a lost connection',
      { message: 'query failed', driverError: new Error('Connection terminated') },
    ],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
    ['every address refused', Object.assign(new Error('AggregateError'), { errors: [{ code: 'ECONNREFUSED' }] })],
  ])('recognises %s', (_case, error) => {
    expect(isDatabaseOutage(error)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a bug', new TypeError('cannot read properties of undefined')],
    ['nothing', undefined],
  ])('leaves %s alone', (_case, error) => {
    expect(isDatabaseOutage(error)).toBe(false);
  });
});
