import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Logger } from 'pino';
import pinoHttp, { type HttpLogger } from 'pino-http';

/** What a client's X-Request-Id may bring into a log line: a short run of plain characters. */
const CLIENT_ID_UNSAFE = /[^\w.:-]/g;
const CLIENT_ID_MAX_LENGTH = 64;
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

/** The client's own request id, sanitised and capped, or undefined when it sent none worth keeping. */
export function clientRequestIdOf(header: string | string[] | undefined): string | undefined {
  const given = Array.isArray(header) ? header[0] : header;
  return given?.replace(CLIENT_ID_UNSAFE, '').slice(0, CLIENT_ID_MAX_LENGTH) || undefined;
}

/**
 * One JSON line per request under an id the server made (echoed in X-Request-Id): a client's id could collide with
 * another's or forge log entries, so it is logged apart, as clientRequestId.
 */
export function requestLogging(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (_request: IncomingMessage, response: ServerResponse) => {
      const id = randomUUID();
      response.setHeader('x-request-id', id);
      return id;
    },
    customProps: (request: IncomingMessage) => {
      const clientRequestId = clientRequestIdOf(request.headers['x-request-id']);
      return clientRequestId ? { clientRequestId } : {};
    },
    serializers: {
      req: (request: { id?: unknown; method?: string; url?: string; headers?: Record<string, unknown> }) => ({
        id: request.id,
        ...loggableRequest(request),
      }),
      res: (response: { statusCode?: number; headers?: Record<string, unknown> }) => ({
        statusCode: response.statusCode,
        headers: loggableRequest({ headers: response.headers }).headers,
      }),
    },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
  });
}
