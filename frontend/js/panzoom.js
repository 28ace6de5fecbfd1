/**
 * Pan and zoom the circuit: the view's transform, "fit to view", following the step, and
 * keeping some of the circuit in view. The reader moves it by drag, pinch, wheel and keys
 * (gestures.js); the page by fit(), follow() and the zoom buttons (zoomcontrols.js).
 *
 *   const pz = attachPanZoom(view, {maxFitScale: 1.6, wheelZoom: false, fitHeight: false});
 *   pz.fit(); pz.zoomBy(1.25); pz.panBy(dx, dy); pz.follow({box, core}, {centre});
 *   pz.transform() → {x, y, scale}; pz.setOptions({...}); pz.destroy()
 *
 * After every move the container hears a `cgviz:view` event whose `detail` is `bounds()`:
 * where the circuit lies relative to the view (overflow.js draws what lies beyond from it).
 *
 * Why a CSS transform on the <svg> element rather than the viewBox or an inner <g>: changing
 * either repaints every element, 5,000 gates included, on each frame; a transform with
 * `will-change` (set only while a gesture runs) moves a composited layer, so panning never
 * re-renders the SVG and stays at 60 fps; when the gesture ends the layer is re-rastered
 * crisp at the new scale. Transforms are written once per animation frame.
 *
 * The view's container becomes the viewport (`.cgviz-viewport`, focusable). It needs a height
 * from CSS, unless `fitHeight` is set (or it has none), in which case fit() sizes it to the
 * circuit at the fitted scale (the embed, which reports its height to its parent).
 *
 * @module panzoom
 */

import { NEAR_X, NEAR_Y } from "./circuit-geometry.js";
import { Gestures } from "./gestures.js";
import { t } from "./i18n.js";

/** @import { CircuitView } from "./circuit.js" */
/** @import { Focus } from "./viewfit.js" */

/**
 * How the view fits and moves (the defaults in PanZoom's constructor).
 * @typedef {object} PanZoomOptions
 * @property {number} [minScale]
 * @property {number} [maxScale]
 * @property {number} [maxFitScale]  a fit never scales above this
 * @property {number} [minFitScale]  nor below this, unless the reader asks for the whole
 * @property {number} [padding]  px a fit leaves around the circuit
 * @property {number} [padBottom]  room under the circuit a fit leaves free
 * @property {boolean} [centreOnFit]  every fit centres the step last followed
 * @property {boolean} [wheelZoom]  a plain wheel zooms rather than pans
 * @property {boolean} [fitHeight]  fit() sizes the viewport's height to the circuit
 * @property {number} [maxHeight]  the most a fit makes it
 */

/**
 * Where the circuit lies in the view, in the view's pixels (`bounds`, `cgviz:view`).
 * @typedef {{x: number, y: number, scale: number, width: number, height: number,
 *            viewWidth: number, viewHeight: number}} Bounds
 */

const KEEP_VISIBLE = 60;  // px of the circuit that panning always leaves in view
const FAR = 0.2;  // below this scale the texts are not drawn (see apply)
const FOCUS_MARGIN = 8;  // px a followed step keeps from the view's edges

/**
 * @param {CircuitView} view  a view from drawCircuit
 * @param {PanZoomOptions} [options]
 *   centreOnFit: every fit centres the step last followed (the embed, a phone), instead of
 *   starting at the inputs; padBottom: room under the circuit a fit leaves free (a phone's
 *   zoom buttons sit there rather than over the picture)
 * @returns {PanZoom}
 */
export function attachPanZoom(view, options = {}) {
  return new PanZoom(view, options);
}

export class PanZoom {
  /**
   * @param {CircuitView} view
   * @param {PanZoomOptions} options
   */
  constructor(view, options) {
    this.view = view;
    this.el = view.container;
    /** @type {Required<PanZoomOptions>} */
    this.opts = { minScale: 0.05, maxScale: 8, maxFitScale: 1.6, minFitScale: 0, padding: 12,
                  wheelZoom: false, centreOnFit: false, padBottom: 0,
                  fitHeight: false, maxHeight: Infinity, ...options };
    this.t = { x: 0, y: 0, scale: 1 };
    this.fitted = true;  // follow size changes until the user moves the view
    this.whole = false;  // fit() keeps numbers readable (minFitScale) unless asked for all
    /** @type {Focus | null} */
    this.focus = null;  // the step's {box, core} (follow)
    this.raf = 0;
    this.fitFrame = 0;
    // Until the first fit knows the view, keep in the page only the tiles near the first view
    // (those the server's page draws; tiles.py NEAR_X/Y): the class below lays out again
    // whatever is in the page.
    view.cull?.([-Infinity, -Infinity, NEAR_X, NEAR_Y]);
    this.el.classList.add("cgviz-viewport");
    if (!this.el.hasAttribute("tabindex")) this.el.tabIndex = 0;
    if (!this.el.hasAttribute("aria-label")) {
      this.el.setAttribute("aria-label", t("ui.pan_zoom_help"));
    }
    this.autoHeight = this.opts.fitHeight;
    this.gestures = new Gestures(this);  // the reader's pointers, wheel and keys
    this.off = [
      () => this.gestures.destroy(),
      view.on("draw", ({ sizeChanged }) => {
        if (sizeChanged && this.fitted) this.fitSoon();
        else this.apply();
      }),
    ];
    this.resize = new ResizeObserver(() => {
      if (this.fitted) this.fit();
    });
    this.resize.observe(this.el);
    this.fitSoon();
  }

  /** fit() at the next frame, before it paints: measuring now would lay out a freshly drawn
   * circuit twice (a 1,000-node one takes ~100 ms per layout), once more after the caller's
   * own changes (a frame's show()) in the same task. */
  fitSoon() {
    if (this.fitFrame) return;
    this.fitFrame = requestAnimationFrame(() => {
      this.fitFrame = 0;
      if (this.fitted) this.fit();
    });
  }

  size() {
    return { w: Number(this.view.svg.getAttribute("width")) || 1,
             h: Number(this.view.svg.getAttribute("height")) || 1 };
  }

  /**
   * Scale the whole circuit into the viewport (never above maxFitScale) and centre it.
   * @param {{whole?: boolean}} [options]  whole: however small (the reader's "fit to view")
   * @returns {number}  the scale
   */
  fit({ whole = this.whole } = {}) {
    this.whole = whole;  // refits after a resize keep what the reader asked for
    cancelAnimationFrame(this.fitFrame);
    this.fitFrame = 0;
    const { w, h } = this.size();
    const pad = this.opts.padding;
    const below = this.opts.padBottom;
    const cw = this.el.clientWidth;
    if (!this.autoHeight && this.el.clientHeight < 2 * pad + 8) this.autoHeight = true;
    let scale = Math.min(this.opts.maxFitScale, Math.max(cw - 2 * pad, 1) / w);
    if (this.autoHeight) {
      scale = Math.min(scale, (this.opts.maxHeight - 2 * pad - below) / h);
      const height = `${Math.ceil(h * scale + 2 * pad + below)}px`;
      if (this.el.style.height !== height) this.el.style.height = height;
    } else {
      scale = Math.min(scale, Math.max(this.el.clientHeight - 2 * pad - below, 1) / h);
    }
    // Below minFitScale the numbers would be too small to read (a wide circuit in a narrow
    // course page): keep them readable, start at the inputs (or, with centreOnFit, at the
    // step), and let the reader pan.
    // ("fit to view", asked for by the reader, shows the whole circuit however small)
    const least = this.whole ? 0 : this.opts.minFitScale;
    scale = clamp(Math.max(scale, least), this.opts.minScale, this.opts.maxScale);
    if (this.autoHeight) {
      const height = `${Math.ceil(h * scale + 2 * pad + below)}px`;
      if (this.el.style.height !== height) this.el.style.height = height;
    }
    const ch = (this.autoHeight ? h * scale + 2 * pad + below : this.el.clientHeight) - below;
    const x = w * scale <= cw - 2 * pad ? (cw - w * scale) / 2 : pad;
    this.t = { x, y: Math.max(pad, (ch - h * scale) / 2), scale };
    this.fitted = true;
    // the step the caption talks about, not the inputs, when the circuit is wider than the view
    if (this.opts.centreOnFit && this.focus) this.t = this.centred(this.focus, ch);
    this.apply(true);
    return scale;
  }

  /** Pan, keeping the scale, to the part of the circuit a step works on ({box, core} from
   * viewfit.js; null before the first step): the step must not play out of sight when a wide
   * circuit is shown readable, not whole. The view moves when that part is not wholly in
   * view, or always with `centre` (a jump: the address's step, the course page's goto).
   * @param {Focus | null} focus
   * @param {{centre?: boolean}} [options]
   */
  follow(focus, { centre = false } = {}) {
    this.focus = focus ?? null;
    if (!focus || this.fitFrame || !this.el.clientHeight) return;  // a coming fit places it
    const next = this.centred(focus, this.el.clientHeight - this.opts.padBottom, !centre);
    if (next.x === this.t.x && next.y === this.t.y) return;
    this.t = next;
    this.apply();
  }

  /** The translation that centres `focus` (the middle of its box, keeping all its core in
   * view) on each axis the circuit overflows, never past the circuit's edge, in a view `ch`
   * high (padBottom left out); with `onlyIfOut`, the current one while the box (or where it
   * does not fit, the core) is wholly in view already.
   * @param {Focus} focus
   * @param {number} ch
   * @param {boolean} [onlyIfOut]
   * @returns {{x: number, y: number, scale: number}}
   */
  centred({ box, core }, ch, onlyIfOut = false) {
    const { scale } = this.t;
    const cw = this.el.clientWidth;
    const m = FOCUS_MARGIN;
    /** @type {(b: number[]) => boolean} */
    const fits = (b) => (b[2] - b[0]) * scale <= cw - 2 * m && (b[3] - b[1]) * scale <= ch - 2 * m;
    const [x0, y0, x1, y1] = fits(box) ? box : core;
    const inView = this.t.x + x0 * scale >= m && this.t.x + x1 * scale <= cw - m
      && this.t.y + y0 * scale >= m && this.t.y + y1 * scale <= ch - m;
    if (onlyIfOut && inView) return this.t;
    const { w, h } = this.size();
    const pad = this.opts.padding;
    /** @type {(at: number, i: number, extent: number, size: number) => number} */
    const axis = (at, i, extent, size) => {
      if (size * scale <= extent - 2 * pad) return at;  // it fits: the fit placed it
      const c0 = core[i] * scale;
      const c1 = core[i + 2] * scale;
      const middle = extent / 2 - ((box[i] + box[i + 2]) / 2) * scale;
      const t = c1 - c0 <= extent - 2 * m ? clamp(middle, m - c0, extent - m - c1)
        : extent / 2 - (c0 + c1) / 2;
      return clamp(t, extent - pad - size * scale, pad);
    };
    return { x: axis(this.t.x, 0, cw, w), y: axis(this.t.y, 1, ch, h), scale };
  }

  /** Change options (a phone turned sideways, a circuit with smaller texts): refit with them
   * while the reader has not moved the view.
   * @param {PanZoomOptions} options
   */
  setOptions(options) {
    const changed = Object.entries(options).filter(
      ([k, v]) => this.opts[/** @type {keyof PanZoomOptions} */ (k)] !== v);
    if (!changed.length) return;
    Object.assign(this.opts, options);
    if ("fitHeight" in options && options.fitHeight !== this.autoHeight) {
      this.autoHeight = Boolean(options.fitHeight);
      if (!this.autoHeight) this.el.style.height = "";
    }
    if (this.fitted) this.fitSoon();
  }

  transform() {
    return { ...this.t };
  }

  /**
   * Where the circuit lies in the view, in the view's pixels: its left and top edge, its
   * size at the current scale, and the view's size.
   * @returns {Bounds}
   */
  bounds() {
    const { w, h } = this.size();
    const { x, y, scale } = this.t;
    return { x, y, scale, width: w * scale, height: h * scale, viewWidth: this.el.clientWidth,
             viewHeight: this.el.clientHeight };
  }

  /** @param {{x?: number, y?: number, scale?: number}} transform */
  setTransform({ x = this.t.x, y = this.t.y, scale = this.t.scale }) {
    this.t = { x, y, scale: clamp(scale, this.opts.minScale, this.opts.maxScale) };
    this.fitted = false;
    this.apply();
  }

  /**
   * Zoom by `factor` about a point given in client coordinates (the viewport's centre).
   * @param {number} factor
   * @param {number} [clientX]
   * @param {number} [clientY]
   */
  zoomBy(factor, clientX, clientY) {
    const box = this.el.getBoundingClientRect();
    const px = (clientX ?? box.left + box.width / 2) - box.left - this.el.clientLeft;
    const py = (clientY ?? box.top + box.height / 2) - box.top - this.el.clientTop;
    const scale = clamp(this.t.scale * factor, this.opts.minScale, this.opts.maxScale);
    const k = scale / this.t.scale;
    this.t = { x: px - (px - this.t.x) * k, y: py - (py - this.t.y) * k, scale };
    this.fitted = false;
    this.apply();
  }

  /**
   * Pan by (dx, dy) screen pixels; whether the view moved (it stops at the edges).
   * @param {number} dx
   * @param {number} dy
   * @returns {boolean}
   */
  panBy(dx, dy) {
    const before = { ...this.t };
    this.t = { ...this.t, x: this.t.x + dx, y: this.t.y + dy };
    this.fitted = false;
    this.apply();
    return this.t.x !== before.x || this.t.y !== before.y;
  }

  /** Keep KEEP_VISIBLE px of the circuit in view, then write the transform next frame. */
  apply(now = false) {
    const { w, h } = this.size();
    const cw = this.el.clientWidth;
    const ch = this.el.clientHeight;
    const s = this.t.scale;
    const keepX = Math.min(KEEP_VISIBLE, w * s);
    const keepY = Math.min(KEEP_VISIBLE, h * s);
    this.t.x = clamp(this.t.x, keepX - w * s, cw - keepX);
    this.t.y = clamp(this.t.y, keepY - h * s, ch - keepY);
    const write = () => {
      this.raf = 0;
      const { x, y, scale } = this.t;
      this.view.svg.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
      // Lay out only the tiles in view, and half a view around it, so a pan finds the next
      // ones ready (circuit.js cull).
      const m = (0.5 * Math.max(cw, ch)) / scale;
      this.view.cull?.([-x / scale - m, -y / scale - m, (cw - x) / scale + m,
                        (ch - y) / scale + m]);
      // Level of detail: below FAR a 16 px number is under 3 px tall, unreadable, and
      // painting thousands of them is most of a big circuit's frame; circuit.css hides them.
      const far = scale < FAR;
      if (far !== this.el.classList.contains("cgviz-far")) {
        this.el.classList.toggle("cgviz-far", far);
      }
      this.el.dispatchEvent(new CustomEvent("cgviz:view", { detail: this.bounds() }));
    };
    if (now) {
      if (this.raf) cancelAnimationFrame(this.raf);
      write();
    } else if (!this.raf) {
      this.raf = requestAnimationFrame(write);
    }
  }

  destroy() {
    for (const off of this.off) off();
    this.resize.disconnect();
    cancelAnimationFrame(this.raf);
    cancelAnimationFrame(this.fitFrame);
    this.el.classList.remove("cgviz-viewport", "panning");
    this.view.svg.style.transform = "";
  }
}

/**
 * @param {number} v
 * @param {number} lo
 * @param {number} hi
 */
function clamp(v, lo, hi) {
  return Math.min(hi, Math.max(lo, v));
}
