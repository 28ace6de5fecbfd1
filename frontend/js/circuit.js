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
 * Colours sit on the layer groups as on the server; circuit.css overrides them with CSS custom
 * properties so a theme is a class (`cgviz-light` / `cgviz-dark`).
 *
 * @module circuit
 */

import { FONT, FONT_FAMILY, NEAR_X, NEAR_Y, SHAPE_FONT, WARNING_FONT, placeCircuit,
  placeGroups, textWidth, TEXT_INSET } from "./circuit-geometry.js";
import { joinLayers, specsOf } from "./circuit-join.js";
import { formatCoordinate as fc, formatSummary } from "./format.js";
import { Tiles } from "./tiles.js";

const SVG_NS = "http://www.w3.org/2000/svg";
// svg.THEMES: the presentation attributes the server writes (CSS overrides them).
const THEMES = {
  light: { background: "#ffffff", line: "#000000", gate_fill: "#ffffff", value: "#2e7d32",
           grad: "#c62828", muted: "#5f6673", warning: "#a04f00", group: "#2f5f9e" },
  dark: { background: "#15181e", line: "#e6e9ee", gate_fill: "#1d2129", value: "#7bd88f",
          grad: "#ff7b7b", muted: "#9aa3b1", warning: "#ffb454", group: "#8fb4e8" },
};
const ROLES = ["wire", "label", "shape", "value", "grad", "warning", "gate", "symbol"];
let views = 0;  // marker ids must be unique per page, not per theme as in a lone SVG file

function el(name, attrs) {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function setAttrs(e, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null) e.removeAttribute(k);
    else if (e.getAttribute(k) !== v) e.setAttribute(k, v);
  }
}

/** The join's key of an element the server drew (`value:n3`, `edge:n5:1`), as specsOf
 *  names it: the first class is the role. */
function keyOf(e) {
  const role = e.classList[0];
  const node = e.getAttribute("data-node");
  if (!role || node === null) return null;
  return role === "edge" ? `edge:${node}:${e.getAttribute("data-port")}` : `${role}:${node}`;
}

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

  /**
   * The <svg> and its layer groups. When the container already holds the server's picture
   * of the page (`svg.cgviz`, drawn with the same layers, classes and keys), it is adopted
   * rather than drawn again: only what the browser adds (hover targets, marks, its own marker
   * id) is inserted, and the keyed join then finds every element it needs in place. For a
   * 1,000-node circuit this saves parsing, styling and laying out some 7,000 elements twice
   * (docs/benchmarks.md, "Browser").
   */
  build() {
    const adopted = this.container.querySelector(":scope > svg.cgviz");
    const find = (selector) => adopted?.querySelector(`:scope > ${selector}`) ?? null;
    const svg = adopted ?? el("svg", {});
    setAttrs(svg, { role: "img", "font-family": FONT_FAMILY, "font-size": fc(FONT) });
    svg.classList.add("cgviz");
    this.titleEl = find("title") ?? el("title", {});
    this.descEl = find("desc") ?? el("desc", {});
    const marker = find("defs > marker") ?? el("marker", {});
    // Keep the server's marker id when it is the page's only one: a new id changes the
    // edges' inherited marker-end, which restyles and lays out every edge of the circuit.
    if (adopted && marker.id && document.querySelectorAll(`[id="${marker.id}"]`).length === 1) {
      this.markerId = marker.id;
    }
    setAttrs(marker, { id: this.markerId, refX: "6", refY: "2", markerWidth: "6",
                       markerHeight: "4", orient: "auto" });
    this.arrowPath = marker.querySelector("path") ?? el("path", {});
    setAttrs(this.arrowPath, { class: "arrowhead", d: "M 0,0 V 4 L6,2 Z" });
    if (!this.arrowPath.parentNode) marker.append(this.arrowPath);
    const defs = marker.parentNode ?? el("defs", {});
    if (!marker.parentNode) defs.append(marker);
    this.background = find("rect.background") ?? el("rect", {});
    setAttrs(this.background, { class: "background", width: "100%", height: "100%" });
    // svg.LAYERS, in paint order; `hits` (wide transparent strokes under everything, so a
    // 1-px wire is easy to point at) and `marks` (the `+=` of an accumulation) are the
    // browser's own and carry no data-node texts of the server's kinds.
    const layerAttrs = {
      groups: { fill: "none" },  // expanded groups' boxes (docs/language.md), under everything
      hits: {},
      edges: { "stroke-width": "1", "marker-end": `url(#${this.markerId})` },
      wires: { "stroke-width": "1" },
      gates: { "stroke-width": "1" },
      symbols: { "text-anchor": "middle" },
      consts: {},
      labels: { "text-anchor": "end" },
      shapes: { "text-anchor": "end", "font-size": fc(SHAPE_FONT) },
      values: {},
      grads: {},
      warnings: { "font-size": fc(WARNING_FONT) },
      marks: {},
    };
    this.layers = {};
    for (const [name, attrs] of Object.entries(layerAttrs)) {
      const g = find(`g.${name}`) ?? el("g", { class: name });
      setAttrs(g, attrs);
      this.layers[name] = g;
    }
    // Insert what is missing in order, moving nothing that is already in place: a moved
    // layer would be styled and laid out again, the very cost adoption avoids.
    let prev = null;
    for (const part of [this.titleEl, this.descEl, defs, this.background,
                        ...Object.values(this.layers)]) {
      if (part.parentNode !== svg || part.previousElementSibling !== prev) {
        if (prev) prev.after(part);
        else svg.prepend(part);
      }
      prev = part;
    }
    if (adopted) {
      for (const g of Object.values(this.layers)) {
        for (const tile of g.children) {
          // A far tile's group comes empty (backend/cgviz/tiles.py): the join draws it into
          // a holder, kept out of the page until the view reaches it.
          if (!tile.firstElementChild) this.tiles.hold(tile);
          for (const e of tile.children) {
            const key = keyOf(e);
            if (key) this.elements.set(key, e);
          }
        }
      }
      if (this.tiles.held.size) this.tiles.seen = [-Infinity, -Infinity, NEAR_X, NEAR_Y];
    }
    svg.addEventListener("click", (e) => this.clicked(e));
    svg.addEventListener("keydown", (e) => {
      if ((e.key === "Enter" || e.key === " ") && e.target.classList?.contains("editable")) {
        e.preventDefault();
        this.clicked(e);
      }
    });
    this.svg = svg;
    if (adopted) {
      for (const node of [...this.container.childNodes]) if (node !== svg) node.remove();
    } else {
      this.container.replaceChildren(svg);
    }
    this.paintTheme();
  }

  /** Presentation attributes as the server writes them, for a theme. */
  paintTheme() {
    const c = THEMES[this.theme];
    const L = this.layers;
    this.svg.classList.remove("cgviz-light", "cgviz-dark");
    this.svg.classList.add(`cgviz-${this.theme}`);
    this.background.setAttribute("fill", c.background);
    this.arrowPath.setAttribute("fill", c.line);
    for (const g of [L.edges, L.wires, L.gates]) g.setAttribute("stroke", c.line);
    L.gates.setAttribute("fill", c.gate_fill);
    L.symbols.setAttribute("fill", c.line);
    L.labels.setAttribute("fill", c.line);
    L.consts.setAttribute("fill", c.muted);
    L.shapes.setAttribute("fill", c.muted);
    L.values.setAttribute("fill", c.value);
    L.grads.setAttribute("fill", c.grad);
    L.marks.setAttribute("fill", c.grad);
    L.warnings.setAttribute("fill", c.warning);
    L.groups.setAttribute("stroke", c.group);
    for (const title of L.groups.querySelectorAll(".group-title")) {
      setAttrs(title, { fill: c.group, stroke: c.background });
    }
    for (const [key, e] of this.elements) {  // held ones too (cull)
      if (key.startsWith("wire:") && e.classList.contains("const")) {
        e.setAttribute("stroke", c.muted);
      }
    }
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
