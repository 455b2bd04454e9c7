import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Logger } from 'pino';
import pinoHttp, { type HttpLogger } from 'pino-http';

const REQUEST_ID = /^[\w.:-]{1,128}$/;
/** Headers that carry credentials: logged as present, never as their value. */
const SECRET_HEADERS = ['authorization', 'cookie', 'set-cookie', 'x-csrf-token'];
/** A personal link's token in a path (/r/<token>, /i/<token>) is a credential too. */
const LINK_IN_PATH = /^\/(r|i)\/[^/?#]+/;

export const REDACTED = '[redacted]';

/** The request as logged: method, URL and headers, with every credential blanked. */
export function loggableRequest(request: { method?: string; url?: string; headers?: Record<string, unknown> }) {
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).map(([name, value]) => [
      name,
      SECRET_HEADERS.includes(name.toLowerCase()) ? REDACTED : value,
    ]),
  );
  return { method: request.method, url: (request.url ?? '').replace(LINK_IN_PATH, `/$1/${REDACTED}`), headers };
}

/** One JSON line per request, tagged with the caller's X-Request-Id (or a new one), echoed back in the response. */
export function requestLogging(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const given = request.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      response.setHeader('x-request-id', id);
      return id;
    },
    serializers: {
      req: (request: { method?: string; url?: string; headers?: Record<string, unknown> }) => loggableRequest(request),
      res: (response: { statusCode?: number; headers?: Record<string, unknown> }) => ({
        statusCode: response.statusCode,
        headers: loggableRequest({ headers: response.headers }).headers,
      }),
    },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
  });
}
