// Share (copy the link of this view) and Embed (the <iframe> and <img> snippets for a course
// page), and the small "Link copied" toast they speak through.

import { MAX_LINK } from "./api.js";
import { t } from "./i18n.js";

const TOAST_MS = 2200;
// A message longer than a glance (the "link too long" one: three sentences) stays at least
// LONG_MS and has a close button: a student reading it aloud must not lose it mid-sentence.
const LONG_CHARS = 60;
const LONG_MS = 8000;

/**
 * Copy `text`: the async clipboard API where the page may use it, else the old select-and-
 * copy trick (insecure origins such as a LAN address in class, or a denied permission).
 * @param {string} text
 * @param {Document} [doc]
 * @returns {Promise<boolean>}  whether it was copied
 */
export async function copyText(text, doc = document) {
  try {
    if (globalThis.navigator?.clipboard?.writeText) {
      await globalThis.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the fallback
  }
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  const focused = /** @type {HTMLElement | null} */ (doc.activeElement);
  doc.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  focused?.focus?.({ preventScroll: true });
  return ok;
}

/**
 * The toast's element, which keeps its timer and its Esc handler between two messages.
 * @typedef {HTMLElement & {cgvizTimer?: ReturnType<typeof setTimeout>,
 *                          cgvizEsc?: (e: KeyboardEvent) => void}} ToastBox
 */

/**
 * Say something in the page's `#toast` (a polite live region): briefly, or — a long
 * message — for LONG_MS or until its close button (or Esc) dismisses it.
 * @param {string} message
 * @param {Document} [doc]
 */
export function toast(message, doc = document) {
  const box = /** @type {ToastBox | null} */ (doc.getElementById("toast"));
  if (!box) return;
  const long = message.length > LONG_CHARS;
  const text = doc.createElement("span");
  text.className = "toast-text";
  text.textContent = message;
  box.replaceChildren(text);
  box.classList.toggle("long", long);
  box.classList.add("show");
  const hide = () => {
    box.classList.remove("show");
    globalThis.clearTimeout(box.cgvizTimer);
    if (box.cgvizEsc) doc.removeEventListener("keydown", box.cgvizEsc);
  };
  if (box.cgvizEsc) doc.removeEventListener("keydown", box.cgvizEsc);
  if (long) {
    const close = doc.createElement("button");
    close.type = "button";
    close.className = "toast-close";
    close.textContent = "×";
    close.title = t("ui.close_esc");
    close.setAttribute("aria-label", t("ui.close"));
    close.addEventListener("click", hide);
    box.append(close);
    box.cgvizEsc = (e) => { if (e.key === "Escape" && !e.defaultPrevented) hide(); };
    doc.addEventListener("keydown", box.cgvizEsc);
  }
  globalThis.clearTimeout(box.cgvizTimer);
  box.cgvizTimer = globalThis.setTimeout(hide, long ? LONG_MS : TOAST_MS);
}

/** @type {(link: string) => boolean} whether a link is too long for the server to open */
export const tooLong = (link) => link.length > MAX_LINK;  // api.js MAX_LINK

/** @type {(s: string) => string} */
const escapeAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The links and snippets for a course page: `frame` and `picture` the two links, `iframe` and
 * `img` the markup that uses them.
 * @typedef {{frame: string, picture: string, iframe: string, img: string}} Snippets
 */

/**
 * The two snippets for a course page, from the app's absolute root and two query strings.
 * @param {string} root  the app's absolute root (root.js ROOT_URL)
 * @param {string} embedQuery  "?source=…" for /embed
 * @param {string} svgQuery  "?source=…" for /api/graph.svg
 * @param {string} [title]
 * @returns {Snippets}
 */
export function embedSnippets(root, embedQuery, svgQuery, title = t("ui.embed_frame_title")) {
  const frame = `${root}/embed${embedQuery}`;
  const img = `${root}/api/graph.svg${svgQuery}`;
  return {
    frame,
    picture: img,
    iframe: `<iframe src="${escapeAttr(frame)}" title="${escapeAttr(title)}" width="100%" ` +
      `height="480" style="border:0" loading="lazy"></iframe>`,
    img: `<img src="${escapeAttr(img)}" alt="${escapeAttr(title)}">`,
  };
}

/**
 * The Embed dialog (`dialog#embed-dialog`): fills its two read-only fields each time it opens
 * and copies one with its Copy button.
 * @param {HTMLDialogElement} dialog
 * @param {() => Snippets} snippets  the current state's snippets
 * @returns {{open: (from?: Element | null) => void}}
 */
export function createEmbedDialog(dialog, snippets) {
  const doc = dialog.ownerDocument;
  // the page's two read-only fields (index.html.j2)
  const iframe = /** @type {HTMLTextAreaElement} */ (dialog.querySelector("#embed-iframe"));
  const img = /** @type {HTMLTextAreaElement} */ (dialog.querySelector("#embed-img"));
  // Said when a snippet's link is past MAX_LINK: the same words as Share's toast.
  const warning = Object.assign(doc.createElement("p"), { className: "embed-warning",
                                                           hidden: true });
  warning.setAttribute("role", "alert");
  dialog.querySelector("h2")?.after(warning);
  /** @type {NodeListOf<HTMLButtonElement>} */
  const copyButtons = dialog.querySelectorAll("[data-copy]");
  for (const button of copyButtons) {
    button.addEventListener("click", async () => {
      // the field a Copy button names
      const field = /** @type {HTMLTextAreaElement} */ (
        doc.getElementById(/** @type {string} */ (button.dataset.copy)));
      const ok = await copyText(field.value, doc);
      button.textContent = ok ? t("ui.copied") : t("ui.select_and_copy");
      if (!ok) field.select();
      globalThis.setTimeout(() => { button.textContent = t("ui.copy"); }, TOAST_MS);
    });
  }
  for (const field of [iframe, img]) field.addEventListener("focus", () => field.select());
  /** @type {HTMLElement | null} */
  let opener = null;
  dialog.addEventListener("close", () => opener?.focus?.());

  return {
    open(from = doc.activeElement) {
      const s = snippets();
      iframe.value = s.iframe;
      img.value = s.img;
      const longest = Math.max(s.frame?.length ?? 0, s.picture?.length ?? 0);
      warning.hidden = longest <= MAX_LINK;
      warning.textContent = warning.hidden ? ""
        : t("ui.link_too_long", { kb: Math.round(longest / 1000) });
      opener = /** @type {HTMLElement | null} */ (from);
      if (!dialog.open) dialog.showModal();
      iframe.focus();
    },
  };
}
