// Shared e2e harness: serves dist/ under a wiki-like sub-path on a random loopback port and
// launches Debian's Chromium through playwright-core (no browser download, ever).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';

export const BASE_PATH = '/wiki/tools/acr/';
export const DIST = resolve(process.env.DIST_DIR ?? 'dist');
export const OUTPUT = resolve(process.env.TEST_OUTPUT ?? 'test-output/e2e');
mkdirSync(OUTPUT, { recursive: true });

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Serves `dist` (default `DIST`) at `BASE_PATH` on 127.0.0.1 with a free port; resolves to { origin, url, close }.
 * `gzip`: compress responses for clients that accept it, as a real host does (the throttled benchmark).
 */
export async function serveDist(dist = DIST, { gzip = false } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (!path.startsWith(BASE_PATH)) {
      response.writeHead(404).end('outside the base path');
      return;
    }
    let file = normalize(join(dist, path.slice(BASE_PATH.length)));
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        response.writeHead(200, { ...type, 'content-encoding': 'gzip' });
        response.end(gzipSync(body, { level: 6 }));
      } else {
        response.writeHead(200, type);
        response.end(body);
      }
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + BASE_PATH,
    close: () => new Promise((done) => {
      server.close(done);
      server.closeAllConnections();
    }),
  };
}

/** Debian's Chromium, headless, with background networking off (this machine has no internet). */
export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

// Content-Security-Policy violations seen in the current test, reported by the pages themselves.
const policyViolations = [];

/**
 * Makes every page of `context` report each `securitypolicyviolation` event (an init script, which the page's own
 * policy does not govern) into `sink` and into the current test's list, which the hook below checks.
 */
export async function watchPolicyViolations(context, sink = []) {
  await context.exposeBinding('__acrReportPolicyViolation', (_source, text) => {
    sink.push(text);
    policyViolations.push(text);
  });
  await context.addInitScript(() => {
    addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      window.__acrReportPolicyViolation(`policy violation: ${event.effectiveDirective} blocked ` +
        `${event.blockedURI || 'an inline resource'}${where}${event.sample ? ` (${event.sample})` : ''}`);
    }, true);
  });
  return sink;
}

/** The violations recorded so far in this test, removed from its list (for tests that provoke one on purpose). */
export const takePolicyViolations = () => policyViolations.splice(0);

// Every test of every file that uses this harness: no page it opened saw a policy violation.
afterEach(() => {
  assert.deepEqual(takePolicyViolations(), [], 'Content-Security-Policy violations');
});

/**
 * A new page in a fresh context with the given browser language. Collects page errors, console errors, policy
 * violations and every request that leaves `origin`, so tests can assert there were none. `contextOptions` go to
 * `browser.newContext` (e.g. `{ serviceWorkers: 'block' }`).
 */
export async function openPage(browser, { locale = 'en-US', origin, contextOptions = {} } = {}) {
  const context = await browser.newContext({ locale, viewport: { width: 1024, height: 768 }, ...contextOptions });
  const problems = [];
  await watchPolicyViolations(context, problems);
  const page = await context.newPage();
  const foreignRequests = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    // The app reports a locale file it could not use as a warning naming the file.
    if (message.type() === 'warning' && /^(strings|bodies|search)-/.test(message.text())) {
      problems.push(`locale file warning: ${message.text()}`);
    }
  });
  page.on('request', (request) => {
    const url = request.url();
    if (origin && !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      foreignRequests.push(url);
    }
  });
  return { context, page, problems, foreignRequests };
}

/**
 * For a test file: serves `dist` (default `DIST`) and launches the browser before its tests, closes both after
 * them. Returns the live handles: `{ server, browser }` (set once the `before` hook has run).
 */
export function useServedDist(dist = DIST) {
  const env = {};
  before(async () => {
    env.server = await serveDist(dist);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Waits until the step's body is really there: not busy, and neither the loading nor the failure placeholder
 * (both are text too, and would satisfy a check for "some text").
 */
export function bodyLoaded(page, timeout = 30000) {
  return page.waitForFunction(() => {
    // One body on the page: while the app takes over, the first paint's and the app's (unseen, maybe still loading)
    // are both there for a moment.
    const bodies = document.querySelectorAll('.node-body');
    const body = bodies.length === 1 ? bodies[0] : null;
    return body && body.getAttribute('aria-busy') === 'false' && !body.querySelector('.body-loading, .body-missing')
      && body.textContent.trim().length > 0;
  }, null, { timeout });
}

/** The first run of five plain words of a node's Markdown body: text only the loaded body contains. */
export function phraseOf(locale, id) {
  const markdown = readFileSync(`content/${locale}/nodes/${id}.md`, 'utf8');
  const words = markdown.split(/\s+/);
  for (let i = 0; i + 5 <= words.length; i += 1) {
    const run = words.slice(i, i + 5);
    if (run.every((word) => /^[\p{L}]+$/u.test(word))) return run.join(' ');
  }
  throw new Error(`no plain five-word phrase in ${locale}/${id}.md`);
}

/**
 * Waits until the app has taken over from the page's first paint (scripts/first-paint.mjs): until then the first
 * paint and the app's unseen page both hold elements with the same ids.
 */
export function appShown(page, timeout = 30000) {
  return page.waitForFunction(() => !document.getElementById('first-paint')
    && document.getElementById('app-root')?.hidden !== true, null, { timeout });
}
