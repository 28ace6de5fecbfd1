// What a quiz does to the picture, at every frame (quizpanel.js calls these from its `show`):
// `?` / ✓ / ✗ beside the red numbers of the step's questions, and a description of the
// picture that gives nothing away.

import { FONT, textWidth, wireName } from "./circuit-geometry.js";
import { formatSummary } from "./format.js";
import { t } from "./i18n.js";
import { outputName } from "./quizquestions.js";

/** @import { CircuitView } from "./circuit.js" */
/** @import { Frame } from "./frames.js" */
/** @import { Quiz } from "./quiz.js" */
/** @import { Question } from "./quizquestions.js" */
/** @import { TensorJson } from "./types/graph.js" */

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * `?` where an open question's number goes (`+ ?` after a partial sum), ✓ or ✗ after an
 * answered one — on the current step's wires, in the circuit's marks layer, which the view
 * empties at every frame.
 * @param {CircuitView} view
 * @param {Quiz} quiz
 * @param {Frame} frame
 * @param {Question | null} current  the question asked now
 */
export function markQuestions(view, quiz, frame, current) {
  const layer = view.layers?.marks;
  if (!layer) return;
  for (const q of quiz.questionsAt(frame.index)) {
    const open = quiz.isOpen(q);
    const done = quiz.results.get(q.key);
    const [grad] = /** @type {SVGTextElement[]} */ (view.elementsOf(q.node, ["grad"]));
    if (!grad || (!open && !done)) continue;
    const visible = frame.grads.has(q.node);
    if (!open && !visible) continue;
    const size = Number(grad.getAttribute("font-size")) || FONT;
    const x = Number(grad.getAttribute("x"));
    // the drawn width where the text is drawn (a written wire's number is bold), else ours
    const drawn = visible ? grad.getComputedTextLength?.() : 0;
    const after = x + (drawn || textWidth(grad.textContent ?? "", size)) + 5;
    const text = open ? (visible ? "+ ?" : "?") : done?.ok ? "✓" : "✗";
    const cls = open ? `quiz-mark quiz-open${q === current ? " quiz-asked" : ""}`
      : `quiz-mark ${done?.ok ? "quiz-mark-right" : "quiz-mark-wrong"}`;
    const m = layer.ownerDocument.createElementNS(SVG_NS, "text");
    for (const [k, v] of Object.entries({ class: cls, "data-for": q.node,
      x: String(open && !visible ? x : after), y: grad.getAttribute("y") ?? "0",
      "font-size": String(size), "font-weight": "700" })) m.setAttribute(k, v);
    m.textContent = text;
    layer.append(m);
  }
}

/**
 * The picture's description without the hidden numbers (the server's lists them all).
 * @param {CircuitView} view
 * @param {Quiz} quiz
 * @param {Frame} frame
 */
export function describePicture(view, quiz, frame) {
  if (!view.descEl) return;
  if (quiz.done) {
    view.descEl.textContent = view.layout?.desc ?? "";
    return;
  }
  const graph = quiz.graph;
  /** @type {(v: TensorJson | null | undefined) => string} */
  const number = (v) => formatSummary(v, quiz.digits);
  const out = graph.nodes.find((n) => n.id === graph.output);
  const inputs = graph.nodes.filter((n) => n.kind === "input").slice(0, 20).map((n) => {
    const grad = frame.grads.get(n.id);
    return `${wireName(n)} = ${number(frame.values.get(n.id) ?? n.value)}` +
      (grad === undefined ? "" : ` (${t("ui.gradient")} ${number(grad)})`);
  });
  view.descEl.textContent = t("ui.quiz_desc", {
    out: outputName(graph), value: out ? number(frame.values.get(out.id) ?? out.value) : "",
    inputs: inputs.join("; ") });
}
