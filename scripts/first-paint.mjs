// The first paint (issue #23), one step of scripts/postbuild.mjs, run before the single file and the service worker
// are made (so both include it, and the worker's cache version covers it). It asks `examples/first_paint.rs` for
// the app's own render of each locale's start page and for the templates of a step (checked there against the
// app's render of every step), then writes into dist/:
//   first-paint-<build>-<locale>-start.json   the start page;
//   first-paint-<build>-<locale>.json         the notices, and the link table a trail needs;
//   first-paint-<build>-<locale>-node-<id>.json  one step's body file (handed to the app);
// and adds to index.html a JSON data block (the route table from the compiled tree, the file names, and per locale
// the step templates, kind labels and every step's title, so that a deep link's first frame needs no file: a block
// that never runs, so no policy covers it), the script (static/first-paint/core.js + boot.js, minified: `firstPaintScript`)
// inline first in <head>, after the policy, which pins it by hash (scripts/csp.mjs computes that hash from this same
// function), and the two elements it shows the page in and the app renders into; no style attribute anywhere. The
// single file gets the script inline at the end of its body and reads the texts it carries instead of fetching.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const SOURCES = ['../static/first-paint/core.js', '../static/first-paint/boot.js'].map((path) => new URL(path, import.meta.url));
let minified;
/**
 * The first paint's script exactly as the page carries it: inline in <head>, so that the step's files are requested
 * one round trip after the page instead of two (on "slow 3G", 400 ms a round trip). It holds no build data (that
 * is in the JSON block), so it changes only with its code, and so does the hash the policy pins it by.
 */
export function firstPaintScript() {
  // Minified (terser, pinned in package.json): the script is part of every first load.
  minified ??= minify(`'use strict';\n(() => {\n${SOURCES.map((path) => readFileSync(path, 'utf8')).join('\n')}})();\n`,
    { ecma: 2020, compress: { passes: 2 }, mangle: true }).then(({ code }) => {
    if (/<\/script/i.test(code)) throw new Error('the first-paint script contains a closing tag and cannot be inlined');
    return code;
  });
  return minified;
}
const hex = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 16);
};
// A JSON text that can sit inside a <script> element.
const embeddable = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Writes the first-paint files into `dist` and the data block and script into `index` (dist/index.html's text);
 * `exported` is the locale-file description of `export-locale-files --json`. Returns the new index text, a
 * function turning the single file's text into its first-paint variant, which files the service worker precaches
 * (not the per-step files: a controlled page reads the strings and body files it caches), each locale's start
 * page as the app renders it (the benchmark's static copy), and a summary.
 */
export async function addFirstPaint(dist, index, exported) {
  const rendered = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--offline', '--example', 'first_paint'],
    { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] }));
  const start = rendered.table.start;
  // Each body file holds one node's record: its label (second line) names the node.
  const bodies = new Map();
  const bodyName = {}; // locale → the name of a step's body file, `{{id}}` for the step
  for (const { locale, name } of exported.files.filter((file) => file.kind === 'bodies')) {
    const text = readFileSync(join(dist, name), 'utf8');
    const id = text.split('\n')[1].split(' ')[0];
    bodies.set(`${locale}/${id}`, { name, text });
    const pattern = name.endsWith(`-${id}.txt`) ? `${name.slice(0, -`${id}.txt`.length)}{{id}}.txt` : fail(`${name}: not named after ${id}`);
    if ((bodyName[locale] ??= pattern) !== pattern) fail(`${name}: body files of ${locale} are named in two ways`);
  }

  const contents = new Map(); // file name without the build hash → JSON text
  for (const [locale, page] of Object.entries(rendered.locales)) {
    contents.set(`${locale}-start`, JSON.stringify({
      html: page.start,
      title: page.documentTitle.replace('{{page}}', page.homeTitle),
      noApp: page.noApp,
    }));
    contents.set(locale, JSON.stringify({
      notice: page.notice,
      notices: page.notices,
      noApp: page.noApp,
      targets: rendered.targets,
    }));
    for (const [id] of rendered.nodes) {
      if (id === start) continue;
      const body = bodies.get(`${locale}/${id}`) ?? fail(`no body file of ${id} (${locale})`);
      contents.set(`${locale}-node-${id}`, JSON.stringify({ body: body.name, bodies: body.text }));
    }
  }
  const build = hex(...[...contents].flat());
  const fileName = (key) => `first-paint-${build}-${key}.json`;
  for (const [key, text] of contents) writeFileSync(join(dist, fileName(key)), text);

  const locales = Object.keys(rendered.locales);
  const perLocale = (name) => Object.fromEntries(locales.map((locale) => [locale, name(locale)]));
  const stringsFiles = Object.fromEntries(exported.files.filter((file) => file.kind === 'strings')
    .map(({ locale, name }) => [locale, name]));
  // What a step's first frame needs, in the page itself (about 5 KB gzip for both locales), so that a deep link
  // shows its header (in the remembered theme), badge, title and the trail's place without waiting for a file; only
  // the body does.
  const heads = perLocale((locale) => {
    const { templates, kinds, titles, documentTitle, toggles } = rendered.locales[locale];
    if (titles.length !== rendered.nodes.length) fail(`${locale}: ${titles.length} titles for ${rendered.nodes.length} steps`);
    return { templates, kinds, titles, documentTitle, toggles };
  });
  const hosted = {
    table: rendered.table,
    kindNames: rendered.kindNames,
    kind: rendered.nodes.map(([, kind]) => kind).join(''),
    heads,
    offline: false,
    files: {
      strings: stringsFiles,
      start: perLocale((locale) => fileName(`${locale}-start`)),
      extras: perLocale(fileName),
      node: fileName('{{locale}}-node-{{id}}'),
      body: bodyName,
    },
  };
  const script = await firstPaintScript();
  const dataBlock = (value) => `<script type="application/json" id="first-paint-data">${embeddable(value)}</script>`;
  const scriptElement = `<script>${script}</script>`;
  // The script first in <head>, so that its requests start while the page is parsed, ahead of the app's loader and
  // its preloads (a start page's first frame waits for its file; with the loader first the start page painted about
  // 80 ms later and the app was not ready sooner: make bench, 2026-11-30). The two elements it and the app share come
  // first in <body>.
  const containers = '<div id="first-paint" class="first-paint"></div><div id="app-root" class="app-root" hidden></div>';
  const titleAt = index.indexOf('<title>');
  if (titleAt < 0 || !index.includes('<body>')) fail('dist/index.html has no <title> or <body> to place the first paint at');
  const withFirstPaint = `${index.slice(0, titleAt)}${dataBlock(hosted)}\n  ${scriptElement}\n  ${index.slice(titleAt)}`
    .replace('<body>', () => `<body>\n  ${containers}`);
  writeFileSync(join(dist, 'index.html'), withFirstPaint);

  /** The single file: the script inline at the end of the body, the texts read from elements of the page. */
  const offline = (html) => {
    const files = {
      strings: perLocale((locale) => `strings-${locale}`),
      bodies: perLocale((locale) => `bodies-${locale}`),
      start: hosted.files.start,
      extras: hosted.files.extras,
      node: null,
    };
    const elements = locales.flatMap((locale) => [`${locale}-start`, locale])
      .map((key) => `<script type="application/json" id="${fileName(key)}">${contents.get(key).replace(/</g, '\\u003c')}</script>`)
      .join('\n');
    if (!html.includes(scriptElement)) fail('the single file lost the first-paint script');
    return html
      .replace(dataBlock(hosted), () => `${dataBlock({ ...hosted, offline: true, files })}\n${elements}`)
      .replace(scriptElement, () => '')
      .replace('</body>', () => `<script>${script}</script>\n</body>`);
  };
  const precached = (name) => !/^first-paint-[0-9a-f]{16}-[a-z]+-node-/.test(name);
  const sizes = [...contents].filter(([key]) => key.includes('-node-')).map(([, text]) => Buffer.byteLength(text));
  const startPages = perLocale((locale) => rendered.locales[locale].start);
  const summary = `first paint: ${contents.size} files (${sizes.length} steps, up to ${Math.max(...sizes)} bytes), ` +
    `the script (${Buffer.byteLength(script)} bytes) inline`;
  return { index: withFirstPaint, script, offline, precached, startPages, summary };
}

function fail(message) {
  console.error(`postbuild (first paint): ${message}`);
  process.exit(1);
}
