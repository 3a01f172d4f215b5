// End-to-end: remembered values under broken or hostile conditions — a record partly unreadable, oversized, of
// an older or a newer version, changed by two tabs at once, a full storage, storage turned off — and a locale's
// texts that fail to load. Each leaves a working guide and tells the user; no value is lost without a word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, useServedDist } from './harness.mjs';

const env = useServedDist();
const KEY = 'acr-net-guide.state';
const STEP = 'configure-egress-firewall';

/** `id = text` of content/<locale>/ui.ftl. */
function message(locale, id) {
  const line = readFileSync(`content/${locale}/ui.ftl`, 'utf8').split('\n').find((text) => text.startsWith(`${id} = `));
  return line.slice(id.length + 3);
}

/** A page whose storage holds `record` when it first loads (not again on reloads). */
async function withRecord(record, locale = 'en-US') {
  const opened = await openPage(env.browser, { locale, origin: env.server.origin });
  await opened.context.addInitScript(([key, text]) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, text);
    }
  }, [KEY, record]);
  return opened;
}

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);
/** The storage notice's text once it shows one: the live region enters the page empty and its text follows. */
async function notice(page) {
  await page.waitForFunction(() => document.querySelector('.storage-notice p')?.textContent, null, { timeout: 10_000 });
  return page.locator('.storage-notice p').textContent();
}

test('a partly unreadable record restores what it can and says the rest was cleared', async () => {
  const { context, page, problems } = await withRecord('v=1&locale=tr&colour=red&registry=contoso&vnet=a%E2%80%AEb');
  await page.goto(`${env.server.url}#/tr/${STEP}`);
  assert.equal(await notice(page), message('tr', 'storage-partly-unreadable'));
  assert.equal(await page.locator('#input-registry').inputValue(), 'contoso');
  assert.equal(await stored(page), 'v=1&locale=tr&registry=contoso', 'the usable part is kept, the rest cleared');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an oversized record is cleared unread, with a notice', async () => {
  const { context, page, problems } = await withRecord(`v=1&registry=${'a'.repeat(300 * 1024)}`);
  await page.goto(`${env.server.url}#/en/${STEP}`);
  assert.equal(await notice(page), message('en', 'storage-oversized'));
  assert.ok((await stored(page) ?? '').length < 100, 'cleared');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an older version\'s record is cleared with a notice; a newer version\'s is left alone', async () => {
  const older = await withRecord('v=0&registry=contoso');
  await older.page.goto(`${env.server.url}#/en/${STEP}`);
  assert.equal(await notice(older.page), message('en', 'storage-discarded-version'));
  assert.equal(await older.page.locator('#input-registry').inputValue(), '');
  await older.context.close();

  const newer = 'v=2&registry=contoso&something-new=1';
  const { context, page, problems } = await withRecord(newer, 'tr-TR');
  await page.goto(`${env.server.url}#/tr/${STEP}`);
  assert.equal(await notice(page), message('tr', 'storage-newer-version'));
  await page.locator('#input-registry').fill('fabrikam');
  await page.waitForFunction(() => location.hash.includes('registry=fabrikam'));
  await page.reload();
  await page.waitForSelector('#input-registry');
  assert.equal(await stored(page), newer, 'the newer version finds its record as it left it');
  assert.equal(await page.locator('#input-registry').inputValue(), 'fabrikam', 'the address still carries the value');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two tabs changing values at once keep each other\'s changes, and say so when both changed one field', async () => {
  const { context, page: first, problems } = await openPage(env.browser, { origin: env.server.origin });
  await first.goto(`${env.server.url}#/en/${STEP}`);
  const second = await context.newPage();
  await second.goto(`${env.server.url}#/en/${STEP}`);
  await second.waitForSelector('#input-region');

  await first.locator('#input-registry').fill('contoso');
  await first.waitForFunction((key) => localStorage.getItem(key)?.includes('registry=contoso'), KEY);
  await second.locator('#input-region').fill('westeurope');
  await second.waitForFunction((key) => localStorage.getItem(key)?.includes('region=westeurope'), KEY);
  assert.match(await stored(first), /registry=contoso/, 'the second tab did not overwrite the first tab\'s value');
  assert.equal(await second.locator('.storage-notice').count(), 0, 'different fields: nothing to tell');

  await first.locator('#input-registry').fill('fabrikam');
  await first.waitForFunction((key) => localStorage.getItem(key)?.includes('registry=fabrikam'), KEY);
  await second.locator('#input-registry').fill('northwind');
  await second.waitForFunction((key) => localStorage.getItem(key)?.includes('registry=northwind'), KEY);
  assert.equal(await notice(second), message('en', 'storage-changed-in-other-tab'));
  assert.match(await stored(second), /region=westeurope/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a full storage leaves a working guide and says the values stay in the address only', async () => {
  const { context, page, problems } = await openPage(env.browser, { locale: 'tr-TR', origin: env.server.origin });
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await page.goto(`${env.server.url}#/tr/${STEP}`);
  await page.locator('#input-registry').fill('contoso');
  await page.waitForFunction(() => document.querySelector('#snippet-fqdn-allowlist pre')?.textContent.includes('contoso'));
  assert.equal(await notice(page), message('tr', 'storage-not-saved'));
  assert.match(page.url(), /registry=contoso/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('storage turned off (private mode, sandboxed frame) leaves a working guide with the same explanation', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await page.goto(`${env.server.url}#/en/${STEP}?registry=contoso`);
  await page.waitForFunction(() => document.querySelector('#snippet-fqdn-allowlist pre')?.textContent.includes('contoso'));
  assert.equal(await notice(page), message('en', 'storage-not-saved'));
  await page.locator('a.answer, .still-failing a').first().click();
  await page.waitForSelector('article.node h1');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a locale\'s texts that fail to load leave an explanation and a retry that works', async () => {
  const { context, page } = await openPage(env.browser, { locale: 'tr-TR', contextOptions: { serviceWorkers: 'block' } });
  await page.route('**/strings-tr-*.txt', (route) => route.abort('connectionfailed'));
  await page.goto(`${env.server.url}#/tr/${STEP}`);
  const alert = page.locator('main [role="alert"]');
  await alert.waitFor();
  assert.equal(await alert.locator('p').textContent(), message('tr', 'strings-failed'));
  await page.unroute('**/strings-tr-*.txt');
  await alert.getByRole('button', { name: message('tr', 'body-retry') }).click();
  await page.waitForSelector('article.node-fix h1');
  assert.equal(await alert.count(), 0);
  await context.close();
});
