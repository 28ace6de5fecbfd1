// Quiz mode's answers (pure: no DOM): how a typed answer is read, and when it is right.
//
// An answer is right within 1 in the last digit the picture shows of the expected number
// (format.js formatNumber, with the view's digits): "-4.00" accepts -3.99 … -4.01, "1.24e5"
// accepts 1.23e5 … 1.25e5. So a student who works with the rounded numbers on the wires is
// right, and one who types more digits is too.

import { formatNumber, toNumber } from "./format.js";

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/;

/**
 * A typed answer as a number, or null when it is not one. Lenient about how people write
 * numbers: a typographic minus (−), a decimal comma (0,25, as Russian writes it), spaces
 * between digit groups, an exponent (1.2e-3), a fraction of two numbers (1/3), and
 * inf/∞/NaN for the gradients that are not finite.
 * @param {unknown} text  what was typed (anything else is not a number)
 * @returns {number | null}
 */
export function parseAnswer(text) {
  if (typeof text !== "string") return null;
  let s = text.normalize("NFKC").trim().toLowerCase()
    .replace(/[\u2212\u2012\u2013\u2014\ufe63]/g, "-")
    .replace(/[\s\u00a0\u2009\u202f]+/g, "");
  if (/^[+-]?(?:inf|infinity|∞)$/.test(s)) return s.startsWith("-") ? -Infinity : Infinity;
  if (s === "nan") return NaN;
  if (!s.includes(".")) s = s.replace(/^([+-]?\d*),(\d+)/, "$1.$2");  // one decimal comma
  if (NUMBER.test(s)) return Number(s);
  const fraction = s.split("/");
  if (fraction.length === 2 && fraction.every((p) => NUMBER.test(p))) {
    const [p, q] = fraction.map(Number);
    return q === 0 ? null : p / q;
  }
  return null;
}

/**
 * The place value of the last digit of a number as formatNumber writes it: "-4.00" → 0.01,
 * "12" → 1, "1.24e5" → 1000, "5.00e-3" → 1e-5; 0 for "NaN", "∞".
 * @param {string} shown
 * @returns {number}
 */
export function lastDigit(shown) {
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(shown);
  if (!m) return 0;
  return 10 ** (Number(m[2] ?? 0) - (m[1]?.length ?? 0));
}

/**
 * `lastDigit` as the rule under the answer box writes it: "0.01", "1", "1e3", "1e-5".
 * @param {string} shown
 * @returns {string}
 */
export function unitText(shown) {
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(shown);
  if (!m) return "0";
  const decimals = m[1]?.length ?? 0;
  if (m[2] !== undefined) return `1e${Number(m[2]) - decimals}`;
  return decimals ? `0.${"0".repeat(decimals - 1)}1` : "1";
}

/**
 * Whether `given` is right for `expected` shown with `digits` decimals: within 1 in the last
 * shown digit of the number as shown or of the number itself. NaN and ±∞ must be typed so.
 * @param {number} given
 * @param {number | string} expected  a number of the graph JSON ("NaN", "Infinity" allowed)
 * @param {number} [digits=2]
 */
export function isRight(given, expected, digits = 2) {
  const v = toNumber(expected);
  if (Number.isNaN(v)) return Number.isNaN(given);
  if (!Number.isFinite(v) || !Number.isFinite(given)) return given === v;
  const shown = formatNumber(v, digits);
  const tolerance = lastDigit(shown) * (1 + 1e-9);
  return Math.abs(given - Number(shown)) <= tolerance || Math.abs(given - v) <= tolerance;
}
