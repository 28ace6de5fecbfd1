// The program editor: a plain <textarea> that behaves like a small code editor.
//
// - Redraw as you type, latest-wins: a keystroke calls `onInput(source)` at once when no
//   earlier call is still running (leading edge, no fixed wait); keystrokes typed while one
//   runs are coalesced into a single follow-up call with the newest text, made when it ends.
//   `onInput` returns a promise (the request) for this; so a fast typist keeps at most one
//   request per editor in flight, and the picture never lags more than one request behind.
//   Ctrl/⌘+Enter redraws at once.
// - Tab inserts two spaces (indents the selected lines), Shift+Tab outdents. Esc then Tab
//   leaves the textarea, the usual escape hatch (WCAG 2.1.2: no keyboard trap).
// - A mistake is underlined where the server says it is (line and column of the 400) with the
//   message in #error beside it. The underline lives in a "mirror": a div laid over the
//   textarea with the same box, font and scroll, holding the same text in transparent ink, so
//   a <span> around the offending token lands exactly under it.

import { t } from "./i18n.js";

/** @import { ErrorDetail } from "./types/graph.js" */

/**
 * The editor a page gets.
 * @typedef {{readonly value: string, setValue: (source: string) => void,
 *            showError: (error: ErrorDetail | null) => void, runNow: () => void,
 *            destroy: () => void}} Editor
 */

const INDENT = "  ";
// Box and text properties the mirror copies, so its text sits exactly where the textarea's is.
const MIRRORED = ["font-family", "font-size", "font-weight", "font-style", "line-height",
  "letter-spacing", "tab-size", "text-indent", "padding-top", "padding-right",
  "padding-bottom", "padding-left", "border-top-width", "border-right-width",
  "border-bottom-width", "border-left-width", "box-sizing"];

const KINDS = ["syntax", "name", "type", "shape", "domain", "limit", "unsupported", "internal"];

/**
 * @param {HTMLTextAreaElement} textarea
 * @param {{errorEl?: HTMLElement|null,
 *          onInput?: (source: string) => Promise<unknown>|void,
 *          onRun?: (source: string) => Promise<unknown>|void}} options
 *   onInput: on typing (see above; return the request's promise so typing while it runs is
 *   coalesced); onRun: Ctrl/⌘+Enter (defaults to onInput)
 * @returns {Editor}
 */
export function createEditor(textarea, options = {}) {
  const onInput = options.onInput ?? (() => {});
  const onRun = options.onRun ?? onInput;
  const errorEl = options.errorEl ?? null;
  const doc = textarea.ownerDocument;
  /** @type {Promise<unknown> | null} */
  let running = null;  // the promise of the call in flight, if any
  let dirty = false;  // typed since that call began: one follow-up call is owed
  let escaped = false;  // Esc was the last key: the next Tab moves focus on

  const mirror = doc.createElement("div");
  mirror.className = "code-mirror";
  mirror.setAttribute("aria-hidden", "true");
  textarea.after(mirror);

  // Watch one call; when the newest one ends, make the owed follow-up. A caller that returns
  // no promise counts as done at once (every keystroke then calls it).
  /** @param {Promise<unknown> | void} result */
  const track = (result) => {
    const call = Promise.resolve(result).catch(() => {});
    running = call;
    call.then(() => {
      if (running !== call) return;  // a newer call (Ctrl+Enter, setValue) took over
      running = null;
      if (dirty) send();
    });
  };
  const send = () => {
    dirty = false;
    track(onInput(textarea.value));
  };
  const settle = () => {
    if (running) dirty = true;
    else send();
  };
  const runNow = () => {
    dirty = false;
    track(onRun(textarea.value));
  };

  /** @param {KeyboardEvent} event */
  const onKey = (event) => {
    if (event.key === "Escape") {
      escaped = true;
      return;
    }
    const wasEscaped = escaped;
    escaped = false;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runNow();
      return;
    }
    if (event.key !== "Tab" || wasEscaped || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    event.preventDefault();
    if (event.shiftKey) outdent(textarea);
    else indent(textarea);
  };

  const follow = () => {
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  };

  textarea.addEventListener("input", settle);
  textarea.addEventListener("keydown", onKey);
  textarea.addEventListener("scroll", follow);
  textarea.addEventListener("blur", () => { escaped = false; });

  /** @param {ErrorDetail | null} error */
  function showError(error) {
    mirror.replaceChildren();
    textarea.removeAttribute("aria-invalid");
    if (errorEl) {
      errorEl.hidden = !error;
      errorEl.replaceChildren();
    }
    if (!error) return;
    textarea.setAttribute("aria-invalid", "true");
    if (errorEl) {
      const head = doc.createElement("strong");
      const kind = KINDS.includes(error.kind) ? t(`ui.error_kind.${error.kind}`) : t("ui.error");
      head.textContent = error.line
        ? `${t("ui.error_head", { kind, line: error.line, column: error.column })} `
        : `${kind}: `;
      errorEl.append(head, doc.createTextNode(error.message ?? ""));
    }
    if (error.line) markAt(error.line, error.column ?? 1);
  }

  /**
   * Underline the token at (line, column), both 1-based, columns in code points as Python
   * counts them.
   * @param {number} line
   * @param {number} column
   */
  function markAt(line, column) {
    const style = getComputedStyle(textarea);
    for (const p of MIRRORED) mirror.style.setProperty(p, style.getPropertyValue(p));
    const lines = textarea.value.split("\n");
    const row = Math.min(Math.max(line, 1), lines.length) - 1;
    const chars = Array.from(lines[row]);
    const at = Math.min(Math.max(column - 1, 0), chars.length);
    const rest = chars.slice(at).join("");
    const token = /^[\p{L}\p{N}_.]+/u.exec(rest)?.[0] ?? Array.from(rest)[0] ?? "";
    const before = lines.slice(0, row).map((l) => `${l}\n`).join("") + chars.slice(0, at)
      .join("");
    const mark = doc.createElement("span");
    mark.className = "error-mark";
    // past the end of the line (a missing token): a one-character box to underline
    mark.textContent = token.trim() ? token : "\u00a0";
    const after = (token.trim() ? rest.slice(token.length) : rest) + lines.slice(row + 1)
      .map((l) => `\n${l}`).join("");
    mirror.append(doc.createTextNode(before), mark, doc.createTextNode(after));
    follow();
  }

  /** @param {string} source */
  function setValue(source) {
    dirty = false;  // the page sets the program and asks for it itself
    if (textarea.value !== source) textarea.value = source;
    showError(null);
  }

  return {
    get value() { return textarea.value; },
    setValue,
    showError,
    runNow,
    destroy() {
      dirty = false;
      running = null;
      textarea.removeEventListener("input", settle);
      textarea.removeEventListener("keydown", onKey);
      textarea.removeEventListener("scroll", follow);
      mirror.remove();
    },
  };
}

/**
 * Replace the selection, keeping the browser's undo history where it can (execCommand is the
 * only way to do that in a textarea); otherwise setRangeText and an input event of our own.
 * @param {HTMLTextAreaElement} textarea
 * @param {number} start
 * @param {number} end
 * @param {string} text
 */
function replace(textarea, start, end, text) {
  textarea.setSelectionRange(start, end);
  const doc = textarea.ownerDocument;
  if (!doc.execCommand?.("insertText", false, text)) {
    textarea.setRangeText(text, start, end, "end");
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

/**
 * The selected lines, whole: from the first one's start to the last one's end.
 * @param {HTMLTextAreaElement} textarea
 */
function lineRange(textarea) {
  const { value, selectionStart, selectionEnd } = textarea;
  const start = value.lastIndexOf("\n", selectionStart - 1) + 1;
  // a selection ending at the start of a line does not take that line with it
  const last = selectionEnd > selectionStart && value[selectionEnd - 1] === "\n"
    ? selectionEnd - 1 : selectionEnd;
  let end = value.indexOf("\n", last);
  if (end < 0) end = value.length;
  return { start, end };
}

/** @param {HTMLTextAreaElement} textarea */
function indent(textarea) {
  const { value, selectionStart, selectionEnd } = textarea;
  if (!value.slice(selectionStart, selectionEnd).includes("\n")) {
    replace(textarea, selectionStart, selectionEnd, INDENT);
    return;
  }
  const { start, end } = lineRange(textarea);
  const lines = value.slice(start, end).split("\n");
  const text = lines.map((l) => INDENT + l).join("\n");
  replace(textarea, start, end, text);
  textarea.setSelectionRange(start, start + text.length);
}

/** @param {HTMLTextAreaElement} textarea */
function outdent(textarea) {
  const { value, selectionStart, selectionEnd } = textarea;
  const { start, end } = lineRange(textarea);
  const lines = value.slice(start, end).split("\n");
  const cut = lines.map((l) => /^ {0,2}/.exec(l)?.[0].length ?? 0);  // always matches
  if (cut.every((c) => c === 0)) return;
  const text = lines.map((l, i) => l.slice(cut[i])).join("\n");
  replace(textarea, start, end, text);
  if (lines.length === 1) {
    const caret = Math.max(start, selectionStart - cut[0]);
    textarea.setSelectionRange(caret, Math.max(caret, selectionEnd - cut[0]));
  } else {
    textarea.setSelectionRange(start, start + text.length);
  }
}
