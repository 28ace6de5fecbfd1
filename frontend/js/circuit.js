/**
 * The circuit, drawn in the browser from the graph JSON with the server's look
 * (backend/cgviz/svg.py + templates/circuit.svg.j2: same layers, classes, data-node attributes,
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
 *   view.on("draw" | "show", fn) → unsubscribe; view.destroy()
 *
 * Rendering is keyed by node id (d3's enter/update/exit join: circuit-join.js): a redraw after
 * editing one input moves no element and re-creates none, so transitions and focus survive.
 * The <svg> and its layers, the server's picture adopted, and the theme's colours on the
 * layer groups are circuit-svg.js's.
 *
 * @module circuit
 */

import { SHAPE_FONT, placeCircuit, placeGroups, textWidth, TEXT_INSET }
  from "./circuit-geometry.js";
import { joinLayers, specsOf } from "./circuit-join.js";
import { el, paintTheme, setAttrs, svgFor, THEMES } from "./circuit-svg.js";
import { formatCoordinate as fc, formatSummary } from "./format.js";
import { Tiles } from "./tiles.js";

const ROLES = ["wire", "label", "shape", "value", "grad", "warning", "gate", "symbol"];
let views = 0;  // marker ids must be unique per page, not per theme as in a lone SVG file

/** A Map or a plain object from the frame, read alike. */
function lookup(m, id) {
  if (!m) return undefined;
  return m instanceof Map ? m.get(id) : m[id];
}
function has(m, id) {
  if (!m) return false;
  return m instanceof Map ? m.has(id) : Object.prototype.hasOwnProperty.call(m, id);
}

/**
 * Draw `graph` into `container` (emptied first) and return the view.
 * @param {HTMLElement} container
 * @param {object} graph  the graph JSON (docs/api.md)
 * @param {{digits?: number, theme?: "light"|"dark",
 *          onInputValueClick?: (nodeId: string, element: SVGTextElement) => void}} [options]
 *   onInputValueClick: called on a click (or Enter/Space) on a scalar input's green value,
 *   which then carries `.editable`, tabindex=0 and role=button; the app edits it in place.
 */
export function drawCircuit(container, graph, options = {}) {
  const view = new CircuitView(container, options);
  view.setGraph(graph);
  return view;
}

class CircuitView {
  constructor(container, options) {
    this.container = container;
    this.digits = options.digits ?? 2;
    this.theme = options.theme === "dark" ? "dark" : "light";
    this.onInputValueClick = options.onInputValueClick || null;
    this.graph = null;
    this.frame = null;
    this.layout = null;
    this.elements = new Map();  // "role:id[:port]" → element, the join's keys
    this.tiles = new Tiles();  // which tiles' elements are in the page (tiles.js)
    this.listeners = { draw: new Set(), show: new Set() };
    this.markerId = `cgviz-arrow-${(views += 1)}`;
    this.build();
  }

  /** The <svg> and its layers (circuit-svg.js), the server's adopted if it is there. */
  build() {
    const parts = svgFor(this.container, this.markerId, this.tiles, this.elements);
    this.svg = parts.svg;
    this.titleEl = parts.titleEl;
    this.descEl = parts.descEl;
    this.background = parts.background;
    this.arrowPath = parts.arrowPath;
    this.markerId = parts.markerId;
    this.layers = parts.layers;
    this.svg.addEventListener("click", (e) => this.clicked(e));
    this.svg.addEventListener("keydown", (e) => {
      if ((e.key === "Enter" || e.key === " ") && e.target.classList?.contains("editable")) {
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

  on(kind, fn) {
    this.listeners[kind].add(fn);
    return () => this.listeners[kind].delete(fn);
  }

  emit(kind, detail) {
    for (const fn of this.listeners[kind]) fn(detail, this);
  }

  setOptions({ digits, theme } = {}) {
    if (theme && theme !== this.theme) {
      this.theme = theme === "dark" ? "dark" : "light";
      this.paintTheme();
    }
    if (digits !== undefined && digits !== this.digits) {
      this.digits = digits;
      const frame = this.frame;
      this.setGraph(this.graph);
      if (frame) this.show(frame);
    }
  }

  /** Redraw for a new graph: the keyed join (circuit-join.js), then every wire as drawn by
   * the server (no frame). */
  setGraph(graph) {
    const before = this.layout;
    this.graph = graph;
    this.frame = null;
    this.layout = placeCircuit(graph, this.digits);
    const { width, height } = this.layout;
    setAttrs(this.svg, { viewBox: `0 0 ${width} ${height}`, width, height });
    this.titleEl.textContent = this.layout.title;
    this.descEl.textContent = this.layout.desc;
    const specs = specsOf(this.layout.nodes, {
      // Scalars only: a tensor input's value opens its matrices (popover.js) instead.
      editable: (node) => Boolean(this.onInputValueClick) && node.kind === "input"
        && !node.shape?.length,
      muted: THEMES[this.theme].muted,
      radius: fc(graph.layout?.gate_radius ?? 20),
    });
    const { marks, groups, ...drawn } = this.layers;
    this.elements = joinLayers(drawn, this.elements, specs, this.tiles.held);
    this.drawGroups(groups);
    this.tiles.collect(Object.values(drawn), this.layout.tiles);
    // Every element's class is the server's again; the frame's marks go too.
    this.svg.classList.remove("cgviz-frame", "phase-forward", "phase-backward");
    this.flowing = [];
    this.accumulating = [];
    marks.replaceChildren();
    this.rows = this.layout.nodes.filter((p) => p.node.kind !== "const").map((p) => {
      const get = (role) => this.elements.get(`${role}:${p.id}`) || null;
      const texts = ["wire", "label", "value", "grad", "shape"].map(get).filter(Boolean);
      return { p, id: p.id, value: get("value"), grad: get("grad"), gate: get("gate"),
               symbol: get("symbol"), parts: texts,
               // what the DOM shows now, so a frame touches only what changes
               v: p.value.text, g: p.grad ? p.grad.text : null, pv: false, pg: false,
               written: false, active: false };
    });
    const sizeChanged = !before || before.width !== width || before.height !== height;
    this.emit("draw", { sizeChanged });
  }

  /** The boxes and titles of the expanded groups, as the server's template writes them: few,
   *  so drawn afresh each time rather than joined. */
  drawGroups(layer) {
    const c = THEMES[this.theme];
    const parts = [];
    for (const b of placeGroups(this.graph)) {
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

  /** Keep in the page only the tiles that meet `rect` ([x0, y0, x1, y1], circuit
   *  coordinates; tiles.js). */
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
    const out = [];
    for (const role of roles) {
      const e = this.elements.get(`${role}:${id}`);
      if (e) out.push(e);
    }
    return out;
  }

  /** The placed record of a node (coordinates, texts, node JSON), or undefined. */
  placed(id) {
    return this.layout?.byId.get(id);
  }

  /** The JSON value and gradient a wire shows now (undefined while pending). */
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
      const pv = Boolean(f) && !has(f.values, n);
      const v = pv ? row.v : formatSummary(f ? lookup(f.values, n) : node.value, digits);
      if (pv !== row.pv) row.value.classList.toggle("pending", (row.pv = pv));
      if (v !== row.v) row.value.textContent = row.v = v;
      if (row.grad) {
        const pg = Boolean(f) && !has(f.grads, n);
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
        row.symbol.classList.toggle("active", active);
      }
    }
    this.markFlow(f?.active ?? null, written);
    this.markAccumulation(f?.accumulating ?? null);
    this.emit("show", f);
  }

  /** The arrows between the active gate and the wires it writes: the numbers' path. */
  markFlow(active, written) {
    for (const e of this.flowing || []) e.classList.remove("flow");
    this.flowing = [];
    const p = active && this.placed(active);
    if (!p) return;
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

  /** The `+=` after the gradient of a wire receiving its second (or later) contribution. */
  markAccumulation(id) {
    for (const e of this.accumulating || []) e.classList.remove("accumulating");
    this.accumulating = [];
    this.layers.marks.replaceChildren();
    const p = id && this.placed(id);
    if (!p || !p.grad) return;
    for (const role of ["wire", "grad"]) {
      const e = this.elements.get(`${role}:${id}`);
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

  clicked(event) {
    const target = event.target.closest?.("text.value.editable");
    if (!target || !this.onInputValueClick) return;
    this.onInputValueClick(target.dataset.node, target);
  }

  destroy() {
    this.svg.remove();
    this.elements.clear();
    for (const set of Object.values(this.listeners)) set.clear();
  }
}
