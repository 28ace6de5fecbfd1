/**
 * What the circuit's view should show (pure; no DOM):
 *
 *   focusBox(graph, frame) → {box, core} | null   the step the caption talks about
 *   smallestFont(graph)    → px                    the smallest text the circuit draws
 *   readableScale(graph, px = 11) → scale          the least scale that keeps it ≥ px
 *
 * Boxes are [x0, y0, x1, y1] in the circuit's own coordinates (those of the graph JSON).
 * `core` is the active gate with the wire it draws (for the output's seed step, the wire and
 * the 1.00 under it); `box` adds the wires the step writes: the inputs receiving their
 * gradients going back, so that "∂f/∂x = upstream × local" shows its numbers. panzoom.js
 * shows `box` where it fits the view and `core` where it does not.
 *
 * @module viewfit
 */

import { ABOVE, BELOW, FONT, SHAPE_FONT, TEXT_INSET, gateHalfWidth, symbolMetrics, textWidth,
  wireTexts } from "./circuit-geometry.js";
import { formatShape } from "./format.js";

/** @import { Frame } from "./frames.js" */
/** @import { Graph, GraphNode } from "./types/graph.js" */

/**
 * A box [x0, y0, x1, y1] in the circuit's coordinates.
 * @typedef {number[]} Rect
 */

/**
 * What a step works on: `core` its gate with the wire it draws, `box` that and the wires the
 * step writes (panzoom.js keeps `box` in view where it fits, else `core`).
 * @typedef {{box: Rect, core: Rect}} Focus
 */

const TITLE_FONT = 12;  // a group box's title (backend/cgviz/render/boxes.py, circuit.js)
export const READABLE_PX = 11;  // the least CSS px a text may be drawn at on a phone

/**
 * The box of one wire with its name, numbers and, for a gate's wire, the gate.
 * @param {Graph} graph
 * @param {GraphNode} node
 * @param {{gate?: boolean}} [options]
 * @returns {Rect}
 */
function wireBox(graph, node, { gate = true } = {}) {
  const { wire_length: wire = 70, gate_gap: gap = 20, gate_radius: R = 20 } = graph.layout ?? {};
  const t = wireTexts(node);
  const names = Math.max(textWidth(t.label, FONT), textWidth(t.shape, SHAPE_FONT));
  const texts = Math.max(textWidth(t.value, t.font), textWidth(t.grad, t.font));
  const left = gate && node.kind === "op"
    ? node.x - gap - 2 * gateHalfWidth(node.symbol || "", R)
    : node.x - TEXT_INSET - names;
  return [left, node.y + ABOVE - FONT, Math.max(node.x + wire, node.x + TEXT_INSET + texts),
          node.y + BELOW + 4];
}

/**
 * @param {Rect} a
 * @param {Rect} b
 * @returns {Rect}
 */
function union(a, b) {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]),
          Math.max(a[3], b[3])];
}

/**
 * The part of the circuit the frame's step works on, or null before the first step.
 * @param {Graph} graph  the graph JSON
 * @param {Pick<Frame, "active"> & Partial<Pick<Frame, "accumulating" | "written">> | null}
 *   frame  from frames.js frameAt
 * @returns {Focus | null}
 */
export function focusBox(graph, frame) {
  // the seed step and an accumulation name no gate: the wire they write is the step
  const id = frame?.active ?? frame?.accumulating ?? frame?.written?.[0];
  if (!id || !frame) return null;
  /** @type {(nid: string) => GraphNode | undefined} */
  const byId = (nid) => graph.nodes[Number(nid.slice(1))];  // node "nK" is nodes[K]
  const node = byId(id);
  if (!node) return null;
  const core = wireBox(graph, node);
  let box = core;
  for (const w of frame.written ?? []) {
    const other = w !== id && byId(w);
    if (other) box = union(box, wireBox(graph, other, { gate: false }));
  }
  return { box, core };
}

/**
 * The smallest font size among the circuit's texts: names and numbers, a tensor's shape,
 * gate symbols, group titles (the sizes circuit-geometry.js gives them).
 * @param {Graph} graph
 * @returns {number}
 */
export function smallestFont(graph) {
  let least = FONT;
  for (const node of graph.nodes ?? []) {
    if (formatShape(node.shape) && node.kind !== "const") return SHAPE_FONT;  // none is smaller
    least = Math.min(least, wireTexts(node).font);
    if (node.kind === "op") least = Math.min(least, symbolMetrics(node.symbol || "")[0]);
  }
  if ((graph.groups ?? []).some((g) => g.box)) least = Math.min(least, TITLE_FONT);
  return least;
}

/**
 * The least scale at which every text of the circuit is drawn at `px` CSS pixels or more.
 * @param {Graph} graph
 * @param {number} [px]
 * @returns {number}
 */
export function readableScale(graph, px = READABLE_PX) {
  return px / smallestFont(graph);
}
