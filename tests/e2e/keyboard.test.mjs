// Keyboard only, on the release build: from the start page to a fix, the registry with a corrected error, copy,
// download, locale and theme — with a visible focus indicator at every stop, also in forced colours; and the
// screenshots of the focus style and of the 320 px layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OUTPUT, openPage, useServedDist } from './harness.mjs';
import { titleOf } from './pages.mjs';

// Kept out of the source tree; docs/screenshots holds the copies attached to the closing notes.
const SCREENSHOTS = resolve(OUTPUT, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const env = useServedDist();

/** The focused element, and whether it shows a focus indicator (an outline or a box shadow) inside the window. */
function focusState(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const inView = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0
      && rect.top < innerHeight && rect.left < innerWidth;
    const label = `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}`
      + `${element.className && typeof element.className === 'string' ? '.' + element.className.split(' ').join('.') : ''}`
      + ` "${(element.textContent || element.value || '').trim().slice(0, 40)}"`;
    const focused = element !== document.body && element.matches(':focus-visible') && inView;
    return { label, href: decodeURIComponent(element.getAttribute('href') ?? ''), indicated: focused && (outline || shadow), outlined: focused && outline };
  });
}

/**
 * A keyboard walk that checks the focus indicator after every key: an outline or a box shadow, or only an
 * outline (`outlineOnly`: forced colours drop shadows).
 */
function walker(page, { outlineOnly = false } = {}) {
  const stops = [];
  const check = async (key) => {
    const state = await focusState(page);
    stops.push(`${key} → ${state.label}`);
    assert.ok(outlineOnly ? state.outlined : state.indicated, `no visible focus indicator after ${key} on ${state.label}`);
    return state;
  };
  return {
    stops,
    check,
    async press(key) {
      await page.keyboard.press(key);
      return check(key);
    },
    /** Presses `key` until `wanted(state)` holds (at most `limit` times). */
    async until(key, wanted, limit = 80) {
      for (let count = 0; count < limit; count += 1) {
        const state = await this.press(key);
        if (await wanted(state)) return state;
      }
      throw new Error(`not reached after ${limit} × ${key}; stops: ${stops.slice(-5).join(', ')}`);
    },
  };
}

const focusedIs = (page, selector) => page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, selector);
const headingFocused = (page, text) =>
  page.waitForFunction((text) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === text, text);

test('keyboard only: start page to a fix, a corrected registry, copy, download, locale and theme', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await page.goto(env.server.url + '#/en/');
  await page.waitForSelector('ul.symptoms');
  const walk = walker(page);

  // Skip link, then the symptom that lists the causes.
  assert.match((await walk.press('Tab')).label, /skip-link/);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await walk.check('Enter on the skip link');
  await walk.until('Tab', (state) => state.href.includes('via=start:browse-causes'));
  await page.keyboard.press('Enter');
  await headingFocused(page, titleOf('en', 'causes'));
  await walk.check('Enter on a symptom');
  await walk.until('Tab', (state) => state.href.includes('causes:egress-firewall'));
  await page.keyboard.press('Enter');
  await headingFocused(page, titleOf('en', 'configure-egress-firewall'));
  await walk.check('Enter on an answer');

  // The registry: a value that breaks the rule, explained at the field, then corrected.
  await walk.until('Tab', () => focusedIs(page, '#input-registry'));
  await page.keyboard.type('acr');
  const error = page.locator('#input-registry-error');
  await error.waitFor();
  assert.match(await error.textContent(), /Registry name/);
  assert.equal(await page.getAttribute('#input-registry', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#input-registry', 'aria-describedby'), /\binput-registry-error\b/);
  await walk.check('typing an invalid name');
  for (let count = 0; count < 3; count += 1) await page.keyboard.press('Backspace');
  await page.keyboard.type('contoso');
  await error.waitFor({ state: 'detached' });
  assert.equal(await page.getAttribute('#input-registry', 'aria-invalid'), null);
  await page.waitForFunction(() => document.querySelector('#snippet-fqdn-allowlist pre')?.textContent.includes('contoso.azurecr.io'));
  await walk.check('correcting it');

  // The first snippet: its scrolling block, Copy, Download.
  const region = await walk.until('Tab', () => focusedIs(page, 'figure.snippet pre'));
  const figure = page.locator(`#${await page.evaluate(() => document.activeElement.closest('figure').id)}`);
  const title = await figure.locator('.snippet-title').textContent();
  assert.match(region.label, /^pre/);
  assert.equal(await page.evaluate(() => document.getElementById(document.activeElement.getAttribute('aria-labelledby')).textContent), title);
  await page.keyboard.press('ArrowDown'); // a focused block scrolls with the arrow keys
  await walk.until('Tab', () => focusedIs(page, 'figure.snippet .snippet-tools button'));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Copy');
  await page.keyboard.press('Enter');
  await figure.locator('.copy-status', { hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await figure.locator('pre').textContent());
  await walk.check('Enter on Copy');
  assert.equal((await walk.press('Tab')).label.endsWith('"Download"'), true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /^contoso-[a-z-]+\.sh$/);
  assert.match(readFileSync(await download.path(), 'utf8'), /set -euo pipefail/);
  await figure.locator('.copy-status', { hasText: `Download started: ${download.suggestedFilename()}` }).waitFor();
  await walk.check('Enter on Download');

  // Back up to the language switch: Turkish keeps the step and the value, and focus lands on the new heading.
  await walk.until('Shift+Tab', (state) => state.href.startsWith('#/tr/'), 120);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'tr');
  await headingFocused(page, titleOf('tr', 'configure-egress-firewall'));
  await walk.check('Enter on Türkçe');
  assert.match(decodeURIComponent(new URL(page.url()).hash), /^#\/tr\/configure-egress-firewall\?registry=contoso&via=start:browse-causes,causes:egress-firewall$/);

  // The theme toggle, two presses: light, then dark; focus stays on it.
  await walk.until('Shift+Tab', () => focusedIs(page, 'button.theme-toggle'), 5);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  const light = await background();
  await walk.check('Enter on the theme toggle');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.notEqual(await background(), light);
  await walk.check('Space on the theme toggle');
  assert.ok(walk.stops.length >= 30, `only ${walk.stops.length} stops`);
  console.log(`keyboard: ${walk.stops.length} focus stops, each with a visible indicator`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('focus stays visible in forced colours (Windows contrast themes), the moved focus on the heading too', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(env.server.url + '#/en/configure-proxy?registry=contoso');
  await page.waitForSelector('article.node-fix h1');
  const walk = walker(page, { outlineOnly: true });
  const seen = new Set();
  // Every kind of control: skip link, links, toggle, fields, drop-downs, snippet blocks and buttons.
  await walk.until('Tab', async (state) => {
    seen.add(state.label.split(/[#."]/)[0].trim());
    return ['a', 'button', 'input', 'select', 'pre'].every((tag) => seen.has(tag));
  }, 60);
  await walk.until('Tab', (state) => /answer/.test(state.label), 120);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await walk.check('Enter on an answer (the heading)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('screenshots: the focus styles and the 320 px layout in both locales', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.setViewportSize({ width: 720, height: 420 });
  await page.goto(env.server.url + '#/en/causes?via=start:browse-causes');
  await page.waitForSelector('article.node h1');
  // Keyboard focus on an answer, then the quiet mark on the heading after following it.
  const walk = walker(page);
  await walk.until('Tab', (state) => /answer/.test(state.label));
  await page.screenshot({ path: join(SCREENSHOTS, 'focus-control-en.png') });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await walk.check('Enter on an answer');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, 'focus-heading-en.png') });

  await page.setViewportSize({ width: 320, height: 640 });
  for (const locale of ['en', 'tr']) {
    await page.goto(env.server.url + `#/${locale}/configure-egress-firewall?registry=contoso&region=westeurope&data-endpoints=on`);
    await page.waitForFunction((text) => document.querySelector('main h1')?.textContent === text, titleOf(locale, 'configure-egress-firewall'));
    await page.evaluate(() => document.querySelector('#snippet-fqdn-allowlist').scrollIntoView());
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
    await page.screenshot({ path: join(SCREENSHOTS, `reflow-320-${locale}.png`) });
  }
  assert.deepEqual(problems, []);
  await context.close();
});
