// Accessibility on the release build: axe-core (WCAG 2.2 A/AA rules) on the offline file and in embed mode, one set
// of dark colours whether chosen or followed from the system, and names and relations for screen readers. The
// sweep over every page is in accessibility-light.test.mjs and accessibility-dark.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, openPage, watchPolicyViolations } from './harness.mjs';
import { LOCALES, PAGES, showPage, titleOf } from './pages.mjs';
import { STORAGE_KEY, axeViolations, env, report, structureProblems, themedPage } from './axe.mjs';

test('axe finds no violation in the offline file, in both locales and themes', async () => {
  const fileUrl = pathToFileURL(join(DIST, 'acr-net-guide-offline.html')).href;
  const offlinePages = PAGES.filter((entry) => ['start page', 'environment form with invalid values', 'configure-proxy'].includes(entry.name));
  const found = [];
  let checked = 0;
  for (const theme of ['light', 'dark']) {
    const context = await env.browser.newContext({ locale: 'en-US', colorScheme: theme, offline: true });
    await watchPolicyViolations(context);
    await context.addInitScript(({ key, theme }) => localStorage.setItem(key, `v=1&theme=${theme}`), { key: STORAGE_KEY, theme });
    const page = await context.newPage();
    await page.goto(fileUrl + '#/en/');
    await page.waitForSelector('main h1');
    for (const locale of LOCALES) {
      for (const entry of offlinePages) {
        await showPage(page, locale, entry);
        for (const violation of await axeViolations(page)) found.push({ where: `offline/${locale}/${theme}/${entry.name}`, ...violation });
        checked += 1;
      }
    }
    assert.equal(await page.evaluate(() => document.documentElement.dataset.variant), 'offline');
    await context.close();
  }
  console.log(`axe: offline file, ${offlinePages.length} pages × ${LOCALES.length} locales × 2 themes = ${checked} checked`);
  assert.equal(checked, offlinePages.length * LOCALES.length * 2);
  assert.equal(found.length, 0, `axe violations by rule:\n${report(found)}`);
});

test('axe finds no violation in embed mode (the guide without its chrome), in both locales and themes', async () => {
  const embedPages = PAGES.filter((entry) => ['start page', 'search results', 'share panel of a step (report and wiki links)',
    'configure-proxy'].includes(entry.name));
  assert.equal(embedPages.length, 4);
  const found = [];
  for (const theme of ['light', 'dark']) {
    const { context, page, problems } = await themedPage(theme);
    await page.goto(`${env.server.url}?embed=1#/en/`);
    await page.waitForSelector('main h1');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-embed')), true);
    for (const locale of LOCALES) {
      for (const entry of embedPages) {
        await showPage(page, locale, entry);
        for (const violation of await axeViolations(page)) found.push({ where: `embed/${locale}/${theme}/${entry.name}`, ...violation });
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
  assert.equal(found.length, 0, `axe violations by rule:\n${report(found)}`);
});

test('the dark colours are the same whether chosen with the toggle or followed from the system', async () => {
  const colours = async (colorScheme, theme) => {
    const context = await env.browser.newContext({ colorScheme });
    await watchPolicyViolations(context);
    if (theme) await context.addInitScript((record) => localStorage.setItem('acr-net-guide.state', record), `v=1&theme=${theme}`);
    const page = await context.newPage();
    await page.goto(env.server.url + '#/en/');
    await page.waitForSelector('main h1');
    const values = await page.evaluate(() => {
      const names = new Set();
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule.selectorText === ':root') for (const name of rule.style) if (name.startsWith('--')) names.add(name);
        }
      }
      const style = getComputedStyle(document.documentElement);
      return Object.fromEntries([...names].map((name) => [name, style.getPropertyValue(name).trim()]));
    });
    await context.close();
    return values;
  };
  const chosen = await colours('light', 'dark');
  const followed = await colours('dark', null);
  const light = await colours('light', 'light');
  assert.ok(Object.keys(chosen).length >= 10, `only ${Object.keys(chosen).length} colour variables found`);
  assert.deepEqual(chosen, followed);
  assert.notDeepEqual(chosen, light, 'dark differs from light');
  assert.deepEqual(await colours('dark', 'light'), light, 'a chosen light theme wins over a dark system');
});

test('screen readers get names and relations: choices, snippet regions, field errors, polite notices', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await context.addInitScript(() => {
    // Records each notice's text at the moment it enters the page (a live region must arrive empty).
    window.noticeTextsAtInsert = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          const notices = node.nodeType === 1 ? [node, ...node.querySelectorAll('*')].filter((n) => n.matches('.notice')) : [];
          for (const notice of notices) window.noticeTextsAtInsert.push(`${notice.className}: ${notice.querySelector('p')?.textContent ?? ''}`);
        }
      }
    }).observe(document, { childList: true, subtree: true });
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('acr-net-guide.state', 'v=1&theme=sepia');
    }
  });
  await page.goto(env.server.url + '#/en/check-network-rules');
  await page.waitForFunction((title) => document.querySelector('main h1')?.textContent === title, titleOf('en', 'check-network-rules'));
  for (const role of ['banner', 'main', 'contentinfo']) assert.equal(await page.getByRole(role).count(), 1, role);
  // The "values cleared" notice: a polite status whose text came after the region (the first paint's region and the
  // app's, which takes its place).
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await notice.waitFor();
  const inserted = await page.evaluate(() => window.noticeTextsAtInsert);
  assert.ok(inserted.length >= 1 && inserted.every((text) => text.endsWith(': ')), `texts at insertion: ${JSON.stringify(inserted)}`);
  // A question's answers are a list named by the question.
  const choices = page.getByRole('list', { name: titleOf('en', 'check-network-rules') });
  assert.equal(await choices.getByRole('listitem').count(), 6);

  await page.goto(env.server.url + '#/en/configure-egress-firewall?registry=acr');
  const field = page.getByRole('textbox', { name: 'Registry name' });
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  const described = (await field.getAttribute('aria-describedby')).split(' ');
  assert.ok(described.includes('input-registry-error'), `aria-describedby="${described.join(' ')}"`);
  assert.match(await page.locator('#input-registry-error').textContent(), /Registry name/);
  // Every snippet block is a focusable region named by its title; its buttons are described by the title.
  const figures = page.locator('figure.snippet');
  assert.ok(await figures.count() >= 4);
  for (const figure of await figures.all()) {
    const title = await figure.locator('.snippet-title').textContent();
    assert.equal(await figure.getByRole('region', { name: title, exact: true }).getAttribute('tabindex'), '0', title);
    for (const button of await figure.getByRole('button').all()) {
      const ids = (await button.getAttribute('aria-describedby')).split(' ');
      assert.equal(await figure.locator(`[id="${ids[0]}"]`).textContent(), title);
    }
  }
  // Copy and download say what happened in a polite live region that was there before.
  const snippet = page.locator('#snippet-fqdn-allowlist');
  const statuses = snippet.getByRole('status');
  assert.equal(await statuses.count(), 2);
  assert.deepEqual(await statuses.allTextContents(), ['', '']);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await snippet.getByRole('button', { name: 'Copy', exact: true }).click();
  await snippet.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), snippet.getByRole('button', { name: 'Download', exact: true }).click()]);
  await snippet.getByRole('status').filter({ hasText: `Download started: ${download.suggestedFilename()}` }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
