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

const MISSING = Symbol("missing");
const histories = new WeakMap(); // graph object → its index (graphs are never mutated)

// One node's changes over the trace: `at` ascending step indices (-1 = before the first step),
// `data` the JSON value shown from that index on.
function record(byNode, id, at, data) {
  let h = byNode.get(id);
  if (!h) byNode.set(id, (h = { at: [], data: [] }));
  h.at.push(at);
  h.data.push(data);
}

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

// Which wires a step writes, in the frame contract's sense.
function writtenBy(step) {
  if (step.phase === "forward" || step.event !== "gate") return [step.node];
  return [...new Set(step.inputs.map((i) => i.node))];
}

function buildHistory(graph) {
  const nodes = graph.nodes ?? [];
  const steps = graph.steps ?? [];
  const values = new Map();
  const grads = new Map();
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

function inNodeOrder(byNode, order) {
  const entries = order.filter((id) => byNode.has(id)).map((id) => [id, byNode.get(id)]);
  // size at index k = number of nodes whose first change is <= k (prefix counts, O(1) size)
  const firsts = entries.map(([, h]) => h.at[0]).sort((a, b) => a - b);
  return { histories: entries, byNode, firsts };
}

function historyOf(graph) {
  let h = histories.get(graph);
  if (!h) histories.set(graph, (h = buildHistory(graph)));
  return h;
}

// A read-only Map seen at one index (`instanceof Map`, iterable, `get`, `has`, `size`).
class FrameMap extends Map {
  #table;
  #index;
  constructor(table, index) {
    super();
    this.#table = table;
    this.#index = index;
  }
  get(id) {
    const v = lookup(this.#table.byNode.get(id), this.#index);
    return v === MISSING ? undefined : v;
  }
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
  *entries() {
    for (const [id, h] of this.#table.histories) {
      const v = lookup(h, this.#index);
      if (v !== MISSING) yield [id, v];
    }
  }
  *keys() { for (const [id] of this.entries()) yield id; }
  *values() { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator]() { return this.entries(); }
  forEach(fn, thisArg) { for (const [id, v] of this.entries()) fn.call(thisArg, v, id, this); }
  set() { throw new TypeError("a frame is a snapshot: its maps are read-only"); }
  delete() { throw new TypeError("a frame is a snapshot: its maps are read-only"); }
  clear() { throw new TypeError("a frame is a snapshot: its maps are read-only"); }
}

/** Clamp anything to a valid frame index, -1 … total-1 (NaN → the end, the default view). */
export function clampIndex(index, total) {
  const i = Math.trunc(Number(index));
  if (!Number.isFinite(i)) return total - 1;
  return Math.max(-1, Math.min(total - 1, i));
}

/** The frame at `index` (docs/frontend.md "Frames"), plus `backwardStart`: the index of the
 *  first backward step (= total if there is none), where the scrubber draws its marker. */
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

/** Node ids whose shown value or gradient differs between the frames at `a` and `b`, so a
 *  renderer can update only those (plus the old and new `active`/`written`). O(|a - b|). */
export function changedBetween(graph, a, b) {
  const h = historyOf(graph);
  const lo = clampIndex(Math.min(a, b), h.total);
  const hi = clampIndex(Math.max(a, b), h.total);
  const ids = new Set();
  for (let k = lo + 1; k <= hi; k++) for (const id of h.touched[k]) ids.add(id);
  return ids;
}
