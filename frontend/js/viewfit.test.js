// node --test frontend/js/viewfit.test.js — what the view centres on, and how small it may go.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { frameAt } from "./frames.js";
import { focusBox, readableScale, smallestFont } from "./viewfit.js";

/** @import { Focus } from "./viewfit.js" */
/** @import { Graph, GraphNode } from "./types/graph.js" */

/** @type {(name: string) => Graph} */
const fixture = (name) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
/** @type {(graph: Graph, label: string) => GraphNode} the fixture surely has it */
const node = (graph, label) => /** @type {GraphNode} */ (graph.nodes.findLast((n) => n.label
  === label));
/** @type {(fields: object) => Graph} a graph JSON of only the fields a test needs */
const partialGraph = (fields) => /** @type {Graph} */ (fields);
/** @type {(focus: Focus | null) => Focus} a step that surely has its focus */
const focused = (focus) => /** @type {Focus} */ (focus);

test("before the first step there is nothing to centre on", () => {
  assert.equal(focusBox(fixture("neuron"), frameAt(fixture("neuron"), -1)), null);
});

test("the output's seed step is its gate, its wire and the numbers on it", () => {
  const g = fixture("neuron");
  const f = node(g, "f");
  const seed = g.steps.findIndex((s) => s.phase === "backward");
  const { box, core } = focused(focusBox(g, frameAt(g, seed)));
  assert.deepEqual(box, core);
  const { wire_length: wire, gate_gap: gap, gate_radius: r } = g.layout;
  assert.equal(core[0], f.x - gap - 2 * r);  // the gate's left side
  assert.ok(core[2] >= f.x + wire);  // the wire's right end
  assert.ok(core[1] < f.y && core[3] > f.y);  // the value above it and the gradient below
});

test("a backward step's box takes in the inputs it writes, its core only the gate", () => {
  const g = fixture("neuron");
  const last = g.steps.length - 1;  // w0 * x0 hands its gradients to w0 and x0
  const frame = frameAt(g, last);
  const { box, core } = focused(focusBox(g, frame));
  const gate = g.nodes[Number(frame.active?.slice(1))];
  assert.equal(gate.op, "mul");
  for (const label of ["w0", "x0"]) {
    const input = node(g, label);
    assert.ok(box[0] < input.x && box[1] < input.y && box[3] > input.y, label);
    assert.ok(core[0] > input.x, label);  // the gate alone starts right of its inputs
  }
});

test("a scalar circuit's texts are 16 px; a tensor's shape is 11 px, a group's title 12", () => {
  assert.equal(smallestFont(fixture("neuron")), 16);  // names, numbers, `exp` and `1/x`
  assert.equal(readableScale(fixture("neuron")), 11 / 16);
  assert.equal(smallestFont(partialGraph({ nodes: [{ id: "n0", kind: "op", symbol: "softmax",
                                                    x: 0, y: 0, value: 1, grad: 1 }] })),
               14);  // a name in a pill
  const tensor = partialGraph({ nodes: [{ id: "n0", kind: "input", shape: [3], x: 40, y: 30,
                                          value: [1, 2, 3], grad: [0, 0, 0] }], layout: {} });
  assert.equal(smallestFont(tensor), 11);
  assert.equal(readableScale(tensor), 1);
  const boxed = partialGraph({ nodes: [],
                               groups: [{ id: "g0", box: { x: 0, y: 0, width: 1, height: 1 } }] });
  assert.equal(smallestFont(boxed), 12);
});
