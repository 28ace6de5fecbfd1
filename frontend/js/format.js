/**
 * The one number rule, as backend/cgviz/core/format.py states it (pure; no DOM).
 *
 *   formatNumber(x, digits = 2)    → "-4.00", "1.24e5", "5.00e-3", "NaN", "∞", "-∞"
 *   formatShape(shape)             → "3×2", "3", "" (scalar)
 *   formatSummary(value, digits)   → a number, "[0.10, -0.20]" (≤ 4 elements) or "mean 0.12"
 *   isSummary(json)                → whether a tensor came as {summary, sample} (docs/api.md)
 *   summaryMean(json)              → the mean of all its elements, as NumPy's would be
 *   formatCoordinate(v)            → an SVG coordinate: "65", "117.5", "29.12"
 *   toNumber(json)                 → a JSON number or "NaN"/"Infinity"/"-Infinity" as a Number
 *
 * Both sides are checked against tests/fixtures/format_cases.json (format.test.js here,
 * tests/core/test_format_cases.py there). Two Python details need care in JavaScript:
 * - Python rounds an exact decimal tie to even (`f"{0.125:.2f}"` is "0.12") where toFixed and
 *   toExponential round it away from zero ("0.13"); ties are detected exactly, with BigInt.
 * - NumPy's mean sums pairwise (numpy/_core/src/umath/loops_utils.h.src, pairwise_sum), so a
 *   plain left-to-right sum can differ in the last bit and, near a tie, in the printed digits.
 *
 * @module format
 */

/** @import { JsonNumber, NestedList, TensorJson, TensorSummary } from "./types/graph.js" */

/** @type {Record<string, number>} */
const NONFINITE = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity };

/**
 * A value from the graph JSON as a Number (non-finite values arrive as strings).
 * @param {number|string} v
 * @returns {number}
 */
export function toNumber(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v in NONFINITE) return NONFINITE[v];
  return Number(v);
}

/**
 * Whether the double `v` equals the decimal `mantissa` × 10^`exp10` exactly (`mantissa` is a
 * string of digits). A double is N / 2^k; doubling is exact, so k is found by doubling.
 * @param {number} v
 * @param {string} mantissa
 * @param {number} exp10
 * @returns {boolean}
 */
function equalsDecimal(v, mantissa, exp10) {
  let n = Math.abs(v);
  let k = 0n;
  while (!Number.isInteger(n)) {
    n *= 2;
    k += 1n;
  }
  const big = BigInt(n);
  const c = BigInt(mantissa);
  const two = 2n ** k;
  if (exp10 >= 0) return big === c * 10n ** BigInt(exp10) * two;
  return big * 10n ** BigInt(-exp10) === c * two;
}

/**
 * Python's `f"{v:.{d}f}"` for a finite v: correctly rounded, exact ties to even.
 * @param {number} v
 * @param {number} d  decimals
 * @returns {string}
 */
export function pyFixed(v, d) {
  if (Math.abs(v) >= 1e21) {  // toFixed switches to exponent form there; Python never does
    const int = BigInt(v).toString();  // such a double is an integer: exact
    return d > 0 ? `${int}.${"0".repeat(d)}` : int;
  }
  const away = v.toFixed(d);  // correctly rounded, but ties go away from zero
  const longer = v.toFixed(d + 1);
  if (!longer.endsWith("5")) return away;
  const digits = longer.replace(/^-/, "").replace(".", "");
  if (!equalsDecimal(v, digits, -(d + 1))) return away;
  const cut = d === 0 ? longer.slice(0, -2) : longer.slice(0, -1);  // drop the 5 (and the ".")
  const last = Number(cut[cut.length - 1]);
  return last % 2 === 0 ? cut : away;
}

/**
 * Python's `f"{v:.2e}"` for a finite v, as (mantissa, exponent): ("1.24", 5).
 * @param {number} v
 * @returns {[string, number]}
 */
function pyExponent(v) {
  /** @type {(text: string) => [string, number]} */
  const split = (text) => {
    const [m, e] = text.split("e");
    return [m, Number(e)];
  };
  const away = split(v.toExponential(2));
  const [longer, e] = split(v.toExponential(3));
  if (!longer.endsWith("5")) return away;
  if (!equalsDecimal(v, longer.replace(/^-/, "").replace(".", ""), e - 3)) return away;
  const cut = longer.slice(0, -1);
  return Number(cut[cut.length - 1]) % 2 === 0 ? [cut, e] : away;
}

/**
 * A value or gradient as the picture prints it.
 * @param {number|string} x  a number, or "NaN"/"Infinity"/"-Infinity"
 * @param {number} [digits=2]  decimals (0–6)
 * @returns {string}
 */
export function formatNumber(x, digits = 2) {
  const v = toNumber(x);
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "-∞";
  const a = Math.abs(v);
  if (a >= 1e5 || (a !== 0 && a < 0.5 * Number(`1e-${digits}`))) {
    const [mantissa, exponent] = pyExponent(v);
    return `${mantissa}e${exponent}`;
  }
  const text = pyFixed(v, digits);
  return Number(text) === 0 ? pyFixed(0, digits) : text;
}

/**
 * A tensor's shape as the picture prints it under its name.
 * @param {number[]} shape
 * @returns {string}  "3×2" for a matrix, "3" for a vector, "" for a scalar
 */
export function formatShape(shape) {
  return (shape || []).join("×");
}

/**
 * Nested lists → [flat numbers, shape], without recursion.
 * @param {NestedList} value
 * @returns {[number[], number[]]}
 */
function flatten(value) {
  const shape = [];
  /** @type {unknown} */
  let level = value;
  for (; Array.isArray(level); level = level[0]) shape.push(level.length);
  /** @type {unknown[]} */
  let items = [value];
  for (let depth = 0; depth < shape.length; depth += 1) items = items.flat(1);
  return [/** @type {JsonNumber[]} */ (items).map(toNumber), shape];
}

/**
 * NumPy's pairwise sum of `a[lo, lo + n)`: 8 running sums per block of ≤ 128, halves above.
 * @param {number[]} a
 * @param {number} lo
 * @param {number} n
 * @returns {number}
 */
function pairwiseSum(a, lo, n) {
  if (n < 8) {
    let res = 0;
    for (let i = lo; i < lo + n; i += 1) res += a[i];
    return res;
  }
  if (n <= 128) {
    const r = a.slice(lo, lo + 8);
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (let j = 0; j < 8; j += 1) r[j] += a[lo + i + j];
    }
    let res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; i += 1) res += a[lo + i];
    return res;
  }
  // Halving an array, log2(n / 128) deep: not a walk over the graph or the syntax tree.
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(a, lo, n2) + pairwiseSum(a, lo + n2, n - n2);
}

/**
 * Whether a value from the graph JSON is a large tensor's summary rather than its numbers: a
 * tensor of more than `max_json_elements` elements arrives as `{summary: {min, max, mean, norm,
 * nan, posinf, neginf}, sample}` (backend/cgviz/core/format.py `summary_json`).
 * @param {unknown} value
 * @returns {value is TensorSummary}
 */
export function isSummary(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    && "summary" in value && typeof value.summary === "object" && value.summary !== null;
}

/**
 * The mean of all a summarised tensor's elements, as NumPy's `mean` of them is: NaN if one is
 * NaN or both infinities occur, ±∞ if one infinity does, else the summary's mean (the same
 * number, as format.py takes both from the same array).
 * @param {TensorSummary} value
 * @returns {number}
 */
export function summaryMean(value) {
  const s = value.summary;
  if (s.nan > 0 || (s.posinf > 0 && s.neginf > 0)) return NaN;
  if (s.posinf > 0) return Infinity;
  if (s.neginf > 0) return -Infinity;
  return s.mean === null || s.mean === undefined ? NaN : toNumber(s.mean);
}

/**
 * What a wire shows for a value or gradient from the graph JSON.
 * @param {TensorJson | null | undefined} value  a scalar, nested lists for a tensor, or a
 *   large tensor's summary (`isSummary`)
 * @param {number} [digits=2]
 * @returns {string}  "" for null, a number, "[a, b]" for a vector of ≤ 4, else "mean m"
 */
export function formatSummary(value, digits = 2) {
  if (value === null || value === undefined) return "";
  if (isSummary(value)) {
    const s = value.summary;  // min and max are the finite elements' (a non-finite mean stays)
    const largest = Math.max(Math.abs(toNumber(s.min ?? 0)), Math.abs(toNumber(s.max ?? 0)));
    return `mean ${formatNumber(noiseFree(summaryMean(value), largest), digits)}`;
  }
  if (!Array.isArray(value)) return formatNumber(value, digits);
  const [flat, shape] = flatten(value);
  if (shape.length === 1 && flat.length <= 4) {
    const largest = largestMagnitude(flat);
    return `[${flat.map((v) => formatNumber(noiseFree(toNumber(v), largest), digits)).join(", ")}]`;
  }
  if (flat.length === 0) return "[]";
  const mean = pairwiseSum(flat, 0, flat.length) / flat.length;
  const largest = flat.reduce((m, v) => Math.max(m, Math.abs(toNumber(v))), 0);
  return `mean ${formatNumber(noiseFree(mean, largest), digits)}`;
}

/**
 * A number below this share of its tensor's largest element is rounding noise, drawn as 0
 * (format.py states the rule): an element of a tensor, or the mean a wire shows.
 */
export const NOISE = 1e-12;

/**
 * `v`, or 0 where it is rounding noise beside elements as large as `largest` (format.py
 * `noise_free`): regression's residual 5.55e-17 where the exact answer is 0, the mean ~1e-18
 * of a softmax's logit gradients, which sum to 0.
 * @param {number} v
 * @param {number} largest
 * @returns {number}
 */
export function noiseFree(v, largest) {
  return Number.isFinite(v) && Math.abs(v) <= NOISE * largest ? 0 : v;
}

/**
 * The largest finite |element| of a list of JSON numbers (0 if none is finite).
 * @param {Array<number|string>} values
 * @returns {number}
 */
export function largestMagnitude(values) {
  let largest = 0;
  for (const v of values) {
    const x = Math.abs(toNumber(v));
    if (Number.isFinite(x) && x > largest) largest = x;
  }
  return largest;
}

/**
 * A coordinate in the SVG: at most two decimals, no trailing zeros; NaN/∞ give "0".
 * @param {number} v
 * @returns {string}
 */
export function formatCoordinate(v) {
  if (!Number.isFinite(v)) return "0";
  let text = pyFixed(v, 2);
  if (text.endsWith("0")) {
    text = text.endsWith("00") ? text.slice(0, -3) : text.slice(0, -1);
    if (text === "-0") return "0";
  }
  return text;
}
