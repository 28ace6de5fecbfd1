// Quiz mode on a page (app.js, embed.js): the panel under the step controls that asks for the
// gradients, and what it does to the stage — frames with the open answers held back
// (quiz.js `mask`), the Player held at the open question (`limit`), `?` / ✓ / ✗ beside the
// red numbers in the picture and a description of it that gives nothing away (quizmarks.js).
//
// Keyboard first: the answer box is a labelled input (its question and the tolerance are its
// description); Enter checks; the result goes to a live region; once a step's questions are
// answered the focus moves to "Next step", and stepping onto a question (by that button, the
// controls or the arrow keys) brings it back to the box — never on load, never away from the
// editor or from a course page around the frame.
//
//   const quiz = createQuizPanel({stage, after, mode, digits, toggle, onAnswer, onScore, onMode});
//   quiz.setGraph(graph)   // before stage.setGraph: the Player's limit must hold the first frame
//   quiz.show(frame)       // from the stage's onFrame (frames come masked)
//   quiz.setMode("1" | "inputs" | "0")

import { formatNumber } from "./format.js";
import { t } from "./i18n.js";
import { MODES, Quiz } from "./quiz.js";
import { unitText } from "./quizanswer.js";
import { describePicture, markQuestions } from "./quizmarks.js";
import { captionParts } from "./quizquestions.js";

/** @import { Frame } from "./frames.js" */
/** @import { Score } from "./quiz.js" */
/** @import { Question } from "./quizquestions.js" */
/** @import { Stage } from "./stage.js" */
/** @import { Graph, JsonNumber } from "./types/graph.js" */

/**
 * What the course page hears after each answer (embed.js `cgviz:answer`).
 * @typedef {{node: string, label: string, element: string | null, ok: boolean,
 *            given: JsonNumber, expected: JsonNumber}} Answer
 */

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {Document} doc
 * @param {K} tag
 * @param {Record<string, string>} [attrs]
 * @param {Array<Node | string>} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(doc, tag, attrs = {}, children = []) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/**
 * @param {{stage: Stage, after: Element, mode: string, digits?: number, toggle?: boolean,
 *          onAnswer?: (answer: Answer) => void, onScore?: (score: Score) => void,
 *          onMode?: (mode: string) => void}} o
 *   onAnswer({node, label, element, ok, given, expected}) after each answer; onScore({correct,
 *   total, answered, done}) when a quiz starts, after each answer and on "reveal all";
 *   toggle: the reader may turn the quiz on and off (the app) — a Quiz button at the end of
 *   the step controls and a menu between the two modes in the panel; onMode hears each change.
 */
export function createQuizPanel(o) {
  const doc = o.after.ownerDocument;
  const { stage } = o;
  const player = stage.player;
  const digits = o.digits ?? 2;
  let mode = MODES.includes(o.mode) ? o.mode : "0";
  /** @type {Graph | null} */
  let graph = null;
  /** @type {Quiz | null} */
  let quiz = null;
  let loading = false;  // the next frame is a new graph's: it moves no focus
  /** @type {Question | null} */
  let asked = null;  // the question shown, so a new one clears the box

  // ---- the panel ---------------------------------------------------------------------------

  const score = el(doc, "span", { class: "quiz-score", id: "quiz-score" });
  const reveal = el(doc, "button", { type: "button", class: "tool", "data-action": "quiz-reveal",
                                     title: t("ui.quiz_reveal_title") }, [t("ui.quiz_reveal")]);
  const restart = el(doc, "button", { type: "button", class: "tool",
                                      "data-action": "quiz-restart" }, [t("ui.quiz_restart")]);
  const head = el(doc, "div", { class: "quiz-head" }, [
    el(doc, "h2", { id: "quiz-title", class: "quiz-title" }, [t("ui.quiz")]), score]);
  /** @type {HTMLSelectElement | null} */
  let menu = null;
  /** @type {HTMLButtonElement | null} */
  let toggle = null;
  let chosen = mode === "0" ? "1" : mode;  // what the Quiz button turns on
  if (o.toggle) {
    menu = el(doc, "select", { id: "quiz-mode" }, [
      el(doc, "option", { value: "1" }, [t("ui.quiz_mode_gates")]),
      el(doc, "option", { value: "inputs" }, [t("ui.quiz_mode_inputs")])]);
    const select = menu;
    select.value = chosen;
    select.addEventListener("change", () => choose(select.value));
    head.append(el(doc, "label", { class: "quiz-mode" }, [`${t("ui.quiz_mode")} `, menu]));
    toggle = el(doc, "button", { type: "button", class: "tool quiz-toggle", "data-action": "quiz",
                                 "aria-pressed": String(mode !== "0"),
                                 title: t("ui.quiz_button_title") }, [t("ui.quiz")]);
    toggle.addEventListener("click", () => choose(mode === "0" ? chosen : "0"));
    stage.controls.element.append(toggle);
  }
  head.append(el(doc, "span", { class: "quiz-buttons" }, [reveal, restart]));

  const question = el(doc, "p", { id: "quiz-question", class: "quiz-question" });
  const label = el(doc, "label", { for: "quiz-answer", class: "quiz-label" });
  const input = el(doc, "input", { id: "quiz-answer", type: "text", autocomplete: "off",
                                   spellcheck: "false", autocapitalize: "off",
                                   enterkeyhint: "done",
                                   "aria-describedby": "quiz-question quiz-rule" });
  const check = el(doc, "button", { type: "submit", class: "tool primary",
                                    "data-action": "quiz-check" }, [t("ui.quiz_check")]);
  const form = el(doc, "form", { class: "quiz-form", novalidate: "" }, [label, input, check]);
  const rule = el(doc, "p", { id: "quiz-rule", class: "quiz-rule" });
  const note = el(doc, "p", { class: "quiz-note" });
  const result = el(doc, "div", { id: "quiz-result", class: "quiz-result", role: "status",
                                  "aria-live": "polite", "aria-atomic": "true" });
  const next = el(doc, "button", { type: "button", class: "tool", "data-action": "quiz-next" },
                  [`${t("ui.quiz_next")} →`]);
  const actions = el(doc, "p", { class: "quiz-actions" }, [next]);
  const element = el(doc, "section", { id: "quiz", class: "quiz-panel",
                                       "aria-labelledby": "quiz-title" },
                     [head, question, form, rule, note, actions, result]);
  element.hidden = true;
  o.after.after(element);

  // ---- what the stage does while a quiz runs -----------------------------------------------

  // Every change of `quiz` is followed by apply(), so the filter may keep the quiz it is given.
  function apply() {
    const current = quiz;
    const running = Boolean(current) && !current?.done;
    doc.documentElement.classList.toggle("quiz", running);
    stage.setFrameFilter(current ? (frame) => current.mask(frame) : null);
    player.limit = quiz ? quiz.limit : Infinity;
    player.onLimit = quiz ? held : null;
    element.hidden = !quiz;
  }

  /** @param {Quiz} fresh */
  function start(fresh) {
    quiz = fresh;
    asked = null;
    result.replaceChildren();
    apply();
    o.onScore?.(fresh.score);
  }

  /**
   * A new graph (before the stage draws it). The same questions keep their answers.
   * @param {Graph} nextGraph
   */
  function setGraph(nextGraph) {
    graph = nextGraph;
    loading = true;
    if (mode === "0") {
      quiz = null;
      apply();
      return;
    }
    const fresh = new Quiz(nextGraph, mode, { digits });
    if (quiz && quiz.signature === fresh.signature) {
      quiz.graph = nextGraph;  // the frames come from this graph object now
      apply();
    } else {
      start(fresh);
    }
  }

  /** @param {string} nextMode */
  function choose(nextMode) {
    setMode(nextMode);
    o.onMode?.(mode);
    if (mode !== "0" && quiz?.current(player.index)) input.focus();
  }

  /**
   * Quiz on ("1", "inputs") or off ("0").
   * @param {string} nextMode
   */
  function setMode(nextMode) {
    mode = MODES.includes(nextMode) ? nextMode : "0";
    if (mode !== "0") chosen = mode;
    if (menu) menu.value = chosen;
    toggle?.setAttribute("aria-pressed", String(mode !== "0"));
    if (!graph) return;
    if (mode === "0") {
      quiz = null;
      apply();
    } else {
      const fresh = new Quiz(graph, mode, { digits });
      start(fresh);
      // each gate's quiz waits at its first question; the inputs' is about the end
      if (mode === "inputs") player.last();
      else if (player.index > fresh.limit) player.goto(fresh.limit);
    }
    stage.refresh();
  }

  // ---- answering ---------------------------------------------------------------------------

  /** @param {...([string, string] | null)} lines  [class, words] of each line to say */
  function say(...lines) {
    result.replaceChildren(...lines.flatMap((line) => (line ? [line] : []))
      .map(([cls, text]) => el(doc, "p", { class: cls }, [text])));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const current = quiz;
    const q = current?.current(player.index);
    if (!current || !q) return;
    const text = input.value;
    const answer = current.answer(q, text);
    if (!answer) {
      say(["quiz-nan", t("ui.quiz_not_a_number", { given: text.trim() })]);
      input.select();
      return;
    }
    const words = { name: q.name, expected: answer.shown, given: text.trim() };
    say(answer.ok ? ["quiz-right", t("ui.quiz_right", words)]
      : ["quiz-wrong", t("ui.quiz_wrong", words)],
        answer.ok ? null : ["quiz-why", t("ui.quiz_why", { explanation: answer.explanation })],
        current.done ? ["quiz-over", t("ui.quiz_done", current.score)] : null);
    o.onAnswer?.({ node: q.node, label: q.label, element: q.element || null, ok: answer.ok,
                   given: jsonNumber(answer.given), expected: jsonNumber(answer.expected) });
    o.onScore?.(current.score);
    apply();
    stage.refresh();  // the answer's wire shows; the panel asks the next question
    focusAfterAnswer(current);
  });

  /** @param {Quiz} current */
  function focusAfterAnswer(current) {
    if (current.current(player.index)) input.focus();
    else if (current.done) restart.focus();
    else next.focus();
  }

  reveal.addEventListener("click", () => {
    if (!quiz) return;
    quiz.revealAll();
    say(["quiz-over", t("ui.quiz_done", quiz.score)]);
    o.onScore?.(quiz.score);
    apply();
    stage.refresh();
    restart.focus();
  });

  restart.addEventListener("click", () => {
    if (!quiz) return;
    quiz.restart();
    start(quiz);
    if (quiz.mode === "1" && quiz.start !== null) player.goto(quiz.start);
    else player.last();
    stage.refresh();
    if (quiz.current(player.index)) input.focus();
  });

  next.addEventListener("click", () => player.next());

  /** A move past the open question: the answer box takes the focus and says why. */
  function held() {
    const q = quiz?.current(player.index);
    if (!q) return;
    say(["quiz-held", t("ui.quiz_answer_first", { name: q.name })]);
    if (doc.hasFocus()) input.focus();
  }

  // ---- a frame -----------------------------------------------------------------------------

  /** @param {Frame} frame */
  function show(frame) {
    const view = stage.view;
    if (!quiz || !view) {
      if (view?.descEl && view.layout) view.descEl.textContent = view.layout.desc;
      loading = false;
      return;
    }
    const q = quiz.current(frame.index);
    render(frame, q);
    markQuestions(view, quiz, frame, q);
    describePicture(view, quiz, frame);
    if (q && q !== asked) {
      input.value = "";
      if (!loading && nearby()) input.focus();
    }
    asked = q;
    loading = false;
  }

  /** Focus may move to the box from the page itself, the controls or the panel, but never
   *  from the editor or the inputs, nor into a frame the reader is not using. */
  function nearby() {
    if (!doc.hasFocus()) return false;
    const active = doc.activeElement;
    return !active || active === doc.body || element.contains(active)
      || Boolean(active.closest?.("#controls, #circuit"));
  }

  /**
   * @param {Frame} frame
   * @param {Question | null} q  the question asked now
   */
  function render(frame, q) {
    if (!quiz) return;  // show() renders only while a quiz runs
    const s = quiz.score;
    score.textContent = t("ui.quiz_score", s);
    const none = quiz.questions.length === 0;
    reveal.hidden = quiz.done;
    restart.hidden = !quiz.done || none;
    form.hidden = !q;
    question.hidden = !q;
    rule.hidden = !q;
    next.hidden = Boolean(q) || frame.index >= frame.total - 1;
    if (q) {
      const k = quiz.questions.indexOf(q) + 1;
      const progress = t("ui.quiz_progress", { k, n: quiz.questions.length });
      const gate = captionParts(frame.step)?.head ?? "";
      question.textContent = `${quiz.mode === "1" && gate
        ? t("ui.quiz_question_gate", { gate, name: q.name })
        : t("ui.quiz_question_input", { name: q.name, label: q.label })} (${progress})`;
      label.textContent = `${q.name} =`;
      const unit = unitText(formatNumber(q.expected, digits));
      rule.textContent = t("ui.quiz_rule", { unit }) +
        (q.element ? ` ${t("ui.quiz_element", { element: q.element })}` : "");
    }
    // "quiz over" is said in the result, where a screen reader hears it
    note.textContent = none ? t("ui.quiz_none")
      : quiz.done || q ? "" : t("ui.quiz_step_on", { right: "→" });
    note.hidden = !note.textContent;
  }

  return {
    element,
    setGraph,
    setMode,
    show,
    get quiz() { return quiz; },
  };
}

/**
 * A number for a message to the course page: the graph JSON's strings for NaN and ±∞.
 * @param {number} v
 * @returns {JsonNumber}
 */
function jsonNumber(v) {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "Infinity";
  if (v === -Infinity) return "-Infinity";
  return v;
}
