// End-to-end: the output of `acr-net-guide probe`, pasted into "Start from your error message", opens the step
// it concluded exactly — its inputs and the trail of automatic answers — in the language of the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServedDist } from './harness.mjs';

const env = useServedDist();

// A report as `acr-net-guide probe --registry contoso --locale en` prints it when the registry's firewall
// refuses this machine (ports and addresses as on any machine; the last line is what the page reads).
const TRAIL = 'start%3Aip-denied%2Cclient-ip-not-allowed%3Anext%2Ccheck-network-rules%3Aselected-networks';
const QUERY = `registry=contoso&region=westeurope&client-ip=203.0.113.77&via=${TRAIL}`;
const REPORT = `Checks of contoso.azurecr.io from this machine
Proxy: none, connections go directly

Login server  contoso.azurecr.io
  ✓ DNS   resolves to 20.61.5.9 (public)
  ✓ TCP   port 443 open at 20.61.5.9:443
  ✓ TLS   certificate issued by Microsoft Azure RSA TLS Issuing CA 04, a public authority
  ✗ HTTP  GET /v2/ answers 403: the registry refuses the address 203.0.113.77

Fix: Allow the client's IP address (fix-allow-client-ip)
Open in the guide: ./#/en/fix-allow-client-ip?${QUERY}
acr-net-guide-probe: fix-allow-client-ip #/en/fix-allow-client-ip?${QUERY}
`;

for (const [locale, button] of [['en', 'Find the step'], ['tr', 'Adımı bul']]) {
  test(`pasted probe output opens its fix with its inputs and trail (${locale} page)`, async () => {
    const { context, page, problems } = await openPage(env.browser, { origin: env.server.origin });
    await page.goto(env.server.url + `#/${locale}/`);
    await page.locator('#paste-text').fill(REPORT);
    await page.getByRole('button', { name: button }).click();
    const matches = page.locator('ol.matches li');
    await matches.first().waitFor();
    assert.equal(await matches.count(), 1, 'the report names one step, with certainty');
    await matches.first().locator('a').click();
    await page.waitForSelector('article.node-fix h1');
    assert.equal(new URL(page.url()).hash, `#/${locale}/fix-allow-client-ip?${QUERY}`);
    assert.equal(await page.locator('nav.trail li').count(), 3, 'one trail entry per automatic answer');
    assert.equal(await page.inputValue('#input-client-ip'), '203.0.113.77');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
