// End-to-end: embed mode on the release build, in a test page holding an iframe as a wiki page would — no site
// chrome, `?embed=1` kept across navigation, links that leave the guide open in a new tab without an opener, the
// iframe sized from the height the guide posts; and the print stylesheet of a normal page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OUTPUT, openPage, useServedDist } from './harness.mjs';

const SCREENSHOTS = resolve(OUTPUT, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const env = useServedDist();

/** A wiki-like page: a heading, the guide in an iframe, and the listener docs/embedding.md shows. */
const wikiPage = (src) => `<!doctype html><html><head><title>Team wiki</title></head><body>
<h1>Team wiki: registry access</h1>
<iframe id="guide" src="${src}" style="width: 100%; height: 200px; border: 1px solid #ccc"></iframe>
<script>
  const frame = document.getElementById('guide');
  window.heights = [];
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.data?.type !== 'acr-net-guide:height') return;
    window.heights.push(event.data.height);
    frame.style.height = event.data.height + 'px';
  });
</script></body></html>`;

test('the guide in an iframe: no chrome, embed kept across navigation, height posted, external links in a new tab', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.setViewportSize({ width: 900, height: 700 });
  await page.setContent(wikiPage(`${env.server.url}?embed=1#/en/next-steps`));
  const frame = page.frameLocator('#guide');
  await frame.locator('article.node h1').waitFor();
  assert.equal(await frame.locator('.site-header').count(), 1);
  assert.equal(await frame.locator('.site-header').isVisible(), false, 'no header');
  assert.equal(await frame.locator('.site-footer').isVisible(), false, 'no footer');
  await page.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1) > 400);
  const { posted, frameHeight } = await page.evaluate(() => ({
    posted: window.heights.at(-1),
    frameHeight: document.getElementById('guide').getBoundingClientRect().height,
  }));
  assert.ok(Math.abs(frameHeight - posted) <= 2, `the iframe took the posted height: ${frameHeight} vs ${posted}`);
  const inner = await frame.locator('body').evaluate((body) => body.getBoundingClientRect().height);
  assert.ok(Math.abs(inner - posted) <= 2, `the posted height is the content's: ${inner} vs ${posted}`);
  await page.screenshot({ path: join(SCREENSHOTS, 'embed.png'), fullPage: true });

  // A link that leaves the guide opens a new tab that cannot reach back into the wiki page.
  await frame.locator('.node-body a[href^="https://"]').first().waitFor();
  const external = frame.locator('.node-body a[href^="https://"]').first();
  await context.route('https://**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>elsewhere</p>' }));
  const [popup] = await Promise.all([context.waitForEvent('page'), external.click()]);
  assert.equal(await external.getAttribute('target'), '_blank');
  assert.equal(await external.getAttribute('rel'), 'noopener');
  assert.equal(await popup.evaluate(() => window.opener), null);
  await popup.close();
  assert.equal(page.frames().length, 2, 'the guide stayed in its iframe');

  // A link inside the guide keeps embed mode.
  await frame.locator('.related a').first().click();
  await frame.locator('article.node h1', { hasNotText: 'Still stuck' }).waitFor();
  const frameUrl = page.frames().find((f) => f.url().includes('/wiki/tools/acr/')).url();
  assert.match(frameUrl, /\?embed=1#\/en\//);
  assert.equal(await frame.locator('.site-header').isVisible(), false, 'still no header');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page without ?embed=1 keeps its chrome, and printing hides the controls but keeps the step', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.goto(`${env.server.url}#/en/fix-allow-client-ip`);
  await page.waitForSelector('article.node h1');
  assert.equal(await page.locator('.site-header').isVisible(), true);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-embed')), false);
  assert.equal(await page.locator('script[src="embed.js"]').count(), 0, 'embed.js only in embed mode');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.share', '.step-tools']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} printed`);
  }
  assert.equal(await page.locator('article.node h1').isVisible(), true);
  assert.equal(await page.locator('.node-body').isVisible(), true);
  assert.deepEqual(problems, []);
  await context.close();
});
