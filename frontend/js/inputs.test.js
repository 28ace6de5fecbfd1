// node --test: the pure helpers of inputs.js (slider ranges, which overrides survive an edit,
// reading a tensor typed as JSON).

import assert from "node:assert/strict";
import { test } from "node:test";

import { assignmentOf, keepOverrides, niceCeil, parseTensor, sliderRange } from "./inputs.js";

test("nice numbers are 1, 2 or 5 times a power of ten", () => {
  assert.deepEqual([0.03, 0.1, 0.11, 3, 7, 10, 40].map(niceCeil), [0.05, 0.1, 0.2, 5, 10, 10, 50]);
  assert.equal(niceCeil(0), 1);
  assert.equal(niceCeil(Number.NaN), 1);
});

test("a slider range contains its value, crosses zero for small values and has a nice step", () => {
  for (const v of [-2, 5, 0, 0.5, -3, 1234.5, 1e-4]) {
    const { min, max, step } = sliderRange(v);
    assert.ok(min < v && v < max, `${v} in [${min}, ${max}]`);
    assert.equal(niceCeil(step), step);
  }
  assert.deepEqual(sliderRange(5), { min: -5, max: 15, step: 0.1 });
  const small = sliderRange(0.5);
  assert.ok(small.min < 0 && small.max > 0);
});

test("an assignment is found by name, the last one wins, comments and == are ignored", () => {
  const source = "x = -2; y = 5 # y = 7\nq = x + y\nx = 3\nf = q == x";
  assert.equal(assignmentOf(source, "x"), "3");
  assert.equal(assignmentOf(source, "y"), "5");
  assert.equal(assignmentOf(source, "z"), null);
  assert.equal(assignmentOf("f = (x + y) * z", "f"), "(x + y) * z");
});

test("an override survives edits elsewhere but not a retyped assignment of its input", () => {
  const before = "x = -2; y = 5; z = -4\nf = (x + y) * z";
  const values = { x: 1, y: 2, w: 9 };
  assert.deepEqual(keepOverrides(before, before.replace("f =", "g ="), values), values);
  assert.deepEqual(keepOverrides(before, before.replace("x = -2", "x = 4"), values),
    { y: 2, w: 9 });
  assert.deepEqual(keepOverrides(before, "f = w * 2", values), { w: 9 });
});

test("a tensor typed as JSON must be a rectangular list of finite numbers", () => {
  assert.deepEqual(parseTensor("[[1, 2], [3, 4]]"), [[1, 2], [3, 4]]);
  assert.deepEqual(parseTensor("[0.5]"), [0.5]);
  assert.equal(parseTensor("3"), 3);
  for (const bad of ["[[1, 2], [3]]", "[]", "[1, \"a\"]", "{\"a\": 1}", "[1,", "[[1], 2]"]) {
    assert.equal(parseTensor(bad), null, bad);
  }
});
