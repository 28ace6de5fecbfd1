// Share (copy the link of this view) and Embed (the <iframe> and <img> snippets for a course
// page), and the small "Link copied" toast they speak through.

import { MAX_LINK } from "./api.js";
import { t } from "./i18n.js";

const TOAST_MS = 2200;
// A message longer than a glance (the "link too long" one: three sentences) stays at least
// LONG_MS and has a close button: a student reading it aloud must not lose it mid-sentence.
const LONG_CHARS = 60;
const LONG_MS = 8000;

/** Copy `text`: the async clipboard API where the page may use it, else the old select-and-
 *  copy trick (insecure origins such as a LAN address in class, or a denied permission). */
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
  const focused = doc.activeElement;
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

/** Say something in the page's `#toast` (a polite live region): briefly, or — a long
 *  message — for LONG_MS or until its close button (or Esc) dismisses it. */
export function toast(message, doc = document) {
  const box = doc.getElementById("toast");
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
    doc.removeEventListener("keydown", box.cgvizEsc);
  };
  doc.removeEventListener("keydown", box.cgvizEsc);
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

/** Whether a link is too long for the server to open (api.js MAX_LINK). */
export const tooLong = (link) => link.length > MAX_LINK;

const escapeAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The two snippets for a course page, from the app's absolute root and two query strings. */
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
 * @param {() => {iframe: string, img: string}} snippets  the current state's snippets
 */
export function createEmbedDialog(dialog, snippets) {
  const doc = dialog.ownerDocument;
  const iframe = dialog.querySelector("#embed-iframe");
  const img = dialog.querySelector("#embed-img");
  // Said when a snippet's link is past MAX_LINK: the same words as Share's toast.
  const warning = Object.assign(doc.createElement("p"), { className: "embed-warning",
                                                           hidden: true });
  warning.setAttribute("role", "alert");
  dialog.querySelector("h2")?.after(warning);
  for (const button of dialog.querySelectorAll("[data-copy]")) {
    button.addEventListener("click", async () => {
      const field = doc.getElementById(button.dataset.copy);
      const ok = await copyText(field.value, doc);
      button.textContent = ok ? t("ui.copied") : t("ui.select_and_copy");
      if (!ok) field.select();
      globalThis.setTimeout(() => { button.textContent = t("ui.copy"); }, TOAST_MS);
    });
  }
  for (const field of [iframe, img]) field.addEventListener("focus", () => field.select());
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
      opener = from;
      if (!dialog.open) dialog.showModal();
      iframe.focus();
    },
  };
}
