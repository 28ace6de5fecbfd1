// node --test frontend/js/frames.test.js
//
// Fixtures are the engine's own graph JSON, written once from the repository root with
//   .venv/bin/python tests/fixtures/make_player_fixtures.py (tests/test_circuit_fixtures.py
//   fails when they are stale)
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";

import { changedBetween, clampIndex, frameAt } from "./frames.js";
import { setLanguage } from "./i18n.js";

/** @import { Graph, GraphNode, Step } from "./types/graph.js" */

/** @type {(name: string) => Graph} */
const fixture = (name) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));

// The page's words (the hint before the first step) come from the real English catalog.
setLanguage("en", { en: JSON.parse(readFileSync(
  new URL("../../backend/cgviz/i18n/en.json", import.meta.url), "utf8")) });

/** @type {(graph: Graph, label: string) => string} */
const idOf = (graph, label) => /** @type {GraphNode} */ (graph.nodes.findLast((n) => n.label
  === label)).id;
/** @type {(fields: object) => Graph} a graph JSON of only the fields a test needs */
const partialGraph = (fields) => /** @type {Graph} */ (fields);
/** @type {(x: unknown) => number} a number of the fixtures', rounded */
const round2 = (x) => Math.round(Number(x) * 100) / 100;

describe("frameAt", () => {
  test("before the first step only the inputs' values show and the caption is a hint", () => {
    const g = fixture("first");
    const f = frameAt(g, -1);
    assert.equal(f.index, -1);
    assert.equal(f.phase, "start");
    assert.equal(f.step, null);
    assert.deepEqual([...f.values.keys()], ["n0", "n1", "n2"]);
    assert.equal(f.grads.size, 0);
    assert.equal(f.active, null);
    assert.deepEqual(f.written, []);
    assert.match(f.caption, /→/);
  });

  test("forward steps reveal the green values gate by gate", () => {
    const g = fixture("first");
    const q = idOf(g, "q");
    const out = idOf(g, "f");
    const f0 = frameAt(g, 0);
    assert.equal(f0.phase, "forward");
    assert.equal(f0.values.get(q), 3);
    assert.equal(f0.values.has(out), false);
    assert.equal(f0.active, q);
    assert.deepEqual(f0.written, [q]);
    assert.equal(f0.caption, "q = x + y = 3.00");
    assert.equal(frameAt(g, 1).values.get(out), -12);
  });

  test("the first circuit's backward pass shows the notes' gradients in order", () => {
    const g = fixture("first");
    /** @type {(i: number) => Record<string, unknown>} */
    const grads = (i) => Object.fromEntries([...frameAt(g, i).grads]
      .map(([id, v]) => [/** @type {GraphNode} */ (g.nodes.find((n) => n.id === id)).label, v]));
    assert.deepEqual(grads(1), {});
    assert.deepEqual(grads(2), { f: 1 }); // seed
    assert.deepEqual(grads(3), { f: 1, q: -4, z: 3 });
    assert.deepEqual(grads(4), { f: 1, q: -4, z: 3, x: -4, y: -4 });
    const last = frameAt(g, 4);
    assert.equal(last.phase, "backward");
    assert.equal(last.active, idOf(g, "q"));
    assert.deepEqual(last.written, [idOf(g, "x"), idOf(g, "y")]);
    assert.match(last.caption, /∂f\/∂x = upstream -4\.00 × local 1\.00 = -4\.00/);
  });

  test("stepping back through the neuron reveals each red number as its gate runs", () => {
    const g = fixture("neuron");
    const start = frameAt(g, 0).backwardStart;
    assert.equal(g.steps[start].event, "seed");
    const revealed = [];
    for (let i = start; i < g.steps.length; i++) {
      const before = frameAt(g, i - 1);
      const now = frameAt(g, i);
      for (const [id, v] of now.grads) {
        if (!before.grads.has(id)) {
          const node = /** @type {GraphNode} */ (g.nodes.find((x) => x.id === id));
          revealed.push(`${node.label ?? node.symbol} ${round2(v)}`);
        }
      }
    }
    // right to left, as the notes' figure: output, 1/x, +1, exp, *-1, the + gates, the * gates
    assert.deepEqual(revealed, ["f 1", "+1 -0.53", "exp -0.53", "*-1 -0.2", "+ 0.2", "w2 0.2",
      "+ 0.2", "* 0.2", "* 0.2", "w1 -0.39", "x1 -0.59", "w0 -0.2", "x0 0.39"]);
    const end = frameAt(g, "end");
    const inputs = Object.fromEntries(["w0", "x0", "w1", "x1", "w2"]
      .map((name) => [name, round2(end.grads.get(idOf(g, name)))]));
    assert.deepEqual(inputs, { w0: -0.2, x0: 0.39, w1: -0.39, x1: -0.59, w2: 0.2 });
  });

  test("a reused variable shows its running total and the accumulate step shows the sum", () => {
    const g = fixture("reused");
    const x = idOf(g, "x");
    const acc = g.steps.findIndex((s) => s.event === "accumulate");
    const contributions = g.steps
      .map((s, i) => /** @type {[Step, number]} */ ([s, i]))
      .filter(([s]) => s.event === "gate" && s.inputs.some((p) => p.node === x))
      .map(([, i]) => i);
    assert.equal(contributions.length, 2);
    assert.equal(frameAt(g, contributions[0] - 1).grads.has(x), false);
    assert.equal(round2(frameAt(g, contributions[0]).grads.get(x)), 0.2);
    assert.equal(round2(frameAt(g, contributions[1]).grads.get(x)), 0.59);
    const f = frameAt(g, acc);
    assert.equal(round2(f.grads.get(x)), 0.59);
    assert.equal(f.accumulating, x);
    assert.equal(f.active, null);
    assert.deepEqual(f.written, [x]);
    assert.match(f.caption, /^x: 0\.20 \+ 0\.39 = 0\.59/);
  });

  test("a gate that uses one input twice writes the sum of both ports", () => {
    const g = fixture("square");
    const a = idOf(g, "a");
    const gate = g.steps.findIndex((s) => s.event === "gate");
    assert.equal(frameAt(g, gate).grads.get(a), 6);
    assert.deepEqual(frameAt(g, gate).written, [a]);
  });

  test("the staged program's x accumulates three times and ends at the engine's gradient", () => {
    const g = fixture("staged");
    const x = idOf(g, "x");
    const shown = g.steps.map((_, i) => frameAt(g, i).grads.get(x));
    const changes = shown.filter((v, i) => v !== undefined && v !== shown[i - 1]);
    assert.equal(changes.length, 3); // 1.58, 1.55 (with -0.04), 2.06 (with 0.51)
    assert.equal(shown.at(-1), /** @type {GraphNode} */ (g.nodes.find((n) => n.id === x)).grad);
  });

  test("the end frame shows every value and gradient of every fixture", () => {
    for (const name of ["first", "neuron", "reused", "square", "staged", "dead"]) {
      const g = fixture(name);
      const end = frameAt(g, g.steps.length - 1);
      for (const node of g.nodes) {
        assert.deepEqual(end.values.get(node.id), node.value, `${name} ${node.id} value`);
        assert.deepEqual(end.grads.get(node.id), node.grad, `${name} ${node.id} grad`);
      }
      assert.equal(end.values.size, g.nodes.length);
      assert.equal(end.grads.size, g.nodes.length);
    }
  });

  test("wires that do not reach the output get their zero gradient when backward starts", () => {
    const g = fixture("dead");
    const b = idOf(g, "b");
    const start = frameAt(g, -1).backwardStart;
    assert.equal(frameAt(g, start - 1).grads.has(b), false);
    assert.equal(frameAt(g, start).grads.get(b), 0);
    assert.ok(changedBetween(g, start - 1, start).has(b));
  });

  test("an old frame stays correct after later frames are made", () => {
    const g = fixture("neuron");
    const early = frameAt(g, 3);
    const snapshot = [...early.grads];
    frameAt(g, g.steps.length - 1);
    assert.deepEqual([...early.grads], snapshot);
    // what the type forbids, tried: a snapshot's map refuses to change
    assert.throws(() => /** @type {Map<string, unknown>} */ (early.values).set("n0", 1), TypeError);
    assert.ok(early.values instanceof Map);
  });

  test("indices out of range or not numbers fall back into -1 … total-1", () => {
    const g = fixture("first");
    assert.equal(frameAt(g, 99).index, 4);
    assert.equal(frameAt(g, -7).index, -1);
    assert.equal(frameAt(g, "end").index, 4);
    assert.equal(frameAt(g, 2.7).index, 2);
    assert.equal(clampIndex(3, 0), -1);
  });

  test("changedBetween names exactly the wires whose numbers differ", () => {
    for (const name of ["first", "reused", "square", "dead"]) {
      const g = fixture(name);
      for (let a = -1; a < g.steps.length; a++) {
        for (let b = -1; b < g.steps.length; b++) {
          const fa = frameAt(g, a);
          const fb = frameAt(g, b);
          const differ = g.nodes.map((n) => n.id).filter((id) =>
            fa.values.get(id) !== fb.values.get(id) || fa.grads.get(id) !== fb.grads.get(id));
          const changed = changedBetween(g, a, b);
          for (const id of differ) assert.ok(changed.has(id), `${name} ${a}→${b} ${id}`);
        }
      }
    }
  });

  test("stepping through a 5,000-node circuit's 10,000 steps is not quadratic", () => {
    const n = 5000;
    /** @type {object[]} */
    const nodes = [{ id: "n0", kind: "input", value: 1, grad: 1, inputs: [] }];
    /** @type {object[]} */
    const steps = [];
    for (let i = 1; i < n; i++) {
      nodes.push({ id: `n${i}`, kind: "op", value: i, grad: 1, inputs: [`n${i - 1}`] });
      steps.push({ phase: "forward", node: `n${i}`, inputs: [`n${i - 1}`], value: i,
        caption: "" });
    }
    steps.push({ phase: "backward", event: "seed", node: `n${n - 1}`, grad: 1, caption: "" });
    for (let i = n - 1; i >= 1; i--) {
      steps.push({ phase: "backward", event: "gate", node: `n${i}`, upstream: 1,
        inputs: [{ node: `n${i - 1}`, port: 0, local: 1, contribution: 1, grad: 1 }],
        caption: "" });
    }
    const g = partialGraph({ nodes, steps, edges: [] });
    const t0 = performance.now();
    let seen = 0;
    let changes = 0;
    for (let i = -1; i < steps.length; i++) {
      const f = frameAt(g, i);
      for (const id of f.written) seen += f.grads.has(id) || f.values.has(id) ? 1 : 0;
      changes += changedBetween(g, i - 1, i).size; // one wire per step in a chain
    }
    const ms = performance.now() - t0;
    assert.equal(seen, steps.length);
    assert.equal(changes, steps.length);
    assert.ok(ms < 1500, `10,000 frames took ${ms.toFixed(0)} ms`);
  });
});
