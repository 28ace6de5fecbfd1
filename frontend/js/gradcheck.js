// The numeric gradient check (options.gradcheck, README "Teaching options") in the browser:
// the notes' "why analytic gradients can be trusted", made visible.
//
// The server puts on every input node `numeric_grad`, `relative_error`, `gradcheck` (ok,
// disagree, kink, not finite, not checked) and `gradcheck_note`. Here they are shown three
// ways: a summary under the circuit (one line per input that is not simply "ok", with the
// note), extra columns in the table view, and rows in the wire's tooltip. A verdict is always
// a word with a sign (✓ ⚠ ✗ ?), never a colour alone.

import { formatSummary } from "./format.js";
import { t } from "./i18n.js";

/** @import { Graph, GraphNode } from "./types/graph.js" */

/** @type {Record<string, {sign: string, key: string}>} */
const VERDICTS = {
  ok: { sign: "✓", key: "ui.gradcheck_ok" },
  disagree: { sign: "✗", key: "ui.gradcheck_disagree" },
  kink: { sign: "⚠", key: "ui.gradcheck_kink" },
  "not finite": { sign: "?", key: "ui.gradcheck_not_finite" },
  "not checked": { sign: "–", key: "ui.gradcheck_not_checked" },
};

/** @type {(graph: Graph | null | undefined) => boolean} built with options.gradcheck? */
export const hasGradcheck = (graph) => Boolean(graph?.nodes?.some((n) => n.gradcheck));

/**
 * "✓ agrees", "⚠ kink", … and a CSS class suffix; null for a node without a verdict.
 * @param {GraphNode | null | undefined} node
 * @returns {{text: string, cls: string, flagged: boolean} | null}
 */
export function verdict(node) {
  const v = node?.gradcheck ? VERDICTS[node.gradcheck] : undefined;
  if (!node?.gradcheck || !v) return null;
  return { text: `${v.sign} ${t(v.key)}`, cls: node.gradcheck.replace(" ", "-"),
           flagged: node.gradcheck !== "ok" };
}

/**
 * Relative errors are tiny: 1.2e-11 reads better than 0.00.
 * @param {unknown} x
 * @returns {string}
 */
export function formatError(x) {
  if (typeof x !== "number" || !Number.isFinite(x)) return "—";
  return x === 0 ? "0" : x.toExponential(1);
}

/**
 * Rows for the tooltip ([term, text, class]) under "gradient".
 * @param {GraphNode} node
 * @param {number} digits
 * @returns {Array<[string, string, string]>}
 */
export function gradcheckRows(node, digits) {
  const v = verdict(node);
  if (!v) return [];
  /** @type {Array<[string, string, string]>} */
  const rows = [];
  if (node.numeric_grad !== undefined && node.numeric_grad !== null) {
    rows.push([t("ui.numeric_grad"), formatSummary(node.numeric_grad, digits), "grad numeric"]);
  }
  rows.push([t("ui.relative_error"), formatError(node.relative_error), ""]);
  rows.push([t("ui.gradcheck"), node.gradcheck_note ? `${v.text}: ${node.gradcheck_note}` : v.text,
    `verdict verdict-${v.cls}`]);
  return rows;
}

/**
 * The summary under the circuit: how many inputs agree, and every one that does not, with its
 * note. Hidden without a check.
 * @param {HTMLElement | null} container
 * @param {Graph | null} graph
 * @param {number} [digits]
 */
export function renderGradcheckSummary(container, graph, digits = 2) {
  if (!container) return;
  const inputs = (graph?.nodes ?? []).filter((n) => n.gradcheck);
  container.hidden = inputs.length === 0;
  if (!inputs.length) {
    container.replaceChildren();
    return;
  }
  const doc = container.ownerDocument;
  const head = doc.createElement("p");
  head.className = "gradcheck-head";
  const strong = doc.createElement("strong");
  strong.textContent = `${t("ui.gradcheck")}: `;
  const ok = inputs.filter((n) => n.gradcheck === "ok").length;
  head.append(strong, `${VERDICTS.ok.sign} ${ok} / ${inputs.length} ${t("ui.gradcheck_ok")}`);
  const list = doc.createElement("ul");
  for (const node of inputs) {
    const v = /** @type {NonNullable<ReturnType<typeof verdict>>} */ (verdict(node));  // checked
    const li = doc.createElement("li");
    li.className = `verdict-${v.cls}`;
    li.dataset.node = node.id;
    const name = doc.createElement("code");
    name.textContent = node.label ?? node.id;
    const badge = doc.createElement("span");
    badge.className = "verdict";
    badge.textContent = v.text;
    const numbers = `${t("ui.analytic_grad")} ${formatSummary(node.grad, digits)}, ` +
      `${t("ui.numeric_grad")} ${formatSummary(node.numeric_grad, digits)}, ` +
      `${t("ui.relative_error")} ${formatError(node.relative_error)}`;
    li.append(name, " ", badge, ` — ${numbers}`);
    if (node.gradcheck_note) {
      const note = doc.createElement("span");
      note.className = "note";
      note.textContent = node.gradcheck_note;
      li.append(". ", note);
    }
    list.append(li);
  }
  container.replaceChildren(head, list);
}

/**
 * Add the numeric gradient, the relative error and the verdict as three columns of
 * `table#node-table` (table.js builds it; this runs after each render and does its work once
 * per table element, since numeric gradients do not change from step to step).
 * @param {HTMLTableElement | null} table
 * @param {Graph} graph
 * @param {number} [digits]
 */
export function decorateTable(table, graph, digits = 2) {
  if (!table || !hasGradcheck(graph) || table.dataset.gradcheck === "1") return;
  table.dataset.gradcheck = "1";
  const doc = table.ownerDocument;
  const head = table.tHead?.rows[0];
  for (const [key, cls] of [["ui.numeric_grad", "numeric"], ["ui.relative_error", "rel"],
    ["ui.gradcheck", "verdict"]]) {
    const th = doc.createElement("th");
    th.scope = "col";
    th.className = cls;
    th.textContent = t(key);
    head?.append(th);
  }
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const tr of table.tBodies[0]?.rows ?? []) {
    const node = byId.get(tr.dataset.node ?? "");
    const v = verdict(node);
    const cells = v && node ? [formatSummary(node.numeric_grad, digits),
      formatError(node.relative_error), v.text] : ["", "", ""];
    ["numeric num", "rel num", `verdict${v ? ` verdict-${v.cls}` : ""}`].forEach((cls, i) => {
      const td = doc.createElement("td");
      td.className = cls;
      td.textContent = cells[i];
      if (i === 2 && node?.gradcheck_note) td.title = node.gradcheck_note;
      tr.append(td);
    });
    if (v?.flagged && node?.gradcheck_note) {
      tr.classList.add("gradcheck-flagged");
      const note = doc.createElement("div");
      note.className = "gradcheck-note";
      note.textContent = node.gradcheck_note;
      tr.lastElementChild?.append(note);
    }
  }
}
