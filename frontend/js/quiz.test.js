// node --test frontend/js/quiz.test.js
//
// Quiz mode's pure parts: judging and explaining answers, and what a frame shows while they
// are open (quizquestions.test.js: the questions of a graph; quizanswer.test.js: reading and
// judging one number).
// Fixtures are the engine's graph JSON (fixtures/generate.sh).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";

import { frameAt } from "./frames.js";
import { setLanguage } from "./i18n.js";
import { Quiz } from "./quiz.js";

/** @import { Judged } from "./quiz.js" */
/** @import { Question } from "./quizquestions.js" */
/** @import { Graph, GraphNode } from "./types/graph.js" */

/** @type {(name: string) => Graph} */
const fixture = (name) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
/** @type {(lang: string) => Record<string, string>} */
const catalog = (lang) => JSON.parse(readFileSync(
  new URL(`../../backend/cgviz/i18n/${lang}.json`, import.meta.url), "utf8"));
setLanguage("en", { en: catalog("en") });

/** @type {(graph: Graph, label: string) => string} */
const idOf = (graph, label) => /** @type {GraphNode} */ (graph.nodes.findLast((n) => n.label
  === label)).id;
/** @type {(answer: Judged | null) => Judged} an answer that was a number */
const judged = (answer) => /** @type {Judged} */ (answer);
/** @type {(q: Question | undefined) => Question} a question the quiz surely asks */
const asked = (q) => /** @type {Question} */ (q);

describe("a quiz", () => {
  test("answers are judged, counted and explained in the caption's words", () => {
    const g = fixture("first");
    const quiz = new Quiz(g, "1");
    assert.deepEqual(quiz.score, { correct: 0, total: 4, answered: 0, done: false });
    const [q, z] = quiz.questions;
    assert.equal(quiz.answer(q, "four"), null, "not a number: not counted");
    const right = judged(quiz.answer(q, "-4"));
    assert.equal(right.ok, true);
    assert.equal(right.shown, "-4.00");
    const wrong = judged(quiz.answer(z, "-3"));
    assert.equal(wrong.ok, false);
    assert.equal(wrong.expected, 3);
    assert.equal(wrong.explanation, "∂f/∂z = upstream 1.00 × local 3.00 = 3.00",
      "the term of that input only: the caption's other terms are other questions");
    assert.equal(quiz.answer(q, "-4"), null, "a question is answered once");
    assert.deepEqual(quiz.score, { correct: 1, total: 4, answered: 2, done: false });
  });

  test("stepping stops at the first open question and goes on as they are answered", () => {
    const g = fixture("first");
    const quiz = new Quiz(g, "1");
    const [q, z, x, y] = quiz.questions;
    assert.equal(quiz.limit, q.step);
    assert.equal(quiz.current(q.step), q);
    quiz.answer(q, "-4");
    assert.equal(quiz.limit, z.step, "the gate's second input: the same step");
    assert.equal(quiz.current(q.step), z);
    quiz.answer(z, "3");
    assert.equal(quiz.limit, x.step);
    assert.equal(quiz.current(q.step), null);
    quiz.answer(x, "-4");
    quiz.answer(y, "-4");
    assert.equal(quiz.limit, Infinity);
    assert.equal(quiz.done, true);
    assert.deepEqual(quiz.score, { correct: 4, total: 4, answered: 4, done: true });
  });

  test("an open question's wire shows no new gradient, and its caption term says = ?", () => {
    const g = fixture("first");
    const quiz = new Quiz(g, "1");
    const [q, z] = quiz.questions;
    const frame = frameAt(g, q.step);
    assert.ok(frame.grads.has(q.node) && frame.grads.has(z.node));
    let shown = quiz.mask(frame);
    assert.equal(shown.grads.has(q.node), false);
    assert.equal(shown.grads.has(z.node), false);
    assert.equal(shown.grads.get(g.output), 1, "the seed is no question");
    assert.equal(shown.caption, "f = q * z: ∂f/∂q = ?; ∂f/∂z = ?");
    assert.deepEqual([...shown.grads.keys()], [g.output]);
    quiz.answer(q, "1");
    shown = quiz.mask(frame);
    assert.equal(shown.grads.get(q.node), -4, "answered, right or wrong: it shows");
    assert.match(shown.caption, /^f = q \* z: ∂f\/∂q = upstream 1\.00 × local -4\.00 = -4\.00; ∂f\/∂z = \?$/);
    assert.equal(shown.values, frame.values, "green numbers are never hidden");
  });

  test("a reused wire shows its partial sum until its next contribution is answered", () => {
    const g = fixture("reused");
    const quiz = new Quiz(g, "1");
    const x = idOf(g, "x");
    const [first, second] = quiz.questions.filter((q) => q.node === x);
    for (const q of quiz.questions) if (q !== second) quiz.answer(q, "0");
    const end = g.steps.length - 1;
    const shown = quiz.mask(frameAt(g, end));
    assert.equal(shown.grads.get(x), first.expected, "the first gate's contribution only");
    quiz.answer(second, "0");
    assert.equal(quiz.mask(frameAt(g, end)).grads.get(x),
                 /** @type {GraphNode} */ (g.nodes.find((n) => n.id === x)).grad);
  });

  test("quiz=inputs hides every gradient but the seed until the inputs are answered", () => {
    const g = fixture("first");
    const quiz = new Quiz(g, "inputs");
    const end = frameAt(g, g.steps.length - 1);
    const shown = quiz.mask(end);
    assert.deepEqual([...shown.grads.keys()], [g.output]);
    const gate = g.steps.findIndex((s) => s.event === "gate");
    assert.equal(quiz.mask(frameAt(g, gate)).caption, "f = q * z: ∂f/∂q = ?; ∂f/∂z = ?");
    assert.equal(quiz.limit, Infinity, "the student may step anywhere");
    const x = quiz.questions[0];
    assert.equal(x.label, "x");
    const result = judged(quiz.answer(x, "4"));
    assert.equal(result.ok, false);
    assert.match(result.explanation, /^∂f\/∂x = upstream -4\.00 × local 1\.00 = -4\.00$/);
    assert.equal(quiz.mask(end).grads.get(x.node), -4);
    assert.equal(quiz.mask(end).grads.has(idOf(g, "q")), false);
    const last = frameAt(g, g.steps.findLastIndex((s) => s.event === "gate"));
    assert.match(quiz.mask(last).caption, /^q = x \+ y: ∂f\/∂x = upstream -4\.00 .*; ∂f\/∂y = \?$/,
      "an answered input's term is shown; the others still ask");
  });

  test("quiz=inputs explains a reused input with every gate's term and the sum", () => {
    const g = fixture("reused");
    const quiz = new Quiz(g, "inputs");
    const x = asked(quiz.questions.find((q) => q.label === "x"));
    const parts = quiz.explain(x).split("; ");
    assert.equal(parts.length, 3);
    assert.match(parts[2], /^x: .* = 0\.59/);
  });

  test("a tensor's explanation shows the first element's product where the gate is elementwise",
    () => {
      const g = fixture("tensor");
      const quiz = new Quiz(g, "1");
      const b = asked(quiz.questions.find((q) => q.label === "b"));
      assert.match(quiz.explain(b), /; element \[0\]: upstream 9\.00 × local 1\.00 = 9\.00$/);
      const W = asked(quiz.questions.find((q) => q.label === "W"));
      assert.doesNotMatch(quiz.explain(W), /element/, "a matrix product has no such product");
    });

  test("reveal all ends the quiz: every frame is itself, unanswered ones stay unanswered", () => {
    const g = fixture("first");
    const quiz = new Quiz(g, "1");
    quiz.answer(quiz.questions[0], "-4");
    quiz.revealAll();
    const frame = frameAt(g, g.steps.length - 1);
    assert.equal(quiz.mask(frame), frame);
    assert.equal(quiz.limit, Infinity);
    assert.deepEqual(quiz.score, { correct: 1, total: 4, answered: 1, done: true });
    quiz.restart();
    assert.deepEqual(quiz.score, { correct: 0, total: 4, answered: 0, done: false });
  });

  test("the same graph drawn again has the same signature, other values another", () => {
    const g = fixture("first");
    assert.equal(new Quiz(g, "1").signature, new Quiz(structuredClone(g), "1").signature);
    assert.notEqual(new Quiz(g, "1").signature, new Quiz(g, "inputs").signature);
    assert.notEqual(new Quiz(g, "1").signature, new Quiz(fixture("neuron"), "1").signature);
  });

  test("the quiz's words exist in Russian too", () => {
    const en = catalog("en");
    const ru = catalog("ru");
    const keys = Object.keys(en).filter((k) => k.startsWith("ui.quiz"));
    assert.ok(keys.length > 5);
    for (const key of keys) assert.ok(Object.hasOwn(ru, key), key);
  });
});
