import { type ArgumentsHost, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ProblemDetailsFilter } from './problem-details.filter';

function answer(exception: unknown): { status: number; body: Record<string, unknown> } {
  const sent: { status: number; body: Record<string, unknown> } = { status: 0, body: {} };
  const response = {
    setHeader: () => response,
    status: (status: number) => ((sent.status = status), response),
    type: () => response,
    send: (body: string) => ((sent.body = JSON.parse(body) as Record<string, unknown>), response),
  };
  const host = {
    switchToHttp: () => ({
      getRequest: () => ({ method: 'POST', originalUrl: '/api/plans/1' }),
      getResponse: () => response,
    }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return sent;
}

const refused = (code: string) =>
  new QueryFailedError('DELETE FROM plans', [], Object.assign(new Error('violates constraint'), { code }));

describe('ProblemDetailsFilter', () => {
  it('answers a write the database refused by a constraint as 409 or 400, never 500, and leaks no SQL', () => {
    expect(answer(refused('23503'))).toMatchObject({ status: 409, body: { title: 'Conflict' } });
    expect(answer(refused('23505')).status).toBe(409);
    expect(answer(refused('22001')).status).toBe(400);
    expect(JSON.stringify(answer(refused('23503')).body)).not.toMatch(/DELETE|constraint/);
  });

  it('keeps any other failure a 500 that says nothing of its cause', () => {
    expect(answer(refused('53300'))).toMatchObject({ status: 500, body: { title: 'Internal Server Error' } });
    expect(answer(new Error('boom')).body).not.toHaveProperty('detail');
  });

  it('logs an unexpected failure with the request it answered and every cause under it, such as a gRPC status', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const grpc = Object.assign(new Error('9 FAILED_PRECONDITION: Workflow Task in failed state'), {
      code: 9,
      details: 'Workflow Task in failed state',
    });
    try {
      answer(new Error('Workflow Update failed', { cause: grpc }));
      const [line] = logged.mock.calls.map(([message]) => String(message));
      expect(line).toContain('POST /api/plans/1');
      expect(line).toContain('Workflow Update failed');
      expect(line).toContain('9 FAILED_PRECONDITION: Workflow Task in failed state');
      expect(logged).toHaveBeenCalledTimes(1);
    } finally {
      logged.mockRestore();
    }
  });
});
