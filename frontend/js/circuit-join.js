/**
 * The keyed join behind circuit.js: placed nodes → element specs (what the server's template
 * writes, one spec per element) → elements in the layer groups, reusing those of the previous
 * drawing by key (`value:n3`, `edge:n5:1`), as d3's enter/update/exit does.
 *
 *   specsOf(placed, {editable, muted, radius}) → Spec[]   (pure)
 *   joinLayers(layers, old, specs) → Map<key, Element>     (DOM)
 *
 * A layer with nothing to reuse (a first drawing) is written as markup in one go:
 * parsing is several times faster than 10,000 createElementNS/setAttribute calls, and is what
 * keeps a 1,000-node circuit well under the 500 ms budget (docs/benchmarks.md).
 *
 * @module circuit-join
 */

const SVG_NS = "http://www.w3.org/2000/svg";

/** @import { Placed } from "./circuit-geometry.js" */
/** @import { GraphNode } from "./types/graph.js" */

/**
 * One element to draw: its layer and tile, its join key, tag and attributes (null or
 * undefined: left out); `text` is the element's words, `title` a <title> child (a gate's
 * expression, a warning).
 * @typedef {{layer: string, tile: string, key: string, tag: string,
 *            attrs: Record<string, string | null | undefined>, text?: string,
 *            title?: string}} Spec
 */

/**
 * Every element of every placed node, in the server's order within each layer.
 * @param {Placed[]} placed  placeCircuit(...).nodes
 * @param {{editable: (node: GraphNode) => ((text: string) => string) | null, muted: string,
 *          radius: string}} how  editable: an input the reader edits in place gets its value's
 *   accessible name for a text (circuit.js), any other node null
 * @returns {Spec[]}
 */
export function specsOf(placed, { editable, muted, radius }) {
  /** @type {Spec[]} */
  const specs = [];
  /** @type {Spec[]} */
  const outs = [];
  let tile = "";
  /**
   * @param {string} layer
   * @param {string} key
   * @param {string} tag
   * @param {Spec["attrs"]} attrs
   * @param {string} [text]
   * @param {string} [title]
   */
  const add = (layer, key, tag, attrs, text, title) => {
    specs.push({ layer, tile, key, tag, attrs, text, title });
  };
  for (const p of placed) {
    const n = p.id;
    tile = p.tile;
    const w = p.wire;
    const line = { "data-node": n, x1: w.x1, y1: w.y, x2: w.x2, y2: w.y };
    add("hits", `hit:${n}`, "line", { class: "hit", ...line });
    if (p.node.kind === "const") {
      add("consts", `wire:${n}`, "line", { class: "wire const", ...line, stroke: muted,
                                           "stroke-width": "1" });
      add("consts", `value:${n}`, "text", { class: "value const", "data-node": n, x: p.value.x,
                                            y: p.value.y, "font-size": p.value.font || null },
          p.value.text);
      if (p.label) {
        add("labels", `label:${n}`, "text", { class: "label", "data-node": n, x: p.label.x,
                                              y: p.label.y }, p.label.text);
      }
      continue;
    }
    add("wires", `wire:${n}`, "line", { class: "wire", ...line });
    if (p.label) {
      add("labels", `label:${n}`, "text", { class: "label", "data-node": n, x: p.label.x,
                                            y: p.label.y }, p.label.text);
    }
    if (p.shape) {
      add("shapes", `shape:${n}`, "text", { class: "shape", "data-node": n, x: p.shape.x,
                                            y: p.shape.y }, p.shape.text);
    }
    const edit = editable(p.node);
    add("values", `value:${n}`, "text", {
      class: edit ? "value editable" : "value", "data-node": n, x: p.value.x, y: p.value.y,
      "font-size": p.value.font || null, tabindex: edit ? "0" : null,
      role: edit ? "button" : null, "aria-label": edit ? edit(p.value.text) : null,
    }, p.value.text);
    if (p.grad) {
      add("grads", `grad:${n}`, "text", { class: "grad", "data-node": n, x: p.grad.x,
                                          y: p.grad.y, "font-size": p.grad.font || null },
          p.grad.text);
    }
    if (p.warning) {
      add("warnings", `warning:${n}`, "text", { class: "warning", "data-node": n,
                                                x: p.warning.x, y: p.warning.y },
          "⚠", p.warning.text);
    }
    if (!p.gate || !p.out) continue;  // a gate's node has both
    const g = p.gate;
    const out = p.out;
    if (g.pill) {  // a name too long for the circle (svg.py)
      add("gates", `gate:${n}`, "rect", { class: "gate pill", "data-node": n, x: g.pill.x,
                                          y: g.pill.y, width: g.pill.width,
                                          height: g.pill.height, rx: radius },
          undefined, g.title);
    } else {
      add("gates", `gate:${n}`, "circle", { class: "gate", "data-node": n, cx: g.cx, cy: g.cy,
                                            r: radius }, undefined, g.title);
    }
    add("symbols", `symbol:${n}`, "text", { class: "symbol", "data-node": n, x: g.cx, y: g.ty,
                                            "font-size": g.size }, g.symbol);
    for (const e of p.edges) {
      add("edges", `edge:${n}:${e.port}`, "line", {
        class: "edge", "data-node": n, "data-source": e.source, "data-port": String(e.port),
        x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2,
      });
    }
    outs.push({ layer: "edges", tile, key: `out:${n}`, tag: "line",
                attrs: { class: "out", "data-node": n, x1: out.x1, y1: out.y, x2: out.x2,
                         y2: out.y } });
  }
  return specs.concat(outs);  // the template draws every arrow, then every gate's output
}

/**
 * Put every spec's element in its layer's tile group (`<g class="tile" data-tile="0:3">`, as
 * backend/cgviz/render/tiles.py groups them: tiles in the order they first occur), in order, reusing
 * `old` elements by key and the layer's tile groups by tile. A group in `held` (a tile out of
 * view: circuit.js `cull`) has its elements in its holder, which the join fills instead.
 * @param {Record<string, Element>} layers  only the layers the specs fill
 * @param {Map<string, Element>} old
 * @param {Spec[]} specs
 * @param {Map<Element, Element>} [held]  tile group → the holder of its elements
 * @returns {Map<string, Element>}
 */
export function joinLayers(layers, old, specs, held = new Map()) {
  /** @type {Map<Node, Node>} */
  const owner = new Map([...held].map(([group, holder]) => [holder, group]));
  /**
   * Whether element `e` is drawn in layer `g` (in one of its tiles, or held for one).
   * @param {Element | undefined} e
   * @param {Element} g
   */
  const inLayer = (e, g) => {
    const parent = e?.parentNode;
    return ((parent && owner.get(parent)) ?? parent)?.parentNode === g;
  };
  /** @type {Map<string, Map<string, Spec[]>>} */
  const byLayer = new Map(Object.keys(layers).map((name) => [name, new Map()]));
  for (const s of specs) {
    // every spec's layer is one of `layers`
    const tiles = /** @type {Map<string, Spec[]>} */ (byLayer.get(s.layer));
    const list = tiles.get(s.tile);
    if (list) list.push(s);
    else tiles.set(s.tile, [s]);
  }
  /** @type {Map<string, Element>} */
  const next = new Map();
  for (const [name, tiles] of byLayer) {
    const g = layers[name];
    // Nothing of this layer to reuse (a first drawing, or the browser's own hover targets
    // over an adopted server picture): write it as markup.
    if (![...tiles.values()].some((list) => list.some((s) => inLayer(old.get(s.key), g)))) {
      let html = "";
      for (const [key, list] of tiles) {
        html += `<g class="tile" data-tile="${key}">${list.map(markup).join("")}</g>`;
      }
      g.innerHTML = html;
      for (const group of g.children) {
        // a group of the markup just written: its tile's list is there
        const list = /** @type {Spec[]} */ (tiles.get(group.getAttribute("data-tile") ?? ""));
        const kids = group.children;
        for (let i = 0; i < list.length; i += 1) next.set(list[i].key, kids[i]);
      }
      continue;
    }
    const groups = new Map([...g.children].map((t) => [t.getAttribute("data-tile"), t]));
    /** @type {Element[]} */
    const order = [];
    for (const [key, list] of tiles) {
      /** @type {Element | undefined} */
      let group = groups.get(key);
      if (!group) {
        group = document.createElementNS(SVG_NS, "g");
        group.setAttribute("class", "tile");
        group.setAttribute("data-tile", key);
      }
      order.push(group);
      const box = held.get(group) ?? group;
      if (!box.firstElementChild && !list.some((s) => inLayer(old.get(s.key), g))) {
        box.innerHTML = list.map(markup).join("");  // a tile drawn for the first time
        const kids = box.children;
        for (let i = 0; i < list.length; i += 1) next.set(list[i].key, kids[i]);
        continue;
      }
      const els = list.map((s) => {
        let e = old.get(s.key);
        if (e && inLayer(e, g) && e.localName === s.tag) update(e, s);
        else e = create(s);
        next.set(s.key, e);
        return e;
      });
      replaceIfChanged(box, els);
    }
    replaceIfChanged(g, order);
  }
  return next;
}

/** @type {Record<string, string>} */
const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
/** @type {(text: string) => string} */
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ESCAPES[c]);

/**
 * A spec as markup, for a layer or tile written in one go.
 * @param {Spec} s
 * @returns {string}
 */
function markup(s) {
  let out = `<${s.tag}`;
  for (const k in s.attrs) {
    const v = s.attrs[k];
    if (v !== null && v !== undefined) out += ` ${k}="${escape(v)}"`;
  }
  out += ">";
  if (s.title !== undefined) out += `<title>${escape(s.title)}</title>`;
  if (s.text !== undefined) out += escape(s.text);
  return `${out}</${s.tag}>`;
}

/**
 * @param {Spec} s
 * @returns {Element}
 */
function create(s) {
  const e = document.createElementNS(SVG_NS, s.tag);
  for (const k in s.attrs) {
    const v = s.attrs[k];
    if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  if (s.title !== undefined) {
    const title = document.createElementNS(SVG_NS, "title");
    title.textContent = s.title;
    e.append(title);
  }
  if (s.text !== undefined) e.append(document.createTextNode(s.text));
  return e;
}

/**
 * Attributes and words in place; the class goes back to the server's (a frame re-marks).
 * @param {Element} e
 * @param {Spec} s
 */
function update(e, s) {
  for (const k in s.attrs) {
    const v = s.attrs[k];
    if (v === null || v === undefined) {
      if (e.hasAttribute(k)) e.removeAttribute(k);
    } else if (e.getAttribute(k) !== v) {
      e.setAttribute(k, v);
    }
  }
  // an element of a spec with a title has its <title> first (create, markup)
  const title = /** @type {ChildNode} */ (e.firstChild);
  if (s.title !== undefined && e.firstChild?.textContent !== s.title) {
    title.textContent = s.title;
  }
  const words = /** @type {Text | null | undefined} */ (s.title === undefined ? e.firstChild
    : e.firstChild?.nextSibling);
  if (s.text !== undefined && words?.data !== s.text) {
    if (words) words.data = s.text;
    else e.append(document.createTextNode(s.text));
  }
}

/**
 * Put `list` as `parent`'s children, touching the DOM only if the order differs.
 * @param {Element} parent
 * @param {Element[]} list
 */
function replaceIfChanged(parent, list) {
  const kids = parent.children;
  let same = kids.length === list.length;
  for (let i = 0; same && i < list.length; i += 1) same = kids[i] === list[i];
  if (same) return;
  const fragment = document.createDocumentFragment();  // no spread: 10,000 arguments is a lot
  for (const e of list) fragment.append(e);
  parent.replaceChildren(fragment);
}
