import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { type Request, type Response } from 'express';

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
    problem.instance = request.originalUrl;
    const retryAfter = retryAfterOf(exception);
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
    const status = statusOf(exception);
    if (status)
      return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail: messageOf(exception) };
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { type: 'about:blank', title: 'Internal Server Error', status: HttpStatus.INTERNAL_SERVER_ERROR };
  }
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
