/**
 * Where every text, line and circle of a circuit goes: a port of backend/cgviz/render/svg.py
 * (and of the text metrics of backend/cgviz/render/layout.py), so the browser draws what the
 * server draws (pure; no DOM).
 *
 *   placeCircuit(graph, digits) → { nodes: Placed[], byId: Map, tiles: Map, width, height,
 *                                   title, desc }   (title, desc: in i18n.js's language)
 *   tileOf(x, y)                → the tile a wire starting at (x, y) is drawn in (tiles.py)
 *   wireTexts(node, digits)     → { label, shape, value, grad, font }
 *   wireName(node)              → how captions and tooltips name a wire
 *
 * Geometry comes from the graph JSON (node x/y and layout.wire_length / gate_gap /
 * gate_radius); the constants below are layout.py's and svg.py's. Every coordinate goes
 * through formatCoordinate and every number through formatSummary, exactly as on the server,
 * so the two pictures agree to the character (tests/e2e/test_circuit_matches_server.py).
 *
 * @module circuit-geometry
 */

import { formatCoordinate as fc, formatShape, formatSummary } from "./format.js";
import { t } from "./i18n.js";

/** @import { Graph, GraphNode, Group } from "./types/graph.js" */

/**
 * What a wire shows: its texts as the picture prints them (`wireTexts`).
 * @typedef {{label: string, shape: string, value: string, grad: string, font: number}} WireTexts
 */

/**
 * A text of a placed node: where it goes and what it says; `font` is "" for the default size.
 * @typedef {{x: string, y: string, text: string, font?: string}} PlacedText
 */

/**
 * One arrow into a gate, from input `source`'s wire (argument `port`).
 * @typedef {{source: string, port: number, x1: string, y1: string, x2: string, y2: string}}
 *   PlacedEdge
 */

/**
 * A gate: its circle (or a pill for a long name, `pill`) and its symbol.
 * @typedef {object} PlacedGate
 * @property {string} cx
 * @property {string} cy
 * @property {string} ty  the symbol's baseline
 * @property {string} size  the symbol's font size
 * @property {string} symbol
 * @property {string} title  the gate's expression (a tooltip)
 * @property {{x: string, y: string, width: string, height: string} | null} pill
 */

/**
 * A node placed: every coordinate and text the layers draw for it, as strings the SVG holds.
 * @typedef {object} Placed
 * @property {string} id
 * @property {GraphNode} node
 * @property {WireTexts} texts
 * @property {string} tile  the key of the tile its wire starts in
 * @property {{x1: string, y: string, x2: string}} wire
 * @property {PlacedText} value
 * @property {PlacedText} [label]
 * @property {PlacedText} [shape]
 * @property {PlacedText} [grad]
 * @property {PlacedText} [warning]
 * @property {PlacedGate} [gate]
 * @property {{x1: string, y: string, x2: string}} [out]  a gate's stub to its wire
 * @property {PlacedEdge[]} edges
 */

/**
 * The whole circuit placed (`placeCircuit`).
 * @typedef {object} PlacedCircuit
 * @property {Placed[]} nodes
 * @property {Map<string, Placed>} byId
 * @property {Map<string, number[]>} tiles  tile key → [x0, y0, x1, y1] its elements cover
 * @property {string} width
 * @property {string} height
 * @property {string} title
 * @property {string} desc
 */

export const FONT = 16;  // names and scalar values (layout.FONT)
export const TENSOR_FONT = 14;
export const SHAPE_FONT = 11;
export const WARNING_FONT = 14;
export const TEXT_INSET = 5;
export const ABOVE = -6;  // baseline of a name or value, relative to the wire (svg.ABOVE)
export const BELOW = 17;  // baseline of a gradient
const SYMBOL_FONT = 20;
const SYMBOL_ROOM = 32;
export const PILL_FONT = 14;  // layout.PILL_FONT: a name too long for the circle, in a pill
const PILL_PAD = 10;
const GATE_RADIUS = 20;  // graph.GATE_RADIUS
const REPEAT_SPREAD = 0.3;  // radians between the arrows of `a * a`
export const FONT_FAMILY = 'ui-sans-serif, system-ui, "DejaVu Sans", Arial, sans-serif';
export const TILE = 1024;  // backend/cgviz/render/tiles.py TILE
export const NEAR_X = 4300;  // and NEAR_X, NEAR_Y: the far tiles lie beyond these
export const NEAR_Y = 1400;

/**
 * tiles.tile_of: the key of the tile a wire starting at (x, y) belongs to.
 * @param {number} x
 * @param {number} y
 * @returns {string}
 */
export function tileOf(x, y) {
  return `${Math.floor(x / TILE)}:${Math.floor(y / TILE)}`;
}

const NARROW = new Set(" .,:;'|!ilIjft()[]-");
const WIDE = new Set("MWmw@%×…⚠");
const UPPER = /^\p{Uppercase}$/u;  // Python's str.isupper() for one character
// Unicode East Asian Width W and F, the blocks that matter (layout.py asks unicodedata).
const EAST_ASIAN_WIDE = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

/** @param {string} ch  one character */
function eastAsianWide(ch) {
  const cp = ch.codePointAt(0) ?? 0;
  return EAST_ASIAN_WIDE.some(([lo, hi]) => cp >= lo && cp <= hi);
}

/**
 * layout.text_width: an upper-ish estimate of the width of `text` at font size `size`.
 * @param {string} text
 * @param {number} size
 * @returns {number}
 */
export function textWidth(text, size) {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.34;
    else if (WIDE.has(ch) || UPPER.test(ch)) em += 0.78;
    else if (eastAsianWide(ch)) em += 1.0;
    else em += 0.64;
  }
  return em * size;
}

/**
 * svg.symbol_metrics: the font size that fits a symbol in its circle, and its baseline.
 * @param {string} symbol
 * @returns {[number, number]}  [font size, baseline below the centre]
 */
export function symbolMetrics(symbol) {
  let size = SYMBOL_FONT;
  const wide = textWidth(symbol, 1.0);
  if (wide * PILL_FONT > SYMBOL_ROOM) size = PILL_FONT;
  else if (wide * size > SYMBOL_ROOM) size = Math.max(9, Math.floor(SYMBOL_ROOM / wide));
  return [size, symbol === "*" ? 0.5 * size : 0.35 * size];
}

/**
 * layout.gate_half_width: R for the notes' circle, more for a pill that fits a name.
 * @param {string} symbol
 * @param {number} [R]
 * @returns {number}
 */
export function gateHalfWidth(symbol, R = GATE_RADIUS) {
  const wide = textWidth(symbol, PILL_FONT);
  return wide <= SYMBOL_ROOM ? R : Math.max(R, wide / 2 + PILL_PAD);
}

/**
 * svg._boxes: every expanded group's box and title (docs/language.md, "Groups"), from the
 * layout's `box`.
 * @param {Graph} graph
 * @returns {{id: string, name: string, x: string, y: string, width: string, height: string,
 *            tx: string, ty: string, group: Group}[]}
 */
export function placeGroups(graph) {
  return (graph.groups || []).flatMap((g) => (g.box ? [{
    id: g.id, name: g.name, group: g, x: fc(g.box.x), y: fc(g.box.y), width: fc(g.box.width),
    height: fc(g.box.height), tx: fc(g.box.x + 10), ty: fc(g.box.y + 4),
  }] : []));
}

/**
 * layout.wire_texts for one node: what its wire shows.
 * @param {GraphNode} node
 * @param {number} [digits=2]
 * @returns {WireTexts}
 */
export function wireTexts(node, digits = 2) {
  const shape = formatShape(node.shape);
  const constant = node.kind === "const";
  return {
    label: node.label || "",  // data a program names (`n`, `Yb`) is a constant with a name
    shape,
    value: formatSummary(node.value, digits),
    grad: constant ? "" : formatSummary(node.grad, digits),
    font: shape ? TENSOR_FONT : FONT,
  };
}

/** @param {string} text */
function isCompound(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "(" || ch === "[") depth += 1;
    else if (ch === ")" || ch === "]") depth -= 1;
    else if (depth === 0 && i > 0 && "+-*/@^ ".includes(ch)) return true;
  }
  return false;
}

/**
 * graph.Node.name: a wire's label, else its source text (cut short, bracketed if compound).
 * @param {GraphNode} node
 * @returns {string}
 */
export function wireName(node) {
  if (node.label) return node.label;
  let text = node.text || "";
  if (text.length > 24) {
    text = text[0] === "(" && text[text.length - 1] === ")"
      ? `${text.slice(0, 22)}…)` : `${text.slice(0, 23)}…`;
  }
  return node.kind === "op" && isCompound(text) ? `(${text})` : text;
}

/**
 * Every node placed: one record per node with the strings each layer draws, keyed by id.
 * `tiles` maps each tile's key to the box [x0, y0, x1, y1] its elements cover (the view
 * shows only the tiles that meet it: circuit.js `cull`).
 * A record has `id`, `node`, `texts`, `tile`, `wire` {x1, y, x2}, and where they apply `label`,
 * `shape`, `value`, `grad`, `warning` (each {x, y, text[, font]}), `gate` {cx, cy, ty, size,
 * symbol, title}, `out` {x1, y, x2} and `edges` [{source, port, x1, y1, x2, y2}].
 * @param {Graph} graph  the graph JSON
 * @param {number} [digits=2]
 * @returns {PlacedCircuit}
 */
export function placeCircuit(graph, digits = 2) {
  const nodes = graph.nodes || [];
  const layout = graph.layout || /** @type {Partial<Graph["layout"]>} */ ({});
  const wire = layout.wire_length ?? 70;
  const gap = layout.gate_gap ?? 20;
  const R = layout.gate_radius ?? 20;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  /** @type {Placed[]} */
  const placed = [];
  /** @type {Map<string, Placed>} */
  const placedById = new Map();
  /** @type {Map<string, number[]>} */
  const tiles = new Map();  // tile key → [x0, y0, x1, y1], what its elements cover
  for (const node of nodes) {
    const t = wireTexts(node, digits);
    const { x, y } = node;
    const fx = fc(x);
    const fy = fc(y);
    const fxEnd = fc(x + wire);
    const tx = fc(x + TEXT_INSET);
    const above = fc(y + ABOVE);
    const below = fc(y + BELOW);
    const font = t.font === FONT ? "" : fc(t.font);
    /** @type {Placed} */
    const p = { id: node.id, node, texts: t, wire: { x1: fx, y: fy, x2: fxEnd }, edges: [],
                tile: tileOf(x, y), value: { x: tx, y: above, text: t.value, font } };
    // How far its elements reach, as tiles.py reckons the left and top (names end left of
    // the wire, the gate is left of them) and the right and bottom likewise.
    const names = Math.max(textWidth(t.label, FONT), textWidth(t.shape, SHAPE_FONT));
    const half = node.kind === "op" ? gateHalfWidth(node.symbol || "", R) : R;
    const box = [node.kind === "op" ? Math.min(x - TEXT_INSET - names, x - gap - 2 * half)
      : x - TEXT_INSET - names, y + ABOVE - FONT - 4, x + wire, y + BELOW + 5];
    const left = fc(x - TEXT_INSET);
    if (t.label) p.label = { x: left, y: above, text: t.label };
    if (node.kind !== "const") {
      if (t.shape) p.shape = { x: left, y: below, text: t.shape };
      if (t.grad) p.grad = { x: tx, y: below, text: t.grad, font };
      if (node.warning) {
        const wx = x + 2 * TEXT_INSET + textWidth(t.value, t.font);
        p.warning = { x: fc(wx), y: above, text: node.warning };
        box[2] = Math.max(box[2], wx + WARNING_FONT);
      }
    }
    if (node.kind === "op") {
      const cx = x - gap - R;
      const [size, dy] = symbolMetrics(node.symbol || "");
      // a pill's right end is where the circle's would be; arrows aim at its left cap
      const cap = x - gap - 2 * half + R;
      p.gate = { cx: fc(half === R ? cx : x - gap - half), cy: fy, ty: fc(y + dy),
                 size: fc(size), symbol: node.symbol || "", title: node.text || wireName(node),
                 pill: half === R ? null : { x: fc(x - gap - 2 * half), y: fc(y - R),
                                             width: fc(2 * half), height: fc(2 * R) } };
      p.out = { x1: fc(cx + R), y: fy, x2: fx };
      p.edges = arrows(node, byId, wire, cap, R);
      for (const j of node.inputs || []) {  // an arrow starts at its input wire's right end
        const src = byId.get(j);
        if (src) grow(box, [src.x + wire, src.y, src.x + wire, src.y]);
      }
    }
    placed.push(p);
    placedById.set(node.id, p);
    const tile = tiles.get(p.tile);
    if (tile) grow(tile, box);
    else tiles.set(p.tile, box);
  }
  return { nodes: placed, byId: placedById, tiles, width: fc(layout.width ?? 0),
           height: fc(layout.height ?? 0), title: title(graph), desc: desc(graph, placedById) };
}

/**
 * Grow box [x0, y0, x1, y1] to cover `other`.
 * @param {number[]} box
 * @param {number[]} other
 */
function grow(box, other) {
  box[0] = Math.min(box[0], other[0]);
  box[1] = Math.min(box[1], other[1]);
  box[2] = Math.max(box[2], other[2]);
  box[3] = Math.max(box[3], other[3]);
}

/**
 * svg._arrows: one arrow per input, in port order, aimed at the gate's centre; the arrows of
 * `a * a` fan out a little so both show.
 * @param {GraphNode} node
 * @param {Map<string, GraphNode>} byId
 * @param {number} wire  the wires' length
 * @param {number} cx  where the arrows aim: the circle's centre (a pill's left cap)
 * @param {number} R
 * @returns {PlacedEdge[]}
 */
function arrows(node, byId, wire, cx, R) {
  const inputs = node.inputs || [];
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const j of inputs) counts.set(j, (counts.get(j) || 0) + 1);
  const repeats = counts.size < inputs.length;
  /** @type {Map<string, number>} */
  const seen = new Map();
  /** @type {PlacedEdge[]} */
  const edges = [];
  inputs.forEach((j, port) => {
    const src = byId.get(j);
    if (!src) return;
    const sx = fc(src.x + wire);
    const sy = fc(src.y);
    if (src.y === node.y && !repeats) {  // straight in, to the circle's left point
      edges.push({ source: j, port, x1: sx, y1: sy, x2: fc(cx - R), y2: fc(node.y) });
      return;
    }
    let angle = Math.atan2(src.y - node.y, src.x + wire - cx);
    const count = counts.get(j) ?? 1;
    if (repeats && count > 1) {
      const k = (seen.get(j) ?? -1) + 1;
      seen.set(j, k);
      angle += (k - (count - 1) / 2) * REPEAT_SPREAD;
    }
    edges.push({ source: j, port, x1: sx, y1: sy, x2: fc(cx + R * Math.cos(angle)),
                 y2: fc(node.y + R * Math.sin(angle)) });
  });
  return edges;
}

/**
 * The picture's name (its <title>), in the page's language; the server's words (svg.py).
 * @param {Graph} graph
 */
function title(graph) {
  let program = (graph.source || "").split(/\r\n|\r|\n/).map((l) => l.trim())
    .filter(Boolean).join("; ");
  if (program.length > 80) program = `${program.slice(0, 79)}…`;
  return program ? t("ui.circuit_title", { program }) : t("ui.circuit_title_empty");
}

/**
 * @param {Graph} graph
 * @param {Map<string, Placed>} placed
 */
function desc(graph, placed) {
  const nodes = graph.nodes || [];
  const gates = nodes.filter((n) => n.kind === "op").length;
  const parts = [t("ui.circuit_desc", { wires: nodes.length, gates })];
  const out = placed.get(graph.output);
  if (out) {
    const { value, grad } = out.texts;
    const name = wireName(out.node);
    parts.push(grad ? t("ui.circuit_desc_output_grad", { name, value, grad })
      : t("ui.circuit_desc_output", { name, value }));
  }
  const inputs = nodes.filter((n) => n.kind === "input").slice(0, 21);
  if (inputs.length) {
    const gradient = t("ui.gradient");
    const listed = inputs.slice(0, 20).map((n) => {
      const shown = /** @type {Placed} */ (placed.get(n.id)).texts;
      return `${wireName(n)} = ${shown.value}${shown.grad ? ` (${gradient} ${shown.grad})` : ""}`;
    });
    parts.push(t("ui.circuit_desc_inputs",
                 { inputs: listed.join("; ") + (inputs.length > 20 ? "; …" : "") }));
  }
  return parts.join(" ");
}
