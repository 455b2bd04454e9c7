import type request from 'supertest';

type Response = Awaited<ReturnType<ReturnType<typeof request>['get']>>;

export interface Problem {
  status: number;
  title: string;
  detail?: string;
  code?: string;
  errors?: Array<{ field: string; message: string }>;
}

/** A response DTO as JSON: what the tests read of it. */
export type Row = { id: string } & Record<string, unknown>;

export interface PageBody<T = Row> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

// supertest types every body as `any`; these name what the API promises instead.
export const problemOf = (response: Response): Problem => response.body as Problem;
export const pageOf = <T = Row>(response: Response): PageBody<T> => response.body as PageBody<T>;
export const rowOf = <T = Row>(response: Response): T => response.body as T;
export const idOf = (response: Response): string => rowOf(response).id;
