// Groups by a click (docs/language.md "Groups", options.expand and options.collapse): a fused
// gate with a recipe (σ, tanh, softmax, mean, log_softmax and the losses: state.js EXPANDABLE)
// opens into its primitive gates — the notes' two pictures of one neuron — and a click on any
// gate of an expanded built-in closes it again; a collapsed function of the program (one gate
// with its name) opens into its box, and a click on a box's title closes the box into one gate.
// Enter or Space on a focused gate or title does the same.
//
// The graph JSON says which gates can do what: a fused gate's `op` is the function's name,
// every gate an expansion drew carries `group` (the function it came from), a collapsed
// function's gate has op `group`, and `groups` lists every box. The page owns the options;
// this only reports `onToggle(name, expand, builtin)` and marks the gates and titles (class,
// role=button, tabindex, aria-label) after every draw, since the keyed join reuses a circle for
// whatever gate has its id next.
//
//   const off = attachExpansion(view, { onToggle: (name, on, builtin) => … });

import { t } from "./i18n.js";
import { EXPANDABLE } from "./state.js";  // the server's recipes (a test keeps them equal)

/** @import { CircuitView } from "./circuit.js" */
/** @import { GraphNode, Group, GraphOptions } from "./types/graph.js" */

/**
 * What a click on a gate or a box's title does: expand or collapse the function `name`.
 * @typedef {{name: string, expand: boolean, builtin: boolean}} Action
 */

/** @type {Record<string, string>} */
const SHOWN = { sigmoid: "σ", tanh: "tanh", softmax: "softmax", mean: "mean",
                log_softmax: "log softmax", mse_loss: "MSE", cross_entropy: "cross-entropy",
                bce_logits: "BCE" };
const MARKED = ["expandable", "collapsible"];

/** @type {(action: Action) => string} how the gate names its function */
const shownName = (action) => SHOWN[action.name] ?? action.name;

/**
 * What a click on this node's gate does: {name, expand, builtin} or null.
 * @param {GraphNode | null | undefined} node
 * @returns {Action | null}
 */
export function gateAction(node) {
  if (node?.kind !== "op") return null;
  if (node.op === "group") {
    return { name: node.group ?? node.symbol ?? "", expand: true, builtin: false };
  }
  if (node.group && EXPANDABLE.includes(node.group)) {
    return { name: node.group, expand: false, builtin: true };
  }
  // the server leaves a softmax or log_softmax over more than two dimensions fused (expand.py)
  if ((node.op === "softmax" || node.op === "log_softmax") && (node.shape?.length ?? 0) > 2) {
    return null;
  }
  if (node.op && EXPANDABLE.includes(node.op)) {
    return { name: node.op, expand: true, builtin: true };
  }
  return null;
}

/**
 * What a click on a box's title does: close the group into one gate.
 * @param {Group | null | undefined} group
 * @returns {Action | null}
 */
export function titleAction(group) {
  if (!group || group.collapsed) return null;
  return { name: group.name, expand: false, builtin: Boolean(group.builtin) };
}

/**
 * @param {CircuitView} view  from drawCircuit
 * @param {{onToggle: (name: string, expand: boolean, builtin: boolean) => void}} options
 * @returns {() => void} detach
 */
export function attachExpansion(view, { onToggle }) {
  const svg = view.svg;
  /** @type {(id: string | undefined) => GraphNode | undefined} */
  const nodeOf = (id) => (id === undefined ? undefined : view.placed(id)?.node);
  /** @type {(id: string | undefined) => Group | undefined} */
  const groupOf = (id) => (view.graph?.groups ?? []).find((g) => g.id === id);
  /** @type {(action: Action) => string} */
  const label = (action) => t(action.expand ? "ui.expand_gate" : "ui.collapse_gate",
    { name: shownName(action) });

  function mark() {
    for (const el of svg.querySelectorAll(".gates .expandable, .gates .collapsible")) {
      el.classList.remove(...MARKED);
      for (const a of ["tabindex", "role", "aria-label"]) el.removeAttribute(a);
    }
    for (const el of svg.querySelectorAll(".symbols .expandable, .symbols .collapsible")) {
      el.classList.remove(...MARKED);
    }
    for (const p of view.layout?.nodes ?? []) {
      const action = gateAction(p.node);
      if (!action) continue;
      const cls = action.expand ? "expandable" : "collapsible";
      const drawn = /** @type {SVGElement[]} */ (view.elementsOf(p.id, ["gate", "symbol"]));
      const [gate, symbol] = drawn;
      if (!gate) continue;
      gate.classList.add(cls);
      symbol?.classList.add(cls);
      gate.dataset.group = action.name;
      gate.setAttribute("tabindex", "0");
      gate.setAttribute("role", "button");
      gate.setAttribute("aria-label", label(action));
    }
    /** @type {NodeListOf<SVGTextElement>} */
    const titles = svg.querySelectorAll(".groups .group-title");
    for (const title of titles) {
      const action = titleAction(groupOf(title.dataset.group));
      if (!action) continue;
      title.classList.add("collapsible");
      title.setAttribute("tabindex", "0");
      title.setAttribute("role", "button");
      // named by its words first, as every button drawn as text (circuit.js nameValue)
      title.setAttribute("aria-label", t("ui.collapse_group", {
        title: title.textContent, name: shownName(action) }));
    }
  }

  /** @type {(e: Event) => Action | null} */
  const target = (e) => {
    /** @type {SVGElement | null | undefined} */
    const el = /** @type {Element | null} */ (e.target)?.closest?.(".expandable, .collapsible");
    if (!el || !svg.contains(el)) return null;
    return el.classList.contains("group-title") ? titleAction(groupOf(el.dataset.group))
      : gateAction(nodeOf(el.dataset.node));
  };

  // Capture, so the tensor popover (a softmax gate is a tensor wire) does not open as well;
  // pan/zoom's own capture on the container still swallows the click that ends a drag.
  /** @param {MouseEvent} e */
  const onClick = (e) => {
    const action = target(e);
    if (!action) return;
    e.stopPropagation();
    onToggle(action.name, action.expand, action.builtin);
  };
  /** @param {KeyboardEvent} e */
  const onKey = (e) => {
    if ((e.key !== "Enter" && e.key !== " ") || e.defaultPrevented) return;
    const action = target(e);
    if (!action) return;
    e.preventDefault();  // and the step controls leave a prevented key alone
    onToggle(action.name, action.expand, action.builtin);
  };
  // Hovering one gate of an expanded function lights up all of it: what a click will close.
  /** @param {PointerEvent} e */
  const onOver = (e) => {
    /** @type {SVGElement | null | undefined} */
    const el = /** @type {Element | null} */ (e.target)?.closest?.(".collapsible");
    const name = el ? nodeOf(el.dataset.node)?.group : null;
    /** @type {NodeListOf<SVGElement>} */
    const hovered = svg.querySelectorAll(".gates .group-hover");
    for (const g of hovered) {
      if (g.dataset.group !== name) g.classList.remove("group-hover");
    }
    if (!name) return;
    for (const g of svg.querySelectorAll(`.gates .collapsible[data-group="${CSS.escape(name)}"]`)) {
      g.classList.add("group-hover");
    }
  };

  svg.addEventListener("click", onClick, true);
  svg.addEventListener("keydown", onKey);
  svg.addEventListener("pointerover", onOver);
  const offDraw = view.on("draw", mark);
  mark();
  return () => {
    svg.removeEventListener("click", onClick, true);
    svg.removeEventListener("keydown", onKey);
    svg.removeEventListener("pointerover", onOver);
    offDraw();
  };
}

/**
 * options.expand with `name` added or taken out, in the state table's order.
 * @param {string[] | undefined} expand
 * @param {string} name
 * @param {boolean} on
 * @returns {string[]}
 */
export function toggled(expand, name, on) {
  const set = new Set(expand ?? []);
  if (on) set.add(name);
  else set.delete(name);
  return EXPANDABLE.filter((f) => set.has(f));
}

/**
 * The options after a click: a built-in goes into or out of options.expand (they start
 * collapsed), the program's function out of or into options.collapse (they start expanded).
 * Empty lists are left out, so the URL stays short.
 * @param {GraphOptions | null | undefined} options
 * @param {string} name
 * @param {boolean} expand
 * @param {boolean} [builtin]
 * @returns {GraphOptions}
 */
export function toggledOptions(options, name, expand, builtin = EXPANDABLE.includes(name)) {
  const { expand: ex, collapse: co, ...rest } = options ?? {};
  /** @type {GraphOptions} */
  const next = { ...rest };
  const expanded = builtin ? toggled(ex, name, expand) : (ex ?? []);
  const set = new Set(co ?? []);
  if (!builtin && expand) set.delete(name);
  else if (!builtin) set.add(name);
  const collapsed = [...set].sort();
  if (expanded.length) next.expand = expanded;
  if (collapsed.length) next.collapse = collapsed;
  return next;
}
