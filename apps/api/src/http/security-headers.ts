import { type RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import { type AppConfig } from '@dondoc/config';

export const DOCS_PATH = '/api/docs';

/**
 * One policy for the API and the web app: scripts from this origin only (the Vite build has no inline script).
 * style-src allows 'unsafe-inline' because Ant Design's CSS-in-JS writes <style> tags at run time; a nonce would
 * need every response of index.html rewritten and every antd style injector to honour it. Injected CSS cannot run
 * code, and script-src stays strict.
 */
function policy(production: boolean, images: string[]): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: images,
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Over plain local HTTP (dev, tests) an upgrade would break every asset.
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  };
}

/** helmet on every response; Swagger UI's page gets remote images too (its validator badge), nothing more. */
export function securityHeaders(config: AppConfig): RequestHandler {
  const production = config.env === 'production';
  const everywhere = helmet(policy(production, ["'self'", 'data:']));
  const docs = helmet(policy(production, ["'self'", 'data:', 'https:']));
  return (request, response, next) => (isDocsPath(request.path) ? docs : everywhere)(request, response, next);
}

export function isDocsPath(path: string): boolean {
  return path === DOCS_PATH || path.startsWith(`${DOCS_PATH}/`) || path.startsWith(`${DOCS_PATH}-`);
}
