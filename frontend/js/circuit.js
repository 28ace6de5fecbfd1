/**
 * The circuit, drawn in the browser from the graph JSON with the server's look
 * (backend/cgviz/render/svg.py + templates/circuit.svg.j2: same layers, classes, data-node attributes,
 * fonts and geometry), and a frame applied to it in place (docs/frontend.md, "Frames").
 *
 *   const view = drawCircuit(container, graph, {digits, theme, onInputValueClick});
 *   view.show(frame)        // pending / active / written / accumulating, texts updated in place
 *   view.setGraph(graph)    // redraw for a new graph, reusing elements by node id
 *   view.setOptions({digits, theme})
 *   view.cull([x0, y0, x1, y1])  // keep in the page only the tiles that meet this part
 *   view.whole((svg) => …)       // run with every tile in the page (exports)
 *   view.svg, view.graph, view.frame, view.placed(id), view.shown(id) → {value, grad},
 *   view.elementsOf(id, roles?) → the elements drawn for a node
 *   view.nameValue(id, (text) => name)  // a value that is a button: its accessible name
 *   view.on("draw" | "show", fn) → unsubscribe; view.destroy()
 *
 * Rendering is keyed by node id (d3's enter/update/exit join: circuit-join.js): a redraw after
 * editing one input moves no element and re-creates none, so transitions and focus survive.
 * The <svg> and its layers, the server's picture adopted, and the theme's colours on the
 * layer groups are circuit-svg.js's.
 *
 * @module circuit
 */

import { SHAPE_FONT, placeCircuit, placeGroups, textWidth, TEXT_INSET, wireName }
  from "./circuit-geometry.js";
import { joinLayers, specsOf } from "./circuit-join.js";
import { el, paintTheme, setAttrs, svgFor, THEMES } from "./circuit-svg.js";
import { formatCoordinate as fc, formatSummary } from "./format.js";
import { t } from "./i18n.js";
import { Tiles } from "./tiles.js";

/** @import { Placed, PlacedCircuit } from "./circuit-geometry.js" */
/** @import { Layers, Theme } from "./circuit-svg.js" */
/** @import { Frame } from "./frames.js" */
/** @import { Graph, GraphNode, TensorJson } from "./types/graph.js" */

/**
 * What the view's listeners hear (`on`): "draw" after each new graph, "show" after each frame.
 * @typedef {{draw: {sizeChanged: boolean}, show: Frame | null}} ViewEvents
 */

/**
 * @typedef {{[K in keyof ViewEvents]: Set<(detail: ViewEvents[K], view: CircuitView) => void>}}
 *   Listeners
 */

/**
 * Called on a click (or Enter/Space) on a scalar input's green value.
 * @typedef {(nodeId: string, element: SVGTextElement) => void} OnInputValueClick
 */

/**
 * The values or gradients a frame shows: a frame's Map, or a plain object of the same.
 * @typedef {ReadonlyMap<string, TensorJson | null> | Record<string, TensorJson | null>} Shown
 */

/**
 * One wire as the view last showed it (`show` touches only what changes).
 * @typedef {object} Row
 * @property {Placed} p
 * @property {string} id
 * @property {Element} value
 * @property {Element | null} grad
 * @property {Element | null} gate
 * @property {Element | null} symbol
 * @property {Element[]} parts  the wire and its texts, marked `.written` together
 * @property {string} v  the value's text shown
 * @property {((text: string) => string) | null} name  a button value's accessible name for
 *   its text (nameValue), renewed whenever the text changes
 * @property {string | null} g  the gradient's text shown
 * @property {boolean} pv  whether the value is pending (hidden)
 * @property {boolean} pg
 * @property {boolean} written
 * @property {boolean} active
 */

/**
 * An editable input's value is a button named by its number, then what it does.
 * @param {GraphNode} node
 * @returns {(text: string) => string}
 */
const editName = (node) => (text) => t("ui.edit_value_button", { value: text,
                                                                 name: wireName(node) });

const ROLES = ["wire", "label", "shape", "value", "grad", "warning", "gate", "symbol"];
let views = 0;  // marker ids must be unique per page, not per theme as in a lone SVG file

/**
 * A Map or a plain object from the frame, read alike.
 * @param {Shown | undefined} m
 * @param {string} id
 */
function lookup(m, id) {
  if (!m) return undefined;
  return m instanceof Map ? m.get(id) : /** @type {Record<string, TensorJson | null>} */ (m)[id];
}
/**
 * @param {Shown | undefined} m
 * @param {string} id
 */
function has(m, id) {
  if (!m) return false;
  return m instanceof Map ? m.has(id) : Object.prototype.hasOwnProperty.call(m, id);
}

/**
 * Draw `graph` into `container` (emptied first) and return the view.
 * @param {HTMLElement} container
 * @param {Graph} graph  the graph JSON (docs/api.md)
 * @param {{digits?: number, theme?: Theme, onInputValueClick?: OnInputValueClick}} [options]
 *   onInputValueClick: called on a click (or Enter/Space) on a scalar input's green value,
 *   which then carries `.editable`, tabindex=0 and role=button; the app edits it in place.
 * @returns {CircuitView}
 */
export function drawCircuit(container, graph, options = {}) {
  const view = new CircuitView(container, options);
  view.setGraph(graph);
  return view;
}

export class CircuitView {
  /**
   * An empty view (drawCircuit draws its first graph).
   * @param {HTMLElement} container
   * @param {{digits?: number, theme?: Theme, onInputValueClick?: OnInputValueClick}} options
   */
  constructor(container, options) {
    this.container = container;
    this.digits = options.digits ?? 2;
    /** @type {Theme} */
    this.theme = options.theme === "dark" ? "dark" : "light";
    this.onInputValueClick = options.onInputValueClick || null;
    /** @type {Graph | null} */
    this.graph = null;
    /** @type {Frame | null} */
    this.frame = null;
    /** @type {PlacedCircuit | null} */
    this.layout = null;
    /** @type {Map<string, Element>} */
    this.elements = new Map();  // "role:id[:port]" → element, the join's keys
    this.tiles = new Tiles();  // which tiles' elements are in the page (tiles.js)
    /** @type {Listeners} */
    this.listeners = { draw: new Set(), show: new Set() };
    /** @type {Row[]} */
    this.rows = [];
    /** @type {Map<string, Row>} */
    this.rowById = new Map();
    /** @type {Element[]} */
    this.flowing = [];  // the arrows marked `.flow`
    /** @type {Element[]} */
    this.accumulating = [];  // the wire and gradient marked `.accumulating`
    this.markerId = `cgviz-arrow-${(views += 1)}`;
    // The <svg> and its layers (circuit-svg.js), the server's adopted if it is there.
    const parts = svgFor(this.container, this.markerId, this.tiles, this.elements);
    this.svg = parts.svg;
    this.titleEl = parts.titleEl;
    this.descEl = parts.descEl;
    this.background = parts.background;
    this.arrowPath = parts.arrowPath;
    this.markerId = parts.markerId;
    /** @type {Layers} */
    this.layers = parts.layers;
    this.svg.addEventListener("click", (e) => this.clicked(e));
    this.svg.addEventListener("keydown", (e) => {
      const target = /** @type {Element | null} */ (e.target);
      if ((e.key === "Enter" || e.key === " ") && target?.classList?.contains("editable")) {
        e.preventDefault();
        this.clicked(e);
      }
    });
    this.paintTheme();
  }

  /** Presentation attributes as the server writes them, for a theme. */
  paintTheme() {
    paintTheme(this, this.theme, this.elements);
  }

  /**
   * Hear each new graph ("draw") or frame ("show"); returns an unsubscribe.
   * @template {keyof ViewEvents} K
   * @param {K} kind
   * @param {(detail: ViewEvents[K], view: CircuitView) => void} fn
   * @returns {() => boolean}
   */
  on(kind, fn) {
    this.listeners[kind].add(fn);
    return () => this.listeners[kind].delete(fn);
  }

  /**
   * @template {keyof ViewEvents} K
   * @param {K} kind
   * @param {ViewEvents[K]} detail
   */
  emit(kind, detail) {
    for (const fn of this.listeners[kind]) fn(detail, this);
  }

  /** @param {{digits?: number, theme?: string}} [options] */
  setOptions({ digits, theme } = {}) {
    if (theme && theme !== this.theme) {
      this.theme = theme === "dark" ? "dark" : "light";
      this.paintTheme();
    }
    if (digits !== undefined && digits !== this.digits && this.graph) {
      this.digits = digits;
      const frame = this.frame;
      this.setGraph(this.graph);
      if (frame) this.show(frame);
    }
  }

  /**
   * Redraw for a new graph: the keyed join (circuit-join.js), then every wire as drawn by
   * the server (no frame).
   * @param {Graph} graph
   */
  setGraph(graph) {
    const before = this.layout;
    this.graph = graph;
    this.frame = null;
    const layout = placeCircuit(graph, this.digits);
    this.layout = layout;
    // Scalars only: a tensor input's value opens its matrices (popover.js) instead.
    /** @type {(node: GraphNode) => boolean} */
    const editable = (node) => Boolean(this.onInputValueClick) && node.kind === "input"
      && !node.shape?.length;
    const { width, height } = layout;
    setAttrs(this.svg, { viewBox: `0 0 ${width} ${height}`, width, height });
    this.titleEl.textContent = layout.title;
    this.descEl.textContent = layout.desc;
    const specs = specsOf(layout.nodes, {
      editable: (node) => (editable(node) ? editName(node) : null),
      muted: THEMES[this.theme].muted,
      radius: fc(graph.layout?.gate_radius ?? 20),
    });
    const { marks, groups, ...drawn } = this.layers;
    this.elements = joinLayers(drawn, this.elements, specs, this.tiles.held);
    this.drawGroups(groups, graph);
    this.tiles.collect(Object.values(drawn), layout.tiles);
    // Every element's class is the server's again; the frame's marks go too.
    this.svg.classList.remove("cgviz-frame", "phase-forward", "phase-backward");
    this.flowing = [];
    this.accumulating = [];
    marks.replaceChildren();
    this.rows = layout.nodes.filter((p) => p.node.kind !== "const").map((p) => {
      /** @type {(role: string) => Element | null} */
      const get = (role) => this.elements.get(`${role}:${p.id}`) || null;
      const texts = ["wire", "label", "value", "grad", "shape"].flatMap((role) => get(role) ?? []);
      // a wire that is not a constant's always has its value drawn
      return { p, id: p.id, value: /** @type {Element} */ (get("value")), grad: get("grad"),
               gate: get("gate"),
               symbol: get("symbol"), parts: texts,
               // what the DOM shows now, so a frame touches only what changes
               v: p.value.text, g: p.grad ? p.grad.text : null, pv: false, pg: false,
               written: false, active: false,
               name: editable(p.node) ? editName(p.node) : null };
    });
    this.rowById = new Map(this.rows.map((row) => [row.id, row]));
    const sizeChanged = !before || before.width !== width || before.height !== height;
    this.emit("draw", { sizeChanged });
  }

  /**
   * The boxes and titles of the expanded groups, as the server's template writes them: few,
   * so drawn afresh each time rather than joined.
   * @param {SVGGElement} layer
   * @param {Graph} graph
   */
  drawGroups(layer, graph) {
    const c = THEMES[this.theme];
    /** @type {SVGElement[]} */
    const parts = [];
    for (const b of placeGroups(graph)) {
      parts.push(el("rect", { class: "group-box", "data-group": b.id, x: b.x, y: b.y,
                              width: b.width, height: b.height, rx: "10",
                              "stroke-dasharray": "6 3" }));
      const title = el("text", { class: "group-title", "data-group": b.id, x: b.tx, y: b.ty,
                                 "font-size": "12", "font-weight": "600", fill: c.group,
                                 stroke: c.background, "stroke-width": "4",
                                 "paint-order": "stroke" });
      title.textContent = b.name;
      parts.push(title);
    }
    layer.replaceChildren(...parts);
  }

  /**
   * Keep in the page only the tiles that meet `rect` ([x0, y0, x1, y1], circuit
   * coordinates; tiles.js).
   * @param {number[]} rect
   */
  cull(rect) {
    this.tiles.cull(rect);
  }

  /**
   * Run `fn(svg)` with every tile's elements in the page (an export reads them all).
   * @template T
   * @param {(svg: SVGSVGElement) => T} fn
   * @returns {T}
   */
  whole(fn) {
    return this.tiles.whole(() => fn(this.svg));
  }

  /**
   * The elements drawn for a node (its hit area excluded), optionally only some roles.
   * @param {string} id
   * @param {string[]} [roles]
   * @returns {Element[]}
   */
  elementsOf(id, roles = ROLES) {
    /** @type {Element[]} */
    const out = [];
    for (const role of roles) {
      const e = this.elements.get(`${role}:${id}`);
      if (e) out.push(e);
    }
    return out;
  }

  /**
   * Name a value that is a button (role=button) by what it shows, then what it does: a
   * control's accessible name starts with its visible text (WCAG 2.5.3, "Label in Name"), so
   * the name follows the text through every frame. A redraw forgets it (its caller names the
   * value again on "draw").
   * @param {string} id
   * @param {(text: string) => string} name  the name for the value's text
   */
  nameValue(id, name) {
    const row = this.rowById.get(id);
    if (!row) return;
    row.name = name;
    row.value.setAttribute("aria-label", name(row.v));
  }

  /**
   * The placed record of a node (coordinates, texts, node JSON), or undefined.
   * @param {string} id
   * @returns {Placed | undefined}
   */
  placed(id) {
    return this.layout?.byId.get(id);
  }

  /**
   * The JSON value and gradient a wire shows now (undefined while pending).
   * @param {string} id
   * @returns {{value: TensorJson | null | undefined, grad: TensorJson | null | undefined}}
   */
  shown(id) {
    const node = this.placed(id)?.node;
    if (!node) return { value: undefined, grad: undefined };
    const f = this.frame;
    if (!f || node.kind === "const") return { value: node.value, grad: f ? undefined : node.grad };
    return { value: lookup(f.values, id), grad: lookup(f.grads, id) };
  }

  /**
   * Apply a frame: hide what it does not show (`.pending`), update texts in place, mark the
   * active gate, the written wires and an accumulating wire. `null` shows everything.
   * Each row remembers what its elements show, so a step touches only the wires it changes.
   * @param {Frame | null | undefined} frame
   */
  show(frame) {
    this.frame = frame || null;
    const f = this.frame;
    const written = new Set(f?.written || []);
    const svg = this.svg;
    svg.classList.toggle("cgviz-frame", f !== null);
    svg.classList.toggle("phase-forward", f?.phase === "forward");
    svg.classList.toggle("phase-backward", f?.phase === "backward");
    const digits = this.digits;
    for (const row of this.rows) {
      const n = row.id;
      const node = row.p.node;
      const pv = Boolean(f) && !has(f?.values, n);
      const v = pv ? row.v : formatSummary(f ? lookup(f.values, n) : node.value, digits);
      if (pv !== row.pv) row.value.classList.toggle("pending", (row.pv = pv));
      if (v !== row.v) {
        row.value.textContent = row.v = v;
        if (row.name) row.value.setAttribute("aria-label", row.name(v));
      }
      if (row.grad) {
        const pg = Boolean(f) && !has(f?.grads, n);
        const g = pg ? row.g : formatSummary(f ? lookup(f.grads, n) : node.grad, digits);
        if (pg !== row.pg) row.grad.classList.toggle("pending", (row.pg = pg));
        if (g !== row.g) row.grad.textContent = row.g = g;
      }
      const isWritten = written.has(n);
      if (isWritten !== row.written) {
        row.written = isWritten;
        for (const e of row.parts) e.classList.toggle("written", isWritten);
      }
      const active = f?.active === n;
      if (row.gate && active !== row.active) {
        row.active = active;
        row.gate.classList.toggle("active", active);
        row.symbol?.classList.toggle("active", active);
      }
    }
    this.markFlow(f?.active ?? null, written);
    this.markAccumulation(f?.accumulating ?? null);
    this.emit("show", f);
  }

  /**
   * The arrows between the active gate and the wires it writes: the numbers' path.
   * @param {string | null} active
   * @param {Set<string>} written
   */
  markFlow(active, written) {
    for (const e of this.flowing || []) e.classList.remove("flow");
    this.flowing = [];
    const p = active && this.placed(active);
    if (!active || !p) return;
    for (const edge of p.edges) {
      if (!written.has(edge.source)) continue;
      const e = this.elements.get(`edge:${active}:${edge.port}`);
      e?.classList.add("flow");
      if (e) this.flowing.push(e);
    }
    const out = this.elements.get(`out:${active}`);
    if (out && written.has(active)) {
      out.classList.add("flow");
      this.flowing.push(out);
    }
  }

  /**
   * The `+=` after the gradient of a wire receiving its second (or later) contribution.
   * @param {string | null} id
   */
  markAccumulation(id) {
    for (const e of this.accumulating || []) e.classList.remove("accumulating");
    this.accumulating = [];
    this.layers.marks.replaceChildren();
    const p = id && this.placed(id);
    if (!id || !p || !p.grad) return;
    for (const role of ["wire", "grad"]) {
      // a wire with a gradient has both drawn
      const e = /** @type {Element} */ (this.elements.get(`${role}:${id}`));
      e.classList.add("accumulating");
      this.accumulating.push(e);
    }
    // Left of the gradient, under the name (and left of a tensor's shape): there is room
    // there in every column, whereas arrows leave the wire's right end.
    const shape = p.shape ? textWidth(p.shape.text, SHAPE_FONT) + TEXT_INSET : 0;
    const x = Number(p.wire.x1) - TEXT_INSET - shape;
    const mark = el("text", { class: "accumulate-mark", "data-for": id, x: fc(x), y: p.grad.y,
                              "font-size": fc(p.texts.font), "text-anchor": "end" });
    mark.textContent = "+=";
    this.layers.marks.append(mark);
  }

  /** @param {Event} event */
  clicked(event) {
    /** @type {SVGTextElement | null | undefined} */
    const target = /** @type {Element | null} */ (event.target)?.closest?.("text.value.editable");
    if (!target || !this.onInputValueClick) return;
    // an editable value carries its node's id (circuit-join.js)
    this.onInputValueClick(/** @type {string} */ (target.dataset.node), target);
  }

  destroy() {
    this.svg.remove();
    this.elements.clear();
    for (const set of Object.values(this.listeners)) set.clear();
  }
}
