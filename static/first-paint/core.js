// The first paint's rules, free of the DOM: which page an address shows and with which links, mirroring
// src/route.rs (resolve), src/session.rs (Session::from_route, startup_hash), src/storage.rs (Saved::decode) and
// src/locale.rs (negotiate). `T` is the table the build writes from the compiled tree (src/first_paint.rs); node ids,
// answer ids and texts come from the locale's strings file, read by `parseStrings`, and where each answer leads
// (`targets`, per node in tree order) with the locale's step templates. tests/suite/first_paint.rs runs
// this file against the Rust on every node id, alias and locale. scripts/first-paint.mjs joins it with boot.js.
// eslint-disable-next-line no-unused-vars
const firstPaintCore = (T) => {
  // form_urlencoded::parse (where a leading '?' is part of the first key) and its serializer.
  const form = (text) => [...new URLSearchParams(`&${text}`)];
  const encode = (pairs) => new URLSearchParams(pairs).toString();
  const utf8 = new TextEncoder();

  /** inputs::is_hidden_character, as a character class the build writes from it (`T.hidden`). */
  const hidden = new RegExp(`[${T.hidden}]`, 'u');
  /** storage::is_storable: what an input value must be to be kept. */
  const storable = (value) => value !== '' && [...value].length <= T.storage.maxValueChars && !hidden.test(value);
  /**
   * Saved::decode: `{ locale, theme, inputs, discarded }`, where `discarded` says why some or all of the record was
   * not restored ('older-version', 'newer-version', 'unreadable', 'partly-unreadable', 'oversized') or is null.
   */
  const decodeSaved = (text) => {
    const saved = { locale: null, theme: T.themes[0], inputs: [], discarded: null };
    if (utf8.encode(text).length > T.storage.maxRecord) return { ...saved, discarded: 'oversized' };
    const [first, ...rest] = form(text);
    // u32::from_str: digits with an optional leading '+'.
    const version = first?.[0] === 'v' && /^\+?[0-9]+$/.test(first[1]) && Number(first[1]) <= 0xffffffff
      ? Number(first[1]) : null;
    if (version === null) return { ...saved, discarded: 'unreadable' };
    if (version !== T.storage.version) {
      return { ...saved, discarded: version < T.storage.version ? 'older-version' : 'newer-version' };
    }
    let dropped = false;
    for (const [key, value] of rest) {
      if (key === 'locale' && T.locales.includes(value)) saved.locale = value;
      else if (key === 'theme' && T.themes.includes(value)) saved.theme = value;
      else if (key !== 'locale' && key !== 'theme' && T.inputs.includes(key) && storable(value)) saved.inputs.push([key, value]);
      else dropped = true;
    }
    return { ...saved, discarded: dropped ? 'partly-unreadable' : null };
  };

  // A tag as unic-langid reads it: a language, then an optional script and region, then variants.
  const wellFormed = ([language, ...rest]) => {
    if (!/^([a-z]{2,3}|[a-z]{5,8})$/i.test(language)) return false;
    let at = 0;
    if (/^[a-z]{4}$/i.test(rest[at] ?? '')) at += 1;
    if (/^([a-z]{2}|[0-9]{3})$/i.test(rest[at] ?? '')) at += 1;
    return rest.slice(at).every((variant) => /^([a-z0-9]{5,8}|[0-9][a-z0-9]{3})$/i.test(variant));
  };
  /** locale::negotiate: the first preferred language that is shipped, else the fallback. */
  const negotiate = (languages) => {
    for (const tag of languages) {
      const parts = String(tag).split(/[-_]/);
      const language = parts[0].toLowerCase();
      if (wellFormed(parts) && T.locales.includes(language)) return language;
    }
    return T.fallback;
  };

  /**
   * A strings file (bytes) as `{ ids, index, links, title(id), label(id, link) }`: node ids in tree order, each
   * node's link ids (answers, then still-failing links), its title and link labels (decoded when asked for).
   * Undefined when the file is not this build's strings file of `locale`. A trail can be checked once `targets` is
   * added.
   */
  const parseStrings = (bytes, locale) => {
    const records = parseRecords(bytes);
    const [magic, , code, messages, nodes] = records.header.split(' ');
    if (magic !== 'acr-net-guide-strings' || code !== locale) return undefined;
    const payloads = new Map(records.list.slice(Number(messages)));
    const S = { ids: [], index: new Map(), links: new Map() };
    let node;
    for (const [label] of records.list.slice(Number(messages))) {
      const dot = label.indexOf('.');
      const rest = label.slice(dot + 1);
      if (dot < 0) {
        node = label;
        S.index.set(node, S.ids.length);
        S.ids.push(node);
        S.links.set(node, []);
      } else if (rest !== 'body' && rest !== 'summary') S.links.get(node).push(rest.replace(/^still-failing-/, ''));
    }
    const payload = (label) => payloads.get(label)?.();
    S.title = payload;
    S.label = (id, link) => payload(`${id}.${link}`) ?? payload(`${id}.still-failing-${link}`);
    return S.ids.length === Number(nodes) ? S : undefined;
  };

  /** The records of a strings or bodies file: `label length\npayload\n`, lengths in UTF-8 bytes; labels are ASCII. */
  const parseRecords = (bytes) => {
    const decoder = new TextDecoder();
    const text = (from, to) => decoder.decode(bytes.subarray(from, to));
    let at = bytes.indexOf(10);
    const records = { header: text(0, at), list: [] };
    for (at += 1; at > 0 && at < bytes.length;) {
      const end = bytes.indexOf(10, at);
      if (end < 0) break;
      const space = bytes.lastIndexOf(32, end);
      const from = end + 1;
      const to = from + Number(String.fromCharCode(...bytes.subarray(space + 1, end)));
      records.list.push([String.fromCharCode(...bytes.subarray(at, space)), () => text(from, to)]);
      at = to + 1;
    }
    return records;
  };

  /** The body of node `id` in a bodies file (bytes), or undefined. */
  const bodyOf = (bytes, id) => parseRecords(bytes).list.find(([label]) => label === id)?.[1]();

  /**
   * route::canonical_hash (without the '#'): backslashes count as slashes, empty and dot segments (also
   * percent-encoded) go, a relative hash becomes a legacy anchor or a not-found path, an empty one the start page.
   */
  const canonical = (hash, fallback) => {
    const bare = hash.startsWith('#') ? hash.slice(1) : hash;
    const mark = bare.indexOf('?');
    const path = mark < 0 ? bare : bare.slice(0, mark);
    const segments = path.split(/[/\\]/).filter((segment) => !/^(\.|%2e){0,2}$/i.test(segment));
    let canonicalPath;
    if (!/^[/\\]/.test(path) && segments.length === 1 && isNodeId(segments[0])) canonicalPath = `/${fallback}/${segments[0]}`;
    else if (!segments.length) canonicalPath = `/${fallback}/`;
    else canonicalPath = `/${segments.join('/')}${/[/\\]$/.test(path) ? '/' : ''}`;
    return mark < 0 ? canonicalPath : `${canonicalPath}${bare.slice(mark)}`;
  };

  const isNodeId = (text) => text.length <= 64 && /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(text);

  /** src/first_paint.rs id_digest. */
  const digest = (id) => {
    let hash = 0x811c9dc5;
    for (const c of id) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193) >>> 0;
    return (hash % 1679616).toString(36).padStart(4, '0');
  };
  const digests = T.known.match(/..../g);
  /** Where node `id` is in tree order (the order of every per-node list of the page's data), or -1. */
  const place = (id) => digests.indexOf(digest(id));
  /** Node::find: the first node whose id or alias is `name`; without the strings, the alias's node or the name if
   * its digest is known. */
  const find = (S, name) => {
    const alias = T.aliases.find(([known]) => known === name)?.[1];
    if (!S) return place(alias ?? name) >= 0 ? alias ?? name : null;
    const found = [S.index.get(name), S.index.get(alias)].filter((index) => index !== undefined);
    return found.length ? S.ids[Math.min(...found)] : null;
  };
  /** Where link `link` of node `id` leads, or null. */
  const target = (S, id, link) => {
    const at = S.links.get(id)?.indexOf(link) ?? -1;
    return at < 0 ? null : S.ids[S.targets[S.index.get(id)][at]];
  };
  /** session::parse_trail: the steps up to the first that does not exist or does not follow from the one before. */
  const parseTrail = (S, text) => {
    const steps = [];
    for (const part of text.split(',')) {
      const colon = part.indexOf(':');
      const node = colon < 0 ? null : find(S, part.slice(0, colon));
      const link = part.slice(colon + 1);
      const previous = steps[steps.length - 1];
      if (node === null || target(S, node, link) === null || (previous && target(S, ...previous) !== node)) break;
      steps.push([node, link]);
    }
    return steps;
  };

  /** search::href: the search page with the session's inputs (not its trail) and an empty query. */
  const searchHref = (locale, inputs) => `#/${locale}/${T.search.word}?${encode([...inputs, [T.search.key, '']])}`;

  /** The route of a session (Session::href): inputs, then the trail. */
  const href = (locale, node, inputs, trail) => {
    const query = encode(trail.length ? [...inputs, [T.trailKey, trail.map((step) => step.join(':')).join(',')]] : inputs);
    return `#/${locale}/${node ?? ''}${query ? `?${query}` : ''}`;
  };

  /**
   * What the app shows at `hash` when it starts: `{ kind: 'home' | 'node' | 'other', locale, node, trail, inputs,
   * steps }`. `stringsOf(locale)` gives the parsed strings when they are there; without them a node id is taken on
   * trust (its first-paint file then tells whether it exists); without them or their `targets`, `trail` is null
   * and `steps` counts the address's trail steps. `saved` is a decoded record (remembered locale and inputs), `languages` the browser's.
   */
  const view = (hash, saved, languages, stringsOf) => {
    const fallback = saved.locale ?? negotiate(languages);
    const address = canonical(hash, fallback);
    const mark = address.indexOf('?');
    const path = (mark < 0 ? address : address.slice(0, mark)).replace(/^\/+|\/+$/g, '');
    const query = mark < 0 ? '' : address.slice(mark + 1).replace(/^\?/, '');
    const segments = path ? path.split('/') : [];
    let locale = fallback;
    let page = '';
    if (T.locales.includes(segments[0])) {
      locale = segments[0];
      // route::resolve: the search page's word before node ids (the search page is the app's alone).
      if (segments[1] === T.search.word && segments.length === 2) return { kind: 'other', locale };
      if (segments.length === 2 && isNodeId(segments[1])) page = segments[1];
      else if (segments.length > 1) return { kind: 'other', locale };
    } else if (segments.length === 1 && isNodeId(segments[0])) page = segments[0];
    else if (segments.length) return { kind: 'other', locale };
    const S = stringsOf(locale);
    let node = page ? find(S, page) : null;
    if (page && node === null) return { kind: 'other', locale };
    if (node === T.start) node = null;
    const pairs = form(query);
    const inputs = pairs.filter(([key]) => T.inputs.includes(key));
    const via = pairs.filter(([key]) => key === T.trailKey).pop()?.[1];
    let trail = via === undefined ? [] : S?.targets ? parseTrail(S, via) : null;
    const last = trail?.[trail.length - 1];
    if (last && target(S, ...last) !== (node ?? T.start)) trail = [];
    for (const [name, value] of saved.inputs) {
      if (!pairs.some(([key]) => key === name)) inputs.push([name, value]);
    }
    const steps = trail ? trail.length : via.split(',').length;
    return { kind: node === null ? 'home' : 'node', locale, node, trail, inputs, steps };
  };

  return { decodeSaved, negotiate, parseStrings, bodyOf, view, place, href, searchHref, encode, form };
};
