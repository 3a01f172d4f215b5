// End-to-end: malformed addresses show a real page — the start page or "not found" — both when typed over a
// step the app is showing (before, `#////` threw "failed to get make url" and left the previous step on screen)
// and when a page is opened with them. The router never sees them as they are (src/route.rs: canonical_hash).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServedDist } from './harness.mjs';

const env = useServedDist();

const HOME = 'home';
const NOT_FOUND = 'not found';
const STEP = 'step';
/** [hash, what it shows]. */
const MALFORMED_HASHES = [
  ['#////', HOME],
  ['#//', HOME],
  ['#/', HOME],
  ['#', HOME],
  ['#/../', HOME],
  ['#/./en/', HOME],
  ['#/%2e%2E/', HOME],
  ['#/\\', HOME],
  ['#\\\\\\', HOME],
  ['#?registry=contoso', HOME],
  ['#/en/?via=%', HOME],
  ['#/en/%', NOT_FOUND],
  ['#/en/%%%', NOT_FOUND],
  ['#/xx/no-such-node', NOT_FOUND],
  ['#/tr/no-such-node/extra', NOT_FOUND],
  ['#/xx/yy/zz/', NOT_FOUND],
  ['#bad%', NOT_FOUND],
  ['#//evil.example/en/configure-proxy', NOT_FOUND],
  ['#/en/%00', NOT_FOUND],
  ['#/en/"><script>window.__acrInjected=1</script>', NOT_FOUND],
  ['#/en/%E2%80%AEbidi%E2%80%8B', NOT_FOUND],
  ['#/en/../../configure-proxy', STEP],
  ['#/en/configure-proxy?via=%E0%A4%A&registry=%FF', STEP],
  ['#/en//configure-proxy', STEP],
];

async function shows(page, expected) {
  const selector = { [HOME]: 'ul.symptoms', [NOT_FOUND]: 'article.not-found h1', [STEP]: 'article.node h1' }[expected];
  await page.waitForSelector(selector, { timeout: 15000 });
  // The first paint can show the page before the app has rewritten the address: the rewrite is waited for, not raced.
  await page.waitForFunction(() => /^#\/[^/\\]/.test(location.hash), null, { timeout: 15000 })
    .catch(() => assert.fail('the address was rewritten to a readable one'));
  assert.equal(await page.evaluate(() => window.__acrInjected), undefined, 'nothing from the address ran');
  assert.equal(await page.locator('main script').count(), 0, 'nothing from the address became an element');
}

test(`${MALFORMED_HASHES.length} malformed hashes typed over a step replace it with a real page`, async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  for (const [hash, expected] of MALFORMED_HASHES) {
    await page.goto(`${env.server.url}#/tr/configure-proxy?registry=contoso`);
    await page.waitForSelector('article.node-fix h1');
    await page.evaluate((next) => { location.hash = next; }, hash);
    if (expected !== STEP) {
      await page.waitForFunction(() => !document.querySelector('article.node-fix'), null, { timeout: 15000 })
        .catch(() => assert.fail(`${hash}: the previous step stayed on screen`));
    }
    await shows(page, expected).catch((error) => assert.fail(`${hash}: ${error.message}`));
    assert.deepEqual(problems, [], hash);
  }
  await context.close();
});

test(`${MALFORMED_HASHES.length} malformed hashes opened directly show a real page`, async () => {
  const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
  for (const [hash, expected] of MALFORMED_HASHES) {
    await page.goto('about:blank');
    await page.goto(env.server.url + hash);
    await shows(page, expected).catch((error) => assert.fail(`${hash}: ${error.message}`));
    assert.deepEqual(problems, [], hash);
  }
  await context.close();
});
