// End-to-end: walking the guide on the release build — trail, deep links, inputs that survive a reload,
// remembered locale and theme, focus, keyboard, not-found suggestions, and one screenshot per locale of a fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OUTPUT, appShown, openPage, useServedDist } from './harness.mjs';

// Kept out of the source tree; docs/screenshots holds the copies attached to the closing notes.
const SCREENSHOTS = resolve(OUTPUT, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const env = useServedDist();

const heading = (page) => page.locator('main h1');
const hashOf = (page) => decodeURIComponent(new URL(page.url()).hash);
const changedFrom = (page, previous) => page.waitForFunction((href) => location.href !== href, previous);

test('clicking through from a symptom to a fix builds the trail, and every trail step leads back', async () => {
  const { context, page, problems, foreignRequests } = await openPage(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url + '#/en/');
  await page.locator('a.symptom-card', { hasText: 'no such host' }).first().click();
  await page.waitForSelector('article.node-symptom h1');
  let steps = 1;
  while (!(await page.locator('article.node-fix').count())) {
    const before = page.url();
    await page.locator('a.answer').first().click();
    await changedFrom(page, before);
    await page.waitForSelector('article.node h1');
    steps += 1;
    assert.ok(steps < 15, `no fix after ${steps} steps: ${hashOf(page)}`);
  }
  const trail = page.locator('nav.trail li');
  assert.equal(await trail.count(), steps, 'one trail entry per answer given');
  assert.match(hashOf(page), /via=start:/);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moved to the heading');
  const title = await heading(page).textContent();
  assert.ok((await page.title()).includes(title), `the document title names the step "${title}"`);

  await trail.nth(1).locator('a').click();
  await page.waitForSelector('article.node-symptom h1');
  assert.equal(await page.locator('nav.trail li').count(), 1);
  assert.deepEqual(problems, []);
  assert.deepEqual(foreignRequests, []);
  await context.close();
});

test('browser back and forward walk the trail', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url + '#/en/');
  await page.locator('a.symptom-card').first().click();
  await page.waitForSelector('article.node h1');
  const first = await heading(page).textContent();
  const before = page.url();
  await page.locator('a.answer').first().click();
  await changedFrom(page, before);
  const second = await heading(page).textContent();
  assert.notEqual(first, second);
  await page.goBack();
  await page.waitForFunction((text) => document.querySelector('main h1')?.textContent === text, first);
  await page.goForward();
  await page.waitForFunction((text) => document.querySelector('main h1')?.textContent === text, second);
  await page.goBack();
  await page.goBack();
  await page.waitForSelector('ul.symptoms');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link with inputs and a trail loads directly under the wiki sub-path', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url + '#/tr/check-nslookup?registry=contoso&via=start:dns,dns-lookup-fails:next');
  await page.waitForSelector('article.node-check h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  assert.equal(await page.locator('nav.trail li').count(), 2);
  assert.match(await page.locator('a.answer').first().getAttribute('href'), /registry=contoso/);
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(hashOf(page), /^#\/en\/check-nslookup\?registry=contoso&via=start:dns,dns-lookup-fails:next$/);
  assert.equal(await page.locator('nav.trail li').count(), 2, 'the locale switch keeps the trail');
  assert.deepEqual(problems, []);
  await context.close();
});

test('typed inputs survive a reload and come back on a link without them', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url + '#/en/configure-egress-firewall');
  const field = page.locator('#input-registry');
  await field.fill('contoso');
  await page.waitForFunction(() => location.hash.includes('registry=contoso'));
  const replicas = page.locator('#input-replica');
  assert.equal(await replicas.count(), 1, 'the egress firewall step asks for replica regions');
  await replicas.pressSequentially('westeurope, eastus');
  await page.waitForFunction(() => location.hash.includes('replica=westeurope&replica=eastus'));
  assert.equal(await replicas.inputValue(), 'westeurope, eastus', 'typing is not rewritten under the cursor');
  await page.reload();
  await page.waitForSelector('#input-registry');
  assert.equal(await page.locator('#input-registry').inputValue(), 'contoso');

  // A fresh tab on a bare link: the remembered value fills the address (the address would win if it had one).
  const other = await context.newPage();
  await other.goto(env.server.url + '#/en/configure-egress-firewall');
  await other.waitForFunction(() => location.hash.includes('registry=contoso'));
  await other.goto(env.server.url + '#/en/configure-egress-firewall?registry=fabrikam');
  await other.reload();
  await other.waitForSelector('#input-registry');
  assert.equal(await other.locator('#input-registry').inputValue(), 'fabrikam');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a corrupted remembered record is discarded with a notice, not a crash', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('acr-net-guide.state', '{"registry": "contoso"');
    }
  });
  await page.goto(env.server.url + '#/en/configure-proxy');
  await appShown(page);
  // The text follows the (empty) live region a moment later, so that it is announced.
  await page.locator('.notice p', { hasText: /\S/ }).waitFor();
  assert.match(await page.locator('.notice').textContent(), /could not be read/);
  assert.equal(await page.evaluate(() => localStorage.getItem('acr-net-guide.state')?.startsWith('v=1')), true);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.locator('.notice').waitFor({ state: 'hidden' });
  assert.equal(await page.getByRole('status').filter({ hasText: 'could not be read' }).count(), 0, 'gone for assistive tech too');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the chosen locale and theme are remembered', async () => {
  const { context, page, problems } = await openPage(env.browser, { locale: 'en-US', origin: env.server.origin });
  await page.goto(env.server.url + '#/tr/');
  await appShown(page);
  await page.locator('button.theme-toggle').click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  await page.locator('button.theme-toggle').click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  await page.goto(env.server.url);
  await page.waitForURL(/#\/tr\/$/);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the guide works by keyboard alone', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url + '#/en/');
  await appShown(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  for (let presses = 0; !(await page.evaluate(() => document.activeElement?.classList.contains('symptom-card'))); presses += 1) {
    assert.ok(presses < 40, 'Tab never reached a symptom card');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.node h1');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an unknown step suggests the closest ones and offers the way back', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url + '#/en/configure-vnet-acess');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Page not found');
  await page.locator('a[href="#/en/configure-vnet-access"]').click();
  await page.waitForSelector('article.node h1');
  assert.equal(hashOf(page), '#/en/configure-vnet-access');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a refused clipboard says how to copy instead', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  // Both ways of copying refuse, as under a locked-down browser policy.
  await page.addInitScript(() => {
    const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: refuse, write: refuse } });
    document.execCommand = () => false;
  });
  await page.goto(env.server.url + '#/en/configure-proxy?registry=contoso');
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  await page.waitForFunction(() => document.querySelector('.copy-link .copy-status')?.textContent ===
    'Could not copy: copy the address from the address bar instead.');
  const snippet = page.locator('.snippet').first();
  await snippet.getByRole('button', { name: 'Copy', exact: true }).click();
  await snippet.locator('.copy-status', { hasText: 'Could not copy: select the text instead.' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the "system" theme follows the operating system\'s colour scheme', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const luminance = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((sum, value) => sum + value, 0);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(env.server.url + '#/en/');
  await page.waitForSelector('ul.symptoms');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined, 'no choice made yet');
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction((before) => getComputedStyle(document.body).backgroundColor !== before, light);
  const dark = await background();
  assert.ok(luminance(dark) < luminance(light), `dark ${dark} is darker than light ${light}`);
  // A choice made with the toggle wins over the system until it is set back to "system".
  const toggle = page.locator('button.theme-toggle');
  for (let presses = 0; (await page.evaluate(() => document.documentElement.dataset.theme)) !== 'light'; presses += 1) {
    assert.ok(presses < 3, 'the toggle offers a light theme');
    await toggle.click();
  }
  assert.equal(await background(), light, 'the chosen light theme under a dark system');
  for (let presses = 0; (await page.evaluate(() => document.documentElement.dataset.theme)) !== undefined; presses += 1) {
    assert.ok(presses < 3, 'the toggle comes back to "system"');
    await toggle.click();
  }
  assert.equal(await background(), dark, 'back to following the system');
  assert.deepEqual(problems, []);
  await context.close();
});

test('copy link puts the full address of the step on the clipboard', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await page.goto(env.server.url + '#/en/configure-proxy?registry=contoso');
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  await page.waitForFunction(() => document.querySelector('.copy-link .copy-status')?.textContent === 'Link copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [locale, name] of [['en', 'English'], ['tr', 'Türkçe']]) {
  test(`a fix step in ${name} renders without errors (saved as a screenshot for the docs)`, async () => {
    const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
    await page.goto(
      env.server.url +
        `#/${locale}/configure-egress-firewall?registry=contoso&region=westeurope&replica=eastus` +
        '&via=start:browse-causes,causes:egress-firewall',
    );
    await page.waitForSelector('article.node-fix h1');
    await page.screenshot({ path: join(SCREENSHOTS, `fix-${locale}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('typing the registry updates the snippets; copy copies exactly the snippet; download saves a script', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await page.goto(env.server.url + '#/en/configure-egress-firewall?region=westeurope&data-endpoints=on');
  const allowlist = page.locator('#snippet-fqdn-allowlist pre');
  await allowlist.waitFor();
  assert.match(await allowlist.textContent(), /<registry-name>\.azurecr\.io/);
  await page.locator('#input-registry').fill('Contoso');
  await page.waitForFunction(() =>
    document.querySelector('#snippet-fqdn-allowlist pre')?.textContent.includes('contoso.westeurope.data.azurecr.io'));

  await page.locator('#snippet-fqdn-allowlist').getByRole('button', { name: 'Copy', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('#snippet-fqdn-allowlist .copy-status')?.textContent === 'Copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await allowlist.textContent());

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as script' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'contoso-configure-egress-firewall.sh');
  const saved = await download.path();
  const { readFile } = await import('node:fs/promises');
  assert.match(await readFile(saved, 'utf8'), /az network firewall application-rule create/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('PowerShell: "Copy all" copies every snippet, and the script downloads as UTF-8 with a BOM', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await page.goto(env.server.url + '#/en/configure-egress-firewall?registry=contoso&region=westeurope&shell=powershell');
  const bodies = page.locator('figure.snippet pre');
  await bodies.first().waitFor();
  const texts = await bodies.allTextContents();
  assert.ok(texts.length >= 2, `several snippets on this step (${texts.length})`);
  await page.getByRole('button', { name: 'Copy all', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.snippets-tools .copy-status')?.textContent === 'Copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), texts.join('\n'));

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as script' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'contoso-configure-egress-firewall.ps1');
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(await download.path());
  // Windows PowerShell 5.1 reads a BOM-less script as the ANSI code page: non-ASCII text would be garbled.
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const script = bytes.subarray(3).toString('utf8');
  assert.match(script, /\$ErrorActionPreference = 'Stop'/);
  assert.match(script, /\$LASTEXITCODE/);
  assert.ok(!script.includes('\r\r'), 'no doubled carriage returns');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an invalid value is explained at its field and never reaches a snippet', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url + '#/tr/configure-egress-firewall');
  await page.locator('#input-registry').fill('acr');
  const error = page.locator('#input-registry-error');
  await error.waitFor();
  assert.match(await error.textContent(), /Kayıt defteri adı: .*3/);
  assert.equal(await page.getAttribute('#input-registry', 'aria-invalid'), 'true');
  assert.doesNotMatch(await page.locator('section.snippets').textContent(), /acr\.azurecr\.io/);
  await page.locator('#input-shell').selectOption('powershell');
  await page.waitForFunction(() => document.querySelector('#snippet-azure-firewall-app-rule pre')?.textContent.includes('$Registry'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('pasting an error ranks the matching step, marks the phrase and offers the values it names', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  const rulesFetched = [];
  page.on('request', (request) => /\/rules-[0-9a-f]{16}\.txt$/.test(request.url()) && rulesFetched.push(request.url()));
  await page.goto(env.server.url + '#/en/');
  await appShown(page);
  assert.deepEqual(rulesFetched, [], 'the first load does not fetch the diagnosis rules');
  const error = "Error response from daemon: Get \"https://contoso.westeurope.data.azurecr.io/v2/\": denied: client with IP '203.0.113.10' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.";
  await page.locator('#paste-text').fill('some CI noise\n' + error + '\nmore noise');
  await page.getByRole('button', { name: 'Find the step' }).click();
  const first = page.locator('ol.matches li').first();
  await first.waitFor();
  assert.equal(await first.locator('mark').textContent(), "client with IP '203.0.113.10' is not allowed access");
  assert.doesNotMatch(page.url(), /203\.0\.113|daemon/, 'the pasted text stays out of the address');
  await page.getByRole('button', { name: 'Use these values' }).click();
  await page.waitForFunction(() => location.hash.includes('registry=contoso') && location.hash.includes('client-ip=203.0.113.10'));
  await first.locator('a').click();
  await page.waitForSelector('article.node-symptom h1');
  assert.match(page.url(), /#\/en\/client-ip-not-allowed\?/);
  assert.equal(await page.evaluate(() => localStorage.getItem('acr-net-guide.state')?.includes('daemon')), false);

  await page.goto(env.server.url + '#/en/');
  await page.locator('#paste-text').fill('Hi team, the registry seems slow today.');
  await page.getByRole('button', { name: 'Find the step' }).click();
  await page.locator('.no-match').waitFor();
  assert.equal(rulesFetched.length, 1, 'the rules are fetched once, when the paste box is first used');
  assert.deepEqual(problems, []);
  await context.close();
});

test('printing a step shows its text and snippets without the page chrome', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url + '#/en/configure-egress-firewall?registry=contoso&region=westeurope&data-endpoints=on');
  await page.waitForSelector('#snippet-fqdn-allowlist pre');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.site-footer', '.environment', 'nav.answers', '.step-tools', '.snippet-tools']) {
    assert.equal(await page.locator(chrome).first().isVisible(), false, `${chrome} is printed`);
  }
  for (const content of ['main h1', '.node-body', '#snippet-fqdn-allowlist pre']) {
    assert.equal(await page.locator(content).first().isVisible(), true, `${content} is not printed`);
  }
  await page.pdf({ path: join(OUTPUT, 'print-en.pdf') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('every answer of every step, followed in one page, opens its target without a crash', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url + '#/en/');
  await page.waitForSelector('a.symptom-card');
  const crawl = await page.evaluate(async () => {
    // Waits until the page shows `hash` (the active locale link carries the route on screen) or the crash screen,
    // polling with a deadline: a busy machine is slow, not wrong.
    const shown = () => document.querySelector('a.locale-link.active')?.getAttribute('href');
    const showing = async (hash) => {
      const deadline = performance.now() + 10000;
      while (!document.querySelector('main.crash') && shown() !== hash) {
        if (performance.now() > deadline) return false;
        await new Promise((done) => setTimeout(done, 10));
      }
      return true;
    };
    const links = () => [...document.querySelectorAll('a.symptom-card, a.answer')];
    const open = async (hash) => {
      location.hash = hash;
      return showing(hash);
    };
    const seen = new Set(['#/en/']);
    const queue = ['#/en/'];
    let edges = 0;
    while (queue.length > 0) {
      const from = queue.shift();
      if (!(await open(from))) return { failed: `${from} never opened`, edges };
      const targets = links().map((link) => link.getAttribute('href'));
      for (let index = 0; index < targets.length; index += 1) {
        if (!(await open(from))) return { failed: `${from} never opened again`, edges };
        const before = document.querySelector('main h1')?.textContent;
        links()[index].click();
        if (!(await showing(targets[index]))) return { failed: `${from} → ${targets[index]} never opened`, edges };
        const heading = document.querySelector('main article.node h1')?.textContent ?? '';
        if (document.querySelector('main.crash') || heading === '' || heading === before) {
          return { failed: `${from} → ${targets[index]}: ${document.querySelector('main h1')?.textContent}`, edges };
        }
        edges += 1;
        const to = `#${targets[index].split('#')[1].split('?')[0]}`;
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    return { failed: null, edges, nodes: seen.size };
  });
  assert.equal(crawl.failed, null, `crashed after ${crawl.edges} answers`);
  assert.ok(crawl.edges >= 140, `only ${crawl.edges} answers followed`);
  assert.ok(crawl.nodes >= 75, `only ${crawl.nodes} steps reached`);
  assert.deepEqual(problems, []);
  await context.close();
});
