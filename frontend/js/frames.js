// The trace as frames (pure: no DOM).
//
// `frameAt(graph, index)` is the frame contract of docs/frontend.md. Every frame is an
// immutable snapshot, and building one costs O(1) whatever the index: the graph's steps are
// indexed once (O(nodes + steps), cached per graph object) into, for every node, the step
// indices at which its green value and its red gradient change. A frame's `values`/`grads`
// answer `get(id)` by a binary search in that node's short history, so stepping, scrubbing and
// random jumps on a 5,000-node circuit (~10,000 steps) are never quadratic, and an old frame
// stays correct after newer ones are made (no shared mutable cursor).
//
// The Player (player.js) walks these frames.

import { t } from "./i18n.js";

/** @import { Graph, Step, TensorJson } from "./types/graph.js" */

/**
 * What the picture shows at one index of the trace (docs/frontend.md, "Frames"): an immutable
 * snapshot. `values` and `grads` hold the JSON of the green and red numbers shown, by node id.
 * @typedef {object} Frame
 * @property {number} index  -1 (before the first step) … total - 1 (the end)
 * @property {number} total  the number of steps
 * @property {number} backwardStart  the first backward step's index (total if none)
 * @property {"start" | "forward" | "backward"} phase
 * @property {Step | null} step  graph.steps[index]
 * @property {ReadonlyMap<string, TensorJson | null>} values
 * @property {ReadonlyMap<string, TensorJson | null>} grads  running totals
 * @property {string | null} active  the gate of the current step
 * @property {string[]} written  the wires the current step writes
 * @property {string | null} accumulating  the wire of an `accumulate` step
 * @property {string} caption
 */

/**
 * One node's changes over the trace: `at` ascending step indices (-1 = before the first step),
 * `data` the JSON value shown from that index on.
 * @typedef {{at: number[], data: Array<TensorJson | null>}} History
 */

/**
 * The values or the gradients of every node over the trace, in node order; `firsts` holds each
 * node's first index, sorted, so a frame's map knows its size in O(log n).
 * @typedef {{histories: Array<[string, History]>, byNode: Map<string, History>,
 *            firsts: number[]}} Table
 */

/**
 * A graph's steps indexed once (`historyOf`).
 * @typedef {{total: number, backwardStart: number, values: Table, grads: Table,
 *            touched: string[][]}} Index
 */

const MISSING = Symbol("missing");
/** @type {WeakMap<Graph, Index>} */
const histories = new WeakMap(); // graph object → its index (graphs are never mutated)

/**
 * @param {Map<string, History>} byNode
 * @param {string} id
 * @param {number} at
 * @param {TensorJson | null} data
 */
function record(byNode, id, at, data) {
  let h = byNode.get(id);
  if (!h) byNode.set(id, (h = { at: [], data: [] }));
  h.at.push(at);
  h.data.push(data);
}

/**
 * @param {History | undefined} h
 * @param {number} index
 * @returns {TensorJson | null | typeof MISSING}
 */
function lookup(h, index) {
  if (!h || h.at[0] > index) return MISSING;
  let lo = 0;
  let hi = h.at.length - 1;
  while (lo < hi) { // the last entry with at <= index
    const mid = (lo + hi + 1) >> 1;
    if (h.at[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return h.data[lo];
}

/**
 * Which wires a step writes, in the frame contract's sense.
 * @param {Step} step
 * @returns {string[]}
 */
function writtenBy(step) {
  if (step.phase === "forward" || step.event !== "gate") return [step.node];
  return [...new Set(step.inputs.map((i) => i.node))];
}

/**
 * @param {Graph} graph
 * @returns {Index}
 */
function buildHistory(graph) {
  const nodes = graph.nodes ?? [];
  const steps = graph.steps ?? [];
  /** @type {Map<string, History>} */
  const values = new Map();
  /** @type {Map<string, History>} */
  const grads = new Map();
  /** @type {string[][]} */
  const touched = steps.map(() => []); // node ids whose numbers change at each step
  const backwardStart = steps.findIndex((s) => s.phase === "backward");

  steps.forEach((step, k) => {
    if (step.phase === "forward") {
      record(values, step.node, k, step.value);
    } else if (step.event === "gate") {
      // `grad` of each input entry is that input's running total after this contribution
      // (a*a lists the same input twice: the second entry carries the sum).
      for (const input of step.inputs) record(grads, input.node, k, input.grad);
    } else {
      record(grads, step.node, k, step.grad); // seed, accumulate: the new total
    }
    touched[k] = writtenBy(step);
  });

  // Inputs and constants are known before the first step. A gradient no step writes (a wire
  // that does not reach the output: 0) appears when the backward pass starts, so that the end
  // frame shows every value and gradient without jumping at the very last step.
  const gradsFrom = backwardStart >= 0 ? backwardStart : steps.length - 1;
  for (const node of nodes) {
    if (!values.has(node.id)) {
      values.set(node.id, { at: [-1], data: [node.value] });
    }
    if (!grads.has(node.id) && node.grad !== null && node.grad !== undefined) {
      grads.set(node.id, { at: [gradsFrom], data: [node.grad] });
      if (gradsFrom >= 0) touched[gradsFrom] = [...touched[gradsFrom], node.id];
    }
  }
  // Iterate maps in node order, whatever order the steps wrote them in.
  const order = nodes.map((n) => n.id);
  return {
    total: steps.length,
    backwardStart: backwardStart >= 0 ? backwardStart : steps.length,
    values: inNodeOrder(values, order),
    grads: inNodeOrder(grads, order),
    touched,
  };
}

/**
 * @param {Map<string, History>} byNode
 * @param {string[]} order  the node ids, in node order
 * @returns {Table}
 */
function inNodeOrder(byNode, order) {
  /** @type {Array<[string, History]>} */
  const entries = order.flatMap((id) => {
    const h = byNode.get(id);
    return h ? [[id, h]] : [];
  });
  // size at index k = number of nodes whose first change is <= k (prefix counts, O(1) size)
  const firsts = entries.map(([, h]) => h.at[0]).sort((a, b) => a - b);
  return { histories: entries, byNode, firsts };
}

/**
 * @param {Graph} graph
 * @returns {Index}
 */
function historyOf(graph) {
  let h = histories.get(graph);
  if (!h) histories.set(graph, (h = buildHistory(graph)));
  return h;
}

/**
 * A read-only Map seen at one index (`instanceof Map`, iterable, `get`, `has`, `size`).
 * @extends {Map<string, TensorJson | null>}
 */
class FrameMap extends Map {
  #table;
  #index;
  /**
   * @param {Table} table
   * @param {number} index
   */
  constructor(table, index) {
    super();
    this.#table = table;
    this.#index = index;
  }
  /** @param {string} id */
  get(id) {
    const v = lookup(this.#table.byNode.get(id), this.#index);
    return v === MISSING ? undefined : v;
  }
  /** @param {string} id */
  has(id) {
    return lookup(this.#table.byNode.get(id), this.#index) !== MISSING;
  }
  get size() {
    const f = this.#table.firsts;
    let lo = 0;
    let hi = f.length;
    while (lo < hi) { // count of firsts <= index
      const mid = (lo + hi) >> 1;
      if (f[mid] <= this.#index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** @returns {MapIterator<[string, TensorJson | null]>} */
  *entries() {
    for (const [id, h] of this.#table.histories) {
      const v = lookup(h, this.#index);
      if (v !== MISSING) yield [id, v];
    }
  }
  /** @returns {MapIterator<string>} */
  *keys() { for (const [id] of this.entries()) yield id; }
  /** @returns {MapIterator<TensorJson | null>} */
  *values() { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator]() { return this.entries(); }
  /**
   * @param {(value: TensorJson | null, key: string, map: Map<string, TensorJson | null>) => void}
   *   fn
   * @param {unknown} [thisArg]
   */
  forEach(fn, thisArg) { for (const [id, v] of this.entries()) fn.call(thisArg, v, id, this); }
  /** @returns {never} */
  set() { throw new TypeError("a frame is a snapshot: its maps are read-only"); }
  /** @returns {never} */
  delete() { throw new TypeError("a frame is a snapshot: its maps are read-only"); }
  /** @returns {never} */
  clear() { throw new TypeError("a frame is a snapshot: its maps are read-only"); }
}

/**
 * Clamp anything to a valid frame index, -1 … total-1 (NaN → the end, the default view).
 * @param {unknown} index
 * @param {number} total
 * @returns {number}
 */
export function clampIndex(index, total) {
  const i = Math.trunc(Number(index));
  if (!Number.isFinite(i)) return total - 1;
  return Math.max(-1, Math.min(total - 1, i));
}

/**
 * The frame at `index` (docs/frontend.md "Frames"), plus `backwardStart`: the index of the
 * first backward step (= total if there is none), where the scrubber draws its marker.
 * @param {Graph} graph
 * @param {unknown} index  clamped (clampIndex)
 * @returns {Frame}
 */
export function frameAt(graph, index) {
  const h = historyOf(graph);
  const i = clampIndex(index, h.total);
  const step = i >= 0 ? graph.steps[i] : null;
  const gate = step && (step.phase === "forward" || step.event === "gate");
  return {
    index: i,
    total: h.total,
    backwardStart: h.backwardStart,
    phase: step ? step.phase : "start",
    step,
    values: new FrameMap(h.values, i),
    grads: new FrameMap(h.grads, i),
    active: gate ? step.node : null,
    written: step ? writtenBy(step) : [],
    accumulating: step && step.event === "accumulate" ? step.node : null,
    // the step captions arrive translated in the graph JSON; the hint is the page's own word
    caption: step ? step.caption ?? "" : h.total > 0 ? t("ui.hint_forward") : "",
  };
}

/**
 * Node ids whose shown value or gradient differs between the frames at `a` and `b`, so a
 * renderer can update only those (plus the old and new `active`/`written`). O(|a - b|).
 * @param {Graph} graph
 * @param {number} a
 * @param {number} b
 * @returns {Set<string>}
 */
export function changedBetween(graph, a, b) {
  const h = historyOf(graph);
  const lo = clampIndex(Math.min(a, b), h.total);
  const hi = clampIndex(Math.max(a, b), h.total);
  const ids = new Set();
  for (let k = lo + 1; k <= hi; k++) for (const id of h.touched[k]) ids.add(id);
  return ids;
}
