import { AxeBuilder } from '@axe-core/playwright';
import { type INestApplication } from '@nestjs/common';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import pino from 'pino';
import {
  type Browser,
  type BrowserContextOptions,
  type Locator,
  type Page,
  type Request,
  chromium,
} from 'playwright-core';
import { type AppConfig } from '@dondoc/config';
import { CHROMIUM_ARGS, freePort } from '@dondoc/devstack';
import { createApiApp } from '../../apps/api/src/app.factory';
import { type HttpTarget, stackConfig, startWorker } from './stack-apps';

const ROOT = resolve(__dirname, '../..');
const WEB_DIST = join(ROOT, 'apps/web/dist');
/** Screenshots, HTML and logs of failed steps, and the screenshots a person looks at (git-ignored). */
export const ARTIFACTS = join(ROOT, 'test-artifacts/browser');

/** Every wait in a journey is bounded by this: a page that never shows what we look for fails, never hangs. */
export const WAIT = 15_000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: 30_000,
  });
}

export interface BrowserStack {
  config: AppConfig;
  app: INestApplication;
  http: HttpTarget;
  /** The API's origin, also its PUBLIC_URL: the links in emails point here. */
  baseUrl: string;
  browser: Browser;
  stop: () => Promise<void>;
}

/**
 * The real API listening on a free port (serving the built web app), a worker on this file's task queue, and
 * Chromium. PUBLIC_URL is the API's own origin, so every link in a sunk mail opens this API.
 */
export async function startBrowserStack(overrides: Record<string, string> = {}): Promise<BrowserStack> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`${WEB_DIST} is not built: run npx vite build --config apps/web/vite.config.ts first`);
  }
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const each of stops.reverse()) await each();
  };
  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const scratch = mkdtempSync(join(tmpdir(), 'dondoc-browser-'));
    stops.push(() => Promise.resolve(rmSync(scratch, { recursive: true, force: true })));
    // A copy of the build: a rebuild while the tests run must not pull the page's chunks from under them.
    cpSync(WEB_DIST, join(scratch, 'web'), { recursive: true });
    const config = stackConfig({
      PUBLIC_URL: baseUrl,
      PORT: String(port),
      ATTACHMENTS_DIR: join(scratch, 'attachments'),
      WEB_DIST_DIR: join(scratch, 'web'),
      ...overrides,
    });
    const app = await createApiApp(config, pino({ level: 'silent' }));
    await app.listen(port, '127.0.0.1');
    stops.push(() => app.close());

    const { worker, context } = await startWorker(config);
    let crashed: unknown;
    const running = worker.run().catch((error: unknown) => {
      crashed = error;
    });
    stops.push(async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await context.close();
      if (crashed) throw new Error('the test worker crashed', { cause: crashed });
    });

    const browser = await launchChromium();
    stops.push(() => browser.close());
    return { config, app, http: app.getHttpServer() as HttpTarget, baseUrl, browser, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** One person's browser: a context (their cookies) and its page, whose steps leave artifacts when they fail. */
export interface Visitor {
  page: Page;
  /** Runs `fn`; if it throws, keeps a screenshot, the HTML and what went wrong on the wire, then rethrows. */
  step<T>(name: string, fn: (page: Page) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 768 } };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

export async function openVisitor(browser: Browser, options: BrowserContextOptions = DESKTOP): Promise<Visitor> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...options,
  });
  context.setDefaultTimeout(WAIT);
  context.setDefaultNavigationTimeout(WAIT);
  const page = await context.newPage();
  const trouble: Array<Promise<string>> = [];
  page.on('response', (response) => {
    if (response.status() < 400) return;
    const path = new URL(response.url()).pathname;
    const method = response.request().method();
    const body = response.headers()['content-type']?.includes('html')
      ? Promise.resolve('(html)')
      : response.text().catch(() => '(no body)');
    trouble.push(body.then((text) => `${method} ${path} → ${response.status()} ${text.slice(0, 2000)}`));
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    if (url.endsWith('/favicon.ico')) return;
    trouble.push(Promise.resolve(`console error: ${message.text()}${url ? ` (${url})` : ''}`));
  });
  page.on('pageerror', (error) => trouble.push(Promise.resolve(`page error: ${error.message}`)));

  return {
    page,
    async step<T>(name: string, fn: (page: Page) => Promise<T>): Promise<T> {
      try {
        return await fn(page);
      } catch (error) {
        const saved = await saveFailure(page, name, error, await Promise.all(trouble));
        if (error instanceof Error) {
          const original = error.message;
          error.message = `${original}\n${saved}`;
          // jest prints the stack, which still holds the message as thrown.
          if (error.stack) error.stack = error.stack.replace(original, error.message);
        }
        throw error;
      }
    },
    close: () => context.close(),
  };
}

/** A single step in a fresh browser: the brief's `withPage`. */
export async function withPage<T>(
  browser: Browser,
  name: string,
  fn: (page: Page) => Promise<T>,
  options: BrowserContextOptions = DESKTOP,
): Promise<T> {
  const visitor = await openVisitor(browser, options);
  try {
    return await visitor.step(name, fn);
  } finally {
    await visitor.close();
  }
}

/** `<test name>--<step>` as a file name anyone can type: no diacritics, no spaces; the step always kept. */
export function artifactName(step: string): string {
  const plain = (text: string, max: number) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max);
  return `${plain(expect.getState().currentTestName ?? 'browser', 90)}--${plain(step, 60)}`;
}

export function artifactPath(file: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, file);
}

async function saveFailure(page: Page, step: string, error: unknown, trouble: string[]): Promise<string> {
  const base = artifactPath(artifactName(step));
  // The cause first: a CI log keeps only a part of a long failure, and the thrown message comes last.
  const cause = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const notes = [`error: ${cause}`, `url: ${page.url()}`, ...trouble];
  await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5_000 }).catch((error: unknown) => {
    notes.push(`screenshot failed: ${String(error)}`);
  });
  const html = await page.content().catch((error: unknown) => `content failed: ${String(error)}`);
  writeFileSync(`${base}.html`, html);
  writeFileSync(`${base}.log`, `${notes.join('\n')}\n`);
  const where = relative(ROOT, base);
  const message = `browser step "${step}" failed; kept ${where}.{png,html,log}\n  ${notes.join('\n  ')}`;
  console.error(message);
  return message;
}

/** The page as a person sees it on a desktop and on a phone, kept for a human to look at. */
export async function keepScreenshots(page: Page, name: string): Promise<string[]> {
  const original = page.viewportSize();
  const paths: string[] = [];
  for (const [width, height] of [
    [1366, 768],
    [375, 812],
  ]) {
    await page.setViewportSize({ width, height });
    const path = artifactPath(`${name}-${width}x${height}.png`);
    await page.screenshot({ path, fullPage: true });
    paths.push(relative(ROOT, path));
    if (width < 576) await expectPhoneSizedHeading(page, name);
  }
  if (original) await page.setViewportSize(original);
  return paths;
}

/** A page's title takes at most 24 px letters on a phone: at 38 px a plan's title filled the first screen. */
async function expectPhoneSizedHeading(page: Page, name: string): Promise<void> {
  const sizes = await page.evaluate<number[]>(
    `[...document.querySelectorAll('h1')].map((h1) => parseFloat(getComputedStyle(h1).fontSize))`,
  );
  expect({ page: name, h1: sizes.filter((size) => size > 24) }).toEqual({ page: name, h1: [] });
}

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** Controls WCAG exempts from contrast (1.4.3: "part of an inactive user interface component"). */
const INACTIVE = '.ant-upload-disabled, .ant-btn-loading, .ant-picker-cell-disabled, [aria-disabled="true"], :disabled';

/**
 * axe-core on the page at rest (the pointer moved off it): critical violations and text below AA contrast on an
 * active control fail the test; other serious ones are printed.
 */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  // axe once measured an option halfway to its colour: wait for the transitions the pointer's leaving started.
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; await page.waitForTimeout(50)) {
    const running = await page.evaluate<number>(
      `document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity).length`,
    );
    if (running === 0) break;
  }
  // Only violations, run in the page itself (legacy mode): the default runs each frame apart and builds a selector for
  // every node that passes before it joins them, 18.6 s against 2 s on a draft of 27 tasks (3,700 elements). The web
  // app has no frames, which is all legacy mode leaves untested.
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  writeFileSync(artifactPath(`${name}-axe.json`), JSON.stringify(violations, null, 2));
  const describe = (v: AxeViolation, nodes = v.nodes) =>
    `${v.id} (${v.impact}): ${v.help} at ${nodes
      .slice(0, 5)
      .map((node) => `${node.target.join(' ')} ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
      .join(', ')}`;
  const serious = violations.filter((v) => v.impact === 'serious');
  if (serious.length > 0) console.warn(`axe, serious on ${name}:\n  ${serious.map((v) => describe(v)).join('\n  ')}`);
  const failing = violations.filter((v) => v.impact === 'critical').map((v) => describe(v));
  for (const contrast of violations.filter((v) => v.id === 'color-contrast')) {
    const active = [];
    for (const node of contrast.nodes) {
      const inactive = await page
        .locator(node.target.join(' '))
        .first()
        .evaluate(
          (element: { closest(selector: string): unknown }, selector) => element.closest(selector) !== null,
          INACTIVE,
        );
      if (!inactive) active.push(node);
    }
    if (active.length > 0) failing.push(describe(contrast, active));
  }
  expect(failing).toEqual([]);
}

/**
 * Holds each request to `url` until `release()`, so that the progress a page shows while it waits can be read
 * however slow the machine is; `held` are the requests as the page sent them.
 */
export async function holdRequests(page: Page, url: string): Promise<{ held: Request[]; release: () => void }> {
  const held: Request[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    held.push(route.request());
    await released;
    await route.continue();
  });
  return { held, release };
}

/**
 * Clicks `target` until what the click shows appears. On two cores shared by two journeys and a scan's OCR, clicks
 * were seen lost: a select's option highlighted, not chosen; a dialog's button that opened nothing. A person clicks
 * again; so does this, while the target is still there.
 */
export async function clickUntilShown(target: Locator, shown: Locator, { tries = 3, tap = false } = {}): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    if (await target.isVisible()) await (tap ? target.tap() : target.click());
    try {
      await shown.waitFor({ timeout: WAIT / tries });
      return;
    } catch (error) {
      if (attempt === tries) throw error;
    }
  }
}

/**
 * Nothing wider than the screen: no sideways scrolling, once the page has laid itself out for the new width (Ant
 * Design's responsive columns and a button's click ripple settle a moment after a resize).
 */
export async function expectNoHorizontalOverflow(page: Page, width = 375, settleMs = WAIT): Promise<void> {
  const deadline = Date.now() + settleMs;
  let widths = await pageWidths(page);
  while (widths.scroll > width && Date.now() < deadline) {
    await page.waitForTimeout(200);
    widths = await pageWidths(page);
  }
  if (widths.scroll > width) {
    throw new Error(
      `the page is ${widths.scroll} px wide on a ${width} px screen; too wide: ${widths.widest.join(', ')}`,
    );
  }
}

function pageWidths(page: Page): Promise<{ scroll: number; widest: string[] }> {
  // A string, not a function: this project's TypeScript has no DOM types.
  return page.evaluate<{ scroll: number; widest: string[] }>(`(() => {
    const root = document.documentElement;
    const widest = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 5)
      .map((element) => element.tagName.toLowerCase() + '.' + String(element.className).split(' ')[0]);
    return { scroll: root.scrollWidth, widest };
  })()`);
}
