// End-to-end: the release build served under a wiki sub-path, driven in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { OUTPUT, openPage, useServedDist } from './harness.mjs';

const env = useServedDist();

const heading = (page) => page.locator('h1').first();

test('first visit negotiates the locale and lands on the start page', async () => {
  const { context, page, problems, foreignRequests } = await openPage(env.browser, { locale: 'en-US', origin: env.server.origin });
  await page.goto(env.server.url);
  await page.waitForURL(/#\/en\/$/);
  await assert.doesNotReject(heading(page).waitFor());
  assert.equal(await heading(page).textContent(), 'Troubleshoot registry network access');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.title(), /ACR network troubleshooter/);
  assert.deepEqual(problems, []);
  assert.deepEqual(foreignRequests, []);
  await context.close();
});

test('switching to Turkish changes strings, <html lang> and the address', async () => {
  const { context, page, problems } = await openPage(env.browser, { locale: 'en-US', origin: env.server.origin });
  await page.goto(env.server.url + '#/en/');
  await heading(page).waitFor();
  await page.getByRole('link', { name: 'Türkçe' }).click();
  await page.waitForURL(/#\/tr\/$/);
  await page.waitForFunction(() => document.documentElement.lang === 'tr');
  assert.equal(await heading(page).textContent(), 'Kayıt defteri ağ erişimi sorunlarını giderin');
  assert.match(await page.title(), /ACR ağ sorun giderici/);
  await page.screenshot({ path: join(OUTPUT, 'start-tr.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('Turkish browser gets Turkish; a deep link keeps its locale on reload', async () => {
  const { context, page, problems } = await openPage(env.browser, { locale: 'tr-TR', origin: env.server.origin });
  await page.goto(env.server.url);
  await page.waitForURL(/#\/tr\/$/);
  await page.goto(env.server.url + '#/en/');
  await page.reload();
  await heading(page).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an unknown route shows a not-found page whose link leads back to the start', async () => {
  const { context, page, problems } = await openPage(env.browser, { locale: 'en-US', origin: env.server.origin });
  await page.goto(env.server.url + '#/tr/no/such/page');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Sayfa bulunamadı');
  await page.screenshot({ path: join(OUTPUT, 'not-found-tr.png'), fullPage: true });
  await page.getByRole('link', { name: 'Başlangıç sayfasına dön' }).click();
  await page.waitForURL(/#\/tr\/$/);
  assert.equal(await heading(page).textContent(), 'Kayıt defteri ağ erişimi sorunlarını giderin');
  await page.goBack();
  await page.waitForURL(/#\/tr\/no\/such\/page$/);
  assert.equal(await heading(page).textContent(), 'Sayfa bulunamadı');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a legacy article anchor is rewritten to a locale route before the router starts', async () => {
  const { context, page, problems } = await openPage(env.browser, { locale: 'tr-TR', origin: env.server.origin });
  await page.goto(env.server.url + '#configure-client-firewall-access');
  await page.waitForURL(/#\/tr\/configure-client-firewall-access$/);
  await page.waitForSelector('article.node-fix h1');
  assert.notEqual(await heading(page).textContent(), 'Sayfa bulunamadı');
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  assert.deepEqual(problems, []);
  await context.close();
});

test('from the symptom picker, always taking the first answer ends at a fix or reference step', async () => {
  const { context, page, problems, foreignRequests } = await openPage(env.browser, { locale: 'en-US', origin: env.server.origin });
  await page.goto(env.server.url + '#/en/');
  await page.locator('a.symptom-card').first().click();
  const visited = [];
  for (let step = 0; step < 20; step += 1) {
    await page.waitForSelector('article.node h1');
    visited.push(new URL(page.url()).hash);
    if (await page.locator('article.node-fix, article.node-reference').count()) break;
    const before = page.url();
    await page.locator('a.answer').first().click();
    await page.waitForFunction((previous) => location.href !== previous, before);
  }
  assert.ok(await page.locator('article.node-fix, article.node-reference').count(), `ended at ${visited.at(-1)}`);
  await page.screenshot({ path: join(OUTPUT, 'walk-to-fix-en.png'), fullPage: true });
  assert.ok(visited.length >= 2, 'the first answer of the symptom picker is a question, not a fix');
  await page.goBack();
  await page.waitForFunction((hash) => location.hash === hash, visited.at(-2));
  assert.deepEqual(problems, []);
  assert.deepEqual(foreignRequests, []);
  await context.close();
});
