// The first paint: shows the page the address asks for while the WebAssembly loads, in the same markup as the
// app's first render (templates rendered by the app's own components at build time: examples/first_paint.rs), and
// answers the app's requests for the files it already has, so each is downloaded once. The app renders unseen
// and takes over in one frame once its page is complete (src/ui/hooks/first_paint.rs). When the app cannot start,
// the page stays readable under a notice. Runs in the page's <head> (the single file: at the end of its body), so
// its requests start while the page is parsed; it shows the page once the body's two elements are there:
// #first-paint and #app-root (hidden), where the app renders unseen until its page is complete.
// `firstPaintCore` (core.js) holds the rules. Data: the `first-paint-data` JSON block of the page.
const data = JSON.parse(document.getElementById('first-paint-data').textContent);
const core = firstPaintCore(data.table);
const { files } = data;
let root;
// What can hold focus; the first paint and the app have the same markup, so the n-th of one is the n-th of the other.
const FOCUSABLE = 'a[href], button, textarea, input, select, [tabindex]';
/** Where focus is among the first paint's focusable elements (-1: elsewhere). */
const focusIndex = () => [...root.querySelectorAll(FOCUSABLE)].indexOf(document.activeElement);
/** The first paint's element, once parsed; watches the app's, which the app unhides once its page is complete
 * (src/ui/platform.rs): the first paint then steps aside before the next frame, handing over text typed into the
 * pasted-error box and focus. */
const container = () => {
  const app = document.getElementById('app-root');
  if (root || !app) return root;
  root = document.getElementById('first-paint');
  // Buttons need the app (the theme toggle, the pasted-error box): their clicks are replayed once it takes over, on
  // the app's button at the same place (the markup is the same).
  const clicked = [];
  root.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    if (button) clicked.push([...root.querySelectorAll('button')].indexOf(button));
  });
  new MutationObserver((_, observer) => {
    if (app.hidden) return;
    observer.disconnect();
    const typed = [...root.querySelectorAll('input, textarea')].map((field) => field.value);
    const focused = focusIndex();
    root.remove();
    // What was typed (the search field, the pasted-error box) goes to the app's field at the same place, as input the
    // app reacts to; then focus, then the clicks, which may act on it.
    app.querySelectorAll('input, textarea').forEach((field, index) => {
      if (!typed[index] || field.value === typed[index]) return;
      field.value = typed[index];
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    if (focused >= 0) app.querySelectorAll(FOCUSABLE)[focused]?.focus();
    for (const index of clicked) app.querySelectorAll('button')[index]?.click();
  }).observe(app, { attributes: true, attributeFilter: ['hidden'] });
  // The pasted-error box works once the app runs; before that, submitting it would reload the page.
  root.addEventListener('submit', (event) => event.preventDefault());
  // "/" focuses the search field, as in the app (src/ui/platform.rs, on_search_shortcut), until the app takes over.
  document.addEventListener('keydown', (event) => {
    const search = root.isConnected && root.querySelector('#search-input');
    if (event.key !== '/' || !search || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.nodeName)
      || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    search.focus();
  });
  return root;
};

const AUTO = data.table.themes[0];
let saved = { locale: null, theme: AUTO, inputs: [] };
// The notice the app shows about remembered values (src/ui/shell.rs), by core.js's name: why a stored record was
// not restored, or 'not-saved' when the page cannot use localStorage (the app says so once it tries to save).
let storageNotice = null;
let storage = null;
try {
  storage = localStorage;
} catch {
  // Blocked (some private modes, sandboxed frames): as good as none.
}
try {
  const record = storage?.getItem(data.table.storage.key) ?? null;
  if (record !== null) {
    saved = core.decodeSaved(record);
    storageNotice = saved.discarded;
  }
} catch {
  storageNotice = 'unreadable'; // storage that fails to read, as the app takes it
}
if (!storage) storageNotice = 'not-saved';
if (saved.theme !== AUTO) document.documentElement.dataset.theme = saved.theme;
const languages = [...(navigator.languages ?? [])];
// A controlled page reads the service worker's cache: the strings and the body file are as quick as one file.
const cached = data.offline || Boolean(navigator.serviceWorker?.controller);

// ── Files: fetched (or, in the single offline file, read from its elements) once each ─────────────────────────
// The app fetches the locale's strings and the step's body itself (src/ui/platform.rs): whichever of the two asks for
// a strings or body file first downloads it, and the other gets a copy of that response instead of a second download
// (a body may come inside a step's own file, whose arrival a request for a body then waits for). A copy that failed is
// not handed on: the app's request (its retry button too) then downloads the file itself.
const early = new Map(); // file name → Promise<Response> the first paint fetched, for the app
const asked = new Map(); // file name → Promise<Response> the app fetched, for the first paint
const steps = new Map(); // step file name → Promise<its JSON, or null>
const fetchOnce = window.fetch.bind(window);
const shareable = (name) => typeof name === 'string' && /^(strings|bodies)-/.test(name);
/** A copy of `response`'s future, whose failure is handled here (it is no page error) but still seen by its user. */
const copyOf = (response) => {
  const copy = response.then((got) => got.clone());
  copy.catch(() => {});
  return copy;
};
window.fetch = (input, init) => {
  const response = early.get(input);
  if (response) {
    early.delete(input);
    return response.then((got) => (got.ok ? got : fetchOnce(input, init)), () => fetchOnce(input, init));
  }
  if (!shareable(input)) return fetchOnce(input, init);
  const own = !/^bodies-/.test(input) || !steps.size ? fetchOnce(input, init) : Promise.all(steps.values()).then((list) => {
    const step = list.find((file) => file?.body === input);
    return step ? new Response(step.bodies) : fetchOnce(input, init);
  });
  asked.set(input, copyOf(own));
  return own;
};
const loaded = new Map(); // name → bytes, null (failed) or undefined (loading)
const gunzip = (base64) => new Response(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))])
  .stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
const read = async (name) => {
  if (!data.offline) {
    const fetched = asked.get(name) ?? fetchOnce(name, { priority: 'high' });
    if (shareable(name) && !asked.has(name)) early.set(name, copyOf(fetched));
    const response = await fetched;
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return response.arrayBuffer();
  }
  const text = document.getElementById(name)?.textContent;
  if (text === undefined) throw new Error(`${name}: not in the page`);
  // The offline page's module may have unpacked it already.
  return /^(acr-net-guide|\{)/.test(text) ? new TextEncoder().encode(text).buffer : gunzip(text);
};
const want = (name) => {
  if (!loaded.has(name)) {
    loaded.set(name, undefined);
    const bytes = read(name).then((buffer) => new Uint8Array(buffer), () => null);
    if (/-node-/.test(name)) steps.set(name, bytes.then((got) => got && JSON.parse(text(got))));
    bytes.then((got) => {
      loaded.set(name, got);
      update();
    });
  }
  return loaded.get(name);
};
const text = (bytes) => new TextDecoder().decode(bytes);
const objects = new Map(); // name → parsed JSON file
/** A JSON file: undefined while loading, null when it cannot be had. */
const jsonOf = (name) => {
  const bytes = want(name);
  if (bytes && !objects.has(name)) objects.set(name, JSON.parse(text(bytes)));
  return bytes && objects.get(name);
};
const parsed = new Map(); // locale → strings
/** The parsed strings of `locale`: undefined while loading, null when they cannot be had. They can check a trail
 * once the locale's file of extras (with the link targets) is there too. On a slow link they would share it with a
 * step's own files, which show the text: while those are on their way, the strings wait, unless the address has a
 * trail, which only they can name (its step's body waits for them; see `nodePage`). */
const pageFiles = new Set(); // the start page or step files asked for
let trailAsked = false; // the address has a trail
const stringsOf = (locale) => {
  if (!parsed.has(locale)) {
    if (!trailAsked && [...pageFiles].some((name) => loaded.get(name) === undefined)) return undefined;
    const bytes = want(files.strings[locale]);
    if (!bytes) return bytes;
    parsed.set(locale, core.parseStrings(bytes, locale) ?? null);
  }
  const S = parsed.get(locale);
  if (S && !S.targets && loaded.get(files.extras[locale])) S.targets = jsonOf(files.extras[locale]).targets;
  return S;
};

// ── Markup ─────────────────────────────────────────────────────────────────────────────────────────────────
const escape = (value) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fill = (template, values) => template.replace(/\{\{([a-z-]+)\}\}/g, (_, name) => values[name] ?? '');
const noticeOf = (message) => (message ? `<div class="notice first-paint-notice" role="alert"><p>${escape(message)}</p></div>` : '');
let failed = false;

const stepFile = (locale, id) => fill(files.node, { locale, id });
/** Asks first for the file that shows the page the address names (the start page, or a step's own file), and for a
 * trail the locale's file of extras, whose link table the strings need to name its steps. */
const askForPage = () => {
  const { kind, locale, node, steps } = core.view(location.hash, saved, languages, () => undefined);
  trailAsked = kind === 'node' && steps > 0;
  if (trailAsked) want(files.extras[locale]);
  const name = kind === 'home' ? files.start[locale] : kind === 'node' && files.node && !cached && stepFile(locale, node);
  if (name && !pageFiles.has(name)) {
    pageFiles.add(name);
    want(name);
  }
};

/** The markup of the view, or undefined while a file it needs is loading. */
function markup(view) {
  const { locale, kind } = view;
  // A step's own markup and the theme toggles are in the page (`heads`): the file of extras only holds the notices
  // and a trail's link table, which the strings wait for (it never holds the first frame back).
  const needsExtras = storageNotice || (kind !== 'home' && failed);
  const extras = needsExtras ? jsonOf(files.extras[locale]) : {};
  // Every file the view needs is requested before any is waited for.
  const page = kind === 'home' ? jsonOf(files.start[locale]) : kind === 'node' ? nodePage(view) : null;
  if (extras === undefined) return undefined;
  const nothing = { html: failed ? noticeOf(extras?.noApp) : '' };
  if (!page || extras === null) return page === undefined ? undefined : nothing;
  let { html } = page;
  const { toggles } = data.heads[locale];
  if (saved.theme !== AUTO) html = html.replace(toggles[AUTO], toggles[saved.theme]);
  const notices = (storageNotice ? extras.notice : '') + (failed ? noticeOf(page.noApp ?? extras.noApp) : '');
  return {
    html: html.replace('</header>', `</header>${notices}`),
    title: page.title,
    inputs: kind === 'home' ? view.inputs : [],
    notice: storageNotice && extras.notices[storageNotice],
    pageKey: `${locale} ${kind} ${view.node}`,
  };
}

const TRAIL_WAIT_MS = 150;
const bodyHeld = new Map(); // `locale node` → when its body was there but its trail's steps were not named yet
/** A step: badge, title and the trail's place at once (from the page's own data), the trail's steps once the strings
 * name them, the body once its file is there (`aria-busy` until then); null when it cannot be shown. */
function nodePage(view) {
  const { locale, node, inputs } = view;
  const heads = data.heads[locale];
  const at = core.place(node);
  if (at < 0) return null;
  const own = files.node && !cached ? jsonOf(stepFile(locale, node)) : null;
  const S = stringsOf(locale);
  let body;
  if (own) body = core.bodyOf(new TextEncoder().encode(own.bodies), node);
  else if (own === null && S) {
    // No step file (a controlled page, the single file, or it failed): the body file, for a step the strings know.
    if (!S.index.has(node)) return null;
    const bytes = want(files.bodies?.[locale] ?? fill(files.body[locale], { id: node }));
    if (bytes === null) return null;
    body = bytes && core.bodyOf(bytes, node);
  } else if (own === null && S === null) return null; // neither the step's own file nor the strings can be had
  // A trail's steps take more lines once named than the lines kept for them: the body waits for the names, so that
  // it never moves down after it was shown; on a slow link no more than TRAIL_WAIT_MS, as the text matters more.
  if (body !== undefined && !view.trail && S !== null) {
    const key = `${locale} ${node}`;
    if (!bodyHeld.has(key)) {
      bodyHeld.set(key, performance.now());
      setTimeout(update, TRAIL_WAIT_MS);
    }
    if (performance.now() - bodyHeld.get(key) < TRAIL_WAIT_MS) body = undefined;
  }
  const t = heads.templates;
  const title = heads.titles[at];
  const kind = Number(data.kind[at]);
  const trail = view.trail ?? Array.from({ length: view.steps }, () => null);
  const items = trail.map((step, index) => fill(t.item, step ? {
    href: escape(core.href(locale, step[0] === data.table.start ? null : step[0], inputs, view.trail.slice(0, index))),
    title: escape(S.title(step[0])),
    label: escape(S.label(...step)),
  } : { href: '#', title: '\u00a0' }));
  const links = { home: escape(core.href(locale, null, inputs, [])), search: escape(core.searchHref(locale, inputs)) };
  for (const other of data.table.locales) links[`href-${other}`] = escape(core.href(other, node, inputs, view.trail ?? []));
  let trailHtml = trail.length ? fill(t.trail, { items: items.join('') }) : '';
  // Until the strings arrive the trail keeps its height with hidden lines.
  if (!view.trail) trailHtml = trailHtml.replace('<ol>', '<ol class="first-paint-reserved" aria-hidden="true">');
  const article = body === undefined ? t.article.replace('aria-busy="false"', 'aria-busy="true"') : t.article;
  const html = fill(t.header, links) + fill(article, {
    kind: data.kindNames[kind],
    badge: escape(heads.kinds[kind]),
    title: escape(title),
    trail: trailHtml,
    body: body ?? '',
  });
  return { html, title: fill(heads.documentTitle, { page: title }) };
}

/** Inserts the session's inputs into the start page's links (rendered without any). */
function withInputs(inputs) {
  if (!inputs.length) return;
  for (const link of root.querySelectorAll('a[href^="#/"]')) {
    const [path, query = ''] = link.getAttribute('href').split('?');
    link.setAttribute('href', `${path}?${core.encode([...inputs, ...core.form(query)])}`);
  }
}

// The app starts as soon as its wasm is ready, except while the first paint's first frame (the title) is not on
// screen yet: then it waits for that frame (at most 1 s), so that its first render does not hold back the title on a
// busy main thread. Later frames (a body, a trail's names) do not hold the app back: being ready for clicks sooner
// matters more. It never waits for the first paint's files: it asks for what it needs itself (answered from them).
let framed = Promise.resolve();
let framing = false;
const awaitFrame = () => {
  if (document.hidden || framing) return; // no frames in a background tab
  framing = true;
  framed = Promise.race([new Promise((frame) => requestAnimationFrame(() => setTimeout(frame))),
    new Promise((later) => setTimeout(later, 1000))]);
};
for (const name of ['instantiateStreaming', 'instantiate']) {
  const original = window.WebAssembly?.[name];
  if (original) WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then((made) => framed.then(() => made));
}

/** Makes `into`'s children those of `from`, keeping each element whose tag stayed: when a step's body or trail
 * arrives, its title stays the element that was painted, and focus and typed text stay where they were. */
function morph(into, from) {
  const now = [...into.childNodes];
  const next = [...from.childNodes];
  if (now.length !== next.length) {
    into.replaceChildren(...next);
    return;
  }
  next.forEach((node, index) => {
    const old = now[index];
    if (old.isEqualNode(node)) return;
    if (old.nodeType !== Node.ELEMENT_NODE || old.nodeName !== node.nodeName) {
      old.replaceWith(node);
      return;
    }
    for (const { name } of [...old.attributes]) if (!node.hasAttribute(name)) old.removeAttribute(name);
    for (const { name, value } of node.attributes) if (old.getAttribute(name) !== value) old.setAttribute(name, value);
    morph(old, node);
  });
}

let shown;
let shownPage; // the page on screen (not its inputs or trail): focus moves to its heading when it changes, as in the app
let announced = false; // the remembered-values notice: its region is shown empty once, and its text a frame later
function update() {
  askForPage();
  const view = core.view(location.hash, saved, languages, stringsOf);
  const page = markup(view);
  if (!container()?.isConnected || !page) return; // not parsed yet, the app has taken over, or loading
  document.documentElement.lang = view.locale;
  const key = page.html + JSON.stringify(page.inputs);
  if (key === shown) return;
  shown = key;
  const focused = focusIndex();
  const next = document.createElement('template');
  next.innerHTML = page.html;
  morph(root, next.content);
  awaitFrame();
  withInputs(page.inputs ?? []);
  if (page.title) document.title = page.title;
  if (shownPage && page.pageKey !== shownPage) root.querySelector('main h1')?.focus();
  else if (focused >= 0) root.querySelectorAll(FOCUSABLE)[focused]?.focus();
  shownPage = page.pageKey;
  const region = page.notice && root.querySelector('.notice p:empty');
  if (region && announced) region.textContent = page.notice;
  else if (region) {
    announced = true;
    requestAnimationFrame(() => {
      region.textContent = page.notice;
    });
  }
}

// ── The app not starting ───────────────────────────────────────────────────────────────────────────────────
let started = false;
addEventListener('TrunkApplicationStarted', () => {
  started = true;
});
const fail = (event) => {
  const resource = event.target instanceof Element && /^(SCRIPT|LINK)$/.test(event.target.nodeName);
  if (started || failed || !(resource || event instanceof ErrorEvent || event.type === 'unhandledrejection')) return;
  failed = true;
  shown = undefined;
  update();
};
addEventListener('error', fail, true);
addEventListener('unhandledrejection', fail);
addEventListener('hashchange', update);
document.addEventListener('DOMContentLoaded', update);
// A step's first frame needs no file: show it as soon as the parser has made the app's element, not at
// DOMContentLoaded, which waits for the module script.
if (!document.getElementById('app-root')) {
  new MutationObserver((_, observer) => {
    if (!document.getElementById('app-root')) return;
    observer.disconnect();
    update();
  }).observe(document.documentElement, { childList: true, subtree: true });
}
if (typeof WebAssembly !== 'object') fail(new ErrorEvent('error'));
update();
