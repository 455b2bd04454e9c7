import type { FieldProblem, Problem } from '../api/types';

/** A refusal from the API (problem+json), or status 0 when the server could not be reached. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly detail: string | undefined;
  readonly errors: FieldProblem[];
  readonly retryAfter: number | undefined;

  constructor(problem: Problem, retryAfter?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.retryAfter = retryAfter;
  }
}

export const networkProblem = (): ApiProblem =>
  new ApiProblem({ type: 'about:blank', status: 0, title: 'Network error', code: 'NetworkError' });

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number';

const parseRetryAfter = (header: string | null): number | undefined => {
  const seconds = header === null ? NaN : Number(header);
  return Number.isFinite(seconds) ? seconds : undefined;
};

/** Builds the error for a non-2xx answer from its status, body text and Retry-After header. */
export const problemFrom = (
  status: number,
  statusText: string,
  body: string,
  retryAfter: string | null,
): ApiProblem => {
  let parsed: unknown = undefined;
  try {
    parsed = body ? JSON.parse(body) : undefined;
  } catch {
    parsed = undefined;
  }
  const problem: Problem = isProblem(parsed)
    ? { ...parsed, status }
    : { type: 'about:blank', status, title: statusText || String(status) };
  return new ApiProblem(problem, parseRetryAfter(retryAfter));
};

export const isApiProblem = (error: unknown): error is ApiProblem => error instanceof ApiProblem;
