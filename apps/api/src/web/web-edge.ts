import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { type WebShell } from './web-shell';

export const API_PREFIX = 'api';

/** The API's first path segments before it moved under /api: scripts calling them are redirected, not broken. */
const LEGACY_API_ROOTS = new Set([
  'auth',
  'agencies',
  'agency-groups',
  'directory',
  'plans',
  'tasks',
  'assignments',
  'inspections',
  'users',
  'calendar',
  'docs',
]);

/** Paths the API answers itself outside /api: the personal links. */
const SERVER_PAGES = /^\/(r|i)\/[^/]+\/?$/;

/**
 * One origin, two kinds of answer: /api/** is the JSON API; every other GET is the web app, except that an API
 * client (one that does not ask for HTML) calling a pre-/api path is sent there with a 308.
 */
export function webEdge(shell: WebShell): RequestHandler[] {
  const assets = express.static(shell.assetsDir, { index: false, immutable: true, maxAge: '1y', fallthrough: true });
  const route: RequestHandler = (request: Request, response: Response, next: NextFunction) => {
    if (request.path === '/health') {
      request.url = `/${API_PREFIX}${request.url}`;
      return next();
    }
    if (request.path.startsWith(`/${API_PREFIX}/`) || request.path === `/${API_PREFIX}`) return next();
    if (SERVER_PAGES.test(request.path)) return next();
    const root = request.path.split('/')[1] ?? '';
    if (LEGACY_API_ROOTS.has(root) && !wantsHtml(request)) {
      return response.redirect(308, `/${API_PREFIX}${request.originalUrl}`);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (request.path.startsWith('/assets/')) return assets(request, response, next);
    // An API client asking for a path that is no page gets the API's own 404, not a page.
    if (!wantsHtml(request)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.type('html').send(shell.html());
  };
  return [route];
}

function wantsHtml(request: Request): boolean {
  return request.method === 'GET' && request.accepts(['application/json', 'text/html']) === 'text/html';
}
