/**
 * A large tensor's numbers, for the popover (pure; no DOM, no requests).
 *
 * The graph JSON sends a tensor of more than `max_json_elements` elements as a summary,
 * `{summary: {min, max, mean, norm, nan, posinf, neginf}, sample}` (docs/api.md, README "HTTP
 * API"); `GET /api/graph/node` sends its numbers, a window of the tensor read as a matrix at a
 * time (api.js `fetchNode`). These helpers decide what the popover can show and how it asks:
 *
 *   nodeQuery(request, id, window)  → "source=…&node=n3&rows=60&cols=24"
 *   numbersOf(shown, final)         → "inline" | "fetch" | "partial" | "none"
 *   summaryRows(json, digits)       → [["min", "-4.63"], …, ["NaN", "3"]]
 *
 * @module tensordata
 */

import { formatNumber, isSummary } from "./format.js";

/** @import { GraphRequest, TensorJson, TensorSummary } from "./types/graph.js" */

/**
 * A window of a tensor read as a matrix: `rows` × `cols` from (`row`, `col`); what is left
 * out the server chooses (docs/api.md, "GET /api/graph/node").
 * @typedef {{row?: number, col?: number, rows?: number, cols?: number}} MatrixWindow
 */

/**
 * The query of `GET /api/graph/node` for the graph a request drew. Only `expand` and
 * `collapse` of the options change the circuit (and so its node ids); the others (digits,
 * code, gradcheck, lang) change what else the graph JSON says, so they are left out: the
 * server then skips the gradient check, and one cached answer serves every reader.
 * @param {GraphRequest} request
 * @param {string} id  the node, e.g. "n3"
 * @param {MatrixWindow} [window]
 * @returns {string}
 */
export function nodeQuery(request, id, window = {}) {
  const params = new URLSearchParams({ source: request.source });
  if (request.values && Object.keys(request.values).length) {
    params.set("values", JSON.stringify(request.values));
  }
  /** @type {Record<string, string[]>} */
  const drawn = {};  // the options that change the nodes (and so their ids)
  for (const key of /** @type {const} */ (["expand", "collapse"])) {
    const names = request.options?.[key];
    if (Array.isArray(names) && names.length) drawn[key] = names;
  }
  if (Object.keys(drawn).length) params.set("options", JSON.stringify(drawn));
  params.set("node", id);
  for (const key of /** @type {const} */ (["row", "col", "rows", "cols"])) {
    const n = window[key];
    if (n !== undefined && Number.isInteger(n) && n >= 0) params.set(key, String(n));
  }
  return params.toString();
}

/**
 * Where the numbers of what a wire shows now come from. `shown` is the frame's JSON for the
 * wire (frames.js), `final` the node's own `value` or `grad` in the graph JSON.
 * - "inline": the graph JSON has them (a scalar or a small tensor);
 * - "fetch": a summary of the node's final value or gradient, which the node route sends;
 * - "partial": a summary of a running total mid-way through the backward pass (a wire used
 *   more than once), whose numbers are kept nowhere: only the summary can be shown;
 * - "none": nothing to show yet.
 * @param {TensorJson | null | undefined} shown
 * @param {TensorJson | null | undefined} final
 * @returns {"inline"|"fetch"|"partial"|"none"}
 */
export function numbersOf(shown, final) {
  if (shown === undefined || shown === null) return "none";
  if (!isSummary(shown)) return "inline";
  return isSummary(final) && sameSummary(shown, final) ? "fetch" : "partial";
}

/**
 * @param {TensorSummary} a
 * @param {TensorSummary} b
 */
function sameSummary(a, b) {
  if (a === b) return true;
  return JSON.stringify(a.summary) === JSON.stringify(b.summary)
    && JSON.stringify(a.sample) === JSON.stringify(b.sample);
}

/**
 * A summary as rows of a definition list: min, max, mean and norm of the finite elements,
 * then how many are NaN, ∞ and -∞ (only those that occur). "—" where nothing is finite.
 * @param {TensorSummary} json
 * @param {number} [digits=2]
 * @returns {Array<[string, string]>}
 */
export function summaryRows(json, digits = 2) {
  const s = json.summary;
  /** @param {number | string | null | undefined} v */
  const show = (v) => (v === null || v === undefined ? "—" : formatNumber(v, digits));
  /** @type {Array<[string, string]>} */
  const rows = [["min", show(s.min)], ["max", show(s.max)], ["mean", show(s.mean)],
    ["norm", show(s.norm)]];
  for (const [key, label] of /** @type {const} */ ([["nan", "NaN"], ["posinf", "∞"],
                                                    ["neginf", "-∞"]])) {
    if (s[key] > 0) rows.push([label, String(s[key])]);
  }
  return rows;
}
