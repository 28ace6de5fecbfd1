// The browser app's words, from the same catalogs as the server's (backend/cgviz/i18n/*.json).
//
// The page embeds the browser's part of every catalog ("ui.*" labels and the "example.*" menu)
// as JSON in <script type="application/json" id="cgviz-messages">, so the first paint needs no
// request and switching language needs no round trip. Captions, warnings and error messages are
// not here: they arrive translated in the graph JSON (the app sends options.lang).
//
// Pure apart from `readCatalogs(doc)`, which only reads the element it is given a document for.

/**
 * Every language's catalog: language → key → words with `{placeholders}`.
 * @typedef {Record<string, Record<string, string>>} Catalogs
 */
/**
 * What fills a message's placeholders.
 * @typedef {Record<string, unknown>} Params
 */

export const LANGUAGES = ["en", "ru"];
export const FALLBACK = "en";

/**
 * "ru", "ru-RU", "RU_ru" → "ru"; a language we have no catalog for → null.
 * @param {unknown} tag
 * @returns {string | null}
 */
export function known(tag) {
  if (typeof tag !== "string" || !tag.trim()) return null;
  const primary = tag.trim().replace("_", "-").split("-")[0].toLowerCase();
  return LANGUAGES.includes(primary) ? primary : null;
}

/**
 * The app's language: the `lang` URL parameter, else the browser's (navigator.languages in
 * order of preference, navigator.language first), else English.
 * @param {string | URLSearchParams | null | undefined} search  location.search or its
 *   parameters
 * @param {readonly string[] | string | undefined} browserLanguages
 * @returns {string}
 */
export function pickLanguage(search, browserLanguages = []) {
  const params = search instanceof URLSearchParams ? search : new URLSearchParams(search ?? "");
  const fromUrl = known(params.get("lang"));
  if (fromUrl) return fromUrl;
  const prefs = typeof browserLanguages === "string" ? [browserLanguages] : browserLanguages;
  for (const tag of prefs ?? []) {
    const lang = known(tag);
    if (lang) return lang;
  }
  return FALLBACK;
}

/**
 * Fill named placeholders, as Python's str.format_map does for the catalogs: "{name}" is
 * params.name, "{{" and "}}" are literal braces. A missing parameter stays visible as "{name}"
 * (a slip a reader can report, not a crash).
 * @param {string} template
 * @param {Params} [params]
 * @returns {string}
 */
export function fill(template, params = {}) {
  return template.replace(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (match, name) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    return Object.hasOwn(params, name) ? String(params[name]) : match;
  });
}

/**
 * t(key, params) over `catalogs[lang]`, falling back to English, then to the key itself.
 * @param {Catalogs | undefined} catalogs
 * @param {string} lang
 * @returns {(key: string, params?: Params) => string}
 */
export function translator(catalogs, lang) {
  const own = catalogs?.[lang] ?? {};
  const fallback = catalogs?.[FALLBACK] ?? {};
  return (key, params) => {
    const template = Object.hasOwn(own, key) ? own[key]
      : Object.hasOwn(fallback, key) ? fallback[key] : key;
    return fill(template, params);
  };
}

/**
 * The catalogs the page embedded ({en: {...}, ru: {...}}), or {} if there are none.
 * @param {{getElementById(id: string): {textContent: string | null} | null} | undefined} doc
 *   the page's document
 * @returns {Catalogs}
 */
export function readCatalogs(doc) {
  const el = doc?.getElementById?.("cgviz-messages");
  if (!el) return {};
  try {
    const data = JSON.parse(el.textContent ?? "");
    return data && typeof data === "object" && !Array.isArray(data) ? data : {};
  } catch {
    return {};
  }
}

// The app's one active language: set once at start-up (and again by a language menu); the
// modules then just call t(key, params).
let active = { lang: FALLBACK, t: translator({}, FALLBACK) };

/**
 * @param {string} lang  a language tag; one we have no catalog for is English
 * @param {Catalogs} catalogs
 * @returns {string}  the language chosen
 */
export function setLanguage(lang, catalogs) {
  const chosen = known(lang) ?? FALLBACK;
  active = { lang: chosen, t: translator(catalogs, chosen) };
  return chosen;
}

/** @returns {string} */
export function language() {
  return active.lang;
}

/**
 * The active language's words for `key`, its `{placeholders}` filled from `params`.
 * @param {string} key
 * @param {Params} [params]
 * @returns {string}
 */
export function t(key, params) {
  return active.t(key, params);
}

// The keys a hint names, drawn as <kbd> (the same table as KEYCAPS in
// backend/cgviz/web/words.py): keycaps read the same in both languages.
/** @type {Record<string, string>} */
export const KEYCAPS = { ctrl: "Ctrl", enter: "Enter", tab: "Tab", esc: "Esc", left: "←",
  right: "→", space: "Space", home: "Home", end: "End" };

/**
 * "Press {ctrl}+{enter}" → ["Press ", {cap: "Ctrl"}, "+", {cap: "Enter"}]: text and keycaps,
 * so a page can build <kbd>s without ever parsing markup out of a catalog.
 * @param {string} template
 * @returns {Array<string | {cap: string}>}
 */
export function keyParts(template) {
  /** @type {Array<string | {cap: string}>} */
  const parts = [];
  let last = 0;
  for (const m of template.matchAll(/\{([a-z]+)\}/g)) {
    if (!Object.hasOwn(KEYCAPS, m[1])) continue;
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ cap: KEYCAPS[m[1]] });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

// What translatePage rewrites: data-i18n → the text, the others → an attribute.
const ATTRIBUTES = { i18nTitle: "title", i18nAriaLabel: "aria-label" };

/**
 * Re-word what the server drew in its language (Accept-Language) in the active one (the `lang`
 * parameter, else navigator.languages): every element under `root` marked `data-i18n` (its
 * text), `data-i18n-title` / `data-i18n-aria-label` (those attributes) or `data-i18n-keys` (a
 * text with keycaps). Touches only the elements it is given.
 * @param {Document | Element} root
 */
export function translatePage(root) {
  const doc = root.ownerDocument ?? root;
  /** @type {NodeListOf<HTMLElement>} */
  const marked = root.querySelectorAll("[data-i18n], [data-i18n-title], " +
                                       "[data-i18n-aria-label], [data-i18n-keys]");
  for (const el of marked) {
    if (el.dataset.i18n) el.textContent = t(el.dataset.i18n);
    for (const [data, attribute] of Object.entries(ATTRIBUTES)) {
      if (el.dataset[data]) el.setAttribute(attribute, t(el.dataset[data]));
    }
    if (el.dataset.i18nKeys) {
      el.replaceChildren(...keyParts(t(el.dataset.i18nKeys)).map((part) => (
        typeof part === "string" ? part
          : Object.assign(doc.createElement("kbd"), { textContent: part.cap }))));
    }
  }
  if (doc.documentElement) doc.documentElement.lang = language();
}
