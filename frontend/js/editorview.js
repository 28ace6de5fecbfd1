// The program editor's CodeMirror view (editor.js makes it when the page asks): CodeMirror 6 in
// the place of the server's <textarea id="source">, with line numbers, Python highlighting,
// bracket matching, an undo history, and the error and the line marks of editormarks.js.
//
// - Tab types two spaces (indents the selected lines), Shift+Tab outdents. Esc then Tab
//   leaves the editor, the usual escape hatch (WCAG 2.1.2: no keyboard trap). Ctrl/⌘+Enter
//   is the page's (`onRun`).
// - For assistive technology the editor is CodeMirror's multi-line textbox, which takes the
//   textarea's id and is named by its label and described by what described it (#error, the
//   key hint).
// - Its base rules CodeMirror writes into one <style> element, which the page's
//   Content-Security-Policy lets in by its hash (backend/cgviz/web/security.py).

import {
  defaultKeymap, history, historyKeymap, indentLess, indentMore,
} from "@codemirror/commands";
import { pythonLanguage } from "@codemirror/lang-python";
import { bracketMatching, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { Annotation, EditorSelection, EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";
import { editorMarks, setError, setLineMarks } from "./editormarks.js";

/** @import { Command } from "@codemirror/view" */
/** @import { LineMark } from "./editormarks.js" */

/**
 * The view as editor.js drives it.
 * @typedef {{readonly value: string, readonly element: HTMLElement,
 *            setValue: (source: string) => void,
 *            showError: (place: {line: number | null, column: number | null} | null) => void,
 *            setLineMarks: (marks: LineMark[]) => void, revealLine: (line: number) => void,
 *            destroy: () => void}} CodeView
 */

const INDENT = "  ";
// Keys that leave a pending Esc-then-Tab as it is: the modifiers, and Esc itself.
const MODIFIERS = ["Shift", "Control", "Alt", "Meta", "CapsLock", "Escape"];

/** A change the page made (setValue), not the reader. */
const fromPage = Annotation.define();

/**
 * Tab: two spaces at the caret (over a selection within a line), the lines indented when the
 * selection spans several.
 * @type {Command}
 */
const indentOrType = (view) => {
  const { state } = view;
  const spans = state.selection.ranges.some((r) =>
    state.doc.lineAt(r.from).number !== state.doc.lineAt(r.to).number);
  if (spans) return indentMore(view);
  view.dispatch(state.replaceSelection(INDENT), { scrollIntoView: true, userEvent: "input" });
  return true;
};

/**
 * CodeMirror in the textarea's place, with its text, selection and focus.
 * @param {HTMLTextAreaElement} textarea
 * @param {{onChange: () => void, onRun: () => void}} on
 *   onChange: the reader changed the program (typing, Tab, undo…); onRun: Ctrl/⌘+Enter
 * @returns {CodeView}
 */
export function mountEditorView(textarea, { onChange, onRun }) {
  const doc = textarea.ownerDocument;
  const run = () => { onRun(); return true; };
  const view = new EditorView({
    state: EditorState.create({
      doc: textarea.value,
      selection: EditorSelection.single(textarea.selectionStart, textarea.selectionEnd),
      extensions: [
        editorMarks,
        lineNumbers(),
        history(),
        pythonLanguage,
        syntaxHighlighting(classHighlighter),  // tok-keyword, tok-number…: coloured by CSS
        bracketMatching(),
        indentUnit.of(INDENT),
        Prec.highest(keymap.of([
          { key: "Mod-Enter", run },
          { key: "Ctrl-Enter", run },  // on a Mac too
          { key: "Tab", run: indentOrType, shift: indentLess },
        ])),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        // Esc then Tab leaves the editor, however long after: CodeMirror's own escape lasts
        // two seconds, so it is held here until another key is pressed or the focus goes.
        EditorView.domEventObservers({
          keydown(event, v) {
            if (event.key === "Escape") v.setTabFocusMode(true);
            else if (!MODIFIERS.includes(event.key)) v.setTabFocusMode(false);
          },
          blur(_event, v) { v.setTabFocusMode(false); },
        }),
        EditorView.contentAttributes.of(accessibleName(textarea)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !update.transactions.every((tr) => tr.annotation(fromPage))) {
            onChange();
          }
        }),
      ],
    }),
  });
  // the textarea's height in lines, which its rows gave it (editor.css)
  view.dom.style.setProperty("--rows", String(textarea.rows || 4));
  const focused = doc.activeElement === textarea;
  textarea.replaceWith(view.dom);
  if (focused) view.focus();
  const label = doc.querySelector(`label[for="${textarea.id}"]`);
  const focus = () => view.focus();
  label?.addEventListener("click", focus);

  return {
    get value() { return view.state.doc.toString(); },
    get element() { return view.dom; },
    setValue(source) {
      if (view.state.doc.toString() === source) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: source },
                      annotations: fromPage.of(true) });
    },
    showError: (place) => view.dispatch({ effects: setError.of(place) }),
    setLineMarks: (marks) => view.dispatch({ effects: setLineMarks.of(marks) }),
    // in view, without moving the caret or the focus
    revealLine(line) {
      const at = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines)).from;
      view.dispatch({ effects: EditorView.scrollIntoView(at, { y: "nearest", yMargin: 24 }) });
    },
    destroy() {
      label?.removeEventListener("click", focus);
      view.destroy();
    },
  };
}

/**
 * The textarea's name and description, for the editor's textbox, which takes its id: its
 * `<label>` (which names only form fields, so by `aria-labelledby`), or its own aria-label.
 * @param {HTMLTextAreaElement} textarea
 * @returns {Record<string, string>}
 */
function accessibleName(textarea) {
  /** @type {Record<string, string>} */
  const attrs = { id: textarea.id };
  for (const name of ["aria-label", "aria-labelledby", "aria-describedby"]) {
    const value = textarea.getAttribute(name);
    if (value) attrs[name] = value;
  }
  const label = textarea.ownerDocument.querySelector(`label[for="${textarea.id}"]`);
  if (label && !attrs["aria-labelledby"]) {
    label.id ||= `${textarea.id}-label`;
    attrs["aria-labelledby"] = label.id;
  }
  return attrs;
}
