// The questions a quiz asks of a graph (pure: no DOM): which gradients, at which step of the
// trace, and the number each expects (docs/quiz.md, "What is asked").
//
// Two modes, as the `quiz` URL parameter names them:
// - "1" (gates): stepping backward, each gate step asks for the gradient it sends to each of
//   its inputs — the "downstream" of the step's caption, upstream × local. A wire that feeds
//   several gates is asked once per gate (its `+=` step then shows the sum, not asked).
//   A collapsed group is one gate: its step asks for its inputs' gradients.
// - "inputs": only the inputs' final gradients are asked.
//
// A tensor gradient is asked by one element, its first ([0, 0] of a matrix): an element is a
// number a student can work out with the values the popover shows, it is always in the graph
// JSON (a summarised tensor's `sample` starts with it), and the wire's text ("mean …") could
// not be checked element by element anyway.

import { wireName } from "./circuit-geometry.js";
import { isSummary, toNumber } from "./format.js";

/** @import { Graph, GraphNode, Step, TensorJson } from "./types/graph.js" */

/**
 * One question: `key` names it (`step:node`), `step` is the trace index where it is asked,
 * `node` the wire, `label` the wire's name, `name` the derivative as the captions write it
 * (∂f/∂q, with the element for a tensor: ∂L/∂W[0, 0]), `element` that element ("" for a
 * scalar), `expected` a number, `ports` the step's input entries it sums.
 * @typedef {object} Question
 * @property {string} key
 * @property {number} step
 * @property {string} node
 * @property {string} label
 * @property {string} name
 * @property {string} element
 * @property {number} expected
 * @property {number[]} ports
 */

/**
 * The first element of a value of the graph JSON: a number, nested lists or a summary.
 * @param {TensorJson | null | undefined} json
 * @returns {number}
 */
export function firstElement(json) {
  if (isSummary(json)) return toNumber(json.sample?.[0] ?? NaN);
  /** @type {unknown} */
  let v = json;
  while (Array.isArray(v)) v = v[0];
  return v === undefined || v === null ? NaN : toNumber(/** @type {number | string} */ (v));
}

/** @type {(shape: number[] | undefined) => string} */
const elementOf = (shape) => (shape?.length ? `[${shape.map(() => 0).join(", ")}]` : "");
/** @type {(a: number[] | undefined, b: number[] | undefined) => boolean} */
export const sameShape = (a, b) => (a ?? []).join("×") === (b ?? []).join("×");

/**
 * The output's name in the captions (trace.py `_output_name`).
 * @param {Graph} graph
 * @returns {string}
 */
export function outputName(graph) {
  const out = graph.nodes.find((n) => n.id === graph.output);
  if (out?.label) return out.label;
  return graph.nodes.some((n) => n.label === "f") ? "out" : "f";
}

/**
 * A backward gate step's caption split into its head ("f = q * z") and one term per entry
 * of `step.inputs` ("∂f/∂q = upstream 1.00 × local -4.00 = -4.00"), or null if it does not
 * read so. The trace writes `head: term; term`, and every term starts with ∂.
 * @param {Step | null | undefined} step
 * @returns {{head: string, terms: string[]} | null}
 */
export function captionParts(step) {
  const caption = step?.caption ?? "";
  const start = caption.indexOf(": ∂");
  if (!step || start < 0) return null;
  const terms = caption.slice(start + 2).split("; ∂").map((p, i) => (i ? `∂${p}` : p));
  const inputs = "inputs" in step ? step.inputs : undefined;
  if (terms.length !== (inputs?.length ?? 0)) return null;
  return { head: caption.slice(0, start), terms };
}

/**
 * "∂f/∂q = upstream … = -4.00" → "∂f/∂q".
 * @param {string} term
 * @returns {string}
 */
export const derivativeOf = (term) => term.slice(0, Math.max(0, term.indexOf(" = "))) || term;

/**
 * The questions a quiz asks of `graph`, in the order it asks them.
 * Each is {key, step, node, name, element, expected, ports}: `step` the trace index where it
 * is asked, `node` the wire, `name` the derivative as the captions write it (∂f/∂q, with the
 * element for a tensor: ∂L/∂W[0, 0]), `expected` a number, `ports` the step's entries it sums.
 * @param {Graph} graph  the graph JSON
 * @param {"1" | "inputs"} mode
 * @returns {Question[]}
 */
export function questionsOf(graph, mode) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = outputName(graph);
  /** @type {(node: GraphNode) => boolean} */
  const asked = (node) => node.kind !== "const"
    && !(node.shape ?? []).includes(0);  // an empty tensor has no element to ask for
  /** @type {(step: number, node: GraphNode, expected: number, ports: number[]) => Question} */
  const question = (step, node, expected, ports) => {
    const element = elementOf(node.shape);
    return { key: `${step}:${node.id}`, step, node: node.id, label: wireName(node),
             name: `∂${out}/∂${wireName(node)}${element}`, element, expected, ports };
  };
  const steps = graph.steps ?? [];
  if (mode === "inputs") {
    const end = steps.length - 1;
    return graph.nodes.filter((n) => n.kind === "input" && n.grad !== null
                                     && n.grad !== undefined && asked(n))
      .map((n) => question(end, n, firstElement(n.grad), []));
  }
  /** @type {Question[]} */
  const questions = [];
  steps.forEach((step, k) => {
    if (step.phase !== "backward" || step.event !== "gate") return;
    /** @type {Map<string, number[]>} */
    const ports = new Map();  // a*a sends to `a` twice: one question, the sum
    step.inputs.forEach((entry, i) => {
      const list = ports.get(entry.node);
      if (list) list.push(i);
      else ports.set(entry.node, [i]);
    });
    for (const [id, entries] of ports) {
      const node = byId.get(id);
      if (!node || !asked(node)) continue;
      const expected = entries.reduce((sum, i) => sum + firstElement(step.inputs[i].contribution),
                                      0);
      questions.push(question(k, node, expected, entries));
    }
  });
  return questions;
}
