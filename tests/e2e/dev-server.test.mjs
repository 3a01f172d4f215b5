// End-to-end: the development server (`make serve`, scripts/serve.sh) behaves like the published build — a fix
// step shows its body in English and Turkish with no alert, and a content edit shows up after the live reload.
// Starts the real `trunk serve` on a free port; its first (debug) build can take a few minutes.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { bodyLoaded, launchBrowser, openPage, phraseOf } from './harness.mjs';

const FIX = 'configure-client-firewall-access';
const BUILD_DEADLINE_MS = 9 * 60_000;
const RELOAD_DEADLINE_MS = 5 * 60_000;

/** A loopback port nobody listens on right now. */
const freePort = () => new Promise((resolve, reject) => {
  const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

const env = {};
let output = '';

before(async () => {
  env.port = await freePort();
  // A process group of its own, so that trunk and the cargo it starts stop together.
  env.server = spawn('scripts/serve.sh', [String(env.port)], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [env.server.stdout, env.server.stderr]) stream.on('data', (chunk) => { output += chunk; });
  const deadline = Date.now() + BUILD_DEADLINE_MS;
  for (;;) {
    assert.equal(env.server.exitCode, null, `the dev server stopped:\n${output.slice(-3000)}`);
    try {
      const index = await (await fetch(`http://127.0.0.1:${env.port}/`)).text();
      if (index.includes('.wasm')) break;
    } catch { /* not listening yet */ }
    assert.ok(Date.now() < deadline, `the dev server was not ready in time:\n${output.slice(-3000)}`);
    await new Promise((wait) => setTimeout(wait, 1000));
  }
  env.browser = await launchBrowser();
}, { timeout: BUILD_DEADLINE_MS + 60_000 });

after(async () => {
  await env.browser?.close();
  if (env.server && env.server.exitCode === null) process.kill(-env.server.pid, 'SIGTERM');
});

for (const locale of ['en', 'tr']) {
  test(`make serve shows a fix step's text in ${locale}, with no alert`, { timeout: 120_000 }, async () => {
    const origin = `http://127.0.0.1:${env.port}`;
    const { context, page, problems } = await openPage(env.browser, { origin });
    await page.goto(`${origin}/#/${locale}/${FIX}`);
    await bodyLoaded(page);
    const text = await page.locator('.node-body').textContent();
    assert.ok(text.includes(phraseOf(locale, FIX)), `body text of ${locale}/${FIX}: ${text.slice(0, 200)}`);
    assert.equal(await page.locator('[role="alert"]').count(), 0, 'no alert on the page');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a content edit during make serve shows up after the rebuild', { timeout: RELOAD_DEADLINE_MS + 60_000 }, async () => {
  const file = `content/en/nodes/${FIX}.md`;
  const original = readFileSync(file, 'utf8');
  const marker = `Edited while serving ${Date.now()}`;
  const restore = () => writeFileSync(file, original);
  process.once('exit', restore);
  const origin = `http://127.0.0.1:${env.port}`;
  const { context, page } = await openPage(env.browser, { origin });
  try {
    await page.goto(`${origin}/#/en/${FIX}`);
    await bodyLoaded(page);
    writeFileSync(file, `${original.trimEnd()}\n\n${marker}.\n`);
    // Trunk rebuilds, the hook writes the new body file, and live reload reloads the page.
    await page.waitForFunction((text) => document.querySelector('.node-body')?.textContent.includes(text), marker,
      { timeout: RELOAD_DEADLINE_MS, polling: 1000 });
  } finally {
    restore();
    await context.close();
  }
});
