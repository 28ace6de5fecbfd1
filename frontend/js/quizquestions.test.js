// node --test frontend/js/quizquestions.test.js
//
// The questions a quiz asks of a graph (quiz.test.js: answering them; quizanswer.test.js:
// reading and judging one number). Fixtures are the engine's graph JSON (fixtures/generate.sh).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";

import { captionParts, firstElement, questionsOf } from "./quizquestions.js";

/** @import { Question } from "./quizquestions.js" */
/** @import { GateStep, Graph, GraphNode, Step, TensorSummary } from "./types/graph.js" */

/** @type {(name: string) => Graph} */
const fixture = (name) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));

/** @type {(graph: Graph, label: string) => string} */
const idOf = (graph, label) => /** @type {GraphNode} */ (graph.nodes.findLast((n) => n.label
  === label)).id;
/** @type {(graph: Graph, label: string) => GraphNode} the fixture surely has it */
const nodeNamed = (graph, label) => /** @type {GraphNode} */ (graph.nodes.find((n) => n.label
  === label));

describe("the questions of a graph", () => {
  test("every backward gate asks for what it sends to each input, in the trace's order", () => {
    const g = fixture("first");
    const qs = questionsOf(g, "1");
    assert.deepEqual(qs.map((q) => q.name), ["∂f/∂q", "∂f/∂z", "∂f/∂x", "∂f/∂y"]);
    assert.deepEqual(qs.map((q) => q.expected), [-4, 3, -4, -4]);
    for (const q of qs) {
      const step = /** @type {GateStep} */ (g.steps[q.step]);  // asked for at a gate step
      assert.equal(step.event, "gate");
      assert.ok(step.inputs.some((e) => e.node === q.node));
    }
  });

  test("a reused wire is asked at each gate it feeds, for that gate's contribution", () => {
    const g = fixture("reused");  // f = x*a + x*b
    const x = idOf(g, "x");
    const asked = questionsOf(g, "1").filter((q) => q.node === x);
    assert.equal(asked.length, 2);
    const contributions = asked.map((q) => q.expected).sort();
    assert.deepEqual(contributions.map((v) => Math.round(v * 100) / 100), [0.2, 0.39]);
  });

  test("a*a asks once, for the sum of both of the gate's contributions", () => {
    const g = fixture("square");
    const qs = questionsOf(g, "1");
    assert.equal(qs.length, 1);
    assert.equal(qs[0].expected, 6);
  });

  test("a collapsed group is one gate that asks for its inputs' gradients", () => {
    const g = fixture("group");
    const qs = questionsOf(g, "1");
    const group = /** @type {GraphNode} */ (g.nodes.find((n) => n.op === "group"));
    const atGroup = qs.filter((q) => g.steps[q.step].node === group.id);
    assert.deepEqual(atGroup.map((q) => q.label), ["w", "x", "b"]);
    assert.deepEqual(atGroup.map((q) => q.expected),
      ["w", "x", "b"].map((l) => nodeNamed(g, l).grad));
    assert.equal(qs[0].name, "∂f/∂neuron(w, x, b)");
  });

  test("a tensor gradient is asked by its first element", () => {
    const g = fixture("tensor");
    const qs = questionsOf(g, "1");
    const W = /** @type {Question} */ (qs.find((q) => q.label === "W"));
    assert.equal(W.name, "∂L/∂W[0, 0]");
    assert.equal(W.element, "[0, 0]");
    const grad = /** @type {number[][]} */ (nodeNamed(g, "W").grad);  // a matrix of numbers
    assert.equal(W.expected, grad[0][0]);
    assert.equal(qs.find((q) => q.label === "x")?.name, "∂L/∂x[0]");
  });

  test("a summarised tensor's first element is the first of its sample", () => {
    const summary = /** @type {TensorSummary} */ (
      /** @type {unknown} */ ({ summary: { mean: 0 }, sample: [0.5, 1] }));  // its sample only
    assert.equal(firstElement(summary), 0.5);
    assert.equal(firstElement([[3, 4], [5, 6]]), 3);
    assert.equal(firstElement("-Infinity"), -Infinity);
  });

  test("quiz=inputs asks for each input's final gradient, at the end", () => {
    const g = fixture("reused");
    const qs = questionsOf(g, "inputs");
    assert.deepEqual(qs.map((q) => q.label), ["x", "a", "b"]);
    assert.deepEqual(qs.map((q) => q.expected), ["x", "a", "b"].map((l) => nodeNamed(g, l)
      .grad));
    assert.ok(qs.every((q) => q.step === g.steps.length - 1));
  });

  test("a step's caption splits into its head and one term per input entry", () => {
    const g = fixture("first");
    const step = g.steps.find((s) => s.event === "gate" && s.node === idOf(g, "f"));
    const parts = /** @type {{head: string, terms: string[]}} */ (captionParts(step));
    assert.equal(parts.head, "f = q * z");
    assert.equal(parts.terms.length, 2);
    assert.ok(parts.terms[0].startsWith("∂f/∂q = ") && parts.terms[1].startsWith("∂f/∂z = "));
    const odd = /** @type {Step} */ (/** @type {unknown} */ ({ caption: "no terms here",
                                                               inputs: [{}] }));
    assert.equal(captionParts(odd), null);
  });
});
