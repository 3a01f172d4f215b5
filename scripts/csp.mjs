// The guide's Content-Security-Policy, defined once, and the step that applies it to a built page.
//
// Hosted build (`dist/index.html`, and the development server's page): one inline script, the first paint's
// (scripts/first-paint.mjs, added after this hook by scripts/postbuild.mjs), and one inline stylesheet, style/app.css,
// each pinned by its hash. Trunk's inline loader (and `trunk serve`'s live-reload script) are moved into
// content-hashed files next to the page. The stylesheet is inline because a linked one blocks the first frame for a
// round trip of its own (#23). Both hashes are computed here from the sources (they hold no build data), so they
// change only when that script or style/app.css does; the server headers in deploy/ (scripts/deploy-configs.mjs)
// carry exactly the same policy, and a test fails when the committed copies fall behind.
// Offline single file (scripts/postbuild.mjs): everything is inline by necessity, so its policy pins each inline
// script and stylesheet by its sha256 hash instead, and allows no network at all.
//
// Run as a Trunk post_build hook (Trunk.toml), or by hand: `node scripts/csp.mjs <folder with index.html>`.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstPaintScript } from './first-paint.mjs';

/** `'sha256-…'` of an inline element's text, as CSP hashes it (the exact characters between the tags). */
export const hashSource = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The guide's only stylesheet, exactly as the hosted page carries it inline (Trunk copies it unchanged). */
export const stylesheet = () => {
  const text = readFileSync(new URL('../style/app.css', import.meta.url), 'utf8');
  // The HTML parser would end the element early, or turn CR LF into LF before hashing: the hash would not match.
  if (/<\/style/i.test(text) || text.includes('\r')) throw new Error('style/app.css cannot be inlined as is (</style or CR)');
  return text;
};

/**
 * The hosted policy, directive by directive. `'wasm-unsafe-eval'` lets the page compile its own WebAssembly (it is
 * not `'unsafe-eval'`: JavaScript `eval` and `new Function` stay blocked); the hashes let the first paint's inline
 * script run and style/app.css apply, and nothing else inline (no other `<style>`, no `style` attribute). `data:` images: the favicon is a data URL (no request). `frame-ancestors` is
 * missing on purpose: a `<meta>` policy cannot carry it, so the server headers add it (see `headerPolicy`).
 */
export const HOSTED_DIRECTIVES = Object.freeze([
  ['default-src', ["'none'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'", hashSource(await firstPaintScript())]],
  ['style-src', [hashSource(stylesheet())]],
  ['connect-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['manifest-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
]);

/** Sources no policy of ours may ever contain. */
export const FORBIDDEN_SOURCES = Object.freeze(["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:']);

/** `directive source source; …` */
export const serialize = (directives) => directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** The policy of the hosted page (`<meta http-equiv>`). */
export const hostedPolicy = () => serialize(HOSTED_DIRECTIVES);

/**
 * The policy a server sends as a header: the hosted policy plus `frame-ancestors`, which only a header can carry.
 * `wikiOrigin` is the one origin allowed to embed the guide in a frame (embed mode), besides the guide's own.
 */
export function headerPolicy(wikiOrigin) {
  if (!/^https?:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/i.test(wikiOrigin)) {
    throw new Error(`the wiki origin must look like https://wiki.example.com (scheme, host, optional port): ${wikiOrigin}`);
  }
  return serialize([...HOSTED_DIRECTIVES, ['frame-ancestors', ["'self'", wikiOrigin]]]);
}


/**
 * The policy of the single offline file: no network at all (not even 'self', which on file:// would be every file
 * of the folder), and only the given inline scripts and stylesheets, pinned by hash.
 */
export function offlinePolicy({ scripts, styles }) {
  return serialize([
    ['default-src', ["'none'"]],
    ['script-src', [...scripts.map(hashSource), "'wasm-unsafe-eval'"]],
    ['style-src', styles.map(hashSource)],
    ['img-src', ['data:']],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ]);
}

const META_PREFIX = '<meta http-equiv="Content-Security-Policy" content="';
/** The `<meta>` element of `policy` (its values never contain `"` or `&`, checked here). */
export function metaElement(policy) {
  if (/["&<>]/.test(policy)) throw new Error(`the policy cannot be written into an attribute as is: ${policy}`);
  return `${META_PREFIX}${policy}">`;
}

/** The policy a page's `<meta http-equiv="Content-Security-Policy">` carries, or undefined. */
export function policyOf(html) {
  const start = html.indexOf(META_PREFIX);
  if (start < 0) return undefined;
  return html.slice(start + META_PREFIX.length, html.indexOf('"', start + META_PREFIX.length));
}

/**
 * Inserts the policy right after `<meta charset>` (a `<meta>` policy covers only what comes after it), replacing
 * one already there.
 */
export function withPolicy(html, policy) {
  const without = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const charset = without.match(/<meta charset="utf-8">/i);
  if (!charset) throw new Error('the page has no <meta charset="utf-8"> to put the policy after');
  const at = charset.index + charset[0].length;
  return `${without.slice(0, at)}\n  ${metaElement(policy)}${without.slice(at)}`;
}

/** Executable inline `<script>` elements (no `src`, a JavaScript type): `{ element, attributes, text }`. */
export function inlineScripts(html) {
  const found = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [element, attributes, text] = match;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = attributes.match(/\btype\s*=\s*"([^"]*)"/i)?.[1]?.toLowerCase() ?? '';
    // Data blocks (`type="text/plain"`, JSON) never run: CSP does not apply to them.
    if (type !== '' && type !== 'module' && type !== 'text/javascript') continue;
    found.push({ element, attributes, text });
  }
  return found;
}

/** Inline `<style>` elements' texts. */
export const inlineStyles = (html) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]);

/**
 * What a strict `script-src`/`style-src` without `'unsafe-inline'` would block in this markup, besides inline
 * elements: event-handler attributes, `style` attributes and `javascript:` URLs.
 */
export function inlineAttributes(html) {
  const found = [];
  for (const tag of html.matchAll(/<[a-z][^>]*>/gi)) {
    for (const attribute of tag[0].matchAll(/\s(on[a-z]+|style)\s*=/gi)) found.push(`${attribute[1]} in ${tag[0].slice(0, 80)}`);
    if (/=\s*"\s*javascript:/i.test(tag[0])) found.push(`javascript: URL in ${tag[0].slice(0, 80)}`);
  }
  return found;
}

/**
 * `trunk serve` fills its live-reload script's placeholders only in the page it serves, not in files: filled here
 * the way it fills them when the request names no host (the page's own host; the public URL's path as the base).
 */
function servedAsFile(script) {
  const base = (process.env.TRUNK_PUBLIC_URL ?? '/').startsWith('/') ? process.env.TRUNK_PUBLIC_URL ?? '/' : '/';
  return script.replace("'{{__TRUNK_ADDRESS__}}'", 'window.location.host').replaceAll('{{__TRUNK_WS_BASE__}}', base);
}

/**
 * The hosted page: every inline script becomes a file `<stem>-<sha256 prefix>.js` in `folder` (a module stays a
 * module), the linked stylesheet comes inline (its file is removed), and the hosted policy goes in. Fails on a
 * stylesheet other than style/app.css or an attribute the policy would block. Returns the names of the files written.
 */
export function secureHostedPage(folder, name = 'index.html') {
  let html = readFileSync(join(folder, name), 'utf8');
  const written = [];
  // Trunk writes the link with the public URL in front (`./` for the build, `/` for `trunk serve`).
  for (const [element, file] of html.matchAll(/<link rel="stylesheet" href="[^"]*?([^"/]+\.css)"[^>]*>/g)) {
    const text = readFileSync(join(folder, file), 'utf8');
    if (text !== stylesheet()) throw new Error(`${file} is not style/app.css as is, so the policy's hash would not match it`);
    html = html.replace(element, () => `<style>${text}</style>`);
    rmSync(join(folder, file));
  }
  for (const { element, attributes, text: inline } of inlineScripts(html)) {
    const module = /\btype\s*=\s*"module"/i.test(attributes);
    const text = servedAsFile(inline);
    const file = `${module ? 'loader' : 'script'}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.js`;
    writeFileSync(join(folder, file), text);
    written.push(file);
    html = html.replace(element, () => `<script${module ? ' type="module"' : ''} src="./${file}"></script>`);
  }
  const pinned = hashSource(stylesheet());
  const problems = [
    ...inlineStyles(html).filter((text) => hashSource(text) !== pinned)
      .map((text) => `an inline <style> other than style/app.css (${text.length} characters)`),
    ...[...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].map(([link]) => `a linked stylesheet: ${link}`),
    ...inlineAttributes(html),
  ];
  if (problems.length > 0) throw new Error(`${name} would break its policy:\n  ${problems.join('\n  ')}`);
  writeFileSync(join(folder, name), withPolicy(html, hostedPolicy()));
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!folder) {
    console.error('usage: node scripts/csp.mjs <folder with index.html> (or run as a Trunk hook)');
    process.exit(2);
  }
  try {
    const written = secureHostedPage(folder);
    console.log(`csp: index.html carries the hosted policy; inline scripts moved to ${written.join(', ') || 'none'}`);
  } catch (error) {
    console.error(`csp: ${error.message}`);
    process.exit(1);
  }
}
