// The table view: every node of the circuit with its value and gradient at the current frame.
//
// The accessible twin of the picture: a screen reader, or anyone who cannot tell
// green from red, reads the same numbers here, with "Value" and "Gradient" in the headers.
// Rows are keyed by node id and built once per graph; a new frame rewrites only the rows whose
// numbers changed since the last one (frames.js `changedBetween`) plus the old and new active
// rows, so stepping through a 5,000-node table stays cheap.

import { formatShape, formatSummary, isSummary } from "./format.js";
import { changedBetween } from "./frames.js";
import { language, t as say } from "./i18n.js";
import { summaryRows } from "./tensordata.js";

/** @import { Frame } from "./frames.js" */
/** @import { Graph, TensorJson } from "./types/graph.js" */

/**
 * One node's row: the row and its two number cells.
 * @typedef {{tr: HTMLTableRowElement, value: HTMLElement, grad: HTMLElement}} Row
 */

/**
 * A container's table: what it was built for, its rows by node id, and the frame it shows;
 * `followId`/`followPending` keep the current row in sight (follow).
 * @typedef {{graph: Graph, digits: number, lang: string, table: HTMLTableElement,
 *            rows: Map<string, Row>, frame: Frame | null, followId?: string | null,
 *            followPending?: boolean}} TableView
 */

// The table's words, in the page's language (i18n.js).
const tableWords = () => ({
  caption: say("ui.table_caption"),
  name: say("ui.table_name"), kind: say("ui.table_kind"), op: say("ui.table_op"),
  shape: say("ui.table_shape"), value: say("ui.table_value"),
  /** @type {(out: string) => string} */
  grad: (out) => say("ui.table_gradient", { out }),
  /** @type {Record<string, string>} */
  kinds: { input: say("ui.kind_input"), const: say("ui.kind_const"), op: say("ui.kind_op") },
  scalar: say("ui.scalar"), pending: say("ui.pending"),
});

/** @type {WeakMap<Element, TableView>} */
const views = new WeakMap(); // container → {graph, digits, lang, table, rows, frame}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {Document} doc
 * @param {K} tag
 * @param {string} text
 * @param {string} [cls]
 * @returns {HTMLElementTagNameMap[K]}
 */
function cell(doc, tag, text, cls) {
  const c = doc.createElement(tag);
  if (cls) c.className = cls;
  c.textContent = text;
  return c;
}

/**
 * @param {HTMLElement} container
 * @param {Graph} graph
 * @param {number} digits
 * @param {ReturnType<typeof tableWords>} t
 * @returns {{table: HTMLTableElement, rows: Map<string, Row>}}
 */
function build(container, graph, digits, t) {
  const doc = container.ownerDocument;
  const out = graph.nodes.find((n) => n.id === graph.output);
  const table = doc.createElement("table");
  table.id = "node-table";
  table.className = "cg-table";
  table.append(cell(doc, "caption", t.caption));
  const head = doc.createElement("tr");
  for (const [text, cls] of /** @type {Array<[string, string?]>} */ ([[t.name], [t.kind], [t.op],
    [t.shape], [t.value, "value"], [t.grad(out?.label ?? "f"), "grad"]])) {
    const th = cell(doc, "th", text, cls);
    th.scope = "col";
    head.append(th);
  }
  table.createTHead().append(head);
  const body = table.createTBody();
  /** @type {Map<string, Row>} */
  const rows = new Map();
  for (const node of graph.nodes) {
    const tr = doc.createElement("tr");
    tr.dataset.node = node.id;
    const name = cell(doc, "th", "", "name");
    name.scope = "row";
    if (node.label) name.textContent = node.label;
    else name.append(cell(doc, "code", node.text ?? node.id));
    const shape = formatShape(node.shape ?? []);
    const value = cell(doc, "td", "", "value num");
    const grad = cell(doc, "td", "", "grad num");
    tr.append(name, cell(doc, "td", t.kinds[node.kind] ?? node.kind, "kind"),
      cell(doc, "td", node.symbol ?? "", "op"),
      cell(doc, "td", shape || t.scalar, shape ? "shape" : "shape muted"), value, grad);
    body.append(tr);
    rows.set(node.id, { tr, value, grad });
  }
  container.replaceChildren(table);
  return { table, rows };
}

/**
 * @param {HTMLElement} td
 * @param {TensorJson | null | undefined} data  undefined: not shown yet
 * @param {number} digits
 * @param {string} pending  what a pending cell's title says
 */
function fill(td, data, digits, pending) {
  if (data === undefined) {
    td.textContent = "·";
    td.title = pending;
    td.classList.add("pending");
  } else {
    td.textContent = formatSummary(data, digits);
    // a summarised tensor (docs/api.md): its min, max, mean and norm on hover; the numbers
    // themselves are in the circuit's popover
    if (isSummary(data)) td.title = summaryRows(data, digits).map((r) => r.join(" ")).join(", ");
    else td.removeAttribute("title");
    td.classList.remove("pending");
  }
}

/**
 * @param {TableView} view
 * @param {Frame} frame
 * @param {boolean} on
 */
function mark(view, frame, on) {
  /** @type {(id: string, cls: string) => boolean | undefined} */
  const set = (id, cls) => view.rows.get(id)?.tr.classList.toggle(cls, on);
  if (frame.active) {
    set(frame.active, "active");
    const tr = view.rows.get(frame.active)?.tr;
    if (on) tr?.setAttribute("aria-current", "step");
    else tr?.removeAttribute("aria-current");
  }
  for (const id of frame.written) set(id, "written");
  if (frame.accumulating) set(frame.accumulating, "accumulating");
}

/**
 * Keep the current row in sight, once per animation frame: scrolling needs a layout, and a
 * synchronous layout of a 5,000-row table on every step would cost ~70 ms each.
 * @param {TableView} view
 * @param {string | null | undefined} id
 */
function follow(view, id) {
  view.followId = id;
  if (!id || view.followPending) return;
  view.followPending = true;
  globalThis.requestAnimationFrame(() => {
    view.followPending = false;
    const tr = view.followId ? view.rows.get(view.followId)?.tr : undefined;
    if (tr && tr.offsetParent !== null) tr.scrollIntoView({ block: "nearest" });
  });
}

/**
 * Render (or update) `table#node-table` in `container` for `frame` of `graph`.
 * options: {digits = 2, follow = true (scroll the active row into view)}
 * @param {HTMLElement} container
 * @param {Graph} graph
 * @param {Frame} frame
 * @param {{digits?: number, follow?: boolean, lang?: string}} [options]
 * @returns {HTMLTableElement}
 */
export function renderTable(container, graph, frame, options = {}) {
  const digits = options.digits ?? 2;
  const lang = language();  // a language switch rebuilds the table
  const t = tableWords();
  let view = views.get(container);
  /** @type {Iterable<string>} */
  let ids;
  if (!view || !view.frame || view.graph !== graph || view.digits !== digits
      || view.lang !== lang || !view.table.isConnected) {
    view = { graph, digits, lang, ...build(container, graph, digits, t), frame: null };
    views.set(container, view);
    ids = view.rows.keys();
  } else {
    mark(view, view.frame, false);
    ids = changedBetween(graph, view.frame.index, frame.index);
  }
  for (const id of ids) {
    const row = view.rows.get(id);
    if (!row) continue;
    fill(row.value, frame.values.get(id), digits, t.pending);
    fill(row.grad, frame.grads.get(id), digits, t.pending);
  }
  mark(view, frame, true);
  view.table.dataset.phase = frame.phase;
  view.frame = frame;
  if (options.follow !== false) {
    follow(view, frame.accumulating ?? frame.active ?? frame.written[0]);
  }
  return view.table;
}
