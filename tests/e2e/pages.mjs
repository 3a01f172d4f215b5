// The pages the accessibility sweep (axe.mjs) visits, as data: every step of content/tree.toml plus the other views.
// To check a new view, add one entry to VIEWS (embed mode, which needs the page's own query, has its own test in
// accessibility.test.mjs).
import { readFileSync, readdirSync } from 'node:fs';

export const LOCALES = ['en', 'tr'];

/** Every node id of the tree except `start`, whose page is the start page (a view below). */
export const NODE_IDS = [...readFileSync('content/tree.toml', 'utf8').matchAll(/^id = "([^"]+)"/gm)]
  .map((match) => match[1])
  .filter((id) => id !== 'start');

/** `{ locale: Map(message id → text) }` for the single-line messages of every content/<locale>/*.ftl file. */
const MESSAGES = Object.fromEntries(LOCALES.map((locale) => {
  const messages = new Map();
  for (const file of readdirSync(`content/${locale}`).filter((name) => name.endsWith('.ftl'))) {
    for (const match of readFileSync(`content/${locale}/${file}`, 'utf8').matchAll(/^([a-z][\w-]*) = (.+)$/gm)) {
      messages.set(match[1], match[2]);
    }
  }
  return [locale, messages];
}));

/** The text of a plain message (no variables) in `locale`. */
export function message(locale, id) {
  const text = MESSAGES[locale].get(id);
  if (text === undefined) throw new Error(`no message ${id} in ${locale}`);
  return text;
}

/** A step's title in `locale`: its page's only h1. */
export const titleOf = (locale, id) => message(locale, `node-${id}`);

const ERROR_TEXT =
  "Error response from daemon: Get \"https://contoso.westeurope.data.azurecr.io/v2/\": denied: client with IP " +
  "'203.0.113.10' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.";

/**
 * The views besides the steps. `path` follows `#/<locale>/`; `heading(locale)` is the h1 that shows the view is
 * on screen; `ready` (optional) a selector that must be there too; `act(page)` (optional) what to do first.
 */
export const VIEWS = [
  { name: 'start page', path: '', heading: (locale) => message(locale, 'home-title'), ready: 'ul.symptoms' },
  {
    name: 'start page with a diagnosis',
    path: '',
    heading: (locale) => message(locale, 'home-title'),
    act: async (page) => {
      await page.locator('#paste-text').fill(ERROR_TEXT);
      await page.locator('.paste-box button[type="submit"]').click();
    },
    ready: 'ol.matches .evidence mark',
  },
  {
    name: 'environment form with invalid values',
    path: 'configure-egress-firewall?registry=acr&region=atlantis&replica=westeurope&replica=westeurope&firewall=-fw',
    heading: (locale) => titleOf(locale, 'configure-egress-firewall'),
    ready: '#input-registry-error',
  },
  {
    name: 'search results',
    path: 'search?q=no+such+host',
    heading: (locale) => message(locale, 'search-title'),
    ready: '#search-results li mark',
  },
  {
    name: 'share panel of a step (report and wiki links)',
    path: 'fix-allow-client-ip?registry=contoso&client-ip=203.0.113.9',
    heading: (locale) => titleOf(locale, 'fix-allow-client-ip'),
    act: async (page) => {
      if (!(await page.locator('details.share[open]').count())) await page.locator('details.share summary').click();
    },
    ready: 'details.share[open] [data-action="copy-report"]:not([disabled])',
  },
  {
    name: 'not-found page',
    path: 'configure-vnet-acess',
    heading: (locale) => message(locale, 'not-found-title'),
    ready: '.not-found ul',
  },
];

/** Every page: the views, then each step (`path` = its id). */
export const PAGES = [
  ...VIEWS,
  ...NODE_IDS.map((id) => ({ name: id, path: id, heading: (locale) => titleOf(locale, id) })),
];

/**
 * Shows `entry` in `locale` on an already open page of the guide, by changing the hash (no reload), and waits
 * until its heading, its `ready` selector and the step's body are there.
 */
export async function showPage(page, locale, entry) {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/${locale}/${entry.path}`);
  const heading = entry.heading(locale);
  await page.waitForFunction((text) => document.querySelector('main h1')?.textContent === text, heading);
  if (entry.act) await entry.act(page);
  if (entry.ready) await page.waitForSelector(entry.ready);
  await page.waitForFunction(() => {
    const body = document.querySelector('.node-body');
    return !body || (body.getAttribute('aria-busy') === 'false' && !body.querySelector('.body-loading'));
  });
}
