/**
 * Click a tensor wire (its line, texts or gate) → a popover with the full matrices of its
 * values and gradients, formatted with format.js. Closes with Esc, its Close button or a
 * click elsewhere; focus moves to it on opening and returns where it was on closing. Tensor
 * values are focusable (tabindex=0, role=button), so Enter or Space opens it from the keyboard.
 *
 *   const pop = attachPopover(view);   // view from drawCircuit
 *   pop.open("n3", anchorElement?); pop.close(); pop.destroy();
 *
 * The numbers follow the current frame: a gradient not yet computed says so.
 *
 * @module popover
 */

import { wireName } from "./circuit-geometry.js";
import { formatNumber, formatShape } from "./format.js";
import { t } from "./i18n.js";

const MAX_ROWS = 60;  // a 1,000×1,000 matrix would be a million cells: show a corner
const MAX_COLS = 24;
const PARTS = ".hit, .wire, .label, .value, .grad, .shape, .gate, .symbol";
const TENSOR_ROLES = ["hit", "wire", "label", "shape", "value", "grad", "gate", "symbol"];
let popovers = 0;

/**
 * @param {object} view  a view from drawCircuit
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
  let openId = null;
  let returnFocus = null;

  const isTensor = (id) => Boolean(view.placed(id)?.node.shape?.length);

  /** Tensor values become buttons that open the popover (after every redraw, which resets
   * every element's class and attributes to the server's). Only tensors are visited. */
  const markTensors = () => {
    for (const p of view.layout.nodes) {
      if (!p.node.shape?.length) continue;
      for (const el of view.elementsOf(p.id, TENSOR_ROLES)) el.classList.add("tensor");
      const value = view.elementsOf(p.id, ["value"])[0];
      if (!value || value.classList.contains("const")) continue;
      value.setAttribute("tabindex", "0");
      value.setAttribute("role", "button");
      value.setAttribute("aria-haspopup", "dialog");
      value.setAttribute("aria-label", t("ui.show_matrices", { name: wireName(p.node) }));
    }
  };

  function open(id, anchor) {
    const p = view.placed(id);
    if (!p) return;
    if (openId === null) returnFocus = document.activeElement;
    openId = id;
    render(box, uid, view, p, close);
    box.classList.toggle("cgviz-dark", view.svg.classList.contains("cgviz-dark"));
    box.hidden = false;
    place(box, (anchor || view.svg.querySelector(`.wire[data-node="${CSS.escape(id)}"]`)
      || view.svg).getBoundingClientRect());
    box.querySelector("button.close").focus();
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

  const onClick = (e) => {
    const el = e.target.closest?.(PARTS);
    if (!el || !view.svg.contains(el) || !isTensor(el.dataset.node)) return;
    open(el.dataset.node, el);
  };
  const onKey = (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const el = e.target.closest?.("text.value[data-node]");
    if (!el || !isTensor(el.dataset.node)) return;
    e.preventDefault();
    open(el.dataset.node, el);
  };
  const onDocKey = (e) => {
    if (e.key === "Escape" && openId !== null) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };
  const onDocDown = (e) => {
    if (openId === null || box.contains(e.target)) return;
    const el = e.target.closest?.(PARTS);
    if (el && view.svg.contains(el) && isTensor(el.dataset.node)) return;  // reopens
    close();
  };

  view.svg.addEventListener("click", onClick);
  view.svg.addEventListener("keydown", onKey);
  document.addEventListener("keydown", onDocKey, true);
  document.addEventListener("pointerdown", onDocDown, true);
  const offDraw = view.on("draw", () => {
    markTensors();
    if (openId !== null && !isTensor(openId)) close();
    else if (openId !== null) render(box, uid, view, view.placed(openId), close);
  });
  const offShow = view.on("show", () => {
    if (openId !== null) {
      render(box, uid, view, view.placed(openId), close);
      box.querySelector("button.close").focus({ preventScroll: true });
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

function render(box, uid, view, p, close) {
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
  matrices.append(section(t("ui.table_value"), "value", value, view.digits));
  if (node.kind !== "const") {
    matrices.append(section(t("ui.popover_gradient", { name: wireName(node) }), "grad", grad,
      view.digits));
  }
  box.replaceChildren(header, matrices);
}

/** A titled table of one matrix; a vector is one row, more than two axes are stacked rows. */
function section(heading, cls, json, digits) {
  const part = document.createElement("section");
  const h = document.createElement("h3");
  h.textContent = heading;
  part.append(h);
  if (json === undefined || json === null) {
    const p = document.createElement("p");
    p.className = "note";
    p.textContent = t("ui.not_yet_computed");
    part.append(p);
    return part;
  }
  const rows = asRows(json);
  const table = document.createElement("table");
  table.className = cls;
  const body = document.createElement("tbody");
  for (const row of rows.slice(0, MAX_ROWS)) {
    const tr = document.createElement("tr");
    for (const v of row.slice(0, MAX_COLS)) {
      const td = document.createElement("td");
      td.textContent = formatNumber(v, digits);
      tr.append(td);
    }
    if (row.length > MAX_COLS) tr.append(Object.assign(document.createElement("td"),
                                                        { textContent: "…" }));
    body.append(tr);
  }
  table.append(body);
  part.append(table);
  const cols = rows[0]?.length ?? 0;
  if (rows.length > MAX_ROWS || cols > MAX_COLS) {
    const note = document.createElement("p");
    note.className = "note";
    note.textContent = `showing ${Math.min(rows.length, MAX_ROWS)} of ${rows.length} rows and `
      + `${Math.min(cols, MAX_COLS)} of ${cols} columns`;
    part.append(note);
  }
  return part;
}

/** Nested lists → rows of numbers: a scalar is 1×1, a vector one row, N-d stacks its rows. */
function asRows(json) {
  if (!Array.isArray(json)) return [[json]];
  if (!Array.isArray(json[0])) return [json];
  let rows = json;
  while (rows.length && Array.isArray(rows[0][0])) rows = rows.flat(1);
  return rows;
}

/** Below the anchor (above when there is no room), inside the window. */
function place(box, anchor) {
  const w = box.offsetWidth;
  const h = box.offsetHeight;
  let top = anchor.bottom + 8;
  if (top + h > window.innerHeight - 8) top = Math.max(8, anchor.top - h - 8);
  const left = Math.min(Math.max(8, anchor.left), Math.max(8, window.innerWidth - w - 8));
  box.style.left = `${left}px`;
  box.style.top = `${top}px`;
}
