// tensordata.js: what the popover shows of a summarised tensor and how it asks for numbers.
import assert from "node:assert/strict";
import test from "node:test";

import { nodeQuery, numbersOf, summaryRows } from "./tensordata.js";

const summary = (over = {}) => ({
  summary: { min: -4.625, max: 4.5, mean: 0.001, norm: 1000.125, nan: 0, posinf: 0, neginf: 0,
             ...over },
  sample: [0.5, -1, 2],
});

test("the node query carries the program, its values, expand and the window", () => {
  const q = new URLSearchParams(nodeQuery(
    { source: "W = randn(1000, 1000)\nf = sum(W)", values: { x: [1, 2] },
      options: { expand: ["sigmoid"], collapse: ["f"], digits: 3, code: true, gradcheck: true,
                 lang: "ru" } },
    "n3", { rows: 60, cols: 24 }));
  assert.equal(q.get("source"), "W = randn(1000, 1000)\nf = sum(W)");
  assert.equal(q.get("values"), '{"x":[1,2]}');
  // only what changes the circuit
  assert.equal(q.get("options"), '{"expand":["sigmoid"],"collapse":["f"]}');
  assert.equal(q.get("node"), "n3");
  assert.equal(q.get("rows"), "60");
  assert.equal(q.get("cols"), "24");
  assert.equal(q.has("row"), false);
});

test("empty values and options are left out of the node query", () => {
  const q = new URLSearchParams(nodeQuery({ source: "f = x", values: {}, options: {} }, "n0"));
  assert.deepEqual([...q.keys()], ["source", "node"]);
});

test("a window's negative or fractional numbers are left out, not sent", () => {
  const q = new URLSearchParams(nodeQuery({ source: "f = x" }, "n0", { row: -1, rows: 2.5 }));
  assert.deepEqual([...q.keys()], ["source", "node"]);
});

test("numbers come from the graph, the node route, or nowhere for a running total", () => {
  assert.equal(numbersOf(undefined, summary()), "none");
  assert.equal(numbersOf(2.5, 2.5), "inline");
  assert.equal(numbersOf([[1, 2]], [[1, 2]]), "inline");
  assert.equal(numbersOf(summary(), summary()), "fetch");  // equal, not necessarily the same
  assert.equal(numbersOf(summary({ mean: 0.5 }), summary()), "partial");
  assert.equal(numbersOf(summary(), null), "partial");
});

test("a summary reads as min, max, mean, norm and the non-finite counts that occur", () => {
  assert.deepEqual(summaryRows(summary()), [["min", "-4.62"], ["max", "4.50"],
    ["mean", "1.00e-3"], ["norm", "1000.12"]]);
  assert.deepEqual(summaryRows(summary({ nan: 3, neginf: 1 })).slice(4), [["NaN", "3"],
    ["-∞", "1"]]);
  const none = summary({ min: null, max: null, mean: null, norm: null, nan: 5 });
  assert.deepEqual(summaryRows(none).map(([, text]) => text), ["—", "—", "—", "—", "5"]);
});
