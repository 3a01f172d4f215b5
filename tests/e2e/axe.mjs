// The accessibility checks the end-to-end files share: axe-core (WCAG 2.2 A/AA rules) on a page, the one-h1 and
// landmark count axe cannot see, sideways scrolling, a page opened in a theme, and the sweep over every page of
// tests/e2e/pages.mjs in every locale for one theme (a file per theme, so each stays within the per-file deadline).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useServedDist } from './harness.mjs';
import { LOCALES, PAGES, showPage } from './pages.mjs';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Structure checks axe files under best practice: landmarks and the single h1.
const AXE_STRUCTURE_RULES = ['landmark-one-main', 'landmark-no-duplicate-banner', 'landmark-no-duplicate-contentinfo',
  'landmark-unique', 'page-has-heading-one', 'region'];
export const STORAGE_KEY = 'acr-net-guide.state';

export const env = useServedDist();

/** Runs axe on the page (injected once per document) and returns its violations as short lines. */
export async function axeViolations(page) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async ({ tags, structure }) => {
    const rules = Object.fromEntries(structure.map((id) => [id, { enabled: true }]));
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      rule: violation.id,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, { tags: AXE_TAGS, structure: AXE_STRUCTURE_RULES });
  return violations;
}

/** What axe cannot see: exactly one h1, one banner, one main and one footer landmark on the page. */
export function structureProblems(page) {
  return page.evaluate(() => {
    const counts = {
      h1: document.querySelectorAll('h1').length,
      banner: document.querySelectorAll('body > header, [role="banner"]').length,
      main: document.querySelectorAll('main').length,
      contentinfo: document.querySelectorAll('body > footer, [role="contentinfo"]').length,
    };
    return Object.entries(counts).filter(([, count]) => count !== 1).map(([what, count]) => `${count} × ${what}`);
  });
}

/** A context whose first page starts with `theme` remembered and the system set to the same scheme. */
export async function themedPage(theme, { width = 1024, height = 768 } = {}) {
  const context = await env.browser.newContext({ locale: 'en-US', colorScheme: theme, viewport: { width, height } });
  await context.addInitScript(({ key, theme }) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, `v=1&theme=${theme}`);
    }
  }, { key: STORAGE_KEY, theme });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { context, page, problems };
}

export function report(found) {
  const byRule = new Map();
  for (const { where, rule, targets } of found) {
    const entry = byRule.get(rule) ?? { pages: [], targets: [] };
    entry.pages.push(where);
    entry.targets.push(...targets);
    byRule.set(rule, entry);
  }
  return [...byRule].map(([rule, { pages, targets }]) =>
    `${rule}: ${pages.length} pages (${pages.slice(0, 3).join(', ')}…), e.g. ${targets.slice(0, 3).join(' | ')}`).join('\n');
}

/** The page's width when it scrolls sideways, with the innermost element whose content sticks out; else null. */
export function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    // Scroll containers (snippet blocks) keep their content inside; an element that lets it out is the culprit.
    const culprit = [...document.querySelectorAll('main *, header *, footer *')].reverse()
      .find((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === 'visible');
    return `${root.scrollWidth} px wide, at ${culprit?.tagName.toLowerCase()}.${culprit?.className}`;
  });
}

// Light at 320 CSS px (the width of 1280 px at 400 % zoom), where the reflow is checked too; dark at 1024 px.
const PASSES = { light: { width: 320, height: 640 }, dark: { width: 1024, height: 768 } };

/** Registers, per locale, the test that checks every page in `theme` (light at 320 px also checks reflow). */
export function sweepEveryPage(theme) {
  const { width, height } = PASSES[theme];
  for (const locale of LOCALES) {
    const reflow = width === 320;
    test(`every page in ${locale}, ${theme} theme, ${width} px: no axe violation, one h1 and the landmarks` +
      (reflow ? ', no sideways scrolling' : ''), async () => {
      const { context, page, problems } = await themedPage(theme, { width, height });
      await page.goto(env.server.url + `#/${locale}/`);
      await page.waitForFunction((expected) => document.documentElement.dataset.theme === expected, theme);
      const found = [];
      const structure = [];
      const wide = [];
      for (const entry of PAGES) {
        await showPage(page, locale, entry);
        const where = `${locale}/${theme}/${entry.name}`;
        for (const violation of await axeViolations(page)) found.push({ where, ...violation });
        for (const problem of await structureProblems(page)) structure.push(`${where}: ${problem}`);
        const overflow = reflow && await sidewaysOverflow(page);
        if (overflow) wide.push(`${entry.name}: ${overflow}`);
      }
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme, 'the theme held');
      console.log(`axe: ${PAGES.length} pages × ${locale} × ${theme} (${width} px) checked, ${found.length} violations` +
        (reflow ? `; reflow: ${wide.length} pages scroll sideways at 320 px` : ''));
      assert.equal(found.length, 0, `axe violations by rule:\n${report(found)}`);
      assert.deepEqual(structure, []);
      assert.deepEqual(wide, []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

