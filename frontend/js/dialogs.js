// Share (copy the link of this view) and Embed (the <iframe> and <img> snippets for a course
// page), and the small "Link copied" toast they speak through.

import { t } from "./i18n.js";

const TOAST_MS = 2200;

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

/** Say something briefly in the page's `#toast` (a polite live region). */
export function toast(message, doc = document) {
  const box = doc.getElementById("toast");
  if (!box) return;
  box.textContent = message;
  box.classList.add("show");
  globalThis.clearTimeout(box.cgvizTimer);
  box.cgvizTimer = globalThis.setTimeout(() => box.classList.remove("show"), TOAST_MS);
}

const escapeAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The two snippets for a course page, from the app's absolute root and two query strings. */
export function embedSnippets(root, embedQuery, svgQuery, title = t("ui.embed_frame_title")) {
  const frame = `${root}/embed${embedQuery}`;
  const img = `${root}/api/graph.svg${svgQuery}`;
  return {
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
      opener = from;
      if (!dialog.open) dialog.showModal();
      iframe.focus();
    },
  };
}
