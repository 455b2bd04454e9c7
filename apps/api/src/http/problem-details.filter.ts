import {
  type ArgumentsHost,
  BadRequestException,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { inspect } from 'node:util';
import { type Request, type Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseOutage } from './database-outage';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** A machine-readable reason, e.g. the workflow's rejection type (`AwaitingReview`). */
  code?: string;
  errors?: FieldProblem[];
}

/** Every error leaves the API as RFC 9457 application/problem+json; unexpected ones are logged, never echoed. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    // inspect prints the causes beneath (a Temporal error's gRPC status and details), which the stack alone hides.
    if (problem.status === Number(HttpStatus.INTERNAL_SERVER_ERROR))
      this.logger.error(`${request.method} ${request.originalUrl}: ${inspect(exception, { depth: 6 })}`);
    problem.errors ??= unnamedFieldProblems(exception, request);
    problem.instance = request.originalUrl;
    const retryAfter = isDatabaseOutage(exception) ? DATABASE_RETRY_AFTER_SECONDS : retryAfterOf(exception);
    if (retryAfter) response.setHeader('Retry-After', String(retryAfter));
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const { message, errors, code } = (typeof body === 'object' ? body : { message: body }) as {
        message?: unknown;
        errors?: FieldProblem[];
        code?: unknown;
      };
      return {
        type: 'about:blank',
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message,
        ...(typeof code === 'string' ? { code } : {}),
        ...(errors ? { errors } : {}),
      };
    }
    if (isDatabaseOutage(exception)) {
      this.logger.warn(`the database is not answering: ${messageOf(exception)}`);
      const detail = 'the database is not answering; try again in a few seconds';
      return { type: 'about:blank', title: 'Service Unavailable', status: 503, detail, code: 'DatabaseUnavailable' };
    }
    const refusal = databaseRefusal(exception);
    if (refusal) {
      this.logger.warn(`the database refused a write: ${messageOf(exception)}`);
      return { type: 'about:blank', title: STATUS_CODES[refusal.status] ?? 'Error', ...refusal };
    }
    const status = statusOf(exception);
    if (status)
      return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail: messageOf(exception) };
    return { type: 'about:blank', title: 'Internal Server Error', status: HttpStatus.INTERNAL_SERVER_ERROR };
  }
}

/** Constraints the database enforces that a check before the write missed (or raced): the caller's fault, not ours. */
const DATABASE_REFUSALS: Record<string, { status: number; detail: string }> = {
  '23503': { status: 409, detail: 'it is still referred to, or refers to something that does not exist' },
  '23505': { status: 409, detail: 'it would duplicate an existing record' },
  '22001': { status: 400, detail: 'a value is longer than its field allows' },
  '22003': { status: 400, detail: 'a number is out of range' },
  '22P02': { status: 400, detail: 'a value is not of the expected form' },
};

function databaseRefusal(exception: unknown): { status: number; detail: string } | undefined {
  const { driverError, code } = (exception ?? {}) as { driverError?: { code?: unknown }; code?: unknown };
  const sqlState = driverError?.code ?? code;
  return typeof sqlState === 'string' ? DATABASE_REFUSALS[sqlState] : undefined;
}

const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i;

// Nest turns the JSON parser's SyntaxError and the router's URIError into bare 400s that keep only their message.
const BARE_400S: Array<[RegExp, FieldProblem]> = [
  [/^Failed to decode param '/, { field: 'path', message: 'must be percent-encoded UTF-8' }],
  [/^Multipart: /, { field: 'body', message: 'must be well-formed multipart/form-data' }],
  // multer's own refusals, mapped by Nest the same way.
  [
    /^(Too many (parts|files|fields)|Field (name|value) too long|Unexpected file field|Field name missing|Invalid field name)/,
    { field: 'body', message: 'must be a form this route accepts' },
  ],
  [/\bJSON\b/, { field: 'body', message: 'must be well-formed JSON (an object or an array)' }],
];

/** 400s raised where no field is known (Nest's ParseUUIDPipe, the body parsers, the router), named here. */
function unnamedFieldProblems(exception: unknown, request: Request): FieldProblem[] | undefined {
  if (!(exception instanceof BadRequestException)) return undefined;
  const body = exception.getResponse() as { message?: unknown; error?: unknown };
  if (typeof body !== 'object' || body.error !== 'Bad Request' || typeof body.message !== 'string') return undefined;
  if (body.message === 'Validation failed (uuid is expected)') {
    const params = Object.entries(request.params ?? {}).filter(
      (param): param is [string, string] => typeof param[1] === 'string',
    );
    const invalid = params.filter(([, value]) => !UUID.test(value));
    return (invalid.length ? invalid : params).map(([field]) => ({ field, message: 'must be a UUID' }));
  }
  const message = body.message;
  const named = BARE_400S.find(([pattern]) => pattern.test(message));
  return named ? [named[1]] : undefined;
}

/** A 429 says how long to wait, in the header clients read. */
function retryAfterOf(exception: unknown): number | undefined {
  if (!(exception instanceof HttpException)) return undefined;
  const body = exception.getResponse() as { retryAfter?: unknown };
  return typeof body === 'object' && typeof body.retryAfter === 'number' ? body.retryAfter : undefined;
}

/** body-parser errors (malformed JSON, oversized body) carry their own 4xx status. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
