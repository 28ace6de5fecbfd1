// Where the editor underlines a program's error (editormarks.js errorSpan): the server's line
// and column, 1-based, columns in code points as Python counts them.

import assert from "node:assert/strict";
import { test } from "node:test";
import { Text } from "@codemirror/state";
import { errorSpan } from "./editormarks.js";

/** @param {string} text */
const doc = (text) => Text.of(text.split("\n"));

/**
 * The underlined text and its offset (an empty one: the place past a line's end).
 * @param {string} text
 * @param {number} line
 * @param {number} column
 */
const marked = (text, line, column) => {
  const { from, to } = errorSpan(doc(text), line, column);
  return [text.slice(from, to), from];
};

test("the token at the line and column, a name or a number whole", () => {
  const text = "x = -2; y = 5\nq = x + * y\nf = q * zz1";
  assert.deepEqual(marked(text, 2, 9), ["*", 22]);
  assert.deepEqual(marked(text, 3, 9), ["zz1", 34]);
  assert.deepEqual(marked(text, 1, 13), ["5", 12]);
  assert.deepEqual(marked("y = np.sum(x)", 1, 5), ["np.sum", 4]);
});

test("columns count code points, as Python does, not UTF-16 units", () => {
  const text = "𝑥 = 1; θ = 𝑥 +* 2";  // 𝑥 is two UTF-16 units
  assert.deepEqual(marked(text, 1, 15), ["*", "𝑥 = 1; θ = 𝑥 +".length]);
  assert.deepEqual(marked(text, 1, 12), ["𝑥", "𝑥 = 1; θ = ".length]);
});

test("past the end of a line: an empty place there, for a missing token", () => {
  const text = "f = (x +\ng = 1";
  assert.deepEqual(marked(text, 1, 9), ["", 8]);
  assert.deepEqual(marked(text, 1, 7), ["", 6]);  // a space is no token either
});

test("a line or column out of range is clamped to the program", () => {
  const text = "a = 1\nb = a *";
  assert.deepEqual(marked(text, 9, 1), ["b", 6]);
  assert.deepEqual(marked(text, 0, 0), ["a", 0]);
  assert.deepEqual(marked(text, 2, 99), ["", 13]);
  assert.deepEqual(marked("", 1, 1), ["", 0]);
});
