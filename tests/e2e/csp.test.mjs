// End-to-end: the Content-Security-Policy of the hosted page and of the single offline file — what the built
// pages carry, and that Chromium enforces it (an injected inline script, style attribute or string evaluated as code is blocked and
// reported). Every other walk asserts zero violations through the harness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  FORBIDDEN_SOURCES, hashSource, hostedPolicy, inlineAttributes, inlineScripts, inlineStyles, policyOf, stylesheet,
} from '../../scripts/csp.mjs';
import { firstPaintScript } from '../../scripts/first-paint.mjs';
import { DIST, openPage, takePolicyViolations, useServedDist } from './harness.mjs';

const env = useServedDist();
const OFFLINE_FILE = join(DIST, 'acr-net-guide-offline.html');

/** `{ directive: [sources] }` of a serialized policy. */
const directivesOf = (policy) => Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/))
  .map(([name, ...sources]) => [name, sources]));

function assertStrict(policy, what) {
  const directives = directivesOf(policy);
  assert.deepEqual(directives['default-src'], ["'none'"], `${what}: default-src`);
  for (const [name, sources] of Object.entries(directives)) {
    for (const forbidden of FORBIDDEN_SOURCES) assert.ok(!sources.includes(forbidden), `${what}: ${name} has ${forbidden}`);
  }
  assert.deepEqual(directives['base-uri'], ["'none'"], `${what}: base-uri`);
  assert.deepEqual(directives['form-action'], ["'none'"], `${what}: form-action`);
  assert.ok(directives['script-src'].includes("'wasm-unsafe-eval'"), `${what}: the wasm may compile`);
  return directives;
}

test('the hosted page carries the strict policy first in <head> and nothing inline but the first paint\'s script and style/app.css, each pinned by its hash', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const policy = policyOf(html);
  assert.equal(policy, hostedPolicy());
  const directives = assertStrict(policy, 'index.html');
  const firstPaint = await firstPaintScript();
  assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'", hashSource(firstPaint)]);
  assert.deepEqual(directives['style-src'], [hashSource(stylesheet())], 'style/app.css and nothing else');
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['img-src'], ["'self'", 'data:']);
  assert.deepEqual(directives['manifest-src'], ["'self'"]);
  assert.deepEqual(directives['worker-src'], ["'self'"]);
  // A <meta> policy covers only what follows it: nothing but the charset may come first.
  const head = html.slice(html.indexOf('<head>') + 6, html.indexOf('<meta http-equiv="Content-Security-Policy"'));
  assert.match(head.trim(), /^<meta charset="utf-8">$/);
  // Trunk's loader is a file; the first paint's script is inline (its requests start while the page is parsed), its
  // data in a JSON block, which never runs.
  assert.deepEqual(inlineScripts(html).map(({ text }) => text), [firstPaint], 'one inline script, the first paint\'s');
  assert.match(html, /<script type="application\/json" id="first-paint-data">/);
  // The stylesheet is inline (a linked one would hold the first frame back for its own round trip) and no file.
  assert.deepEqual(inlineStyles(html), [stylesheet()], 'one inline stylesheet, style/app.css as is');
  assert.doesNotMatch(html, /<link rel="stylesheet"/);
  assert.deepEqual(readdirSync(DIST).filter((name) => name.endsWith('.css')), [], 'no stylesheet file is left in dist/');
  assert.deepEqual(inlineAttributes(html), [], 'no event-handler or style attribute');
});

test('the offline file pins each inline script and stylesheet by hash and allows no network', () => {
  const html = readFileSync(OFFLINE_FILE, 'utf8');
  const directives = assertStrict(policyOf(html), 'offline file');
  const scripts = inlineScripts(html);
  const styles = inlineStyles(html);
  assert.equal(scripts.length, 2, 'the boot module and the first paint\'s script');
  assert.ok(scripts.some(({ text }) => text.includes('first-paint-data')), 'the first paint\'s script');
  assert.equal(styles.length, 1, 'one stylesheet');
  assert.deepEqual(directives['script-src'], [...scripts.map(({ text }) => hashSource(text)), "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives['style-src'], styles.map(hashSource));
  assert.deepEqual(directives['img-src'], ['data:'], 'only the data: favicon');
  for (const name of ['connect-src', 'manifest-src', 'worker-src', 'frame-src']) {
    assert.equal(directives[name], undefined, `${name} falls back to default-src 'none'`);
  }
});

/** Tries what the policy must block, in the page; returns what got through. */
const tryInjections = (page) => page.evaluate(async () => {
  const through = [];
  const script = document.createElement('script');
  script.textContent = 'window.__acrInjected = true;';
  document.head.append(script);
  if (window.__acrInjected) through.push('inline script');
  // A string timer is compiled like eval when it fires, in the page's own context (an `eval` written here would
  // run in the test driver's evaluation, which the browser exempts from the policy).
  setTimeout('window.__acrEvaluated = true;', 0);
  const marked = document.createElement('p');
  marked.setAttribute('style', 'color: rgb(1, 2, 3)');
  document.body.append(marked);
  if (getComputedStyle(marked).color === 'rgb(1, 2, 3)') through.push('style attribute');
  // The page's own stylesheet is inline and allowed by its hash: any other <style> stays blocked.
  const sheet = document.createElement('style');
  sheet.textContent = '.acr-injected { background-color: rgb(4, 5, 6); }';
  document.head.append(sheet);
  marked.className = 'acr-injected';
  if (getComputedStyle(marked).backgroundColor === 'rgb(4, 5, 6)') through.push('inline stylesheet');
  marked.remove();
  await new Promise((done) => setTimeout(done, 100)); // violation events are queued as tasks
  if (window.__acrEvaluated) through.push('string evaluated as code');
  return through;
});

test('Chromium enforces the hosted policy: an injected script, code from a string, a style attribute and a stylesheet are blocked and reported', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.goto(`${env.server.url}#/en/`);
  await page.waitForSelector('ul.symptoms');
  assert.deepEqual(takePolicyViolations(), [], 'the app itself runs without a violation');
  assert.deepEqual(await tryInjections(page), []);
  const seen = takePolicyViolations();
  for (const directive of ['script-src-elem', 'script-src', 'style-src-attr', 'style-src-elem']) {
    assert.ok(seen.some((text) => text.startsWith(`policy violation: ${directive} `)), `${directive} reported: ${seen}`);
  }
  problems.length = 0; // (the console also logs each refusal)
  await context.close();
});

test('Chromium enforces the offline file\'s policy from file:// too', async () => {
  const { context, page } = await openPage(env.browser);
  await page.goto(`${pathToFileURL(OFFLINE_FILE).href}#/tr/`);
  await page.waitForSelector('ul.symptoms');
  assert.deepEqual(takePolicyViolations(), [], 'the single file runs without a violation');
  assert.deepEqual(await tryInjections(page), []);
  assert.ok(takePolicyViolations().length >= 4, 'each blocked injection was reported');
  await context.close();
});
