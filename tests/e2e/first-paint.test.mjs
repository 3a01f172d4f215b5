// End-to-end: the first paint (static/first-paint/, issue #23). Before the WebAssembly runs the page shows what the
// app will show, with the same text and in the same place; without the WebAssembly it stays readable under a
// notice; a click before the app is ready is not lost; the single offline file has it too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, OUTPUT, appShown, bodyLoaded, openPage, phraseOf, useServedDist, watchPolicyViolations } from './harness.mjs';

const env = useServedDist();

/** Every step with a first-paint file (all but the start node, which is the start page). */
const STEPS = readdirSync(DIST).map((name) => name.match(/^first-paint-[0-9a-f]{16}-en-node-([a-z0-9-]+)\.json$/)?.[1])
  .filter(Boolean).sort();

const blockWasm = (page) => page.route('**/*.wasm', (route) => route.abort('blockedbyclient'));

/** Holds the wasm download until `release()` is called. */
async function delayWasm(page) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The texts and links of what `scope` (`#first-paint` or `#app-root`) shows: header, then the page's parts. */
function regions(scope) {
  const root = document.querySelector(scope);
  const text = (selector) => root.querySelector(selector)?.innerText.trim() ?? null;
  const home = root.querySelector('article.home');
  return {
    lang: document.documentElement.lang,
    title: document.title,
    header: text('header'),
    links: [...root.querySelectorAll('header a')].map((link) => link.getAttribute('href')),
    ...(home ? { main: text('main'), footer: text('footer') } : {
      kind: root.querySelector('article')?.className,
      badge: text('.kind-badge'),
      h1: text('main h1'),
      trail: text('nav.trail'),
      body: text('.node-body'),
    }),
  };
}

/** Waits until `scope` shows `hash` (its header's locale links lead there) with its body in place. */
function shows(page, scope, hash) {
  return page.waitForFunction(([scope, hash]) => {
    const root = document.querySelector(scope);
    const link = root?.querySelector('.locale-link.active');
    const body = root?.querySelector('.node-body');
    const settled = !body || (body.innerText.trim().length > 0 && !body.querySelector('.body-loading'));
    return root && !root.hidden && link?.getAttribute('href') === hash && settled;
  }, [scope, hash], { timeout: 30000 });
}

test('every step shows the same text, title and links before and after the app takes over, in en and tr', async () => {
  assert.ok(STEPS.length > 80, `first-paint files for ${STEPS.length} steps`);
  for (const locale of ['en', 'tr']) {
    const before = await openPage(env.browser, { origin: env.server.origin });
    await blockWasm(before.page);
    const after = await openPage(env.browser, { origin: env.server.origin });
    const hashes = [`#/${locale}/`, ...STEPS.map((id) => `#/${locale}/${id}`)];
    await before.page.goto(`${env.server.url}${hashes[0]}`);
    await after.page.goto(`${env.server.url}${hashes[0]}`);
    await appShown(after.page);
    for (const hash of hashes) {
      await before.page.evaluate((hash) => { location.hash = hash; }, hash);
      await after.page.evaluate((hash) => { location.hash = hash; }, hash);
      await shows(before.page, '#first-paint', hash);
      await shows(after.page, '#app-root', hash);
      const painted = await before.page.evaluate(regions, '#first-paint');
      const rendered = await after.page.evaluate(regions, '#app-root');
      assert.deepEqual(painted, rendered, `${hash}: the first paint differs from the app`);
    }
    assert.deepEqual(after.problems, []);
    await before.context.close();
    await after.context.close();
  }
});

test('a deep link shows its badge, title and the trail\'s place before any file has arrived, then its body', async () => {
  for (const hash of ['#/en/check-azure-dns?registry=contoso&via=start%3Adns%2Cdns-lookup-fails%3Anext%2Ccheck-nslookup%3Ano-answer',
    '#/tr/configure-proxy?registry=contoso']) {
    const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
    // Nothing but the page itself arrives until released: no stylesheet file, no step file, no strings, no wasm.
    let release;
    const released = new Promise((resolve) => {
      release = resolve;
    });
    const releaseWasm = await delayWasm(page);
    const held = [];
    await page.route((url) => url.pathname !== new URL(env.server.url).pathname && !url.pathname.endsWith('.wasm'),
      async (route) => {
        held.push(route.request().url());
        await released;
        await route.continue();
      });
    await page.goto(`${env.server.url}${hash}`, { waitUntil: 'commit' });
    await page.waitForSelector('#first-paint main h1');
    const early = await page.evaluate(() => {
      const root = document.getElementById('first-paint');
      return {
        h1: root.querySelector('main h1').innerText,
        badge: root.querySelector('.kind-badge').innerText,
        busy: root.querySelector('.node-body').getAttribute('aria-busy'),
        body: root.querySelector('.node-body').innerText,
        reserved: root.querySelectorAll('.first-paint-reserved li').length,
        styled: getComputedStyle(root.querySelector('.kind-badge')).display !== 'inline',
      };
    });
    assert.ok(held.length > 0, `${hash}: the page asked for its files`);
    assert.deepEqual({ busy: early.busy, body: early.body }, { busy: 'true', body: '' }, `${hash}: the body waits for its file`);
    assert.equal(early.reserved, hash.includes('via=') ? 3 : 0, `${hash}: the trail keeps a line per step`);
    assert.ok(early.styled, `${hash}: the stylesheet applies before any file arrives (it is inline)`);
    const h1Element = await page.$('#first-paint main h1');
    release();
    await page.waitForFunction(() => document.querySelector('#first-paint .node-body')?.innerText.trim().length > 0);
    assert.ok(await h1Element.evaluate((h1) => h1.isConnected), `${hash}: the painted title stays the same element when the body comes`);
    releaseWasm();
    await appShown(page);
    const app = await page.evaluate(() => ({
      h1: document.querySelector('#app-root main h1').innerText,
      badge: document.querySelector('#app-root .kind-badge').innerText,
    }));
    assert.deepEqual({ h1: early.h1, badge: early.badge }, app, `${hash}: the title and badge shown before any file are the app's`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('each file the first paint and the app both need is downloaded once, whichever asks first', async () => {
  for (const [hash, delayFiles] of [
    ['#/en/check-azure-dns?registry=contoso&via=start%3Adns%2Cdns-lookup-fails%3Anext%2Ccheck-nslookup%3Ano-answer', false],
    ['#/tr/configure-proxy?registry=contoso', false],
    // The app ready first: its requests come before the first paint's.
    ['#/en/configure-proxy', true],
  ]) {
    const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname.split('/').pop()));
    if (delayFiles) {
      // Every file of the page but the wasm waits a little: the app can start before the first paint's files came.
      await page.route((url) => /(strings|bodies|first-paint)-/.test(url.pathname), async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      });
    }
    await page.goto(`${env.server.url}${hash}`);
    await appShown(page);
    await page.waitForFunction(() => document.querySelector('#app-root .node-body')?.innerText.trim().length > 0);
    const shared = requests.filter((name) => /^(strings|bodies|first-paint)-/.test(name));
    assert.ok(shared.some((name) => name.startsWith('strings-')), `${hash}: ${shared}`);
    assert.deepEqual(shared.filter((name, index) => shared.indexOf(name) !== index), [], `${hash}: downloaded twice: ${shared}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('without the WebAssembly a step stays readable under a notice in its language', async () => {
  const { context, page } = await openPage(env.browser, { origin: env.server.origin, locale: 'en-US' });
  await blockWasm(page);
  // The remembered locale wins over the browser's, as in the app.
  await page.addInitScript(() => localStorage.setItem('acr-net-guide.state', 'v=1&locale=tr'));
  await page.goto(env.server.url);
  const notice = page.locator('#first-paint .first-paint-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /WebAssembly/);
  assert.match(await notice.innerText(), /başlatılamadı/);
  assert.equal(await page.locator('#first-paint main h1').innerText(), 'Kayıt defteri ağ erişimi sorunlarını giderin');
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  // Its links still lead somewhere: a symptom opens its step, text and all.
  const card = page.locator('#first-paint a.symptom-card').first();
  const href = await card.getAttribute('href');
  await card.click();
  await page.waitForFunction((href) => location.hash === href, href);
  const id = href.match(/^#\/tr\/([a-z0-9-]+)/)[1];
  await page.waitForFunction((id) => document.querySelector('#first-paint .node-body')?.innerText.length > 0
    && document.querySelector('#first-paint .locale-link.active')?.getAttribute('href').includes(id), id);
  assert.ok((await page.locator('#first-paint .node-body').innerText()).includes(phraseOf('tr', id)));
  assert.match(await notice.innerText(), /başlatılamadı/);

  await page.goto(`${env.server.url}#/en/configure-vnet-access?registry=contoso`);
  await page.reload();
  await page.locator('#first-paint .first-paint-notice').waitFor();
  assert.match(await page.locator('#first-paint .first-paint-notice').innerText(), /could not start/);
  assert.ok((await page.locator('#first-paint .node-body').innerText()).includes(phraseOf('en', 'configure-vnet-access')));
  assert.equal(await page.locator('#first-paint .locale-link[hreflang="tr"]').getAttribute('href'),
    '#/tr/configure-vnet-access?registry=contoso');
  await page.screenshot({ path: join(OUTPUT, 'first-paint-no-wasm-en.png') });
  await context.close();
});

test('a click on the first paint before the app is ready lands on the right step, a button click is replayed', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  const release = await delayWasm(page);
  await page.goto(`${env.server.url}#/en/`);
  const card = page.locator('#first-paint a.symptom-card').nth(1);
  const href = await card.getAttribute('href');
  await card.click();
  await page.waitForFunction((href) => location.hash === href
    && document.querySelector('#first-paint .node-body')?.innerText.length > 0, href);
  await page.locator('#first-paint button.theme-toggle').click();
  const painted = await page.evaluate(regions, '#first-paint');
  assert.equal(await page.evaluate(() => document.getElementById('app-root').hidden), true, 'the app is not ready yet');
  release();
  await appShown(page);
  await bodyLoaded(page);
  assert.equal(await page.evaluate(() => location.hash), href);
  // The same step; only the theme toggle's label changed: the click on it before the app was ready did its part
  // once the app took over.
  const { header: paintedHeader, ...paintedStep } = painted;
  const { header: renderedHeader, ...renderedStep } = await page.evaluate(regions, '#app-root');
  assert.deepEqual(renderedStep, paintedStep);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  assert.equal(renderedHeader, paintedHeader.replace('System', 'Light'));
  // The app works from there: the next answer is a link the app handles.
  const before = page.url();
  await page.locator('a.answer').first().click();
  await page.waitForFunction((before) => location.href !== before, before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('focus moves to the heading on a step change and stays in place when the app takes over, as in the app', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  const release = await delayWasm(page);
  await page.goto(`${env.server.url}#/en/`);
  await page.locator('#first-paint ul.symptoms').waitFor();
  const focused = () => page.evaluate(() => {
    const element = document.activeElement;
    return `${element.closest('#first-paint, #app-root')?.id} ${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? ''}`;
  });
  // By keyboard to the second symptom, and into its step.
  const card = page.locator('#first-paint a.symptom-card').nth(1);
  const href = await card.getAttribute('href');
  for (let presses = 0; presses < 40 && (await focused()) !== `first-paint a ${href}`; presses += 1) await page.keyboard.press('Tab');
  assert.equal(await focused(), `first-paint a ${href}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#first-paint .node-body')?.innerText.length > 0);
  assert.equal(await focused(), 'first-paint h1 ');
  // On to the Turkish link in the header, where focus stays when the app takes over.
  const turkish = await page.locator('#first-paint .locale-link[hreflang="tr"]').getAttribute('href');
  for (let presses = 0; presses < 40 && (await focused()) !== `first-paint a ${turkish}`; presses += 1) await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), `first-paint a ${turkish}`);
  release();
  await appShown(page);
  assert.equal(await focused(), `app-root a ${turkish}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('text typed into the first paint\'s search field ("/" as in the app) is searched once the app takes over', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  const release = await delayWasm(page);
  await page.goto(`${env.server.url}#/en/`);
  await page.locator('#first-paint #search-input').waitFor();
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('#first-paint') && document.activeElement.id), 'search-input');
  await page.keyboard.type('no such host');
  release();
  await appShown(page);
  await page.waitForFunction(() => location.hash.endsWith('q=no+such+host'));
  await page.locator('#search-hit-0').waitFor();
  assert.equal(await page.locator('#search-input').inputValue(), 'no such host');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input', 'the caret stayed in the field');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Where the page's parts are (document coordinates), in `scope`. */
function layout([scope, selectors]) {
  const root = document.querySelector(scope);
  return Object.fromEntries(selectors.map((selector) => {
    const box = root.querySelector(selector)?.getBoundingClientRect();
    return [selector, box && [box.left, box.top + scrollY, box.width, box.height].map(Math.round)];
  }));
}

test('the app takes over without moving anything, on a deep link with a trail and on the start page', async () => {
  // A real trail: three answers from the start.
  const walk = await openPage(env.browser, { origin: env.server.origin });
  await walk.page.goto(`${env.server.url}#/en/?registry=contoso`);
  await walk.page.locator('a.symptom-card').first().click();
  for (let step = 0; step < 2; step += 1) {
    const before = walk.page.url();
    await walk.page.locator('a.answer').first().click();
    await walk.page.waitForFunction((before) => location.href !== before, before);
  }
  await walk.page.waitForSelector('nav.trail li:nth-child(3)');
  const deep = new URL(walk.page.url()).hash;
  await walk.context.close();

  const pages = [
    [deep, ['header', '.kind-badge', 'main h1', 'nav.trail', '.node-body', '.node-body > :first-child']],
    ['#/en/', ['header', 'main h1', '.paste-box', 'ul.symptoms', '.privacy', 'footer']],
    // A remembered record partly unreadable, and storage the page may not use: the notice above the page, its text
    // in place before the app's.
    ['#/tr/configure-proxy', ['header', '.notice', '.notice p', 'main h1', '.node-body'], () => {
      localStorage.setItem('acr-net-guide.state', 'v=1&theme=sepia&registry=contoso');
    }],
    ['#/en/', ['header', '.notice', '.notice p', 'main h1', 'ul.symptoms'], () => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }],
  ];
  for (const [hash, selectors, setup] of pages) {
    const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
    if (setup) await page.addInitScript(setup);
    const release = await delayWasm(page);
    await page.addInitScript(() => {
      window.__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${env.server.url}${hash}`);
    // The first paint once it has every text (the trail's names come with the strings).
    await page.waitForFunction(() => {
      const root = document.getElementById('first-paint');
      return root?.querySelector('main h1') && !root.querySelector('.first-paint-reserved')
        && (!root.querySelector('.node-body') || root.querySelector('.node-body').innerText.length > 0)
        && (!root.querySelector('.notice') || root.querySelector('.notice p').textContent.length > 0);
    });
    const painted = await page.evaluate(layout, ['#first-paint', selectors]);
    release();
    await appShown(page);
    const rendered = await page.evaluate(layout, ['#app-root', selectors]);
    for (const selector of selectors) {
      assert.ok(painted[selector], `${hash}: ${selector} is in the first paint`);
      assert.deepEqual(rendered[selector], painted[selector], `${hash}: ${selector} moved when the app took over`);
    }
    const shifts = await page.evaluate(() => window.__shifts);
    assert.ok(shifts <= 0.01, `${hash}: cumulative layout shift ${shifts}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the single offline file shows a step before its app runs, from its own texts', async () => {
  const fileUrl = pathToFileURL(join(DIST, 'acr-net-guide-offline.html')).href;
  const context = await env.browser.newContext({ locale: 'tr-TR', offline: true });
  await watchPolicyViolations(context);
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(fileUrl) && !/^(data|blob):/.test(request.url())) requests.push(request.url());
  });
  // The app never starts: what shows is the first paint alone.
  await page.addInitScript(() => {
    WebAssembly.instantiate = () => new Promise(() => {});
  });
  await page.goto(`${fileUrl}#configure-vnet-access?registry=contoso`);
  await page.waitForFunction(() => document.querySelector('#first-paint .node-body')?.innerText.length > 0);
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  assert.ok((await page.locator('#first-paint .node-body').innerText()).includes(phraseOf('tr', 'configure-vnet-access')));
  assert.equal(await page.locator('#first-paint .locale-link[hreflang="en"]').getAttribute('href'),
    '#/en/configure-vnet-access?registry=contoso');
  assert.ok((await page.locator('#first-paint main h1').innerText()).length > 0);
  await page.goto(`${fileUrl}#/en/`);
  await page.waitForFunction(() => document.querySelector('#first-paint ul.symptoms'));
  assert.deepEqual(requests, [], 'requests left the file');
  await context.close();
});
