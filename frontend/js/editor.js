// The program editor a page gets: the server's <textarea id="source"> (the editor without
// JavaScript), which CodeMirror takes over when the page calls `upgrade()` (editorview.js:
// line numbers, Python highlighting, bracket matching, undo, the error underlined and the
// ✓/✗ of a hand-written backward pass on their lines). CodeMirror's modules are in the page's
// bundle but run only then — a dynamic import, which esbuild keeps inside the file — so the
// first paint and the circuit's takeover never wait for them. Until then the textarea is the
// editor: what is typed there redraws, and CodeMirror starts from its text and selection.
//
// - Redraw as you type, latest-wins: a change calls `onInput(source)` at once when no earlier
//   call is still running (leading edge, no fixed wait); changes made while one runs are
//   coalesced into a single follow-up call with the newest text, made when it ends.
//   `onInput` returns a promise (the request) for this; so a fast typist keeps at most one
//   request per editor in flight, and the picture never lags more than one request behind.
//   Every change, undo included, also calls `onChange()` at once. Ctrl/⌘+Enter redraws now.
// - A mistake is shown in #error with its line and column, and underlined there.

import { t } from "./i18n.js";

/** @import { CodeView } from "./editorview.js" */
/** @import { LineMark } from "./editormarks.js" */
/** @import { ErrorDetail } from "./types/graph.js" */

/**
 * The editor a page gets.
 * @typedef {{readonly value: string, readonly element: HTMLElement,
 *            setValue: (source: string) => void, showError: (error: ErrorDetail | null) => void,
 *            runNow: () => void, setLineMarks: (marks: LineMark[]) => void,
 *            revealLine: (line: number) => void, upgrade: () => Promise<void>,
 *            destroy: () => void}} Editor
 */

const KINDS = ["syntax", "name", "type", "shape", "domain", "limit", "unsupported", "internal"];

/** @param {ErrorDetail | null} error  where it is, for the underline */
const placeOf = (error) => (error ? { line: error.line ?? null, column: error.column ?? null }
  : null);

/**
 * How many rows the editor shows for a program the page sets (an example, a shared link): its
 * lines and two more, from 4 to 12, the rule index.html.j2 sizes the server's textarea by.
 * @param {string} source
 * @returns {number}
 */
export function rowsFor(source) {
  const lines = (source.match(/\n/g)?.length ?? 0) + 2;
  return Math.min(Math.max(lines, 4), 12);
}

/**
 * @param {HTMLTextAreaElement} textarea
 * @param {{errorEl?: HTMLElement|null,
 *          onInput?: (source: string) => Promise<unknown>|void,
 *          onRun?: (source: string) => Promise<unknown>|void,
 *          onChange?: () => void}} options
 *   onInput: on typing (see above; return the request's promise so typing while it runs is
 *   coalesced); onRun: Ctrl/⌘+Enter (defaults to onInput); onChange: on every change
 * @returns {Editor}
 */
export function createEditor(textarea, options = {}) {
  const onInput = options.onInput ?? (() => {});
  const onRun = options.onRun ?? onInput;
  const onChange = options.onChange ?? (() => {});
  const errorEl = options.errorEl ?? null;
  const doc = textarea.ownerDocument;
  /** @type {CodeView | null} */
  let code = null;  // CodeMirror, once it has taken the textarea over
  /** @type {Promise<void> | null} */
  let upgrading = null;
  /** @type {ErrorDetail | null} */
  let error = null;  // shown now: CodeMirror underlines it when it comes
  /** @type {LineMark[]} */
  let marks = [];
  /** @type {Promise<unknown> | null} */
  let running = null;  // the promise of the call in flight, if any
  let dirty = false;  // changed since that call began: one follow-up call is owed

  const text = () => (code ? code.value : textarea.value);
  // Watch one call; when the newest one ends, make the owed follow-up. A caller that returns
  // no promise counts as done at once (every change then calls it).
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
    track(onInput(text()));
  };
  const changed = () => {
    onChange();
    if (running) dirty = true;
    else send();
  };
  const runNow = () => {
    dirty = false;
    track(onRun(text()));
  };
  textarea.addEventListener("input", changed);  // until CodeMirror takes over

  /** @param {ErrorDetail | null} next */
  function showError(next) {
    error = next;
    if (errorEl) {
      errorEl.hidden = !next;
      errorEl.replaceChildren();
    }
    if (code) code.showError(placeOf(next));  // (which marks its textbox aria-invalid)
    else if (next) textarea.setAttribute("aria-invalid", "true");
    else textarea.removeAttribute("aria-invalid");
    if (!next || !errorEl) return;
    const head = doc.createElement("strong");
    const kind = KINDS.includes(next.kind) ? t(`ui.error_kind.${next.kind}`) : t("ui.error");
    head.textContent = next.line
      ? `${t("ui.error_head", { kind, line: next.line, column: next.column })} `
      : `${kind}: `;
    errorEl.append(head, doc.createTextNode(next.message ?? ""));
  }

  /** CodeMirror takes the textarea over (once; later calls wait for the same). */
  function upgrade() {
    upgrading ??= import("./editorview.js").then(({ mountEditorView }) => {
      textarea.removeEventListener("input", changed);
      code = mountEditorView(textarea, { onChange: changed, onRun: runNow });
      if (error) code.showError(placeOf(error));
      if (marks.length) code.setLineMarks(marks);
    });
    return upgrading;
  }

  return {
    get value() { return text(); },
    get element() { return code ? code.element : textarea; },
    setValue(source) {
      dirty = false;  // the page sets the program and asks for it itself
      if (code) code.setValue(source);
      else if (textarea.value !== source) textarea.value = source;
      textarea.rows = rowsFor(source);  // before the takeover: CodeMirror copies them
      code?.element.style.setProperty("--rows", String(textarea.rows));
      showError(null);
    },
    showError,
    runNow,
    setLineMarks(next) {
      marks = next;
      code?.setLineMarks(next);
    },
    revealLine: (line) => code?.revealLine(line),
    upgrade,
    destroy() {
      dirty = false;
      running = null;
      textarea.removeEventListener("input", changed);
      code?.destroy();
    },
  };
}
