// The header's language and theme switches (docs/frontend.md, "Language"): two pairs of
// links, EN | RU and Light | Dark, each rewriting one parameter of the current address and
// loading it.
//
// Why a reload and not a live switch: the whole view lives in the address (state.js), so
// nothing is lost, and the server then draws the first paint — the circuit, the captions and
// the error messages — in the new language and colours, the one path every other visit takes.
// The links' hrefs are filled in from the live address when pointed at or focused, so "open in
// a new tab" also keeps the program.

import { language } from "./i18n.js";

/**
 * The current address with `param` set to `value` (the light theme is the default: dropped).
 * @param {string} href
 * @param {string} param
 * @param {string} value
 * @returns {string}
 */
export function addressWith(href, param, value) {
  const url = new URL(href);
  if (param === "theme" && value === "light") url.searchParams.delete(param);
  else url.searchParams.set(param, value);
  return url.pathname + url.search + url.hash;
}

/**
 * Wire the links marked `data-lang` / `data-theme` under `root` (index.html.j2's `.prefs`).
 * @param {Document} root
 */
export function createSwitches(root) {
  const doc = root.ownerDocument ?? root;
  const theme = doc.documentElement.classList.contains("theme-dark") ? "dark" : "light";
  /** @type {NodeListOf<HTMLAnchorElement>} */
  const links = root.querySelectorAll("a[data-lang], a[data-theme]");
  for (const link of links) {
    const [param, value] = link.dataset.lang ? ["lang", link.dataset.lang]
      : ["theme", link.dataset.theme ?? ""];
    const current = value === (param === "lang" ? language() : theme);
    if (current) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
    const fill = () => { link.href = addressWith(doc.location.href, param, value); };
    fill();
    link.addEventListener("pointerenter", fill);
    link.addEventListener("focus", fill);
    link.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
        fill();  // a new tab or window: the browser follows the fresh href
        return;
      }
      event.preventDefault();
      doc.location.assign(addressWith(doc.location.href, param, value));
    });
  }
}
