// End-to-end: node bodies load per locale (only the active one on first load), and a failed load leaves a
// usable page with a localized explanation and a working retry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyLoaded, openPage, phraseOf, useServedDist } from './harness.mjs';

const env = useServedDist();

const FIX = 'configure-egress-firewall';
const bodyRequests = (requests) => requests.filter((url) => /\/bodies-[a-z]+-[0-9a-f]{16}-[a-z0-9-]+\.txt$/.test(url));
const bodyShown = (page) => bodyLoaded(page);

test('the first load fetches only the active locale\'s bodies; a switch fetches the other once', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${env.server.url}#/en/${FIX}`);
  await bodyShown(page);
  assert.deepEqual(bodyRequests(requests).map((url) => url.match(/bodies-([a-z]+)-/)[1]), ['en']);
  const english = await page.locator('.node-body').textContent();
  assert.ok(english.includes(phraseOf('en', FIX)), 'the English body itself, not a placeholder');

  await page.getByRole('link', { name: 'Türkçe' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'tr');
  await bodyShown(page);
  const turkish = await page.locator('.node-body').textContent();
  assert.notEqual(turkish, english);
  assert.ok(turkish.includes(phraseOf('tr', FIX)), 'the Turkish body itself, not a placeholder');

  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await bodyShown(page);
  assert.equal(await page.locator('.node-body').textContent(), english);
  assert.equal(bodyRequests(requests).length, 2, 'each locale fetched once');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a failed body load keeps the step usable, explains it in the page\'s language and retries', async () => {
  // No service worker: it would answer from its cache, around the interception below.
  const { context, page } = await openPage(env.browser, { locale: 'tr-TR', contextOptions: { serviceWorkers: 'block' } });
  await page.route('**/bodies-*.txt', (route) => route.abort('connectionfailed'));
  await page.goto(`${env.server.url}#/tr/${FIX}?registry=contoso`);
  const alert = page.locator('.node-body [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /yüklenemedi/);
  assert.ok((await page.locator('main h1').textContent()).length > 0, 'the title is there');
  assert.ok(await page.locator('#snippet-fqdn-allowlist pre').textContent().then((text) => text.includes('contoso')),
    'snippets still work');

  await page.unroute('**/bodies-*.txt');
  await alert.getByRole('button', { name: 'Yeniden dene' }).click();
  await bodyShown(page);
  assert.equal(await alert.count(), 0);
  await context.close();
});
