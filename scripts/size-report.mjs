// Sizes of a release dist/: every file raw, gzip (level 9) and brotli (quality 11); the first-load transfer
// per locale (what a browser fetches to show the first page: index.html, JS glue, wasm, CSS, that locale's
// strings file and the page's body file, counted as the locale's largest — the other locales' files are fetched
// only when switched to, other bodies when their page is shown); and the single offline file.
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
const firstLoad = Object.fromEntries(locales.map((locale) => {
  // A page needs its own body only: count the largest one (the worst deep link).
  const bodies = files.filter(({ name }) => name.startsWith(`bodies-${locale}-`));
  const largest = bodies.reduce((big, file) => (file.gzip > (big?.gzip ?? -1) ? file : big), undefined);
  const list = [...shell, ...files.filter(({ name }) => name.startsWith(`strings-${locale}-`)), ...(largest ? [largest] : [])];
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
// One row per file, except the per-node body files: one summed row per locale, and the largest.
const bodyLocale = (name) => name.match(/^bodies-([a-z]+)-[0-9a-f]+-[a-z0-9-]+\.txt$/)?.[1];
for (const file of files.filter(({ name }) => !bodyLocale(name))) row(file.name, file.raw, file.gzip, file.brotli);
for (const locale of locales) {
  const bodies = files.filter(({ name }) => bodyLocale(name) === locale);
  row(`bodies-${locale}-*.txt (${bodies.length} files, summed)`, sum(bodies, 'raw'), sum(bodies, 'gzip'), sum(bodies, 'brotli'));
  const largest = bodies.reduce((big, file) => (file.gzip > big.gzip ? file : big), bodies[0]);
  if (largest) row(`  largest: ${largest.name}`, largest.raw, largest.gzip, largest.brotli);
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
