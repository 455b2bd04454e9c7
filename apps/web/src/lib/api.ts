import { ApiProblem, networkProblem, problemFrom } from './api-problem';
import { queryClient } from './query-client';
import { sessionQuery } from './session';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const csrfToken = async (method: Method, fresh = false): Promise<string | undefined> => {
  if (method === 'GET') return undefined;
  if (fresh) await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
  const session = await queryClient.fetchQuery(sessionQuery);
  return session?.csrfToken;
};

/** Sent again with the same key, an activation or an update is done once on the server (see useIdempotencyKey). */
export interface RequestOptions {
  idempotencyKey?: string;
}

const headersFor = (token: string | undefined, json: boolean, opts: RequestOptions = {}): Record<string, string> => ({
  Accept: 'application/json, application/problem+json',
  ...(json ? { 'Content-Type': 'application/json' } : {}),
  ...(token ? { 'X-CSRF-Token': token } : {}),
  ...(opts.idempotencyKey ? { 'Idempotency-Key': opts.idempotencyKey } : {}),
});

const parseBody = <T>(text: string): T => (text ? JSON.parse(text) : undefined) as T;

/**
 * Retries once after a 403 when the CSRF token may have changed (a personal link opened in another tab replaces the
 * session and its token).
 */
const withCsrfRetry = async <T>(method: Method, send: (token: string | undefined) => Promise<T>): Promise<T> => {
  const token = await csrfToken(method);
  try {
    return await send(token);
  } catch (error) {
    if (!(error instanceof ApiProblem) || error.status !== 403 || !token) throw error;
    const renewed = await csrfToken(method, true);
    if (!renewed || renewed === token) throw error;
    return send(renewed);
  }
};

export const request = <T>(method: Method, path: string, body?: unknown, opts?: RequestOptions): Promise<T> =>
  withCsrfRetry(method, async (token) => {
    const isForm = body instanceof FormData;
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: headersFor(token, body !== undefined && !isForm, opts),
        body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      });
    } catch {
      throw networkProblem();
    }
    const text = await response.text();
    if (!response.ok)
      throw problemFrom(response.status, response.statusText, text, response.headers.get('Retry-After'));
    return parseBody<T>(text);
  });

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body, opts),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

export interface UploadOptions extends RequestOptions {
  method?: 'POST' | 'PUT';
  onProgress?: (percent: number) => void;
}

const sendForm = <T>(path: string, form: FormData, method: Method, token: string | undefined, opts: UploadOptions) =>
  new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    Object.entries(headersFor(token, false, opts)).forEach(([name, value]) => xhr.setRequestHeader(name, value));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) opts.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(networkProblem());
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        opts.onProgress?.(100);
        resolve(parseBody<T>(xhr.responseText));
      } else {
        reject(problemFrom(xhr.status, xhr.statusText, xhr.responseText, xhr.getResponseHeader('Retry-After')));
      }
    };
    xhr.send(form);
  });

/** Sends multipart/form-data with upload progress, which fetch cannot report. */
export const upload = <T>(path: string, form: FormData, opts: UploadOptions = {}): Promise<T> => {
  const method = opts.method ?? 'POST';
  return withCsrfRetry(method, (token) => sendForm<T>(path, form, method, token, opts));
};
