import { Writable } from 'node:stream';
import { createServer } from 'node:http';
import pino from 'pino';
import { REDACTED, clientRequestIdOf, loggableRequest, requestLogging } from './request-logging';

describe('request logging', () => {
  it('blanks credentials: bearer tokens, cookies, CSRF tokens and personal-link tokens in the path', () => {
    const logged = loggableRequest({
      method: 'GET',
      url: '/r/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd?x=1',
      headers: { authorization: 'Bearer a.b.c', Cookie: 'dondoc_link=jwt', 'x-csrf-token': 't', accept: 'text/html' },
    });
    expect(logged).toEqual({
      method: 'GET',
      url: `/r/${REDACTED}?x=1`,
      headers: { authorization: REDACTED, Cookie: REDACTED, 'x-csrf-token': REDACTED, accept: 'text/html' },
    });
  });

  it('writes no token of a real request to the log line', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const log = requestLogging(pino({ level: 'info' }, sink));
    const server = createServer((request, response) => {
      log(request, response);
      response.setHeader('set-cookie', 'dondoc_session=secret-session; HttpOnly');
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await fetch(`http://127.0.0.1:${port}/i/SeCrEtLiNkToKeN`, {
      headers: { authorization: 'Bearer eyJhbGciOi.secret.signature', cookie: 'dondoc_link=secret-link' },
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const text = lines.join('');
    expect(text).toContain('"statusCode":200');
    for (const secret of ['eyJhbGciOi', 'secret-link', 'secret-session', 'SeCrEtLiNkToKeN']) {
      expect(text).not.toContain(secret);
    }
  });

  it('gives every request an id of its own, and logs the one a client sent apart as clientRequestId', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const log = requestLogging(pino({ level: 'info' }, sink));
    const server = createServer((request, response) => {
      log(request, response);
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const answered = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-request-id': 'id-chosen-by-client' } });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const serverId = answered.headers.get('x-request-id');
    expect(serverId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const line = JSON.parse(lines.join('')) as { req: { id: string }; clientRequestId: string };
    expect(line.req.id).toBe(serverId);
    expect(line.clientRequestId).toBe('id-chosen-by-client');
  });

  it('keeps a client’s request id short and free of control characters and markup', () => {
    expect(clientRequestIdOf(undefined)).toBeUndefined();
    expect(clientRequestIdOf('')).toBeUndefined();
    expect(clientRequestIdOf('abc-123\r\n{"level":60}<script>')).toBe('abc-123level:60script');
    expect(clientRequestIdOf('x'.repeat(500))).toBe('x'.repeat(64));
    expect(clientRequestIdOf(['first', 'second'])).toBe('first');
  });
});
