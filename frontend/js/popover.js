/**
 * Click a tensor wire (its line, texts or gate) → a popover with the full matrices of its
 * values and gradients, formatted with format.js. Closes with Esc, its Close button or a
 * click elsewhere; focus moves to it on opening and returns where it was on closing. Tensor
 * values are focusable (tabindex=0, role=button), so Enter or Space opens it from the keyboard.
 *
 *   const pop = attachPopover(view);   // view from drawCircuit
 *   pop.open("n3", anchorElement?); pop.close(); pop.destroy();
 *
 * The numbers follow the current frame: a gradient not yet computed says so. A tensor the
 * graph JSON only summarises (more than max_json_elements elements) shows its summary at
 * once, then the corner the popover lists, asked for from GET /api/graph/node (api.js
 * `fetchNode`, tensordata.js): MAX_ROWS × MAX_COLS numbers, never the whole tensor.
 *
 * @module popover
 */

import { fetchNode } from "./api.js";
import { wireName } from "./circuit-geometry.js";
import { formatNumber, formatShape, isSummary, largestMagnitude, noiseFree, toNumber }
  from "./format.js";
import { t } from "./i18n.js";
import { numbersOf, summaryRows } from "./tensordata.js";

/** @import { NodeAnswer } from "./api.js" */
/** @import { CircuitView } from "./circuit.js" */
/** @import { Placed } from "./circuit-geometry.js" */
/** @import { Graph, JsonNumber, NestedList, TensorJson, TensorSummary } from "./types/graph.js" */

/**
 * The node route's answer for a node, or `pending` while it is on its way.
 * @typedef {NodeAnswer | {pending: true}} Fetched
 */

/** @typedef {(id: string) => NodeAnswer | null} Numbers */

const MAX_ROWS = 60;  // a 1,000×1,000 matrix would be a million cells: show a corner
const MAX_COLS = 24;
const PARTS = ".hit, .wire, .label, .value, .grad, .shape, .gate, .symbol";
const TENSOR_ROLES = ["hit", "wire", "label", "shape", "value", "grad", "gate", "symbol"];
let popovers = 0;

/**
 * @param {CircuitView} view  a view from drawCircuit
 * @returns {{open: (id: string, anchor?: Element) => void, close: () => void,
 *            destroy: () => void, openId: () => string|null}}
 */
export function attachPopover(view) {
  const uid = `cgviz-popover-${(popovers += 1)}`;
  const box = document.createElement("div");
  box.className = "cgviz-popover";
  box.id = uid;
  box.hidden = true;
  box.setAttribute("role", "dialog");
  box.setAttribute("aria-modal", "false");
  box.setAttribute("aria-labelledby", `${uid}-title`);
  view.container.append(box);
  /** @type {string | null} */
  let openId = null;
  /** @type {HTMLElement | null} */
  let returnFocus = null;
  // graph → node id → {pending} | {ok, data} | {ok: false, message}: what the node route
  // answered for this popover, so a redraw at every step asks nothing again
  /** @type {WeakMap<Graph, Map<string, Fetched>>} */
  const fetched = new WeakMap();
  // the close button render() puts in the box
  const closeButton = () => /** @type {HTMLButtonElement} */ (box.querySelector("button.close"));

  /**
   * The node route's answer for `id`, or null while it is on its way (asked for once).
   * @type {Numbers}
   */
  const numbers = (id) => {
    const graph = /** @type {Graph} */ (view.graph);  // a drawn view has its graph
    let byId = fetched.get(graph);
    if (!byId) fetched.set(graph, (byId = new Map()));
    if (!byId.has(id)) {
      byId.set(id, { pending: true });
      fetchNode(graph, id, { rows: MAX_ROWS, cols: MAX_COLS }).then((answer) => {
        byId?.set(id, answer);
        const p = view.placed(id);
        if (openId === id && view.graph === graph && p) {
          const focused = box.contains(document.activeElement);
          render(box, uid, view, p, close, numbers);
          if (focused) closeButton()?.focus({ preventScroll: true });
        }
      });
    }
    const entry = /** @type {Fetched} */ (byId.get(id));
    return "pending" in entry ? null : entry;
  };

  /** @type {(id: string | undefined) => boolean} */
  const isTensor = (id) => Boolean(id && view.placed(id)?.node.shape?.length);

  /** Tensor values become buttons that open the popover (after every redraw, which resets
   * every element's class and attributes to the server's). Only tensors are visited. */
  const markTensors = () => {
    for (const p of view.layout?.nodes ?? []) {
      if (!p.node.shape?.length) continue;
      for (const el of view.elementsOf(p.id, TENSOR_ROLES)) el.classList.add("tensor");
      const value = view.elementsOf(p.id, ["value"])[0];
      if (!value || value.classList.contains("const")) continue;
      value.setAttribute("tabindex", "0");
      value.setAttribute("role", "button");
      value.setAttribute("aria-haspopup", "dialog");
      const name = wireName(p.node);
      view.nameValue(p.id, (text) => t("ui.show_matrices", { value: text, name }));
    }
  };

  /**
   * @param {string} id
   * @param {Element} [anchor]
   */
  function open(id, anchor) {
    const p = view.placed(id);
    if (!p) return;
    if (openId === null) returnFocus = /** @type {HTMLElement | null} */ (document.activeElement);
    const byId = view.graph ? fetched.get(view.graph) : undefined;
    const failed = byId?.get(id);
    if (failed && "ok" in failed && failed.ok === false) byId?.delete(id);  // ask again
    openId = id;
    render(box, uid, view, p, close, numbers);
    box.classList.toggle("cgviz-dark", view.svg.classList.contains("cgviz-dark"));
    box.hidden = false;
    place(box, (anchor || view.svg.querySelector(`.wire[data-node="${CSS.escape(id)}"]`)
      || view.svg).getBoundingClientRect());
    closeButton().focus();
  }

  function close() {
    if (openId === null) return;
    openId = null;
    box.hidden = true;
    box.replaceChildren();
    const back = returnFocus && returnFocus.isConnected ? returnFocus : view.container;
    returnFocus = null;
    back?.focus?.({ preventScroll: true });
  }

  /** @type {(target: EventTarget | null, selector: string) => SVGElement | null | undefined} */
  const closest = (target, selector) => /** @type {Element | null} */ (target)?.closest?.(selector);

  /** @param {MouseEvent} e */
  const onClick = (e) => {
    const el = closest(e.target, PARTS);
    if (!el || !view.svg.contains(el) || !isTensor(el.dataset.node)) return;
    open(/** @type {string} */ (el.dataset.node), el);
  };
  /** @param {KeyboardEvent} e */
  const onKey = (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const el = closest(e.target, "text.value[data-node]");
    if (!el || !isTensor(el.dataset.node)) return;
    e.preventDefault();
    open(/** @type {string} */ (el.dataset.node), el);
  };
  /** @param {KeyboardEvent} e */
  const onDocKey = (e) => {
    if (e.key === "Escape" && openId !== null) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };
  /** @param {PointerEvent} e */
  const onDocDown = (e) => {
    if (openId === null || box.contains(/** @type {Node | null} */ (e.target))) return;
    const el = closest(e.target, PARTS);
    if (el && view.svg.contains(el) && isTensor(el.dataset.node)) return;  // reopens
    close();
  };

  view.svg.addEventListener("click", onClick);
  view.svg.addEventListener("keydown", onKey);
  document.addEventListener("keydown", onDocKey, true);
  document.addEventListener("pointerdown", onDocDown, true);
  const offDraw = view.on("draw", () => {
    markTensors();
    const p = openId === null ? undefined : view.placed(openId);
    if (openId !== null && !isTensor(openId)) close();
    else if (p) render(box, uid, view, p, close, numbers);
  });
  const offShow = view.on("show", () => {
    const p = openId === null ? undefined : view.placed(openId);
    if (p) {
      render(box, uid, view, p, close, numbers);
      closeButton().focus({ preventScroll: true });
    }
  });
  markTensors();
  return {
    open,
    close,
    openId: () => openId,
    destroy() {
      close();
      view.svg.removeEventListener("click", onClick);
      view.svg.removeEventListener("keydown", onKey);
      document.removeEventListener("keydown", onDocKey, true);
      document.removeEventListener("pointerdown", onDocDown, true);
      offDraw();
      offShow();
      box.remove();
    },
  };
}

/**
 * @param {HTMLElement} box
 * @param {string} uid
 * @param {CircuitView} view
 * @param {Placed} p
 * @param {() => void} close
 * @param {Numbers} numbers
 */
function render(box, uid, view, p, close, numbers) {
  const node = p.node;
  const { value, grad } = view.shown(node.id);
  const header = document.createElement("header");
  const title = document.createElement("h2");
  title.id = `${uid}-title`;
  title.textContent = wireName(node);
  const shape = document.createElement("span");
  shape.className = "shape";
  shape.textContent = formatShape(node.shape);
  const button = document.createElement("button");
  button.type = "button";
  button.className = "close";
  button.textContent = t("ui.close");
  button.setAttribute("aria-label", t("ui.close_esc"));
  button.addEventListener("click", close);
  header.append(title, shape, button);
  const matrices = document.createElement("div");
  matrices.className = "matrices";
  /** @type {Array<["value" | "grad", string, TensorJson | null | undefined, TensorJson | null]>} */
  const parts = [["value", t("ui.table_value"), value, node.value]];
  if (node.kind !== "const") {
    parts.push(["grad", t("ui.popover_gradient", { name: wireName(node) }), grad, node.grad]);
  }
  const summarised = parts.some(([, , json]) => isSummary(json));
  const size = (node.shape ?? []).reduce((a, b) => a * b, 1);
  const intro = summarised ? [note(t("ui.summarised", { size: size.toLocaleString() }))] : [];
  for (const [cls, heading, json, final] of parts) {
    const how = numbersOf(json, final);
    const answer = how === "fetch" ? numbers(node.id) : null;
    matrices.append(section(heading, cls, json, how, answer, view.digits));
  }
  box.replaceChildren(header, ...intro, matrices);
}

/**
 * @param {string} text
 * @param {string} [cls]
 */
function note(text, cls = "note") {
  const p = document.createElement("p");
  p.className = cls;
  p.textContent = text;
  return p;
}

/**
 * A titled part: a matrix of numbers; for a summarised tensor its summary first, then the
 * corner the node route sent (`answer`: null while it is on its way).
 * @param {string} heading
 * @param {"value" | "grad"} cls
 * @param {TensorJson | null | undefined} json  what the wire shows now
 * @param {ReturnType<typeof numbersOf>} how
 * @param {NodeAnswer | null} answer
 * @param {number} digits
 */
function section(heading, cls, json, how, answer, digits) {
  const part = document.createElement("section");
  const h = document.createElement("h3");
  h.textContent = heading;
  part.append(h);
  if (how === "none") {
    part.append(note(t("ui.not_yet_computed")));
    return part;
  }
  if (how === "inline") {
    const rows = asRows(/** @type {JsonNumber | NestedList} */ (json));  // not a summary
    const cols = rows[0]?.length ?? 0;
    part.append(matrix(cls, rows, digits, cols > MAX_COLS));
    if (rows.length > MAX_ROWS || cols > MAX_COLS) part.append(shownOf(rows.length, cols));
    return part;
  }
  part.append(summaryList(cls, /** @type {TensorSummary} */ (json), digits));
  if (how === "partial") part.append(note(t("ui.numbers_partial")));
  else if (answer === null) part.append(note(t("ui.numbers_loading"), "note loading"));
  else if (!answer.ok) part.append(note(t("ui.numbers_failed", { message: answer.message })));
  else {
    const data = answer.data;
    const [height, width] = data.matrix;
    part.append(matrix(cls, data[cls] ?? [], digits, width > data.col + data.cols));
    if (height > data.rows || width > data.cols) part.append(shownOf(height, width));
  }
  return part;
}

/**
 * "showing 60 of 1000 rows and 24 of 1000 columns"
 * @param {number} height
 * @param {number} width
 */
function shownOf(height, width) {
  return note(t("ui.showing_part", { rows: Math.min(height, MAX_ROWS), total_rows: height,
                                     cols: Math.min(width, MAX_COLS), total_cols: width }));
}

/**
 * @param {string} cls
 * @param {TensorSummary} json
 * @param {number} digits
 */
function summaryList(cls, json, digits) {
  const dl = document.createElement("dl");
  dl.className = `summary ${cls}`;
  for (const [term, text] of summaryRows(json, digits)) {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = text;
    const pair = document.createElement("div");  // a term and its number never part
    pair.append(dt, dd);
    dl.append(pair);
  }
  return dl;
}

/**
 * A table of at most MAX_ROWS × MAX_COLS numbers, with "…" if the rows go on (`wider`).
 * @param {string} cls
 * @param {JsonNumber[][]} rows
 * @param {number} digits
 * @param {boolean} wider
 */
function matrix(cls, rows, digits, wider) {
  const table = document.createElement("table");
  table.className = cls;
  const body = document.createElement("tbody");
  const largest = largestMagnitude(rows.flat());  // rounding noise beside it is drawn as 0
  for (const row of rows.slice(0, MAX_ROWS)) {
    const tr = document.createElement("tr");
    for (const v of row.slice(0, MAX_COLS)) {
      const td = document.createElement("td");
      td.textContent = formatNumber(noiseFree(toNumber(v), largest), digits);
      tr.append(td);
    }
    if (wider) tr.append(Object.assign(document.createElement("td"), { textContent: "…" }));
    body.append(tr);
  }
  table.append(body);
  return table;
}

/**
 * Nested lists → rows of numbers: a scalar is 1×1, a vector one row, N-d stacks its rows.
 * @param {JsonNumber | NestedList} json
 * @returns {JsonNumber[][]}
 */
function asRows(json) {
  if (!Array.isArray(json)) return [[json]];
  if (!Array.isArray(json[0])) return [/** @type {JsonNumber[]} */ (json)];
  // lists of a depth only the loop finds
  let rows = /** @type {unknown[][]} */ (json);
  while (rows.length && Array.isArray(rows[0][0])) rows = /** @type {unknown[][]} */ (rows.flat(1));
  return /** @type {JsonNumber[][]} */ (rows);
}

/**
 * Below the anchor (above when there is no room), inside the window.
 * @param {HTMLElement} box
 * @param {DOMRect} anchor
 */
function place(box, anchor) {
  const w = box.offsetWidth;
  const h = box.offsetHeight;
  let top = anchor.bottom + 8;
  if (top + h > window.innerHeight - 8) top = Math.max(8, anchor.top - h - 8);
  const left = Math.min(Math.max(8, anchor.left), Math.max(8, window.innerWidth - w - 8));
  box.style.left = `${left}px`;
  box.style.top = `${top}px`;
}
