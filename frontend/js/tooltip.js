/**
 * Hover a wire (its line, its texts or its gate) → a small floating box with its name, value,
 * gradient and shape, as the current frame shows them. Keyboard focus on a wire's focusable
 * text shows the same box.
 *
 *   const tip = attachTooltip(view);   // view from drawCircuit
 *   tip.destroy();
 *
 * Gradients are told apart from values by their label ("gradient") as well as by colour.
 *
 * @module tooltip
 */

import { wireName } from "./circuit-geometry.js";
import { formatShape, formatSummary } from "./format.js";
import { gateAction } from "./expand.js";
import { gradcheckRows } from "./gradcheck.js";
import { t } from "./i18n.js";

/** @import { CircuitView } from "./circuit.js" */
/** @import { Placed } from "./circuit-geometry.js" */

const OFFSET = 14;  // px between the pointer and the box
// Elements that stand for a wire; arrows (`.edge`, `.out`) belong to two wires, so none.
const WIRE_PARTS = ".hit, .wire, .label, .value, .grad, .shape, .warning, .gate, .symbol";

/**
 * @param {CircuitView} view  a view from drawCircuit
 * @returns {{destroy: () => void, hide: () => void}}
 */
export function attachTooltip(view) {
  const box = document.createElement("div");
  box.className = "cgviz-tooltip";
  box.setAttribute("role", "tooltip");
  box.id = `cgviz-tooltip-${Math.random().toString(36).slice(2, 9)}`;
  box.hidden = true;
  view.container.append(box);
  /** @type {string | null} */
  let current = null;  // node id shown
  /** @type {Element | null} */
  let hovered = null;  // its hit line, highlighted

  /** @type {(target: EventTarget | null) => SVGElement | null} */
  const partOf = (target) => {
    /** @type {SVGElement | null | undefined} */
    const el = /** @type {Element | null} */ (target)?.closest?.(WIRE_PARTS);
    return el && view.svg.contains(el) ? el : null;
  };

  /** @param {string | null} id */
  const highlight = (id) => {
    hovered?.classList.remove("hover");
    hovered = id ? view.svg.querySelector(`.hits line[data-node="${CSS.escape(id)}"]`) : null;
    hovered?.classList.add("hover");
  };

  /** @type {(id: string | undefined, x: number, y: number) => void} */
  const show = (id, x, y) => {
    const p = id === undefined ? undefined : view.placed(id);
    if (!id || !p) return hide();
    if (current !== id) {
      current = id;
      fill(box, view, p);
      highlight(id);
    }
    box.classList.toggle("cgviz-dark", view.svg.classList.contains("cgviz-dark"));
    box.hidden = false;
    place(box, x, y);
  };

  function hide() {
    current = null;
    box.hidden = true;
    highlight(null);
  }

  /** @param {PointerEvent} e */
  const onMove = (e) => {
    if (e.buttons && e.pointerType === "mouse") return hide();  // panning
    const el = partOf(e.target);
    if (!el) return hide();
    show(el.dataset.node, e.clientX + OFFSET, e.clientY + OFFSET);
  };
  /** @param {FocusEvent} e */
  const onFocus = (e) => {
    const el = partOf(e.target);
    if (!el) return;
    const r = el.getBoundingClientRect();
    show(el.dataset.node, r.left, r.bottom + 6);
    el.setAttribute("aria-describedby", box.id);
  };
  const onShow = () => {
    if (current === null) return;
    const id = current;
    current = null;  // refill with the new frame's numbers, where it is
    const p = view.placed(id);
    if (p) fill(box, view, p);
    current = id;
  };

  const svg = view.svg;
  svg.addEventListener("pointermove", onMove);
  svg.addEventListener("pointerleave", hide);
  svg.addEventListener("focusin", onFocus);
  svg.addEventListener("focusout", hide);
  const offShow = view.on("show", onShow);
  const offDraw = view.on("draw", hide);
  return {
    hide,
    destroy() {
      svg.removeEventListener("pointermove", onMove);
      svg.removeEventListener("pointerleave", hide);
      svg.removeEventListener("focusin", onFocus);
      svg.removeEventListener("focusout", hide);
      offShow();
      offDraw();
      box.remove();
    },
  };
}

/**
 * The box's lines: name (and the expression of a named gate), value, gradient, shape.
 * @param {HTMLElement} box
 * @param {CircuitView} view
 * @param {Placed} p
 */
function fill(box, view, p) {
  const node = p.node;
  const { value, grad } = view.shown(node.id);
  const digits = view.digits;
  /** @type {Array<[string, string, string]>} */
  const rows = [
    [t("ui.value"), value === undefined ? t("ui.pending") : formatSummary(value, digits), "value"],
  ];
  if (node.kind !== "const") {
    rows.push([t("ui.gradient"), grad === undefined ? t("ui.pending")
      : formatSummary(grad, digits), "grad"]);
  }
  rows.push(...gradcheckRows(node, digits));  // options.gradcheck: numeric beside analytic
  if (node.shape?.length) rows.push([t("ui.shape"), formatShape(node.shape), ""]);
  if (node.kind === "op") rows.push([t("ui.kind_op"), node.symbol || node.op || "", ""]);
  if (node.warning) rows.push([t("ui.warning"), node.warning, ""]);
  // σ, tanh, softmax, mean: a click expands or collapses — said only where a click does it,
  // i.e. where expand.js marked the gate (not on a page without expansion, nor on other gates)
  const action = gateAction(node);
  const [gate] = action ? view.elementsOf(node.id, ["gate"]) : [];
  if (action && gate?.matches(".expandable, .collapsible")) {
    rows.push(["", t(action.expand ? "ui.expand_gate" : "ui.collapse_gate",
      { name: action.name === "sigmoid" ? "σ" : action.name }), "hint"]);
  }
  const name = document.createElement("div");
  name.className = "name";
  name.textContent = node.kind === "op" && node.label ? `${node.label} = ${node.text}`
    : node.kind === "const" ? `${t("ui.kind_const")} ${wireName(node)}` : wireName(node);
  const dl = document.createElement("dl");
  for (const [term, text, cls] of rows) {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = text;
    if (cls) dd.className = cls;
    dl.append(dt, dd);
  }
  box.replaceChildren(name, dl);
}

/**
 * At (x, y) in client coordinates, flipped to stay inside the window.
 * @param {HTMLElement} box
 * @param {number} x
 * @param {number} y
 */
function place(box, x, y) {
  const w = box.offsetWidth;
  const h = box.offsetHeight;
  const left = x + w > window.innerWidth - 4 ? Math.max(4, x - w - 2 * OFFSET) : x;
  const top = y + h > window.innerHeight - 4 ? Math.max(4, y - h - 2 * OFFSET) : y;
  box.style.left = `${left}px`;
  box.style.top = `${top}px`;
}
