// End-to-end: "Share this step" on the release build — the report copied from the page (and downloaded as
// report.md) is exactly what `acr-net-guide report` prints for the same link, plain and redacted, and the wiki link
// equals `acr-net-guide link --format …` (with only the values redaction keeps when it is on).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { bodyLoaded, openPage, useServedDist } from './harness.mjs';

const env = useServedDist();

/** The native CLI built from the same tree as dist/ (the native test tier has built it already). */
function cli(args) {
  return execFileSync('cargo', ['run', '--quiet', '--offline', '--locked', '--bin', 'acr-net-guide', '--', ...args], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

const VIA = 'start:portal,portal-cannot-manage:selected-networks';
const INPUTS = [['registry', 'contoso'], ['client-ip', '203.0.113.9'], ['client-ip', '10.1.0.0/16'], ['region', 'westeurope']];
const address = (locale) => `#/${locale}/fix-allow-client-ip?${new URLSearchParams([...INPUTS, ['via', VIA]])}`;
const inputFlags = INPUTS.flatMap(([name, value]) => [`--${name}`, value]);

async function openStep(locale) {
  const opened = await openPage(env.browser, { origin: env.server.origin });
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await opened.page.goto(env.server.url + address(locale));
  await bodyLoaded(opened.page);
  await opened.page.locator('details.share summary').click();
  return opened;
}

const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());
const dateOf = (report) => report.match(/^- [^:\n]+: (\d{4}-\d{2}-\d{2})$/m)?.[1];

test('the report copied from the page equals the CLI report, plain in English and redacted in Turkish', async () => {
  for (const [locale, redact] of [['en', false], ['tr', true]]) {
    const { context, page, problems } = await openStep(locale);
    if (redact) await page.locator('.share input#share-redact').check();
    await page.locator('[data-action="copy-report"]').click();
    await page.locator('.share [role="status"]').filter({ hasText: /./ }).waitFor();
    const copied = await clipboard(page);
    const date = dateOf(copied);
    assert.ok(date, `a date line in:\n${copied}`);
    const args = ['report', '--node', 'fix-allow-client-ip', '--via', VIA, '--locale', locale, ...inputFlags,
      '--date', date, '--base', env.server.url];
    const printed = cli(redact ? [...args, '--redact'] : args);
    assert.equal(copied, printed);
    assert.equal(copied.includes('contoso'), !redact, 'names are masked only when asked');
    assert.match(copied, /```bash\n/);
    assert.match(copied, /```kusto\n/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-report"]').click()]);
    assert.equal(download.suggestedFilename(), 'report.md');
    assert.equal(await readFile(await download.path(), 'utf8'), copied, 'the download is the same text');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('copy as wiki link: the chosen markup, titled in the locale; redaction leaves names and addresses out', async () => {
  const { context, page, problems } = await openStep('tr');
  const copyLink = async (format) => {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator(`[data-action="link-${format}"]`).click();
    await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text.length > 0));
    return clipboard(page);
  };
  const linkArgs = ['link', '--node', 'fix-allow-client-ip', '--via', VIA, '--locale', 'tr', '--base', env.server.url];
  const mediawiki = await copyLink('mediawiki');
  assert.equal(`${mediawiki}\n`, cli([...linkArgs, ...inputFlags, '--format', 'mediawiki']));
  assert.match(mediawiki, /^\[http:\/\/127\.0\.0\.1:\d+\/wiki\/tools\/acr\/#\/tr\/fix-allow-client-ip\?\S+ İstemcinin/);

  await page.locator('.share input#share-redact').check();
  const confluence = await copyLink('confluence');
  const kept = INPUTS.filter(([name]) => name === 'region').flatMap(([name, value]) => [`--${name}`, value]);
  assert.equal(`${confluence}\n`, cli([...linkArgs, ...kept, '--format', 'confluence']));
  assert.match(confluence, /^\[İstemcinin[^|]+\|http:\/\/127\.0\.0\.1[^\]]+\]$/);
  assert.ok(!/contoso|203\.0\.113|10\.1\.0/.test(confluence), confluence);
  assert.match(await page.locator('.share [role="status"]').textContent(), /Wiki bağlantısı kopyalandı/);
  assert.deepEqual(problems, []);
  await context.close();
});
