// node --test frontend/js/quizanswer.test.js
//
// Reading a typed number, and the "within 1 in the last shown digit" rule on format.js's own
// formatting.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { formatNumber } from "./format.js";
import { isRight, lastDigit, parseAnswer, unitText } from "./quizanswer.js";

describe("reading an answer", () => {
  test("plain, signed, exponent and fraction numbers are read", () => {
    assert.equal(parseAnswer("-4"), -4);
    assert.equal(parseAnswer("  +0.25 "), 0.25);
    assert.equal(parseAnswer(".5"), 0.5);
    assert.equal(parseAnswer("5."), 5);
    assert.equal(parseAnswer("1.2e-3"), 0.0012);
    assert.equal(parseAnswer("1E5"), 100000);
    assert.equal(parseAnswer("1/4"), 0.25);
    assert.equal(parseAnswer("-3/-4"), 0.75);
  });

  test("a typographic minus, a decimal comma and spaces between digits are how people type", () => {
    assert.equal(parseAnswer("−4,5"), -4.5);
    assert.equal(parseAnswer("0,25"), 0.25);
    assert.equal(parseAnswer("1 000.5"), 1000.5);
    assert.equal(parseAnswer("\u22124"), -4);
    assert.equal(parseAnswer("１２"), 12, "full-width digits");
  });

  test("the gradients that are not finite can be typed", () => {
    assert.equal(parseAnswer("inf"), Infinity);
    assert.equal(parseAnswer("-∞"), -Infinity);
    assert.ok(Number.isNaN(parseAnswer("NaN")));
  });

  test("anything else is not a number, and nothing is counted for it", () => {
    for (const text of ["", "  ", "abc", "1.2.3", "4-", "--4", "1/0", "1,2,3", "0x10", "e5",
      "1e", "2 * 3", null, undefined]) {
      assert.equal(parseAnswer(text), null, String(text));
    }
  });
});

describe("within 1 in the last shown digit", () => {
  test("the last digit's place follows format.js's two notations", () => {
    assert.equal(lastDigit("-4.00"), 0.01);
    assert.equal(lastDigit("12"), 1);
    assert.equal(lastDigit("0.123"), 0.001);
    assert.ok(Math.abs(lastDigit("1.24e5") - 1000) < 1e-9);
    assert.ok(Math.abs(lastDigit("5.00e-3") - 1e-5) < 1e-18);
    assert.equal(lastDigit("NaN"), 0);
    assert.equal(lastDigit("∞"), 0);
  });

  test("the rule under the answer box names the tolerance as the picture would", () => {
    assert.deepEqual(["-4.00", "12", "0.123", "1.24e5", "5.00e-3", "NaN"].map(unitText),
      ["0.01", "1", "0.001", "1e3", "1e-5", "0"]);
  });

  test("two decimals: -4.00 takes -3.99 to -4.01 and not -3.98", () => {
    assert.equal(formatNumber(-4, 2), "-4.00");
    for (const given of [-4, -3.99, -4.01, -4.004, -4.0099]) {
      assert.ok(isRight(given, -4), String(given));
    }
    for (const given of [-3.98, -4.02, 4, 0]) assert.ok(!isRight(given, -4), String(given));
  });

  test("the rounded number on the wire and the exact one are both right", () => {
    // σ'(1) = 0.19661…, shown 0.20: a student who multiplies shown numbers may land on 0.21
    assert.equal(formatNumber(0.19661193324148185), "0.20");
    for (const given of [0.2, 0.19661, 0.19, 0.21]) assert.ok(isRight(given, 0.19661193324148185));
    assert.ok(!isRight(0.18, 0.19661193324148185));
    assert.ok(!isRight(0.22, 0.19661193324148185));
  });

  test("the view's digits set the tolerance", () => {
    assert.ok(isRight(0.2, 0.19661193324148185, 1));
    assert.ok(!isRight(0.2, 0.19661193324148185, 4));
    assert.ok(isRight(0.1966, 0.19661193324148185, 4));
    assert.ok(isRight(12, 12.4, 0) && isRight(13, 12.4, 0) && !isRight(14, 12.4, 0));
  });

  test("exponent notation: 1.24e5 is checked to 1e3, 5.00e-3 to 1e-5", () => {
    assert.equal(formatNumber(124000), "1.24e5");
    assert.ok(isRight(125000, 124000) && isRight(1.23e5, 124000) && !isRight(126000, 124000));
    assert.equal(formatNumber(0.004), "4.00e-3");
    assert.ok(isRight(0.00401, 0.004) && !isRight(0.00403, 0.004) && !isRight(0, 0.004));
  });

  test("NaN and infinities must be typed as such", () => {
    assert.ok(isRight(NaN, "NaN") && !isRight(0, "NaN"));
    assert.ok(isRight(Infinity, "Infinity") && !isRight(-Infinity, "Infinity"));
    assert.ok(!isRight(Infinity, 1e300));
  });
});
