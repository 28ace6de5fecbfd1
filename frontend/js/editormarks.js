// What the program editor (editor.js) marks on its text, as CodeMirror state: the program's
// error underlined at its line and column, and a gutter of marks by line (checks.js's ✓ and ✗).
// Both follow the text as it is edited, until the page sets them again from the next answer.
//
//   view.dispatch({ effects: setError.of({ line: 2, column: 9 }) })   // or .of(null)
//   view.dispatch({ effects: setLineMarks.of([{ line: 3, make: () => element }]) })

import { RangeSet, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, gutter, GutterMarker, WidgetType } from "@codemirror/view";

/** @import { DecorationSet } from "@codemirror/view" */
/** @import { Extension, StateEffectType, Text } from "@codemirror/state" */

/**
 * A mark beside a line: its line (1-based) and the element that shows it, made by the caller.
 * @typedef {{line: number, make: () => HTMLElement}} LineMark
 */

/**
 * Where the error at (line, column) is in `doc`: the token there, or `to === from` past the
 * end of a line (a missing token). Both 1-based, columns in code points as Python counts
 * them; out-of-range ones are clamped. Pure.
 * @param {Text} doc
 * @param {number} line
 * @param {number} column
 * @returns {{from: number, to: number}}
 */
export function errorSpan(doc, line, column) {
  const row = doc.line(Math.min(Math.max(line, 1), doc.lines));
  const chars = Array.from(row.text);
  const at = Math.min(Math.max(column - 1, 0), chars.length);
  const before = chars.slice(0, at).join("").length;  // code points → UTF-16 offsets
  const rest = chars.slice(at).join("");
  const token = /^[\p{L}\p{N}_.]+/u.exec(rest)?.[0] ?? Array.from(rest)[0] ?? "";
  const from = row.from + before;
  return { from, to: token.trim() ? from + token.length : from };
}

// ---- the error underline ------------------------------------------------------------------

/** The program's error, where it is (`line` null: it has no place), or null for none. */
export const setError = /** @type {StateEffectType<
  {line: number | null, column: number | null} | null>} */ (StateEffect.define());

/** An empty place to underline: past the end of a line, where a token is missing. */
class Missing extends WidgetType {
  /** @param {EditorView} view */
  toDOM(view) {
    const span = view.dom.ownerDocument.createElement("span");
    span.className = "error-mark error-missing";  // its room is CSS's, so it adds no text
    return span;
  }
  eq() { return true; }
}

const underline = Decoration.mark({ class: "error-mark" });
const missing = Decoration.widget({ widget: new Missing(), side: 1 });

/** Whether the program has an error, and its underline. */
const errorField = StateField.define({
  /** @returns {{invalid: boolean, marks: DecorationSet}} */
  create: () => ({ invalid: false, marks: Decoration.none }),
  update(value, tr) {
    let { invalid, marks } = value;
    marks = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setError)) continue;
      invalid = effect.value !== null;
      marks = Decoration.none;
      if (effect.value?.line) {
        const { from, to } = errorSpan(tr.state.doc, effect.value.line, effect.value.column ?? 1);
        marks = Decoration.set(to > from ? underline.range(from, to) : missing.range(from));
      }
    }
    return { invalid, marks };
  },
  provide: (field) => [
    EditorView.decorations.from(field, (value) => value.marks),
    EditorView.contentAttributes.from(field, (value) =>
      /** @type {Record<string, string>} */ (value.invalid ? { "aria-invalid": "true" } : {})),
    EditorView.editorAttributes.from(field, (value) =>
      /** @type {Record<string, string>} */ (value.invalid ? { class: "invalid" } : {})),
  ],
});

// ---- marks by line ------------------------------------------------------------------------

/** The marks to show, replacing any before (an empty list: none). */
export const setLineMarks = /** @type {StateEffectType<LineMark[]>} */ (StateEffect.define());

class Mark extends GutterMarker {
  /** @param {() => HTMLElement} make */
  constructor(make) {
    super();
    this.make = make;
  }
  /** @param {GutterMarker} other */
  eq(other) { return other instanceof Mark && other.make === this.make; }
  toDOM() { return this.make(); }
}

const marksField = StateField.define({
  /** @returns {RangeSet<Mark>} */
  create: () => RangeSet.empty,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setLineMarks)) continue;
      const { doc } = tr.state;
      marks = RangeSet.of(effect.value
        .filter((m) => m.line >= 1 && m.line <= doc.lines)
        .map((m) => new Mark(m.make).range(doc.line(m.line).from)), true);
    }
    return marks;
  },
});

/**
 * The underline and the gutter of line marks (class `check-gutter`, left of the line
 * numbers when given before them).
 * @type {Extension}
 */
export const editorMarks = [
  errorField,
  marksField,
  gutter({ class: "check-gutter", markers: (view) => view.state.field(marksField) }),
];
