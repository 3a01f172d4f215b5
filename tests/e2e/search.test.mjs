// End-to-end: search on the release build — "/" focuses the field (from a step it opens the search page), typing
// lists the matching steps with the hits marked, the arrow keys move, Enter opens the first result and Back returns
// to the results; Turkish is found without its letters; the search index is fetched only when searching.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OUTPUT, bodyLoaded, openPage, useServedDist } from './harness.mjs';

const SCREENSHOTS = resolve(OUTPUT, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const env = useServedDist();

const hashOf = (page) => decodeURIComponent(new URL(page.url()).hash);
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const searchFiles = (requests) => requests.filter((url) => /\/search-[a-z]+-[0-9a-f]{16}\.txt$/.test(url));

test('"/" opens search from a step; typing, the arrow keys and Enter navigate, and Back returns to the results', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${env.server.url}#/en/configure-proxy?registry=contoso`);
  await bodyLoaded(page);
  assert.deepEqual(searchFiles(requests), [], 'no search index before searching');

  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.id === 'search-input');
  assert.match(hashOf(page), /^#\/en\/search\?registry=contoso&q=$/);
  await page.keyboard.type('no such host');
  await page.waitForFunction(() => location.hash.endsWith('q=no+such+host'));
  const first = page.locator('#search-hit-0');
  await first.waitFor();
  assert.match(await first.textContent(), /does not resolve/);
  assert.deepEqual(await page.locator('#search-results li:first-child mark').allTextContents(), ['no', 'such', 'host']);
  assert.equal(searchFiles(requests).length, 1, 'the index, once');
  assert.equal(await focusedId(page), 'search-input', 'typing keeps the focus in the field');

  await page.keyboard.press('ArrowDown');
  assert.equal(await focusedId(page), 'search-hit-0');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focusedId(page), 'search-hit-1');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focusedId(page), 'search-input');

  await page.keyboard.press('Enter');
  await page.waitForSelector('article.node h1');
  assert.equal(hashOf(page), '#/en/dns-lookup-fails?registry=contoso', 'the result keeps the values');
  await page.goBack();
  await page.locator('#search-hit-0').waitFor();
  assert.equal(await page.locator('#search-input').inputValue(), 'no such host');
  await page.goBack();
  await page.waitForSelector('article.node-fix h1');
  assert.match(hashOf(page), /^#\/en\/configure-proxy/, 'typing made one history entry');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the start page has the search field; Turkish is found without its letters; the language switch keeps the search', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.goto(`${env.server.url}#/tr/`);
  await page.waitForSelector('article.home h1');
  await page.keyboard.press('/');
  assert.equal(await focusedId(page), 'search-input');
  await page.evaluate(() => {
    window.startPageField = document.getElementById('search-input');
  });
  await page.keyboard.type('guvenlik duvari');
  await page.waitForFunction(() => location.hash.endsWith('q=guvenlik+duvari'));
  await page.locator('#search-hit-0').waitFor();
  // The start page's field stays the field of the results: were it rebuilt, keys typed while the results first
  // render would reach the old one and be lost.
  assert.ok(await page.evaluate(() => window.startPageField === document.getElementById('search-input')),
    'the field is the same element on the start page and the search page');
  assert.match(await page.locator('#search-hit-0').textContent(), /güvenlik duvarı/i);
  const marks = await page.locator('#search-results mark').allTextContents();
  assert.ok(marks.some((text) => /^güvenlik$/i.test(text)), JSON.stringify(marks));
  assert.match(await page.locator('#search-status').textContent(), /Bulunan adım: \d+/);
  await page.screenshot({ path: join(SCREENSHOTS, 'search-tr.png'), fullPage: true });

  await page.locator('.locale-switch a[hreflang="en"]').click();
  await page.waitForFunction(() => location.hash.startsWith('#/en/search'));
  assert.equal(await page.locator('#search-input').inputValue(), 'guvenlik duvari');
  await page.goBack();
  await page.waitForFunction(() => location.hash.startsWith('#/tr/search'));
  await page.goBack();
  await page.waitForSelector('.symptom-card');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link to search results, with the query time measured in the page', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.goto(`${env.server.url}#/en/search?q=${encodeURIComponent('"client with IP \'203.0.113.10\' is not allowed"')}`);
  await page.locator('#search-hit-0').waitFor();
  assert.match(await page.locator('#search-hit-0').getAttribute('href'), /client-ip-not-allowed/);
  await page.screenshot({ path: join(SCREENSHOTS, 'search-en.png'), fullPage: true });
  // Typing one more letter: from the input event to the new results on screen (query, render), median of 15.
  const times = [];
  for (const [i, word] of ['firewall', 'proxy', 'private endpoint dns', 'registy'].entries()) {
    for (let round = 0; round < 4 && times.length < 15; round += 1) {
      const query = `${word}${' '.repeat(round)}x${i}`;
      times.push(await page.evaluate(async (text) => {
        const field = document.getElementById('search-input');
        const started = performance.now();
        field.value = text;
        field.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        return performance.now() - started;
      }, query));
    }
  }
  times.sort((a, b) => a - b);
  console.log(`# search in the browser: typing to results on screen, median ${times[7].toFixed(1)} ms of ${times.length}`);
  assert.deepEqual(problems, []);
  await context.close();
});
