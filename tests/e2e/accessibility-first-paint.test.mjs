// Accessibility of the first paint (static/first-paint/, #23) on the release build: the start page and every step
// as it shows before the app runs (under a held wasm download), and its notice when the app cannot start (under a
// blocked one), with axe-core, the one h1 and the landmarks, and no sideways scrolling at 320 CSS px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NODE_IDS, PAGES } from './pages.mjs';
import { axeViolations, env, report, sidewaysOverflow, structureProblems, themedPage } from './axe.mjs';

const FIRST_PAINT_PAGES = PAGES.filter((entry) => ['start page', 'step with a trail'].includes(entry.name) || NODE_IDS.includes(entry.path));

/** Shows `entry` in the first paint (the app not running) and waits until all its text is there. */
async function showFirstPaint(page, locale, entry) {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/${locale}/${entry.path}`);
  await page.waitForFunction((heading) => {
    const root = document.getElementById('first-paint');
    const body = root?.querySelector('.node-body');
    return root?.querySelector('main h1')?.textContent === heading && !root.querySelector('.first-paint-reserved')
      && (body ? body.textContent.trim().length > 0 : root.querySelector('ul.symptoms'));
  }, entry.heading(locale));
}

for (const [locale, theme, width, height] of [['en', 'light', 320, 640], ['tr', 'dark', 1024, 768]]) {
  test(`the first paint in ${locale}, ${theme} theme, ${width} px: no axe violation, one h1 and the landmarks, before the ` +
    'app runs and without it', async () => {
    const { context, page, problems } = await themedPage(theme, { width, height });
    // Never answered: the app does not start, and nothing has failed yet.
    await page.route('**/*.wasm', () => {});
    await page.goto(env.server.url + `#/${locale}/`);
    const found = [];
    const structure = [];
    const wide = [];
    for (const entry of FIRST_PAINT_PAGES) {
      await showFirstPaint(page, locale, entry);
      const where = `first paint/${locale}/${theme}/${entry.name}`;
      for (const violation of await axeViolations(page)) found.push({ where, ...violation });
      for (const problem of await structureProblems(page, { footer: entry.path === '' })) structure.push(`${where}: ${problem}`);
      const overflow = width === 320 && await sidewaysOverflow(page);
      if (overflow) wide.push(`${entry.name}: ${overflow}`);
    }
    assert.equal(await page.evaluate(() => document.getElementById('app-root').childElementCount), 0, 'the app never ran');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme, 'the remembered theme');
    await context.close();

    // Blocked: the first paint says the app could not start, over the page.
    const blocked = await themedPage(theme, { width, height });
    await blocked.page.route('**/*.wasm', (route) => route.abort('blockedbyclient'));
    for (const entry of FIRST_PAINT_PAGES.filter((entry) => ['start page', 'step with a trail'].includes(entry.name))) {
      await blocked.page.goto(env.server.url + `#/${locale}/${entry.path}`);
      await showFirstPaint(blocked.page, locale, entry);
      await blocked.page.locator('#first-paint .first-paint-notice[role="alert"]').waitFor();
      const where = `first paint without the app/${locale}/${theme}/${entry.name}`;
      for (const violation of await axeViolations(blocked.page)) found.push({ where, ...violation });
      for (const problem of await structureProblems(blocked.page, { footer: entry.path === '' })) structure.push(`${where}: ${problem}`);
    }
    await blocked.context.close();
    console.log(`axe: first paint, ${FIRST_PAINT_PAGES.length} pages × ${locale} × ${theme} (${width} px) and 2 without ` +
      `the app checked, ${found.length} violations`);
    assert.equal(found.length, 0, `axe violations by rule:\n${report(found)}`);
    assert.deepEqual(structure, []);
    assert.deepEqual(wide, []);
    assert.deepEqual(problems, []);
  });
}

