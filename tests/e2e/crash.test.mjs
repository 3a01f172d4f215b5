// End-to-end: a panic shows the crash screen — localized, with details to copy and a reset link — instead of a
// blank page. Needs a build that can panic on purpose: a debug build with the `crash-test` feature (its not-found
// path `crash-test` panics while rendering), written to test-output/crash-dist; the release dist/ must not have it.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST, OUTPUT, openPage, useServedDist } from './harness.mjs';

const CRASH_DIST = resolve('test-output/crash-dist');
const TRIGGER = 'crash-test: a deliberate panic while rendering';
const BUILD_DEADLINE_MS = 9 * 60_000;

before(() => {
  const result = spawnSync('trunk', ['build', '--features', 'lazy-locales,crash-test', '--dist', CRASH_DIST], {
    encoding: 'utf8',
    timeout: BUILD_DEADLINE_MS,
    env: { ...process.env, TRUNK_SKIP_VERSION_CHECK: 'true', PATH: `${process.env.HOME}/.cargo/bin:${resolve('node_modules/.bin')}:${process.env.PATH}` },
  });
  assert.equal(result.status, 0, `the crash-test build failed:\n${(result.stderr ?? '').slice(-3000)}`);
}, { timeout: BUILD_DEADLINE_MS + 30_000 });

const env = useServedDist(CRASH_DIST);

/** `id = text` of content/<locale>/ui.ftl (plain one-line messages). */
function message(locale, id) {
  const line = readFileSync(`content/${locale}/ui.ftl`, 'utf8').split('\n').find((text) => text.startsWith(`${id} = `));
  return line.slice(id.length + 3);
}

const wasmOf = (dist) => readFileSync(join(dist, readdirSync(dist).find((name) => name.endsWith('.wasm'))));

test('the release build cannot panic on purpose; the crash-test build can', () => {
  assert.ok(!wasmOf(DIST).includes(TRIGGER), 'the release wasm carries the crash trigger');
  assert.ok(wasmOf(CRASH_DIST).includes(TRIGGER), 'the crash-test build lacks its trigger');
});

for (const locale of ['en', 'tr']) {
  test(`a panic while rendering shows the crash screen in ${locale}, with details and a working reset`, async () => {
    const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
    // A panic in the first render, before the app has set <html lang>: the address decides the language.
    await page.goto(`${env.server.url}#/${locale}/crash-test?registry=secret-registry-name`);
    const title = page.locator('main.crash h1');
    await title.waitFor();
    assert.equal(await title.textContent(), message(locale, 'crash-title'));
    assert.equal(await page.locator('main.crash p').textContent(), message(locale, 'crash-body'));
    assert.equal(await page.getAttribute('html', 'lang'), locale);
    assert.equal(await page.title(), message(locale, 'crash-title'));
    assert.equal(await page.locator('label[for="crash-details"]').textContent(), message(locale, 'crash-details'));
    const details = page.locator('#crash-details');
    const text = await details.inputValue();
    assert.match(text, /^acr-net-guide \d+\.\d+\.\d+ \(/);
    assert.ok(text.includes(`page: #/${locale}/crash-test\n`), text);
    assert.ok(text.includes(TRIGGER), text);
    assert.ok(!text.includes('secret-registry-name'), 'the values stay out of the details');
    // Selected and focused: Ctrl+C copies them as they are.
    assert.deepEqual(await details.evaluate((area) => [document.activeElement === area, area.selectionStart, area.selectionEnd]),
      [true, 0, text.length]);
    await page.keyboard.press('Control+C');
    await page.screenshot({ path: join(OUTPUT, `crash-${locale}.png`), fullPage: true });
    assert.ok(problems.some((problem) => problem.includes('acr-net-guide crashed:') && problem.includes(TRIGGER)),
      `the panic is logged: ${problems}`);

    const reset = page.getByRole('link', { name: message(locale, 'crash-reset') });
    assert.equal(await reset.getAttribute('href'), `${env.server.url}?#/${locale}/`);
    await reset.click();
    await page.waitForSelector('ul.symptoms');
    assert.equal(await page.getAttribute('html', 'lang'), locale);
    assert.equal(await page.locator('main.crash').count(), 0);
    await context.close();
  });
}

test('a panic after navigating inside the running app replaces the step with the crash screen', async () => {
  const { context, page } = await openPage(env.browser, { locale: 'tr-TR', origin: env.server.origin });
  await page.goto(`${env.server.url}#/tr/configure-proxy`);
  await page.waitForSelector('article.node-fix h1');
  await page.evaluate(() => { location.hash = '#/tr/crash-test'; });
  await page.locator('main.crash h1').waitFor();
  assert.equal(await page.locator('article.node-fix').count(), 0, 'the previous step is gone');
  assert.equal(await page.locator('main.crash h1').textContent(), message('tr', 'crash-title'));
  await context.close();
});
