// The hand-written backward pass's marks, their pure parts: which lines get ✓ or ✗ and which
// one carries the message, and which wrong gradients are mistakes and which only follow.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { causes, lineMarks, markTitle } from "./checks.js";
import { setLanguage } from "./i18n.js";

/** @import { Mark } from "./checks.js" */
/** @import { Check } from "./types/graph.js" */

/** @type {(lang: string) => Record<string, string>} */
const catalog = (lang) => JSON.parse(readFileSync(
  new URL(`../../backend/cgviz/i18n/${lang}.json`, import.meta.url), "utf8"));
setLanguage("en", { en: catalog("en"), ru: catalog("ru") });

/** @type {(fields: object[]) => Check[]} checks of only the fields a test needs */
const partialChecks = (fields) => /** @type {Check[]} */ (fields);
/** @type {(mark: Mark | undefined) => Mark} a line that surely has its mark */
const marked = (mark) => /** @type {Mark} */ (mark);

// the notes' staged example with `dx += (1) * dnum` written `dx = (1) * dnum` (line 32)
const STAGED = partialChecks([
  { name: "dnum", lines: [17], line: 17, ok: true, reads: [], message: "dnum is ∂f/∂num" },
  { name: "dx", lines: [27, 30, 32], line: 32, ok: false, reads: ["dxpy", "dsigx", "dnum"],
    message: "line 32 sets dx with =" },
  { name: "dy", lines: [28, 35], line: 35, ok: true, reads: ["dxpy", "dsigy"],
    message: "dy is ∂f/∂y" },
]);

test("every line of a gradient gets its mark and the line to look at carries the message", () => {
  const marks = lineMarks(STAGED);
  assert.deepEqual([...marks.keys()].sort((a, b) => a - b), [17, 27, 28, 30, 32, 35]);
  assert.deepEqual([27, 30, 32].map((l) => [marked(marks.get(l)).ok, marked(marks.get(l)).main]),
    [[false, false], [false, false], [false, true]]);
  assert.equal(markTitle(marked(marks.get(32))), "line 32 sets dx with =");
  assert.equal(markTitle(marked(marks.get(27))), "dx is wrong: see line 32");
  assert.equal(markTitle(marked(marks.get(35))), "dy is ∂f/∂y");
});

test("a line that assigns a right and a wrong gradient is marked wrong", () => {
  const marks = lineMarks(partialChecks([
    { name: "da", lines: [4], line: 4, ok: true, message: "" },
    { name: "db", lines: [4], line: 4, ok: false, message: "db is off" },
    { name: "dc", lines: [4], line: 4, ok: true, message: "" },
  ]));
  assert.equal(marked(marks.get(4)).check.name, "db");
});

test("a failing line outside a gradient's own lines is still marked", () => {
  const marks = lineMarks(partialChecks([{ name: "dC", lines: [9], line: 12, ok: false,
                                           message: "shape" }]));
  assert.equal(marked(marks.get(12)).main, true);
  assert.equal(marked(marks.get(9)).main, false);
});

test("wrong gradients that read no other wrong one are the mistakes; the rest follow", () => {
  const checks = partialChecks([
    { name: "dlogprobs", ok: true, reads: [] },
    { name: "dprobs", ok: false, reads: ["dlogprobs"] },
    { name: "dcounts_sum_inv", ok: false, reads: ["dprobs"] },
    { name: "dcounts", ok: false, reads: ["dprobs", "dcounts_sum"] },
    { name: "dbnmeani", ok: false, reads: ["dbndiff"] },
  ]);
  const { roots, follow } = causes(checks);
  assert.deepEqual(roots.map((c) => c.name), ["dprobs", "dbnmeani"]);
  assert.deepEqual(follow.map((c) => c.name), ["dcounts_sum_inv", "dcounts"]);
  assert.deepEqual(causes([]), { roots: [], follow: [] });
});
