// End-to-end: the single offline file from file:// with the network blocked, and the hosted build working
// offline after the first visit (service worker), including the "new version available" notice.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, OUTPUT, appShown, bodyLoaded, launchBrowser, phraseOf, serveDist, watchPolicyViolations } from './harness.mjs';

const OFFLINE_FILE = join(DIST, 'acr-net-guide-offline.html');
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** A fresh context; collects page errors, policy violations and every request except the document itself and data:/blob: URLs. */
async function open({ offline = false, documentUrl = '' } = {}) {
  const context = await browser.newContext({ locale: 'en-US', offline, viewport: { width: 1024, height: 768 } });
  const problems = await watchPolicyViolations(context);
  const page = await context.newPage();
  const requests = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warning' && /^(strings|bodies)-/.test(message.text())) {
      problems.push(`locale file warning: ${message.text()}`);
    }
  });
  page.on('request', (request) => {
    const url = request.url();
    const isDocument = documentUrl && url.split('#')[0] === documentUrl;
    if (!isDocument && !url.startsWith('data:') && !url.startsWith('blob:')) requests.push(url);
  });
  return { context, page, problems, requests };
}

test('the single file works from file:// with the network blocked and makes zero requests', async () => {
  const fileUrl = pathToFileURL(OFFLINE_FILE).href;
  const { context, page, problems, requests } = await open({ offline: true, documentUrl: fileUrl });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(fileUrl + '#/en/');
  await page.locator('a.symptom-card').first().click();
  for (let steps = 0; !(await page.locator('article.node-fix').count()); steps += 1) {
    assert.ok(steps < 15, `no fix after ${steps} answers`);
    const before = page.url();
    await page.locator('a.answer').first().click();
    await page.waitForFunction((href) => location.href !== href, before);
    await page.waitForSelector('article.node h1');
  }
  // The diagnosis rules are inline too.
  await page.goto(fileUrl + '#/en/');
  await page.locator('#paste-text').fill('Get "https://contoso.azurecr.io/v2/": dial tcp: lookup contoso.azurecr.io: no such host');
  await page.getByRole('button', { name: 'Find the step' }).click();
  await page.locator('ol.matches li').first().waitFor();
  await page.goto(fileUrl + '#/en/configure-egress-firewall?region=westeurope&data-endpoints=on');
  await page.locator('#input-registry').fill('contoso');
  await page.waitForFunction(() =>
    document.querySelector('#snippet-fqdn-allowlist pre')?.textContent.includes('contoso.westeurope.data.azurecr.io'));
  await page.locator('#snippet-fqdn-allowlist').getByRole('button', { name: 'Copy', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('#snippet-fqdn-allowlist .copy-status')?.textContent === 'Copied.');
  await page.getByRole('link', { name: 'Türkçe' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'tr');
  assert.match(page.url(), /#\/tr\/configure-egress-firewall\?/);
  assert.match(await page.locator('.site-footer').textContent(), /Sürüm \d+\.\d+\.\d+ · derleme tarihi \d{4}-\d{2}-\d{2}/);
  assert.equal(await page.locator('.offline-download').isVisible(), false, 'the file does not offer itself');

  // A deep link straight into the file.
  await page.goto(fileUrl + '#/tr/configure-vnet-access?registry=contoso');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.length > 0);
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  await bodyLoaded(page);
  assert.ok((await page.locator('.node-body').textContent()).includes(phraseOf('tr', 'configure-vnet-access')),
    'the inline Turkish body, not a placeholder');
  await page.screenshot({ path: join(OUTPUT, 'offline-file-tr.png'), fullPage: true });
  assert.deepEqual(requests, [], 'requests left the page');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the hosted build keeps working offline after the first visit', async () => {
  const server = await serveDist();
  const { context, page, problems } = await open();
  await page.goto(server.url + '#/en/');
  await appShown(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  assert.equal(await page.locator('.offline-download a').getAttribute('href'), 'acr-net-guide-offline.html');

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await appShown(page);
  await page.locator('a.symptom-card').nth(1).click();
  await page.waitForSelector('article.node h1');
  await page.getByRole('link', { name: 'Türkçe' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'tr');
  await page.reload();
  await page.waitForSelector('article.node h1');
  // Both locales' bodies were precached: the Turkish text shows although it was never fetched online.
  await bodyLoaded(page);
  const shown = page.url().match(/#\/tr\/([a-z0-9-]+)/)[1];
  assert.ok((await page.locator('.node-body').textContent()).includes(phraseOf('tr', shown)),
    'the precached Turkish body, not a placeholder');
  assert.deepEqual(problems, []);
  await context.close();
});

/**
 * A served copy of the build whose page is controlled by its service worker, and a way to publish a "next" build
 * (a new cache version in sw.js) the way a redeploy does.
 */
async function controlledCopy() {
  const copy = mkdtempSync(join(tmpdir(), 'acr-net-guide-dist-'));
  cpSync(DIST, copy, { recursive: true });
  const server = await serveDist(copy);
  const opened = await open();
  await opened.page.goto(server.url + '#/en/');
  await opened.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  const publishNext = async () => {
    const sw = readFileSync(join(copy, 'sw.js'), 'utf8');
    writeFileSync(join(copy, 'sw.js'), sw.replace(/const CACHE = 'acr-net-guide-([0-9a-f]+)'/, "const CACHE = 'acr-net-guide-next$1'"));
    await opened.page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
  };
  const close = async () => {
    await opened.context.close();
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  };
  return { ...opened, server, publishNext, close };
}

/** Accepts the update offered on `page` and checks that only the next build's cache is left. */
async function reloadIntoNext(page) {
  await page.waitForSelector('.update-notice', { timeout: 20000 });
  await page.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.length === 1 && keys[0].startsWith('acr-net-guide-next');
  }, null, { timeout: 20000 });
  await page.waitForSelector('ul.symptoms');
  assert.equal(await page.locator('.update-notice').count(), 0);
}

test('a new build shows "new version available" and reloading switches to it and drops the old cache', async () => {
  const { page, problems, publishNext, close } = await controlledCopy();
  await publishNext();
  await reloadIntoNext(page);
  assert.deepEqual(problems, []);
  await close();
});

test('a new build that arrived while no page was open is offered when the next page starts', async () => {
  const { context, page: first, problems, server, publishNext, close } = await controlledCopy();
  // The new worker installs and waits in the background; this page is closed before it could say so.
  await publishNext();
  await first.waitForFunction(() =>
    navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting != null), null,
  { timeout: 20000 });
  await first.close();

  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(server.url + '#/en/');
  await reloadIntoNext(page);
  assert.deepEqual(problems, []);
  await close();
});
