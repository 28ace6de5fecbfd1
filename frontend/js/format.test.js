// The number rule against the fixture that tests/core/test_format_cases.py checks format.py with.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import test from "node:test";

import {
  formatCoordinate, formatNumber, formatShape, formatSummary, isSummary, summaryMean, toNumber,
} from "./format.js";

/** @import { JsonNumber, NestedList, TensorJson, TensorSummary } from "./types/graph.js" */

/**
 * The shared rows: each is [input..., expected] (its "about" says more).
 * @type {{number: Array<[JsonNumber, number, string]>, coordinate: Array<[JsonNumber, string]>,
 *         shape: Array<[number[], string]>, summary: Array<[TensorJson | null, number, string]>,
 *         summarised: Array<[NestedList, TensorSummary, number, string]>}}
 */
const cases = JSON.parse(readFileSync(
  new URL("../../tests/fixtures/format_cases.json", import.meta.url), "utf8"));

test("every number prints as format.py prints it", () => {
  for (const [value, digits, expected] of cases.number) {
    assert.equal(formatNumber(value, digits), expected, `formatNumber(${value}, ${digits})`);
  }
});

test("every coordinate prints as format.py prints it", () => {
  for (const [value, expected] of cases.coordinate) {
    assert.equal(formatCoordinate(toNumber(value)), expected, `formatCoordinate(${value})`);
  }
});

test("every shape prints as format.py prints it", () => {
  for (const [shape, expected] of cases.shape) assert.equal(formatShape(shape), expected);
});

test("every summary prints as format.py prints it, tensors' means included", () => {
  for (const [value, digits, expected] of cases.summary) {
    const what = JSON.stringify(value)?.slice(0, 60);
    assert.equal(formatSummary(value, digits), expected, `formatSummary(${what}, ${digits})`);
  }
});

test("digits default to two and the minus sign is a plain hyphen", () => {
  assert.equal(formatNumber(-4), "-4.00");
  assert.equal(formatSummary(-4), "-4.00");
});

test("an exact tie rounds to even as Python does, where toFixed would round away", () => {
  assert.equal((0.125).toFixed(2), "0.13");
  assert.equal(formatNumber(0.125), "0.12");
  assert.equal(formatNumber(0.375), "0.38");
  assert.equal(formatNumber(124500), "1.24e5");
  assert.equal(formatCoordinate(29.125), "29.12");
});

test("the fixture covers non-finite values, negative zero and every digits setting", () => {
  const inputs = cases.number.map(([v]) => v);
  for (const v of ["NaN", "Infinity", "-Infinity"]) assert.ok(inputs.includes(v), v);
  assert.ok(inputs.some((v) => Object.is(v, -0)));
  const digits = new Set(cases.number.map(([, d]) => d));
  for (let d = 0; d <= 6; d += 1) assert.ok(digits.has(d), `digits=${d}`);
});

test("a summarised tensor prints as format.py prints the tensor itself", () => {
  assert.ok(cases.summarised.length >= 8);
  for (const [, summary, digits, expected] of cases.summarised) {
    assert.ok(isSummary(summary));
    assert.equal(formatSummary(summary, digits), expected, JSON.stringify(summary.summary));
  }
});

test("only a {summary, sample} object is a summary", () => {
  for (const v of [null, undefined, 1, "NaN", [1, 2], [[1]], {}, { summary: null }]) {
    assert.equal(isSummary(v), false, JSON.stringify(v));
  }
  assert.equal(isSummary({ summary: { mean: 1 }, sample: [1] }), true);
});

test("the mean of all elements follows NumPy's rules for infinities and NaN", () => {
  /** @type {(counts: object, mean?: JsonNumber) => number} */
  const of = (counts, mean = 2) => summaryMean(/** @type {TensorSummary} */ ({
    summary: { mean, nan: 0, posinf: 0, neginf: 0, ...counts } }));  // its summary only
  assert.equal(of({}), 2);
  assert.ok(Number.isNaN(of({ nan: 1 })));
  assert.equal(of({ posinf: 3 }), Infinity);
  assert.equal(of({ neginf: 1 }), -Infinity);
  assert.ok(Number.isNaN(of({ posinf: 1, neginf: 1 })));
  assert.equal(of({}, "Infinity"), Infinity);  // finite elements whose sum overflows
});
