// Quiz mode (pure: no DOM): which gradients a quiz asks for, how a typed answer is read and
// judged, and the frame a student sees while the answers are still theirs to find.
//
// Two modes, as the `quiz` URL parameter names them:
// - "1" (gates): stepping backward, each gate step asks for the gradient it sends to each of
//   its inputs — the "downstream" of the step's caption, upstream × local. A wire that feeds
//   several gates is asked once per gate (its `+=` step then shows the sum, not asked).
//   A collapsed group is one gate: its step asks for its inputs' gradients.
// - "inputs": only the inputs' final gradients are asked; every other red number stays hidden
//   until the quiz is over, so the whole chain is the student's to work out.
//
// A tensor gradient is asked by one element, its first ([0, 0] of a matrix): an element is a
// number a student can work out with the values the popover shows, it is always in the graph
// JSON (a summarised tensor's `sample` starts with it), and the wire's text ("mean …") could
// not be checked element by element anyway.
//
// How an answer is read and judged is quizanswer.js's.

import { wireName } from "./circuit-geometry.js";
import { formatNumber, isSummary, toNumber } from "./format.js";
import { t } from "./i18n.js";
import { frameAt } from "./frames.js";
import { isRight, parseAnswer } from "./quizanswer.js";

export const MODES = ["1", "inputs"];  // the `quiz` parameter's values that start a quiz

// ---- the questions of a graph --------------------------------------------------------------

/** The first element of a value of the graph JSON: a number, nested lists or a summary. */
export function firstElement(json) {
  if (isSummary(json)) return toNumber(json.sample?.[0] ?? NaN);
  let v = json;
  while (Array.isArray(v)) v = v[0];
  return v === undefined || v === null ? NaN : toNumber(v);
}

const elementOf = (shape) => (shape?.length ? `[${shape.map(() => 0).join(", ")}]` : "");
const sameShape = (a, b) => (a ?? []).join("×") === (b ?? []).join("×");

/** The output's name in the captions (trace.py `_output_name`). */
export function outputName(graph) {
  const out = graph.nodes.find((n) => n.id === graph.output);
  if (out?.label) return out.label;
  return graph.nodes.some((n) => n.label === "f") ? "out" : "f";
}

/**
 * A backward gate step's caption split into its head ("f = q * z") and one term per entry
 * of `step.inputs` ("∂f/∂q = upstream 1.00 × local -4.00 = -4.00"), or null if it does not
 * read so. The trace writes `head: term; term`, and every term starts with ∂.
 */
export function captionParts(step) {
  const caption = step?.caption ?? "";
  const start = caption.indexOf(": ∂");
  if (start < 0) return null;
  const terms = caption.slice(start + 2).split("; ∂").map((p, i) => (i ? `∂${p}` : p));
  if (terms.length !== (step.inputs?.length ?? 0)) return null;
  return { head: caption.slice(0, start), terms };
}

/** "∂f/∂q = upstream … = -4.00" → "∂f/∂q". */
const derivativeOf = (term) => term.slice(0, Math.max(0, term.indexOf(" = "))) || term;

/**
 * The questions a quiz asks of `graph`, in the order it asks them.
 * Each is {key, step, node, name, element, expected, ports}: `step` the trace index where it
 * is asked, `node` the wire, `name` the derivative as the captions write it (∂f/∂q, with the
 * element for a tensor: ∂L/∂W[0, 0]), `expected` a number, `ports` the step's entries it sums.
 * @param {object} graph  the graph JSON
 * @param {"1" | "inputs"} mode
 */
export function questionsOf(graph, mode) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = outputName(graph);
  const asked = (node) => node && node.kind !== "const"
    && !(node.shape ?? []).includes(0);  // an empty tensor has no element to ask for
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
  const questions = [];
  steps.forEach((step, k) => {
    if (step.phase !== "backward" || step.event !== "gate") return;
    const ports = new Map();  // a*a sends to `a` twice: one question, the sum
    step.inputs.forEach((entry, i) => {
      if (!ports.has(entry.node)) ports.set(entry.node, []);
      ports.get(entry.node).push(i);
    });
    for (const [id, entries] of ports) {
      const node = byId.get(id);
      if (!asked(node)) continue;
      const expected = entries.reduce((sum, i) => sum + firstElement(step.inputs[i].contribution),
                                      0);
      questions.push(question(k, node, expected, entries));
    }
  });
  return questions;
}

// ---- the quiz ------------------------------------------------------------------------------

/**
 * One student's quiz over one graph: the questions, the answers so far, the score, how far the
 * trace may go and what each frame shows.
 */
export class Quiz {
  /**
   * @param {object} graph
   * @param {"1" | "inputs"} mode
   * @param {{digits?: number}} [options]
   */
  constructor(graph, mode, { digits = 2 } = {}) {
    this.graph = graph;
    this.mode = mode === "inputs" ? "inputs" : "1";
    this.digits = digits;
    this.questions = questionsOf(graph, this.mode);
    this.results = new Map();  // key → {ok, given, text}
    this.ended = false;  // "reveal all"
    this.byNode = new Map();  // node → its questions, in order
    for (const q of this.questions) {
      if (!this.byNode.has(q.node)) this.byNode.set(q.node, []);
      this.byNode.get(q.node).push(q);
    }
  }

  /** Equal questions with equal answers: a graph drawn again keeps the student's answers. */
  get signature() {
    return `${this.mode}|${this.digits}|` +
      this.questions.map((q) => `${q.key}=${q.expected}`).join("|");
  }

  get done() {
    return this.ended || this.questions.every((q) => this.results.has(q.key));
  }

  get score() {
    const answered = [...this.results.values()];
    return { correct: answered.filter((r) => r.ok).length, total: this.questions.length,
             answered: answered.length, done: this.done };
  }

  /** Open questions: not answered while the quiz runs. */
  isOpen(q) {
    return !this.done && !this.results.has(q.key);
  }

  /** How far stepping may go: to the first open question's step (gates); the end otherwise. */
  get limit() {
    if (this.mode !== "1") return Infinity;
    const open = this.questions.find((q) => this.isOpen(q));
    return open ? open.step : Infinity;
  }

  /** The first question's step (where a new quiz starts), or null without questions. */
  get start() {
    return this.questions.length ? this.questions[0].step : null;
  }

  /** The questions of frame `index`: the step's (gates); every input's (inputs). */
  questionsAt(index) {
    return this.mode === "1" ? this.questions.filter((q) => q.step === index) : this.questions;
  }

  /** The question to answer now at frame `index`, or null. */
  current(index) {
    return this.questionsAt(index).find((q) => this.isOpen(q)) ?? null;
  }

  /**
   * Judge a typed answer to `q`: null if the text is not a number (nothing is counted), else
   * the result, remembered: {ok, given, expected, shown, explanation}.
   */
  answer(q, text) {
    const given = parseAnswer(text);
    if (given === null || !this.isOpen(q)) return null;
    const ok = isRight(given, q.expected, this.digits);
    this.results.set(q.key, { ok, given, text });
    return { ok, given, expected: q.expected, shown: formatNumber(q.expected, this.digits),
             explanation: this.explain(q) };
  }

  /** End the quiz: every red number shows; what was not answered stays unanswered. */
  revealAll() {
    this.ended = true;
  }

  restart() {
    this.results.clear();
    this.ended = false;
  }

  /**
   * Why `q`'s answer is what it is, in the captions' words: its term of the step's
   * upstream × local = downstream (for an input in "inputs" mode, every gate's term that
   * reaches it and the sum of a reused one), and for a tensor the first element's product
   * where the gate works elementwise.
   */
  explain(q) {
    const steps = this.graph.steps ?? [];
    const parts = [];
    const gateSteps = this.mode === "1" ? [[q.step, q.ports]]
      : steps.map((s, k) => [k, (s.event === "gate" ? s.inputs : [])
        .map((e, i) => (e.node === q.node ? i : -1)).filter((i) => i >= 0)])
        .filter(([, ports]) => ports.length);
    for (const [k, ports] of gateSteps) {
      const step = steps[k];
      const split = captionParts(step);
      if (!split) {
        parts.push(step.caption ?? "");
        continue;
      }
      for (const i of ports) parts.push(split.terms[i]);
      const element = this.elementTerm(q, step, ports);
      if (element) parts.push(element);
    }
    if (this.mode === "inputs") {
      const sum = steps.findLast((s) => s.event === "accumulate" && s.node === q.node);
      if (sum) parts.push(sum.caption);
    }
    return parts.join("; ");
  }

  /** "element [0]: upstream 2.00 × local 3.00 = 6.00" when a gate works elementwise on
   *  tensors of one shape (no broadcast summed back, no formula), else "". */
  elementTerm(q, step, ports) {
    if (!q.element || ports.length !== 1) return "";
    const entry = step.inputs[ports[0]];
    const gate = this.graph.nodes.find((n) => n.id === step.node);
    const input = this.graph.nodes.find((n) => n.id === q.node);
    if (entry.local === null || entry.local === undefined || !sameShape(gate?.shape, input?.shape)) {
      return "";
    }
    const f = (json) => formatNumber(firstElement(json), this.digits);
    return t("ui.quiz_element_term", { element: q.element, upstream: f(step.upstream),
                                       local: f(entry.local), downstream: f(entry.contribution) });
  }

  /**
   * What `frame` shows while the quiz runs (docs/frontend.md "Quiz"): a wire's gradient stays
   * as it was before its first open question's step (gates), or hidden but for the output's
   * seed and the answered inputs (inputs); the captions of hidden steps say `= ?` where they
   * would give an answer away. A finished quiz shows every frame as it is.
   */
  mask(frame) {
    if (this.done || !this.questions.length) return frame;
    const hold = new Map();  // node → the frame index whose gradient it shows
    if (this.mode === "1") {
      for (const [node, qs] of this.byNode) {
        const open = qs.find((q) => this.isOpen(q));
        if (open && frame.index >= open.step) hold.set(node, open.step - 1);
      }
    }
    const answered = new Set(this.questions.filter((q) => !this.isOpen(q)).map((q) => q.node));
    const shows = this.mode === "1" ? (id) => !hold.has(id)
      : (id) => id === this.graph.output || answered.has(id);
    const earlier = (id) => (hold.has(id) ? frameAt(this.graph, hold.get(id)).grads.get(id)
      : undefined);
    const grads = new MaskedGrads(frame.grads, shows, earlier);
    return { ...frame, grads, caption: this.caption(frame) };
  }

  /** The caption of a frame while the quiz runs: a term that would give an open answer away
   *  says `= ?` (gates: the step's open questions; inputs: all but the answered inputs'). */
  caption(frame) {
    const step = frame.step;
    if (!step || step.phase !== "backward" || step.event === "seed") return frame.caption;
    let hidden;  // which of the step's terms to hide
    if (this.mode === "1") {
      const open = this.questionsAt(frame.index).filter((q) => this.isOpen(q));
      if (!open.length) return frame.caption;
      const ports = new Set(open.flatMap((q) => q.ports));
      hidden = (i) => ports.has(i);
    } else if (step.event === "accumulate") {
      const node = this.graph.nodes.find((n) => n.id === step.node);
      return this.byNode.get(step.node)?.some((q) => !this.isOpen(q)) ? frame.caption
        : t("ui.quiz_caption_sum", { name: node ? wireName(node) : "" });
    } else {
      hidden = (i) => !this.byNode.get(step.inputs[i].node)?.some((q) => !this.isOpen(q));
    }
    const split = captionParts(step);
    if (!split) return t("ui.quiz_caption_hidden");
    return `${split.head}: ${split.terms.map((term, i) => (hidden(i)
      ? `${derivativeOf(term)} = ?` : term)).join("; ")}`;
  }
}

/** A frame's gradients with some wires held back: read-only, like the frame's own maps. */
class MaskedGrads extends Map {
  #base;
  #shows;
  #earlier;
  constructor(base, shows, earlier) {
    super();
    this.#base = base;
    this.#shows = shows;
    this.#earlier = earlier;
  }
  get(id) {
    return this.#shows(id) ? this.#base.get(id) : this.#earlier(id);
  }
  has(id) {
    return this.get(id) !== undefined;
  }
  *entries() {
    for (const id of this.#base.keys()) {
      const v = this.get(id);
      if (v !== undefined) yield [id, v];
    }
  }
  get size() { return [...this.entries()].length; }
  *keys() { for (const [id] of this.entries()) yield id; }
  *values() { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator]() { return this.entries(); }
  forEach(fn, thisArg) { for (const [id, v] of this.entries()) fn.call(thisArg, v, id, this); }
  set() { throw new TypeError("a frame is a snapshot: its maps are read-only"); }
  delete() { throw new TypeError("a frame is a snapshot: its maps are read-only"); }
  clear() { throw new TypeError("a frame is a snapshot: its maps are read-only"); }
}
