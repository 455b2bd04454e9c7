import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Logger } from 'pino';

/** What a client's X-Request-Id may bring into a log line: a short run of plain characters. */
const CLIENT_ID_UNSAFE = /[^\w.:-]/g;
const CLIENT_ID_MAX_LENGTH = 64;
/** Headers that carry credentials: logged as present, never as their value. */
const SECRET_HEADERS = ['authorization', 'cookie', 'set-cookie', 'x-csrf-token'];
/**
 * The headers worth reading in a log line. Not Referer: a page opened from a personal link sends its address, token
 * and all, with every call it makes.
 */
const KEPT_HEADERS = ['user-agent', 'accept', 'content-type', 'content-length', 'x-forwarded-for'];
/** A personal link's token in a path (/r/<token>, /i/<token>) is a credential too. */
const LINK_IN_PATH = /^\/(r|i)\/[^/?#]+/;

export const REDACTED = '[redacted]';

/** The request as logged: method, URL and the headers worth keeping, with every credential blanked. */
export function loggableRequest(request: { method?: string; url?: string; headers?: Record<string, unknown> }) {
  const headers: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.toLowerCase();
    if (SECRET_HEADERS.includes(lower)) headers[name] = REDACTED;
    else if (KEPT_HEADERS.includes(lower)) headers[name] = value;
  }
  return { method: request.method, url: (request.url ?? '').replace(LINK_IN_PATH, `/$1/${REDACTED}`), headers };
}

/** The client's own request id, sanitised and capped, or undefined when it sent none worth keeping. */
export function clientRequestIdOf(header: string | string[] | undefined): string | undefined {
  const given = Array.isArray(header) ? header[0] : header;
  return given?.replace(CLIENT_ID_UNSAFE, '').slice(0, CLIENT_ID_MAX_LENGTH) || undefined;
}

export type RequestLogging = (
  request: IncomingMessage & { id?: string },
  response: ServerResponse,
  next?: () => void,
) => void;

/**
 * One JSON line per request, written when the response is done, under an id the server made (echoed in
 * X-Request-Id): a client's id could collide with another's or forge log entries, so it is logged apart, as
 * clientRequestId. Errors at error, refusals at warn. The line is built once, at the end: a logger child per request
 * cost as much as the rest of a short read.
 */
export function requestLogging(logger: Logger): RequestLogging {
  return (request, response, next) => {
    const started = performance.now();
    const id = randomUUID();
    request.id = id;
    response.setHeader('x-request-id', id);
    const done = (): void => {
      response.off('finish', done);
      response.off('close', done);
      const { statusCode } = response;
      const clientRequestId = clientRequestIdOf(request.headers['x-request-id']);
      const line = {
        req: { id, ...loggableRequest(request) },
        res: { statusCode },
        responseTime: Math.round(performance.now() - started),
        ...(clientRequestId ? { clientRequestId } : {}),
      };
      if (!response.writableFinished) logger.warn(line, 'request aborted');
      else if (statusCode >= 500) logger.error(line, 'request errored');
      else if (statusCode >= 400) logger.warn(line, 'request completed');
      else logger.info(line, 'request completed');
    };
    response.on('finish', done);
    response.on('close', done);
    next?.();
  };
}
