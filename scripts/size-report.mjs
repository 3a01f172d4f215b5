// Sizes of a release dist/: every file raw, gzip (level 9) and brotli (quality 11); the first-load transfer
// per locale (what a browser fetches to show the first page: index.html, JS glue, wasm, CSS, that locale's
// strings file and the page's body file, counted as the locale's largest — the other locales' files are fetched
// only when switched to, other bodies when their page is shown; with the first paint, the heavier of its start
// page and of its step templates plus its largest step file, whose body the app takes instead of fetching it);
// and the single offline file.
// Usage: node scripts/size-report.mjs [dist] [--budget BYTES] [--json FILE]
//   --budget: exit 1 when any locale's first-load gzip total exceeds BYTES (the test command uses 300000).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { budget: { type: 'string' }, json: { type: 'string' } },
});
const { budget, json: jsonPath } = values;
const dist = positionals[0] ?? 'dist';
const OFFLINE = 'acr-net-guide-offline.html';

const files = readdirSync(dist)
  .filter((name) => statSync(join(dist, name)).isFile())
  .sort()
  .map((name) => {
    const bytes = readFileSync(join(dist, name));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });

// sw.js and embed.js (embed mode only) are not fetched to show a page.
const shell = files.filter(({ name }) => name === 'index.html' || /\.(js|wasm|css)$/.test(name) && !['sw.js', 'embed.js'].includes(name));
const locales = files
  .map(({ name }) => name.match(/^strings-([a-z]+)-[0-9a-f]+\.txt$/)?.[1])
  .filter(Boolean);
const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
const largestOf = (list) => list.reduce((big, file) => (file.gzip > (big?.gzip ?? -1) ? file : big), undefined);
const firstPaintFile = (locale, kind) => new RegExp(`^first-paint-[0-9a-f]{16}-${locale}${kind}\\.json$`);
/** What the first paint (scripts/first-paint.mjs) fetches for the worse of the start page and a step. */
const firstPaintOf = (locale) => {
  const start = files.find(({ name }) => firstPaintFile(locale, '-start').test(name));
  const templates = files.find(({ name }) => firstPaintFile(locale, '').test(name));
  const step = largestOf(files.filter(({ name }) => firstPaintFile(locale, '-node-[a-z0-9-]+').test(name)));
  if (!start || !templates || !step) return undefined;
  return start.gzip > templates.gzip + step.gzip ? [start] : [templates, step];
};
const firstLoad = Object.fromEntries(locales.map((locale) => {
  // A page needs its own body only: count the largest one (the worst deep link).
  const largest = largestOf(files.filter(({ name }) => name.startsWith(`bodies-${locale}-`)));
  const page = firstPaintOf(locale) ?? (largest ? [largest] : []);
  const list = [...shell, ...files.filter(({ name }) => name.startsWith(`strings-${locale}-`)), ...page];
  return [locale, { raw: sum(list, 'raw'), gzip: sum(list, 'gzip'), brotli: sum(list, 'brotli') }];
}));
// The web build always ships per-locale files; a dist without them (or a locale without bodies) is a broken
// build, and totals computed from it would understate the first load.
const missing = locales.length === 0
  ? ['no strings-<locale>-<hash>.txt files']
  : locales.filter((locale) => !files.some(({ name }) => name.startsWith(`bodies-${locale}-`)))
    .map((locale) => `no bodies-${locale}-<hash>.txt files`);
if (missing.length > 0) {
  console.error(`size-report: ${dist} is not a complete web build: ${missing.join('; ')}`);
  process.exit(2);
}

const row = (name, raw, gzip, brotli) =>
  console.log(`${name.padEnd(48)} ${String(raw).padStart(10)} ${String(gzip).padStart(10)} ${String(brotli).padStart(10)}`);
row('file', 'raw', 'gzip', 'brotli');
// One row per file, except the per-node body and first-paint step files: one summed row per locale, and the largest.
const bodyLocale = (name) => name.match(/^bodies-([a-z]+)-[0-9a-f]+-[a-z0-9-]+\.txt$/)?.[1];
const stepLocale = (name) => name.match(/^first-paint-[0-9a-f]{16}-([a-z]+)-node-[a-z0-9-]+\.json$/)?.[1];
for (const file of files.filter(({ name }) => !bodyLocale(name) && !stepLocale(name))) row(file.name, file.raw, file.gzip, file.brotli);
for (const [pattern, localeOf] of [['bodies-{locale}-*.txt', bodyLocale], ['first-paint-*-{locale}-node-*.json', stepLocale]]) {
  for (const locale of locales) {
    const group = files.filter(({ name }) => localeOf(name) === locale);
    if (!group.length) continue;
    row(`${pattern.replace('{locale}', locale)} (${group.length} files, summed)`, sum(group, 'raw'), sum(group, 'gzip'), sum(group, 'brotli'));
    const largest = largestOf(group);
    row(`  largest: ${largest.name}`, largest.raw, largest.gzip, largest.brotli);
  }
}
for (const [locale, total] of Object.entries(firstLoad)) {
  row(`first-load total (${locale})`, total.raw, total.gzip, total.brotli);
}
const worst = Math.max(...Object.values(firstLoad).map((total) => total.gzip));
const offline = files.find(({ name }) => name === OFFLINE);
if (offline) {
  console.log(`single offline file: ${offline.raw} bytes = ${Math.round((offline.raw * 100) / worst)}% of the largest first-load gzip total`);
}
if (jsonPath) {
  writeFileSync(jsonPath, `${JSON.stringify({ files, firstLoad, offline: offline?.raw ?? null }, null, 2)}\n`);
}
if (budget !== undefined) {
  const limit = Number(budget);
  const over = Object.entries(firstLoad).filter(([, total]) => total.gzip > limit);
  for (const [locale, total] of Object.entries(firstLoad)) {
    const verdict = total.gzip > limit ? 'OVER' : 'within';
    console.log(`budget: first-load gzip (${locale}) ${total.gzip} bytes, ${verdict} ${limit} (${limit - total.gzip} to spare)`);
  }
  if (over.length > 0) process.exit(1);
}
