import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LINK_PROBLEMS = ['invalid', 'expired', 'revoked'] as const;
export type LinkProblem = (typeof LINK_PROBLEMS)[number];

/** Served when the web app has not been built (API-only runs): the pages say so instead of a blank 404. */
const UNBUILT_SHELL = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>dondoc</title></head><body><div id="root"><p>Ứng dụng web của dondoc chưa được dựng (npm run build:web).</p></div></body></html>
`;

/**
 * The web app's index.html, read from its build and re-read when the build changes, so `npm start` can rebuild it
 * under a running API. A bad personal link gets the same page with the reason in a meta tag the app reads.
 */
export class WebShell {
  private cached: { mtimeMs: number; html: string } | null = null;

  constructor(private readonly distDir: string) {}

  get assetsDir(): string {
    return this.distDir;
  }

  html(problem?: LinkProblem): string {
    const html = this.index();
    if (!problem) return html;
    return html.replace('</head>', `<meta name="dondoc-link-problem" content="${problem}"></head>`);
  }

  private index(): string {
    const path = join(this.distDir, 'index.html');
    try {
      const { mtimeMs } = statSync(path);
      if (this.cached?.mtimeMs !== mtimeMs) this.cached = { mtimeMs, html: readFileSync(path, 'utf8') };
      return this.cached.html;
    } catch {
      return UNBUILT_SHELL;
    }
  }
}
