import { Writable } from 'node:stream';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import pino from 'pino';
import { REDACTED, clientRequestIdOf, loggableRequest, requestLogging } from './request-logging';

/** A server logging every request it answers with `answer`; `requests` sends some, then the log's lines come back. */
async function logged(
  answer: (request: IncomingMessage, response: ServerResponse) => void,
  requests: (origin: string) => Promise<unknown>,
): Promise<string[]> {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
  const log = requestLogging(pino({ level: 'info' }, sink));
  const server = createServer((request, response) => {
    log(request, response);
    answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await requests(`http://127.0.0.1:${port}`);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return lines;
}

describe('request logging', () => {
  it('blanks credentials: bearer tokens, cookies, CSRF tokens and personal-link tokens in the path or the referer', () => {
    const logged = loggableRequest({
      method: 'GET',
      url: '/r/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd?x=1',
      headers: {
        authorization: 'Bearer a.b.c',
        Cookie: 'dondoc_link=jwt',
        'x-csrf-token': 't',
        accept: 'text/html',
        referer: 'https://dondoc.example/r/token',
      },
    });
    expect(logged).toEqual({
      method: 'GET',
      url: `/r/${REDACTED}?x=1`,
      headers: { authorization: REDACTED, Cookie: REDACTED, 'x-csrf-token': REDACTED, accept: 'text/html' },
    });
  });

  it('writes no token of a real request to the log line', async () => {
    const lines = await logged(
      (_request, response) => {
        response.setHeader('set-cookie', 'dondoc_session=secret-session; HttpOnly');
        response.end('ok');
      },
      (origin) =>
        fetch(`${origin}/i/SeCrEtLiNkToKeN`, {
          headers: {
            authorization: 'Bearer eyJhbGciOi.secret.signature',
            cookie: 'dondoc_link=secret-link',
            // The page a personal link opened sends its own address along with the API calls it makes.
            referer: 'https://dondoc.example/r/ReFeReRlInKtOkEn',
            'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/131',
          },
        }),
    );
    const text = lines.join('');
    const line = JSON.parse(text) as { req: { headers: Record<string, string> }; res: { statusCode: number } };
    expect(line.res.statusCode).toBe(200);
    expect(line.req.headers['user-agent']).toBe('Mozilla/5.0 (Linux; Android 14) Chrome/131');
    for (const secret of ['eyJhbGciOi', 'secret-link', 'secret-session', 'SeCrEtLiNkToKeN', 'ReFeReRlInKtOkEn']) {
      expect(text).not.toContain(secret);
    }
  });

  it('logs a failed request at error and a refused one at warn, with how long it took', async () => {
    const lines = await logged(
      (request, response) => {
        response.statusCode = request.url === '/broken' ? 503 : 404;
        response.end('no');
      },
      async (origin) => {
        await fetch(`${origin}/broken`);
        await fetch(`${origin}/missing`);
      },
    );
    const entries = lines.map((text) => JSON.parse(text) as { level: number; responseTime: number; msg: string });
    expect(entries.map(({ level, msg }) => [level, msg])).toEqual([
      [50, 'request errored'],
      [40, 'request completed'],
    ]);
    for (const { responseTime } of entries) expect(responseTime).toBeGreaterThanOrEqual(0);
  });

  it('gives every request an id of its own, and logs the one a client sent apart as clientRequestId', async () => {
    let serverId: string | null = null;
    const lines = await logged(
      (_request, response) => response.end('ok'),
      async (origin) => {
        const answered = await fetch(`${origin}/`, { headers: { 'x-request-id': 'id-chosen-by-client' } });
        serverId = answered.headers.get('x-request-id');
      },
    );
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
