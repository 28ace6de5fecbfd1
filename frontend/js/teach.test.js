// The teaching tools' pure parts: which gates a click expands or collapses, options.expand's
// order, the loss history across Step presses, and the chart's points.
import assert from "node:assert/strict";
import { test } from "node:test";

import { extendHistory, isWeightName, roundValues } from "./descent.js";
import { gateAction, titleAction, toggled, toggledOptions } from "./expand.js";
import { chartPoints } from "./losschart.js";
import { withOption } from "./teach.js";

/** @import { GraphNode, Group } from "./types/graph.js" */

/** @type {(fields: object) => GraphNode} a node of only the fields a test needs */
const node = (fields) => /** @type {GraphNode} */ (fields);
/** @type {(fields: object) => Group} a group of only the fields a test needs */
const group = (fields) => /** @type {Group} */ (fields);

test("a fused sigma gate expands and any gate of an expanded function collapses it", () => {
  assert.deepEqual(gateAction(node({ kind: "op", op: "sigmoid" })),
    { name: "sigmoid", expand: true, builtin: true });
  assert.deepEqual(gateAction(node({ kind: "op", op: "exp", group: "tanh" })),
    { name: "tanh", expand: false, builtin: true });
  assert.equal(gateAction(node({ kind: "op", op: "mul" })), null);
  assert.equal(gateAction(node({ kind: "input", op: null })), null);
});

test("a softmax or log_softmax over more than two dimensions offers no expansion", () => {
  for (const op of ["softmax", "log_softmax"]) {
    assert.deepEqual(gateAction(node({ kind: "op", op, shape: [4, 3] })),
      { name: op, expand: true, builtin: true });
    assert.equal(gateAction(node({ kind: "op", op, shape: [2, 4, 3] })), null);  // stays fused
  }
});

test("a collapsed function's gate expands it and an expanded box's title collapses it", () => {
  assert.deepEqual(gateAction(node({ kind: "op", op: "group", symbol: "neuron",
                                    group: "neuron" })),
    { name: "neuron", expand: true, builtin: false });
  assert.deepEqual(titleAction(group({ id: "g0", name: "neuron", collapsed: false,
                                      builtin: false })),
    { name: "neuron", expand: false, builtin: false });
  assert.deepEqual(titleAction(group({ id: "g1", name: "tanh", collapsed: false,
                                      builtin: true })),
    { name: "tanh", expand: false, builtin: true });
  assert.equal(titleAction(group({ id: "g2", name: "f", collapsed: true, builtin: false })), null);
});

test("a built-in toggles options.expand and the program's function options.collapse", () => {
  assert.deepEqual(toggledOptions({ digits: 3 }, "neuron", false, false),
    { digits: 3, collapse: ["neuron"] });
  assert.deepEqual(toggledOptions({ collapse: ["neuron", "layer"] }, "neuron", true, false),
    { collapse: ["layer"] });
  assert.deepEqual(toggledOptions({ collapse: ["f"] }, "sigmoid", true, true),
    { expand: ["sigmoid"], collapse: ["f"] });
  assert.deepEqual(toggledOptions({ expand: ["tanh"] }, "tanh", false, true), {});
  // without the flag, the built-in names decide
  assert.deepEqual(toggledOptions({}, "mean", true), { expand: ["mean"] });
});

test("toggling keeps options.expand in the state table's order without repeats", () => {
  assert.deepEqual(toggled(["mean"], "sigmoid", true), ["sigmoid", "mean"]);
  assert.deepEqual(toggled(["sigmoid", "mean"], "sigmoid", true), ["sigmoid", "mean"]);
  assert.deepEqual(toggled(["sigmoid"], "sigmoid", false), []);
});

test("a flag option is written when on and left out when off", () => {
  assert.deepEqual(withOption({ digits: 3 }, "code", true), { digits: 3, code: true });
  assert.deepEqual(withOption({ code: true }, "code", false), {});
});

test("the loss history continues where it ended and restarts after a change by hand", () => {
  assert.deepEqual(extendHistory([], [3, 2]), [3, 2]);
  assert.deepEqual(extendHistory([3, 2], [2, 1, 0.5]), [3, 2, 1, 0.5]);
  assert.deepEqual(extendHistory([3, 2], [7, 6]), [7, 6]);
});

test("trained values are rounded to six significant digits, tensors element by element", () => {
  assert.deepEqual(roundValues({ w: 1.2345678901234567, W: [[0.000123456789, -98765.4321]] }),
    { w: 1.23457, W: [[0.000123457, -98765.4]] });
});

test("weights and biases by the notes' names are ticked for training, the data is not", () => {
  assert.deepEqual(["w0", "W1", "b", "b2", "θ", "x", "y", "bias"].filter(isWeightName),
    ["w0", "W1", "b", "b2", "θ", "bias"]);
});

test("a falling loss is drawn from the top left down to the right", () => {
  const { points, lo, hi } = chartPoints([4, 2, 1]);
  assert.equal(lo, 1);
  assert.equal(hi, 4);
  assert.ok(points[0][0] < points[2][0] && points[0][1] < points[2][1]);
  assert.equal(chartPoints([]).points.length, 0);
  assert.equal(chartPoints([2, 2]).points.length, 2);  // a flat line, no division by zero
});
