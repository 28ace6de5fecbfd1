// Quiz mode (pure: no DOM): one student's quiz over a graph — the answers so far, the score,
// how far the trace may go, and the frame a student sees while the answers are still theirs to
// find (docs/quiz.md).
//
// Which gradients are asked, and what each expects, is quizquestions.js's; how a typed answer
// is read and judged is quizanswer.js's. In "1" mode (gates) each gate's step waits for its
// questions; in "inputs" mode every red number but the output's seed stays hidden until the
// inputs' gradients are answered, so the whole chain is the student's to work out.

import { wireName } from "./circuit-geometry.js";
import { formatNumber } from "./format.js";
import { frameAt } from "./frames.js";
import { t } from "./i18n.js";
import { isRight, parseAnswer } from "./quizanswer.js";
import { captionParts, derivativeOf, firstElement, questionsOf, sameShape }
  from "./quizquestions.js";

/** @import { Frame } from "./frames.js" */
/** @import { Question } from "./quizquestions.js" */
/** @import { GateStep, Graph, TensorJson } from "./types/graph.js" */

/**
 * An answer given: whether it was right, the number read and the text typed.
 * @typedef {{ok: boolean, given: number, text: string}} Result
 */

/**
 * What `answer` says of a typed answer (null when the text is not a number).
 * @typedef {{ok: boolean, given: number, expected: number, shown: string,
 *            explanation: string}} Judged
 */

/**
 * How far the student has come: right answers, questions, answers, whether it is over.
 * @typedef {{correct: number, total: number, answered: number, done: boolean}} Score
 */

export const MODES = ["1", "inputs"];  // the `quiz` parameter's values that start a quiz

/**
 * One student's quiz over one graph: the questions, the answers so far, the score, how far the
 * trace may go and what each frame shows.
 */
export class Quiz {
  /**
   * @param {Graph} graph
   * @param {string} mode  "inputs", else "1" (MODES)
   * @param {{digits?: number}} [options]
   */
  constructor(graph, mode, { digits = 2 } = {}) {
    this.graph = graph;
    /** @type {"1" | "inputs"} */
    this.mode = mode === "inputs" ? "inputs" : "1";
    this.digits = digits;
    this.questions = questionsOf(graph, this.mode);
    /** @type {Map<string, Result>} */
    this.results = new Map();  // key → {ok, given, text}
    this.ended = false;  // "reveal all"
    /** @type {Map<string, Question[]>} */
    this.byNode = new Map();  // node → its questions, in order
    for (const q of this.questions) {
      const list = this.byNode.get(q.node);
      if (list) list.push(q);
      else this.byNode.set(q.node, [q]);
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

  /** @returns {Score} */
  get score() {
    const answered = [...this.results.values()];
    return { correct: answered.filter((r) => r.ok).length, total: this.questions.length,
             answered: answered.length, done: this.done };
  }

  /**
   * Open questions: not answered while the quiz runs.
   * @param {Question} q
   */
  isOpen(q) {
    return !this.done && !this.results.has(q.key);
  }

  /** How far stepping may go: to the first open question's step (gates); the end otherwise. */
  get limit() {
    if (this.mode !== "1") return Infinity;
    const open = this.questions.find((q) => this.isOpen(q));
    return open ? open.step : Infinity;
  }

  /**
   * The first question's step (where a new quiz starts), or null without questions.
   * @returns {number | null}
   */
  get start() {
    return this.questions.length ? this.questions[0].step : null;
  }

  /**
   * The questions of frame `index`: the step's (gates); every input's (inputs).
   * @param {number} index
   * @returns {Question[]}
   */
  questionsAt(index) {
    return this.mode === "1" ? this.questions.filter((q) => q.step === index) : this.questions;
  }

  /**
   * The question to answer now at frame `index`, or null.
   * @param {number} index
   * @returns {Question | null}
   */
  current(index) {
    return this.questionsAt(index).find((q) => this.isOpen(q)) ?? null;
  }

  /**
   * Judge a typed answer to `q`: null if the text is not a number (nothing is counted), else
   * the result, remembered: {ok, given, expected, shown, explanation}.
   * @param {Question} q
   * @param {string} text
   * @returns {Judged | null}
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
   * @param {Question} q
   * @returns {string}
   */
  explain(q) {
    const steps = this.graph.steps ?? [];
    /** @type {string[]} */
    const parts = [];
    /** @type {Array<[number, number[]]>} */
    const gateSteps = this.mode === "1" ? [[q.step, q.ports]]
      : steps.map((s, k) => /** @type {[number, number[]]} */ ([k, (s.event === "gate"
        ? s.inputs : []).map((e, i) => (e.node === q.node ? i : -1)).filter((i) => i >= 0)]))
        .filter(([, ports]) => ports.length);
    for (const [k, ports] of gateSteps) {
      const step = steps[k];
      const split = captionParts(step);
      if (!split) {
        parts.push(step.caption ?? "");
        continue;
      }
      for (const i of ports) parts.push(split.terms[i]);
      // a question's ports are a gate step's entries (captionParts read them)
      const element = this.elementTerm(q, /** @type {GateStep} */ (step), ports);
      if (element) parts.push(element);
    }
    if (this.mode === "inputs") {
      const sum = steps.findLast((s) => s.event === "accumulate" && s.node === q.node);
      if (sum) parts.push(sum.caption);
    }
    return parts.join("; ");
  }

  /**
   * "element [0]: upstream 2.00 × local 3.00 = 6.00" when a gate works elementwise on
   * tensors of one shape (no broadcast summed back, no formula), else "".
   * @param {Question} q
   * @param {GateStep} step
   * @param {number[]} ports
   * @returns {string}
   */
  elementTerm(q, step, ports) {
    if (!q.element || ports.length !== 1) return "";
    const entry = step.inputs[ports[0]];
    const gate = this.graph.nodes.find((n) => n.id === step.node);
    const input = this.graph.nodes.find((n) => n.id === q.node);
    if (entry.local === null || entry.local === undefined || !sameShape(gate?.shape, input?.shape)) {
      return "";
    }
    /** @type {(json: TensorJson) => string} */
    const f = (json) => formatNumber(firstElement(json), this.digits);
    return t("ui.quiz_element_term", { element: q.element, upstream: f(step.upstream),
                                       local: f(entry.local), downstream: f(entry.contribution) });
  }

  /**
   * What `frame` shows while the quiz runs (docs/frontend.md "Quiz"): a wire's gradient stays
   * as it was before its first open question's step (gates), or hidden but for the output's
   * seed and the answered inputs (inputs); the captions of hidden steps say `= ?` where they
   * would give an answer away. A finished quiz shows every frame as it is.
   * @param {Frame} frame
   * @returns {Frame}
   */
  mask(frame) {
    if (this.done || !this.questions.length) return frame;
    /** @type {Map<string, number>} */
    const hold = new Map();  // node → the frame index whose gradient it shows
    if (this.mode === "1") {
      for (const [node, qs] of this.byNode) {
        const open = qs.find((q) => this.isOpen(q));
        if (open && frame.index >= open.step) hold.set(node, open.step - 1);
      }
    }
    const answered = new Set(this.questions.filter((q) => !this.isOpen(q)).map((q) => q.node));
    /** @type {(id: string) => boolean} */
    const shows = this.mode === "1" ? (id) => !hold.has(id)
      : (id) => id === this.graph.output || answered.has(id);
    /** @type {(id: string) => TensorJson | null | undefined} */
    const earlier = (id) => (hold.has(id) ? frameAt(this.graph, hold.get(id)).grads.get(id)
      : undefined);
    const grads = new MaskedGrads(frame.grads, shows, earlier);
    return { ...frame, grads, caption: this.caption(frame) };
  }

  /**
   * The caption of a frame while the quiz runs: a term that would give an open answer away
   * says `= ?` (gates: the step's open questions; inputs: all but the answered inputs').
   * @param {Frame} frame
   * @returns {string}
   */
  caption(frame) {
    const step = frame.step;
    if (!step || step.phase !== "backward" || step.event === "seed") return frame.caption;
    /** @type {(i: number) => boolean} */
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

/**
 * A frame's gradients with some wires held back: read-only, like the frame's own maps.
 * @extends {Map<string, TensorJson | null>}
 */
class MaskedGrads extends Map {
  #base;
  #shows;
  #earlier;
  /**
   * @param {ReadonlyMap<string, TensorJson | null>} base  the frame's own
   * @param {(id: string) => boolean} shows  whether a wire shows its gradient of the frame
   * @param {(id: string) => TensorJson | null | undefined} earlier  else what it shows
   */
  constructor(base, shows, earlier) {
    super();
    this.#base = base;
    this.#shows = shows;
    this.#earlier = earlier;
  }
  /** @param {string} id */
  get(id) {
    return this.#shows(id) ? this.#base.get(id) : this.#earlier(id);
  }
  /** @param {string} id */
  has(id) {
    return this.get(id) !== undefined;
  }
  /** @returns {MapIterator<[string, TensorJson | null]>} */
  *entries() {
    for (const id of this.#base.keys()) {
      const v = this.get(id);
      if (v !== undefined) yield [id, v];
    }
  }
  get size() { return [...this.entries()].length; }
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
