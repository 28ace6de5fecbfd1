/**
 * Download the circuit as it is shown now (the current frame, the theme) as SVG or PNG.
 *
 *   downloadSVG(view.svg, "circuit.svg");
 *   await downloadPNG(view.svg, "circuit.png", 2);
 *   svgString(view.svg) → the standalone SVG text; pngBlob(view.svg, scale) → Promise<Blob>
 *
 * The file must render alone, outside the page and its stylesheets: every colour the CSS
 * gives (themes are CSS custom properties) is written back as a presentation attribute on the
 * layer groups, the step's emphasis (active gate, written wires, accumulation) as inline
 * styles on those few elements, and a hidden number as visibility="hidden". The browser's own
 * parts (hit areas, tabindex, the pan/zoom transform) are dropped. PNG draws that SVG on a
 * canvas: system fonts only, nothing fetched. The app keeps only the tiles in view in the page
 * (circuit.js `cull`), so it exports inside `view.whole(...)`: both functions read the
 * circuit at once, before anything asynchronous.
 *
 * @module export
 */

const LAYER_PAINT = ["fill", "stroke"];
const EMPHASIS = ["fill", "stroke", "stroke-width", "stroke-dasharray", "font-weight",
                  "text-decoration"];
const EMPHASIS_CLASSES = ["active", "written", "accumulating", "flow"];
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;  // eslint-disable-line no-control-regex
const INTERACTIVE = ["tabindex", "role", "aria-label", "aria-haspopup", "aria-describedby",
                     "style"];

/**
 * The standalone SVG text of a drawn circuit, as it looks now.
 * @param {SVGSVGElement} svg  the live `svg.cgviz`
 * @returns {string}
 */
export function svgString(svg) {
  // Read the styles a running transition is heading to, not where it is now: with
  // transitions off, the browser jumps each to its end (circuit.css .cgviz-exporting).
  svg.classList.add("cgviz-exporting");
  try {
    return serialize(svg);
  } finally {
    svg.classList.remove("cgviz-exporting");
  }
}

/** @param {SVGSVGElement} svg */
function serialize(svg) {
  const clone = /** @type {SVGSVGElement} */ (svg.cloneNode(true));
  const live = [svg, ...svg.querySelectorAll("*")];
  const copy = [clone, ...clone.querySelectorAll("*")];
  for (const e of copy) {
    for (const attr of INTERACTIVE) e.removeAttribute(attr);
    e.classList.remove("editable", "tensor", "hover", "cgviz-exporting");
  }
  clone.setAttribute("role", "img");  // a picture again, as the server writes it
  for (let i = 0; i < live.length; i += 1) {
    const src = live[i];
    const dst = copy[i];
    const cls = src.classList;
    if (src.matches("g, rect.background, path.arrowhead, .consts > line")) {
      const style = getComputedStyle(src);
      for (const prop of LAYER_PAINT) {
        if (dst.hasAttribute(prop)) dst.setAttribute(prop, paint(style.getPropertyValue(prop)));
      }
    }
    if (EMPHASIS_CLASSES.some((c) => cls.contains(c))) {
      const style = getComputedStyle(src);
      dst.setAttribute("style", EMPHASIS.map((p) => `${p}:${style.getPropertyValue(p)}`)
        .join(";"));
      continue;
    }
    if (cls.contains("pending")) dst.setAttribute("visibility", "hidden");
  }
  clone.querySelector(".hits")?.remove();
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const text = new XMLSerializer().serializeToString(clone).replace(NOT_XML, "\ufffd");
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`;
}

/**
 * A computed colour as an attribute value (`rgb(…)` is valid SVG paint).
 * @param {string} value
 */
function paint(value) {
  return value.trim() || "none";
}

/**
 * @param {Blob} blob
 * @param {string} name  the file's name
 */
function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);  // after the download has started
}

/**
 * Download the circuit as a standalone SVG file.
 * @param {SVGSVGElement} svg
 * @param {string} [name="circuit.svg"]
 */
export function downloadSVG(svg, name = "circuit.svg") {
  save(new Blob([svgString(svg)], { type: "image/svg+xml" }), name);
}

/**
 * The circuit as a PNG, `scale` device pixels per SVG unit.
 * @param {SVGSVGElement} svg
 * @param {number} [scale=2]
 * @returns {Promise<Blob>}
 */
export async function pngBlob(svg, scale = 2) {
  const width = Number(svg.getAttribute("width")) || svg.getBBox().width;
  const height = Number(svg.getAttribute("height")) || svg.getBBox().height;
  const image = new Image();
  image.decoding = "async";
  // A data: URL, not a blob: URL, so the canvas is never tainted and can be read back.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgString(svg))}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas to draw the PNG on");
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))),
                  "image/png");
  });
}

/**
 * Download the circuit as a PNG file.
 * @param {SVGSVGElement} svg
 * @param {string} [name="circuit.png"]
 * @param {number} [scale=2]
 * @returns {Promise<void>}
 */
export async function downloadPNG(svg, name = "circuit.png", scale = 2) {
  save(await pngBlob(svg, scale), name);
}
