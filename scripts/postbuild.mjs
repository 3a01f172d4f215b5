// Post-build step owning every rewrite of dist/ after `trunk build`:
//  0. checks dist/{strings,bodies,search}-<locale>-<hash>.txt — each locale's strings, node bodies and search
//     index, loaded by the app for the locale on screen only — and dist/rules-<hash>.txt, the diagnosis rules the
//     paste box loads when first used; Trunk's post-build hook wrote them (`export-locale-files`,
//     crates/content-compiler), which also describes them here as JSON, so this script never parses their format;
//  0b. the first paint (scripts/first-paint.mjs): the start pages and step templates rendered by the app's own
//     components, the files a deep link shows first, and the script that shows them before the wasm runs;
//  1. dist/acr-net-guide-offline.html — one self-contained file (CSS as on the hosted page, JS glue, the gzipped wasm, every
//     locale's strings and bodies and the rules inlined; the wasm is decompressed and compiled asynchronously) that works from file://
//     with zero requests, under its own hash-pinned Content-Security-Policy (scripts/csp.mjs; the hosted page got
//     its policy from Trunk's post_build hook already);
//  2. dist/sw.js — the service worker, precaching the build's own file list under a content-hashed version;
//  3. target/baseline/<locale>/<node-id>.html — each node's title and body as a plain static page with the
//     app's CSS inlined: the benchmark's physical limit (not part of dist/); and <locale>/home.html, a static copy
//     of the app's own start page.
// Usage: node scripts/postbuild.mjs [dist]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { addFirstPaint } from './first-paint.mjs';
import { hashSource, hostedPolicy, inlineScripts, inlineStyles, offlinePolicy, policyOf, withPolicy } from './csp.mjs';

const dist = process.argv[2] ?? 'dist';
const targetDir = process.env.CARGO_TARGET_DIR ?? 'target';
const baselineDir = join(targetDir, 'baseline');
const OFFLINE = 'acr-net-guide-offline.html';
const read = (name) => readFileSync(join(dist, name));

function fail(message) {
  console.error(`postbuild: ${message}`);
  process.exit(1);
}

let index = read('index.html').toString();
const find = (text, pattern, what) => text.match(pattern)?.[1] ?? fail(`cannot find the ${what} in dist/index.html`);
if (policyOf(index) !== await hostedPolicy()) fail('dist/index.html does not carry the hosted policy (Trunk\'s csp hook)');
// The hosted page's one inline stylesheet (the csp hook put it there, pinned by hash) and Trunk's loader, a file,
// which the single file inlines again.
if (inlineStyles(index).length !== 1) fail('dist/index.html should carry exactly one inline stylesheet (Trunk\'s csp hook)');
const css = inlineStyles(index)[0];
const loaderElement = find(index, /(<script type="module" src="\.\/loader-[0-9a-f]+\.js"><\/script>)/, 'loader script');
const loaderName = find(loaderElement, /src="\.\/([^"]+)"/, 'loader');
const loader = read(loaderName).toString();
const jsName = find(loader, /import init, \* as bindings from '\.\/([^']+\.js)'/, 'JS glue');
const wasmName = find(loader, /module_or_path: '\.\/([^']+\.wasm)'/, 'wasm module');

// ── 0. The body files ──────────────────────────────────────────────────────────────────────────────────────
const exported = JSON.parse(execFileSync('cargo',
  ['run', '--quiet', '--offline', '--package', 'acr-content-compiler', '--bin', 'export-locale-files', '--', '--json'],
  { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] }));
const shipped = readdirSync(dist).filter((name) => /^(strings|bodies|search|rules)-.*\.txt$/.test(name)).sort();
const expected = [...exported.files.map((file) => file.name), exported.rules_file].sort();
if (shipped.join() !== expected.join()) {
  fail(`dist/ holds locale files [${shipped}] but the content describes [${expected}]; did Trunk's post_build hook run?`);
}
const localeFiles = exported.files;

// ── 0b. The first paint (before the single file and the service worker, which both include it) ────────────
const firstPaint = await addFirstPaint(dist, index, exported);
index = firstPaint.index;
// The policy Trunk's csp hook put in pins the script by the hash scripts/csp.mjs computed from the same sources.
if (!policyOf(index).split(/[\s;]+/).includes(hashSource(firstPaint.script))) {
  fail('the hosted policy does not pin the first paint\'s inline script (scripts/csp.mjs and scripts/first-paint.mjs disagree)');
}

// ── 1. The single file ─────────────────────────────────────────────────────────────────────────────────────
let glue = read(jsName).toString();
const exportLine = /^export \{ initSync, __wbg_init as default \};$/m;
if (!exportLine.test(glue)) fail('the JS glue no longer ends with the expected export line');
glue = glue.replace(exportLine, '');
const wasmGzip = gzipSync(read(wasmName), { level: 9 }).toString('base64');
// (The stylesheet was checked for both before the csp hook inlined it: scripts/csp.mjs `stylesheet`.)
if (/<\/(style|script)/i.test(glue)) fail('the JS glue contains a closing tag and cannot be inlined');
// The HTML parser turns CR LF into LF before the policy hashes an inline element: the hash would not match.
if (glue.includes('\r')) fail('the JS glue contains a carriage return and cannot be pinned by hash');
// Each locale's strings file and all its bodies in one text (the export tool writes that text too), and the rules
// file, gzipped and base64-encoded like the wasm; the boot script below turns them back into text before the app starts, and the
// app reads them from these elements instead of fetching files.
const inline = (id, text) =>
  `<script type="text/plain" id="${id}" data-gzip-base64>${gzipSync(text, { level: 9 }).toString('base64')}</script>`;
const inlineFiles = [
  ...localeFiles.filter(({ kind }) => kind === 'strings').map(({ locale, name }) => inline(`strings-${locale}`, read(name))),
  ...exported.pages.map(({ locale, all_bodies }) => inline(`bodies-${locale}`, Buffer.from(all_bodies, 'utf8'))),
  ...localeFiles.filter(({ kind }) => kind === 'search').map(({ locale, name }) => inline(`search-${locale}`, read(name))),
  inline('rules', read(exported.rules_file)),
].join('\n');

const boot = `
${glue}
// The wasm, gzipped and base64-encoded; decompressed by the browser and compiled asynchronously.
const WASM_GZIP_BASE64 = "${wasmGzip}";
// (The glue above declares \`wasm\` itself; the names below must not collide with its top-level names.)
const gunzip = (base64) => new Response(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))])
  .stream().pipeThrough(new DecompressionStream('gzip')));
for (const element of document.querySelectorAll('script[data-gzip-base64]')) {
  element.textContent = await gunzip(element.textContent).text();
}
const instance = await __wbg_init({ module_or_path: await gunzip(WASM_GZIP_BASE64).arrayBuffer() });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
`;

let offline = firstPaint.offline(index)
  .replace('<html lang="en">', '<html lang="en" data-variant="offline">')
  .replace(/\s*<link rel="manifest"[^>]*>/, '')
  .replace(/<link rel="modulepreload"[^>]*>/, '')
  .replace(/<link rel="preload"[^>]*>/, '')
  .replace(loaderElement, () => `<script type="module">${boot}</script>`)
  .replace('</head>', () => `${inlineFiles}\n</head>`); // (in <head>: the app takes over <body>)
const fileNames = [exported.rules_file, ...localeFiles.map((file) => file.name)];
for (const leftover of [jsName, wasmName, loaderName, 'manifest.webmanifest', ...fileNames]) {
  if (offline.includes(leftover)) fail(`the single file still refers to ${leftover}`);
}
offline = withPolicy(offline, offlinePolicy({
  scripts: inlineScripts(offline).map(({ text }) => text),
  styles: inlineStyles(offline),
}));
writeFileSync(join(dist, OFFLINE), offline);

// ── 2. The service worker ──────────────────────────────────────────────────────────────────────────────────
const assets = readdirSync(dist).filter((name) => name !== 'sw.js' && name !== OFFLINE && firstPaint.precached(name)).sort();
const version = createHash('sha256');
for (const name of assets) version.update(name).update(read(name));
const cacheVersion = version.digest('hex').slice(0, 16);
const sw = `// Generated by scripts/postbuild.mjs: precaches this build's files; one cache per build, old ones removed.
const CACHE = 'acr-net-guide-${cacheVersion}';
const ASSETS = ${JSON.stringify(['./', ...assets.map((name) => `./${name}`)], null, 2)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith('acr-net-guide-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The page asks the waiting worker to take over when the user accepts "new version available".
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      if (request.mode === 'navigate') {
        const page = await cache.match('./');
        if (page) return page;
      }
      return fetch(request);
    }),
  );
});
`;
writeFileSync(join(dist, 'sw.js'), sw);

// ── 3. Static baseline pages ───────────────────────────────────────────────────────────────────────────────
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let baselinePages = 0;
for (const { locale, nodes } of exported.pages) {
  mkdirSync(join(baselineDir, locale), { recursive: true });
  for (const { id, title, body } of nodes) {
    const heading = escapeText(title);
    writeFileSync(join(baselineDir, locale, `${id}.html`), `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading}</title>
<style>${css}</style>
</head>
<body>
<main id="main"><article class="node"><h1 elementtiming="page-title">${heading}</h1><div class="node-body">${body}</div></article></main>
</body>
</html>
`);
    baselinePages += 1;
  }
}
for (const [locale, html] of Object.entries(firstPaint.startPages)) {
  const title = escapeText(exported.pages.find((page) => page.locale === locale)?.nodes[0]?.title ?? '');
  writeFileSync(join(baselineDir, locale, 'home.html'), `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${css}</style>
</head>
<body>
${html}
</body>
</html>
`);
}
console.log(`postbuild: ${localeFiles.length} locale files; ${firstPaint.summary}; ${OFFLINE} (${Buffer.byteLength(offline)} bytes); ` +
  `sw.js caching ${assets.length + 1} entries as ${cacheVersion}; ${baselinePages} baseline pages in ${baselineDir}`);
