/**
 * The circuit's <svg> and its layer groups, as the server's template writes them
 * (backend/cgviz/render/templates/circuit.svg.j2: same title, desc, arrow marker, background and
 * layers in paint order), made afresh or adopted from the server's picture already in the
 * page; and a theme's presentation attributes on them (circuit.css overrides those with CSS
 * custom properties, so a theme is a class). circuit.js draws a graph into the layers.
 *
 *   const parts = svgFor(container, markerId, tiles, elements)  // {svg, titleEl, descEl, …}
 *   paintTheme(parts, "dark", elements)
 *
 * @module circuit-svg
 */

import { FONT, FONT_FAMILY, NEAR_X, NEAR_Y, SHAPE_FONT, WARNING_FONT }
  from "./circuit-geometry.js";
import { formatCoordinate as fc } from "./format.js";

/** @import { Tiles } from "./tiles.js" */

/**
 * The layer groups by name, in paint order (svg.LAYERS and the browser's own `hits`, `marks`).
 * @typedef {Record<"groups" | "hits" | "edges" | "wires" | "gates" | "symbols" | "consts"
 *   | "labels" | "shapes" | "values" | "grads" | "warnings" | "marks", SVGGElement>} Layers
 */

/**
 * The picture's parts that every graph shares (`svgFor`).
 * @typedef {object} SvgParts
 * @property {SVGSVGElement} svg
 * @property {SVGTitleElement} titleEl
 * @property {SVGDescElement} descEl
 * @property {SVGRectElement} background
 * @property {SVGPathElement} arrowPath  the arrowhead of the edges' marker
 * @property {string} markerId
 * @property {Layers} layers
 */

/** @typedef {"light" | "dark"} Theme */

export const SVG_NS = "http://www.w3.org/2000/svg";
// svg.THEMES: the presentation attributes the server writes (CSS overrides them).
/** @satisfies {Record<Theme, Record<string, string>>} */
export const THEMES = {
  light: { background: "#ffffff", line: "#000000", gate_fill: "#ffffff", value: "#2e7d32",
           grad: "#c62828", muted: "#5f6673", warning: "#a04f00", group: "#2f5f9e" },
  dark: { background: "#15181e", line: "#e6e9ee", gate_fill: "#1d2129", value: "#7bd88f",
          grad: "#ff7b7b", muted: "#9aa3b1", warning: "#ffb454", group: "#8fb4e8" },
};

/**
 * An SVG element with these attributes.
 * @template {keyof SVGElementTagNameMap} K
 * @param {K} name
 * @param {Record<string, string | number>} attrs
 * @returns {SVGElementTagNameMap[K]}
 */
export function el(name, attrs) {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/**
 * Set attributes that differ (null removes one), so an unchanged element is not touched.
 * @param {Element} e
 * @param {Record<string, string | null>} attrs
 */
export function setAttrs(e, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null) e.removeAttribute(k);
    else if (e.getAttribute(k) !== v) e.setAttribute(k, v);
  }
}

/**
 * The join's key of an element the server drew (`value:n3`, `edge:n5:1`), as specsOf
 * names it: the first class is the role.
 * @param {Element} e
 * @returns {string | null}
 */
function keyOf(e) {
  const role = e.classList[0];
  const node = e.getAttribute("data-node");
  if (!role || node === null) return null;
  return role === "edge" ? `edge:${node}:${e.getAttribute("data-port")}` : `${role}:${node}`;
}

/**
 * The <svg> and its layer groups, put in `container`. When the container already holds the
 * server's picture of the page (`svg.cgviz`, drawn with the same layers, classes and keys),
 * it is adopted rather than drawn again: only what the browser adds (hover targets, marks,
 * its own marker id) is inserted, its elements go into `elements` by the join's key and its
 * far tiles into `tiles`, and the keyed join then finds every element it needs in place. For
 * a 1,000-node circuit this saves parsing, styling and laying out some 7,000 elements twice
 * (docs/benchmarks.md, "Browser").
 * @param {Element} container
 * @param {string} markerId  the arrow marker's id, unless the server's is kept
 * @param {Tiles} tiles
 * @param {Map<string, Element>} elements
 * @returns {SvgParts}
 */
export function svgFor(container, markerId, tiles, elements) {
  /** @type {SVGSVGElement | null} */
  const adopted = container.querySelector(":scope > svg.cgviz");
  /** @type {(selector: string) => Element | null} the server's part, if it is the server's */
  const find = (selector) => adopted?.querySelector(`:scope > ${selector}`) ?? null;
  const svg = adopted ?? el("svg", {});
  // The server's picture is an image (role=img). In the page it holds buttons (an input's
  // value, a tensor's, a gate that opens or closes), and an image's children are hidden from
  // assistive technology, so here it is a group, still named by its <title>; an export is an
  // image again (export.js).
  setAttrs(svg, { role: "group", "font-family": FONT_FAMILY, "font-size": fc(FONT) });
  svg.classList.add("cgviz");
  const titleEl = /** @type {SVGTitleElement | null} */ (find("title")) ?? el("title", {});
  const descEl = /** @type {SVGDescElement | null} */ (find("desc")) ?? el("desc", {});
  const marker = /** @type {SVGMarkerElement | null} */ (find("defs > marker"))
    ?? el("marker", {});
  // Keep the server's marker id when it is the page's only one: a new id changes the
  // edges' inherited marker-end, which restyles and lays out every edge of the circuit.
  if (adopted && marker.id && document.querySelectorAll(`[id="${marker.id}"]`).length === 1) {
    markerId = marker.id;
  }
  setAttrs(marker, { id: markerId, refX: "6", refY: "2", markerWidth: "6",
                     markerHeight: "4", orient: "auto" });
  const arrowPath = marker.querySelector("path") ?? el("path", {});
  setAttrs(arrowPath, { class: "arrowhead", d: "M 0,0 V 4 L6,2 Z" });
  if (!arrowPath.parentNode) marker.append(arrowPath);
  const defs = /** @type {Element | null} */ (marker.parentNode) ?? el("defs", {});
  if (!marker.parentNode) defs.append(marker);
  const background = /** @type {SVGRectElement | null} */ (find("rect.background"))
    ?? el("rect", {});
  setAttrs(background, { class: "background", width: "100%", height: "100%" });
  // svg.LAYERS, in paint order; `hits` (wide transparent strokes under everything, so a
  // 1-px wire is easy to point at) and `marks` (the `+=` of an accumulation) are the
  // browser's own and carry no data-node texts of the server's kinds.
  const layerAttrs = {
    groups: { fill: "none" },  // expanded groups' boxes (docs/language.md), under everything
    hits: {},
    edges: { "stroke-width": "1", "marker-end": `url(#${markerId})` },
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
  const layers = /** @type {Layers} */ ({});
  for (const [name, attrs] of Object.entries(layerAttrs)) {
    const g = /** @type {SVGGElement | null} */ (find(`g.${name}`)) ?? el("g", { class: name });
    setAttrs(g, attrs);
    layers[/** @type {keyof Layers} */ (name)] = g;
  }
  // Insert what is missing in order, moving nothing that is already in place: a moved
  // layer would be styled and laid out again, the very cost adoption avoids.
  /** @type {Element | null} */
  let prev = null;
  for (const part of [titleEl, descEl, defs, background, ...Object.values(layers)]) {
    if (part.parentNode !== svg || part.previousElementSibling !== prev) {
      if (prev) prev.after(part);
      else svg.prepend(part);
    }
    prev = part;
  }
  if (adopted) {
    for (const g of Object.values(layers)) {
      for (const tile of g.children) {
        // A far tile's group comes empty (backend/cgviz/render/tiles.py): the join draws it into
        // a holder, kept out of the page until the view reaches it.
        if (!tile.firstElementChild) tiles.hold(tile);
        for (const e of tile.children) {
          const key = keyOf(e);
          if (key) elements.set(key, e);
        }
      }
    }
    if (tiles.held.size) tiles.seen = [-Infinity, -Infinity, NEAR_X, NEAR_Y];
    for (const node of [...container.childNodes]) if (node !== svg) node.remove();
  } else {
    container.replaceChildren(svg);
  }
  return { svg, titleEl, descEl, background, arrowPath, markerId, layers };
}

/**
 * Presentation attributes as the server writes them, for a theme; `elements` are the
 * join's (a constant's wire is muted).
 * @param {Pick<SvgParts, "svg" | "layers" | "background" | "arrowPath">} parts
 * @param {Theme} theme
 * @param {Map<string, Element>} elements
 */
export function paintTheme(parts, theme, elements) {
  const c = THEMES[theme];
  const L = parts.layers;
  parts.svg.classList.remove("cgviz-light", "cgviz-dark");
  parts.svg.classList.add(`cgviz-${theme}`);
  parts.background.setAttribute("fill", c.background);
  parts.arrowPath.setAttribute("fill", c.line);
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
  for (const [key, e] of elements) {  // held ones too (cull)
    if (key.startsWith("wire:") && e.classList.contains("const")) {
      e.setAttribute("stroke", c.muted);
    }
  }
}
