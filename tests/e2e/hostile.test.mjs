// End-to-end: the hostile-input table (tests/fixtures/hostile-inputs.json; the core and CLI side is
// tests/suite/hostile.rs) in the page — each value in the address, and typed into its field where a field can hold it.
// Each is refused at its field with a localized message; nothing runs; the page gains no element from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, useServedDist } from './harness.mjs';

const env = useServedDist();
const { cases } = JSON.parse(readFileSync('tests/fixtures/hostile-inputs.json', 'utf8'));

/** The first node of content/tree.toml that asks for `input`. */
function nodeWith(input) {
  for (const block of readFileSync('content/tree.toml', 'utf8').split('[[node]]')) {
    const inputs = block.match(/^inputs = \[([^\]]*)\]/m)?.[1] ?? '';
    if (inputs.includes(`"${input}"`)) return block.match(/^id = "([^"]+)"/m)[1];
  }
  throw new Error(`no node asks for ${input}`);
}

const textOf = (one) => one.value ?? decodeURIComponent(one.percent.replace(/%([89A-F][0-9A-F])/gi, '%EF%BF%BD'));
const valueOf = (one) => textOf(one).repeat(one.repeat ?? 1);
const encoded = (one) => (one.percent ?? encodeURIComponent(one.value)).repeat(one.repeat ?? 1);
const query = (one, value) => Array(one.times ?? 1).fill(`${one.input}=${value}`).join('&');

/** Elements in <main>, except the error messages and the snippets, which differ with the rule a value breaks. */
const structure = (page) => page.evaluate(() => {
  const all = [...document.querySelectorAll('main *')];
  return all.filter((element) => !element.closest('.field-error, .snippets')).length;
});

/** What only an injection could have put into the page. */
const injected = (page) => page.evaluate(() => [
  window.__acrInjected !== undefined ? 'a script ran' : null,
  ...[...document.querySelectorAll('body script, body iframe, body object, body embed, body style, body link, main img, '
    + '[onerror], [onload], [onclick], [style], a[href^="javascript:" i], a[href^="data:" i]')]
    .map((element) => element.outerHTML.slice(0, 120)),
].filter(Boolean));

async function fieldError(page, input) {
  const field = page.locator(`#input-${input}`);
  await field.waitFor();
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-invalid') === 'true',
    `input-${input}`, { timeout: 10000 });
  const label = await page.locator(`label[for="input-${input}"]`).textContent();
  const message = await page.locator(`#input-${input}-error`).textContent();
  assert.ok(message.startsWith(`${label}: `), `the message names the field: ${message.slice(0, 200)}`);
  return message;
}

const inputCases = cases.filter((one) => one.input !== 'via');

test(`${inputCases.length} hostile values in the address are refused at their field, inert, in en and tr`, async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  let index = 0;
  for (const one of inputCases) {
    const locale = index % 3 === 0 ? 'tr' : 'en';
    index += 1;
    const base = `${env.server.url}#/${locale}/${nodeWith(one.input)}?`;
    await page.goto('about:blank');
    await page.goto(base + query(one, '%21'));
    await fieldError(page, one.input);
    const expected = await structure(page);
    await page.goto('about:blank');
    await page.goto(base + query(one, encoded(one)));
    const message = await fieldError(page, one.input).catch((error) => assert.fail(`${one.name}: ${error.message}`));
    assert.equal(await page.getAttribute('html', 'lang'), locale);
    assert.ok(message.length < 1000, `${one.name}: the message does not repeat the value`);
    assert.deepEqual(await injected(page), [], one.name);
    assert.equal(await structure(page), expected, `${one.name}: the page gained or lost elements`);
    assert.deepEqual(problems, [], one.name);
  }
  await context.close();
});

// A text field cannot hold a line break or NUL, and a 100 KB value is the address case's job.
const typeable = inputCases.filter((one) => one.value && !/[\n\r\0]/.test(one.value) && !one.repeat && !one.times);

test(`${typeable.length} hostile values typed into their field are refused there and never reach the snippets`, async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  for (const one of typeable) {
    await page.goto('about:blank');
    await page.goto(`${env.server.url}#/en/${nodeWith(one.input)}${one.input === 'registry' ? '' : '?registry=contoso'}`);
    const field = page.locator(`#input-${one.input}`);
    await field.waitFor();
    if (await field.evaluate((element) => element.tagName === 'SELECT')) continue;
    await field.fill(one.value);
    await fieldError(page, one.input).catch((error) => assert.fail(`${one.name}: ${error.message}`));
    assert.equal(await field.inputValue(), one.value, `${one.name}: the field keeps what was typed, as text`);
    const snippets = await page.locator('.snippets').allTextContents();
    assert.ok(!snippets.join('\n').includes(one.value), `${one.name}: the value reached a snippet`);
    assert.deepEqual(await injected(page), [], one.name);
    assert.deepEqual(problems, [], one.name);
  }
  await context.close();
});

test('hostile trails are cut where they stop making sense; the step still shows', async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  for (const one of cases.filter((candidate) => candidate.input === 'via')) {
    await page.goto('about:blank');
    await page.goto(`${env.server.url}#/en/check-nslookup?via=${encodeURIComponent(valueOf(one))}`);
    await page.waitForSelector('article.node-check h1');
    assert.ok(await page.locator('nav.trail li').count() <= 2, one.name);
    assert.ok((await page.evaluate(() => location.href)).length < 4096, `${one.name}: the junk stayed in the address`);
    assert.deepEqual(await injected(page), [], one.name);
    assert.deepEqual(problems, [], one.name);
  }
  await context.close();
});
