// Inline SVG icons for buttons: no icon font, no request. The button carries the label; the
// icon is hidden from assistive technology and never takes focus.

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * An <svg> of one path `d`, drawn in a `size`-unit box; `cls` styles it (fill or stroke).
 * @param {Document} doc
 * @param {string} d
 * @param {{size?: number, cls?: string | null}} [options]
 * @returns {SVGSVGElement}
 */
export function icon(doc, d, { size = 20, cls = null } = {}) {
  const svg = doc.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("width", String(size));
  svg.setAttribute("height", String(size));
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const path = doc.createElementNS(SVG_NS, "path");
  path.setAttribute("d", d);
  if (cls) path.setAttribute("class", cls);
  svg.append(path);
  return svg;
}
