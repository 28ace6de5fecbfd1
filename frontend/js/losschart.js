// The loss after each descent step as a small inline SVG line chart (no library, no request):
// steps along x from 0, the loss along y between its smallest and largest value, the two ends
// labelled with their numbers so the fall reads without a grid.

import { formatNumber } from "./format.js";
import { t } from "./i18n.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const W = 320;
const H = 150;
const PAD = { left: 56, right: 14, top: 14, bottom: 28 };

/**
 * @template {keyof SVGElementTagNameMap} K
 * @param {K} name
 * @param {Record<string, string | number>} attrs
 * @param {string} [text]
 * @returns {SVGElementTagNameMap[K]}
 */
function el(name, attrs, text) {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Points of `losses` (finite numbers) in the chart's coordinates. Pure.
 * @param {number[]} losses
 * @param {number} [width]
 * @param {number} [height]
 * @returns {{points: Array<[number, number]>, lo: number, hi: number}}
 */
export function chartPoints(losses, width = W, height = H) {
  const ys = losses.filter(Number.isFinite);
  if (!ys.length) return { points: [], lo: 0, hi: 0 };
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const span = hi - lo || Math.abs(hi) || 1;  // a flat line sits in the middle
  const mid = hi === lo;
  const n = Math.max(losses.length - 1, 1);
  /** @type {(i: number) => number} */
  const x = (i) => PAD.left + (i / n) * (width - PAD.left - PAD.right);
  /** @type {(v: number) => number} */
  const y = (v) => (mid ? (PAD.top + height - PAD.bottom) / 2
    : PAD.top + ((hi - v) / span) * (height - PAD.top - PAD.bottom));
  /** @type {Array<[number, number]>} */
  const points = [];
  losses.forEach((v, i) => {
    if (Number.isFinite(v)) points.push([x(i), y(v)]);
  });
  return { points, lo, hi };
}

/**
 * Draw (or redraw) the chart of `losses` into `container`.
 * @param {HTMLElement} container
 * @param {number[]} losses
 * @param {number} [digits]
 * @returns {SVGSVGElement}
 */
export function renderLossChart(container, losses, digits = 3) {
  const { points, lo, hi } = chartPoints(losses);
  const n = Math.max(losses.length - 1, 0);
  const svg = el("svg", { class: "loss-chart", viewBox: `0 0 ${W} ${H}`, role: "img" });
  const first = losses.length ? formatNumber(losses[0], digits) : "—";
  const last = losses.length ? formatNumber(losses[losses.length - 1], digits) : "—";
  const title = t("ui.loss_chart_summary", { first, last, n });
  svg.append(el("title", {}, title));
  svg.setAttribute("aria-label", title);
  if (losses.length) {  // the raw numbers, for tests and for anyone inspecting the chart
    svg.dataset.first = String(losses[0]);
    svg.dataset.last = String(losses[losses.length - 1]);
  }
  const bottom = H - PAD.bottom;
  svg.append(el("line", { class: "axis", x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: bottom }),
    el("line", { class: "axis", x1: PAD.left, y1: bottom, x2: W - PAD.right, y2: bottom }));
  if (points.length) {
    /** @type {(v: number, y: number) => SVGTextElement} */
    const tick = (v, y) => el("text", { class: "tick", x: PAD.left - 6, y: y + 4,
      "text-anchor": "end" }, formatNumber(v, digits));
    const ys = points.map(([, y]) => y);
    svg.append(tick(hi, Math.min(...ys)));
    if (hi !== lo) svg.append(tick(lo, Math.max(...ys)));
    svg.append(el("polyline", { class: "loss-line",
      points: points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ") }));
    const [lx, ly] = points[points.length - 1];
    svg.append(el("circle", { class: "loss-dot", cx: lx.toFixed(1), cy: ly.toFixed(1), r: 3.5 }));
  }
  svg.append(el("text", { class: "tick", x: PAD.left, y: H - 8, "text-anchor": "middle" }, "0"),
    el("text", { class: "tick", x: W - PAD.right, y: H - 8, "text-anchor": "end" }, String(n)),
    el("text", { class: "axis-name", x: (PAD.left + W - PAD.right) / 2, y: H - 8,
      "text-anchor": "middle" }, t("ui.steps_axis")),
    el("text", { class: "axis-name", x: 12, y: (PAD.top + bottom) / 2,
      transform: `rotate(-90 12 ${(PAD.top + bottom) / 2})`, "text-anchor": "middle" },
    t("ui.loss")));
  container.replaceChildren(svg);
  return svg;
}
