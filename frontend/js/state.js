// The view state in the URL, as one declarative table (pure: no DOM).
//
// After tensorflow/playground's state.ts: every parameter is a row (name, type, default,
// validate); `parse` and `serialize` are loops over the table, so adding a parameter is one
// row. A link pasted into a course page must never break it (docs/embed.md): a missing, malformed,
// out-of-range or unknown parameter means its default, and `parse` never throws.
// `serialize` leaves out every parameter equal to its default, so links stay short.

import { SPEEDS } from "./player.js";

/** @import { GraphOptions, InputValue } from "./types/graph.js" */

/**
 * The view state: one field per row of PARAMS (docs/frontend.md, `state.js`).
 * @typedef {object} State
 * @property {string} source
 * @property {Record<string, InputValue>} values  overrides of the program's literals
 * @property {number | "end"} step  a frame index (-1 … total - 1) or the end
 * @property {GraphOptions} options
 * @property {"light" | "dark"} theme
 * @property {"en" | "ru" | null} lang  null: the browser's language decides
 * @property {boolean} autoplay
 * @property {boolean} controls
 * @property {string[]} hide  parts of the page to hide (HIDEABLE)
 * @property {number} speed  one of SPEEDS
 * @property {"circuit" | "table"} view
 * @property {string[]} train  the descent panel's ticked parameters
 * @property {number} lr  its learning rate
 * @property {"0" | "1" | "inputs"} quiz
 */

/**
 * One row of the table: how a URL parameter is read, checked and written. `validate` sees
 * the value its type decoded (a string, a number, parsed JSON…), hence `any`.
 * @typedef {object} Param
 * @property {keyof State} name
 * @property {keyof typeof TYPES} type
 * @property {unknown} default
 * @property {string[]} [values]  the words an `enum` or a `list` may hold
 * @property {(v: any) => boolean} [validate]
 */

const INVALID = Symbol("invalid");

export const HIDEABLE = ["editor", "caption", "controls", "inputs", "table", "examples",
  "toolbar"];
export const EXPANDABLE = ["sigmoid", "tanh", "softmax", "mean", "log_softmax", "mse_loss",
  "cross_entropy", "bce_logits"]; // backend language/expand.py (a test keeps them equal)
export const MAX_DIGITS = 6; // as the API's options.digits
const MAX_SOURCE = 200_000; // as the server's max_source_chars
const MAX_ELEMENTS = 1_000_000; // as the server's max_tensor_elements
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u; // identifiers are Unicode words (docs/language.md)

/**
 * @param {unknown} v
 * @returns {v is Record<string, unknown>}
 */
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A number, or a non-empty rectangular nested list of finite numbers (checked without
 * recursion, level by level).
 * @param {unknown} v
 * @returns {boolean}
 */
function isTensorValue(v) {
  if (typeof v === "number") return Number.isFinite(v);
  /** @type {unknown[]} */
  let level = [v];
  let count = 1;
  while (level.length > 0 && Array.isArray(level[0])) {
    const width = level[0].length;
    if (width === 0) return false;
    count *= width;
    if (count > MAX_ELEMENTS) return false;
    /** @type {unknown[]} */
    const next = [];
    for (const row of level) {
      if (!Array.isArray(row) || row.length !== width) return false;
      for (const item of row) next.push(item);
    }
    level = next;
  }
  return level.every((x) => typeof x === "number" && Number.isFinite(x));
}

/** @param {unknown} v */
function validValues(v) {
  return isObject(v) && Object.entries(v).every(([k, x]) => IDENTIFIER.test(k) &&
    isTensorValue(x));
}

/** @type {Record<string, (v: any) => boolean>} */
const OPTION_CHECKS = {
  expand: (v) => Array.isArray(v) && v.every((f) => EXPANDABLE.includes(f)) &&
    new Set(v).size === v.length,
  // the program's functions drawn as one gate each (docs/language.md, "Groups"); the server
  // names unknown ones
  collapse: (v) => Array.isArray(v) && v.every((f) => typeof f === "string" && IDENTIFIER.test(f))
    && new Set(v).size === v.length,
  digits: (v) => Number.isInteger(v) && v >= 0 && v <= MAX_DIGITS,
  code: (v) => typeof v === "boolean",
  gradcheck: (v) => typeof v === "boolean",
};

/** @param {unknown} v */
function validOptions(v) {
  return isObject(v) && Object.entries(v).every(([k, x]) => Object.hasOwn(OPTION_CHECKS, k) &&
    OPTION_CHECKS[k](x));
}

/** @type {Record<string, boolean>} */
const FLAGS = { 1: true, 0: false, true: true, false: false };

/** @type {(p: Param) => string[]} */
const valuesOf = (p) => p.values ?? [];  // an enum's or a list's words

/**
 * How a type reads a raw query string and writes a value back.
 * @typedef {{decode: (raw: string, p: Param) => unknown, encode: (v: any, p: Param) => string}}
 *   Type
 */

// How each type reads a raw query string and writes a value back.
/** @satisfies {Record<string, Type>} */
const TYPES = {
  string: { decode: (raw) => raw, encode: (v) => String(v) },
  json: {
    decode: (raw) => {
      try {
        return JSON.parse(raw);
      } catch {
        return INVALID;
      }
    },
    encode: (v) => JSON.stringify(v),
  },
  // an index into `steps` (-1 = before the first step) or "end"
  step: {
    decode: (raw) => (raw === "end" ? "end" : /^-?\d{1,7}$/.test(raw) ? Number(raw) : INVALID),
    encode: (v) => String(v),
  },
  enum: { decode: (raw, p) => (valuesOf(p).includes(raw) ? raw : INVALID), encode: String },
  number: {
    decode: (raw) => (/^\d+(\.\d+)?$/.test(raw) ? Number(raw) : INVALID),
    encode: (v) => String(v),
  },
  flag: {
    decode: (raw) => (Object.hasOwn(FLAGS, raw) ? FLAGS[raw] : INVALID),
    encode: (v) => (v ? "1" : "0"),
  },
  // a comma list of known words, kept in the table's order so equal sets give equal links
  list: {
    decode: (raw, p) => {
      const words = raw.split(",").map((w) => w.trim()).filter(Boolean);
      return words.every((w) => valuesOf(p).includes(w))
        ? valuesOf(p).filter((w) => words.includes(w)) : INVALID;
    },
    encode: (v, p) => valuesOf(p).filter((w) => v.includes(w)).join(","),
  },
  // a comma list of distinct identifiers (the descent panel's ticked parameters)
  names: {
    decode: (raw) => {
      const names = raw.split(",").map((w) => w.trim()).filter(Boolean);
      return names.every((w) => IDENTIFIER.test(w)) && new Set(names).size === names.length
        ? names : INVALID;
    },
    encode: (v) => v.join(","),
  },
};

/** The table: one row per URL parameter (docs/embed.md for the embed's, docs/frontend.md for
 *  the app's).
 * @type {Param[]} */
export const PARAMS = [
  { name: "source", type: "string", default: "", validate: (v) => v.length <= MAX_SOURCE },
  { name: "values", type: "json", default: {}, validate: validValues },
  { name: "step", type: "step", default: "end", validate: (v) => v === "end" || v >= -1 },
  { name: "options", type: "json", default: {}, validate: validOptions },
  { name: "theme", type: "enum", values: ["light", "dark"], default: "light" },
  // null: no `lang` given, so the browser's language decides (i18n.js pickLanguage); kept
  // apart from "en" so that a link without `lang` speaks each reader's language.
  { name: "lang", type: "enum", values: ["en", "ru"], default: null },
  { name: "autoplay", type: "flag", default: false },
  { name: "controls", type: "flag", default: true },
  { name: "hide", type: "list", values: HIDEABLE, default: [] },
  { name: "speed", type: "number", default: 1, validate: (v) => SPEEDS.includes(v) },
  { name: "view", type: "enum", values: ["circuit", "table"], default: "circuit" },
  // The descent panel (descent.js): the parameters ticked by hand ([]: its default, the
  // weights and biases by name) and the learning rate.
  { name: "train", type: "names", default: [] },
  { name: "lr", type: "number", default: 0.5, validate: (v) => v > 0 && v <= 1000 },
  // Quiz mode (quiz.js): "1" asks for each gate's gradients, "inputs" only the inputs'.
  { name: "quiz", type: "enum", values: ["0", "1", "inputs"], default: "0" },
];

/** @type {<T>(v: T) => T} */
const copy = (v) => (typeof v === "object" && v !== null ? structuredClone(v) : v);

/**
 * A fresh state holding every default.
 * @returns {State}
 */
export function defaults() {
  return /** @type {State} */ (Object.fromEntries(PARAMS.map((p) => [p.name, copy(p.default)])));
}

/**
 * @param {Param} p
 * @param {unknown} raw
 * @returns {unknown}  the value, or INVALID
 */
function read(p, raw) {
  if (typeof raw !== "string") return INVALID;
  const v = TYPES[p.type].decode(raw, p);
  if (v === INVALID) return INVALID;
  return !p.validate || p.validate(v) ? v : INVALID;
}

/**
 * `location.search` (with or without "?"), a query string or URLSearchParams → a full state.
 * Never throws: anything unusable is the default.
 * @param {unknown} search
 * @returns {State}
 */
export function parse(search) {
  const state = defaults();
  let params;
  try {
    params = search instanceof URLSearchParams ? search : new URLSearchParams(String(search ?? ""));
  } catch {
    return state;
  }
  for (const p of PARAMS) {
    const raw = params.get(p.name);
    if (raw === null) continue;
    const v = read(p, raw);
    if (v !== INVALID) /** @type {Record<string, unknown>} */ (state)[p.name] = v;
  }
  return state;
}

/**
 * A state (complete or partial) → "?a=…&b=…" in table order, or "" when everything is a
 * default. Values that would not parse back are left out rather than written.
 * @param {Partial<State> | null | undefined} state
 * @returns {string}
 */
export function serialize(state) {
  const params = new URLSearchParams();
  for (const p of PARAMS) {
    const v = state?.[p.name];
    if (v === undefined || v === null) continue;
    const type = TYPES[p.type];
    let text;
    try {
      text = type.encode(v, p);
    } catch {
      continue;
    }
    if (text === type.encode(p.default, p)) continue;
    if (read(p, text) === INVALID) continue;
    params.set(p.name, text);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * `step` for a trace of `total` steps as a frame index: "end" and anything out of range are
 * the end (docs/embed.md: out-of-range parameters fall back to the default).
 * @param {unknown} step
 * @param {number} total
 * @returns {number}
 */
export function resolveStep(step, total) {
  if (typeof step === "number" && Number.isInteger(step) && step >= -1 && step < total) {
    return step;
  }
  return total - 1;
}

/**
 * The inverse, for the URL: the end is written as the default "end", not as a number.
 * @param {number} index
 * @param {number} total
 * @returns {number | "end"}
 */
export function stepOf(index, total) {
  return index >= total - 1 ? "end" : index;
}
