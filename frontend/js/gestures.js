/**
 * What the reader's hands and keys do to the circuit's view (panzoom.js owns the view: its
 * transform, fit and bounds): drag (mouse, pen, one finger), two-finger pinch, Ctrl/⌘+wheel
 * and trackpad pinch (which browsers send as a Ctrl+wheel) about the pointer, plain wheel to
 * pan an overflowing circuit, and the keyboard when the circuit has focus (+ / - zoom, 0 fits,
 * arrows pan; Shift for bigger steps). Each becomes a call of the view's panBy, zoomBy or fit.
 *
 *   const gestures = new Gestures(pz);  // listens on pz.el
 *   gestures.destroy();
 *
 * While a gesture runs the viewport carries `.panning` (`will-change`: a composited layer
 * moves, the SVG is not re-rendered); once still, the layer is re-rastered crisp.
 *
 * @module gestures
 */

/** @import { PanZoom } from "./panzoom.js" */

const DRAG_THRESHOLD = 4;  // px a press may wander and still be a click

export class Gestures {
  /** @param {PanZoom} pz  the view the gestures move */
  constructor(pz) {
    this.pz = pz;
    this.el = pz.el;
    /** @type {Map<number, {x: number, y: number, x0: number, y0: number}>} */
    this.pointers = new Map();  // pointer id → where it is and where it went down
    this.dragging = false;
    this.wasDragging = false;  // the click that ends a drag is swallowed
    /** @type {ReturnType<typeof setTimeout> | 0} */
    this.idle = 0;
    /**
     * @template {keyof HTMLElementEventMap} K
     * @param {K} type
     * @param {(e: HTMLElementEventMap[K]) => void} fn
     * @param {boolean | AddEventListenerOptions} [opts]
     */
    const on = (type, fn, opts) => {
      this.el.addEventListener(type, fn, opts);
      return () => this.el.removeEventListener(type, fn, opts);
    };
    this.off = [
      on("pointerdown", (e) => this.down(e)),
      on("pointermove", (e) => this.move(e)),
      on("pointerup", (e) => this.up(e)),
      on("pointercancel", (e) => this.up(e)),
      on("click", (e) => this.swallowClickAfterDrag(e), true),
      on("wheel", (e) => this.wheel(e), { passive: false }),
      on("keydown", (e) => this.key(e)),
    ];
  }

  /** `will-change` only while moving: composited while panning, crisp once still. */
  busy() {
    this.el.classList.add("panning");
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (!this.pointers.size) this.el.classList.remove("panning");
    }, 160);
  }

  /**
   * Events from the circuit or the bare viewport, not from a popover or tooltip inside it.
   * @param {Event} e
   */
  mine(e) {
    const target = /** @type {Node | null} */ (e.target);
    return target === this.el || this.pz.view.svg.contains(target);
  }

  /** @param {PointerEvent} e */
  down(e) {
    if ((e.pointerType === "mouse" && e.button !== 0) || !this.mine(e)) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, x0: e.clientX, y0: e.clientY });
    this.dragging = this.dragging || this.pointers.size > 1;
    if (this.pointers.size > 1) this.capture();
  }

  capture() {
    for (const id of this.pointers.keys()) {
      if (!this.el.hasPointerCapture(id)) this.el.setPointerCapture(id);
    }
  }

  /** @param {PointerEvent} e */
  move(e) {
    const p = this.pointers.get(e.pointerId);
    if (!p) return;
    if (this.pointers.size === 1) {
      if (!this.dragging && Math.hypot(e.clientX - p.x0, e.clientY - p.y0) < DRAG_THRESHOLD) {
        return;  // still a click; capturing now would retarget it away from the wire
      }
      this.dragging = true;
      this.capture();
      this.busy();
      this.pz.panBy(e.clientX - p.x, e.clientY - p.y);
      p.x = e.clientX;
      p.y = e.clientY;
      return;
    }
    // Two fingers: scale by the change of their distance about their midpoint, and follow
    // the midpoint.
    const [a, b] = [...this.pointers.values()];
    const before = { d: Math.hypot(a.x - b.x, a.y - b.y), mx: (a.x + b.x) / 2,
                     my: (a.y + b.y) / 2 };
    p.x = e.clientX;
    p.y = e.clientY;
    const d = Math.hypot(a.x - b.x, a.y - b.y);
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    this.busy();
    if (before.d > 0) this.pz.zoomBy(d / before.d, mx, my);
    this.pz.panBy(mx - before.mx, my - before.my);
  }

  /** @param {PointerEvent} e */
  up(e) {
    if (!this.pointers.delete(e.pointerId)) return;
    if (this.el.hasPointerCapture(e.pointerId)) this.el.releasePointerCapture(e.pointerId);
    if (this.pointers.size) return;
    this.wasDragging = this.dragging;
    this.dragging = false;
    this.busy();
  }

  /** @param {MouseEvent} e */
  swallowClickAfterDrag(e) {
    if (!this.wasDragging) return;
    this.wasDragging = false;
    e.stopPropagation();
    e.preventDefault();
  }

  /** @param {WheelEvent} e */
  wheel(e) {
    if (!this.mine(e)) return;
    const lines = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? this.el.clientHeight : 1;
    const dx = e.deltaX * lines;
    const dy = e.deltaY * lines;
    if (e.ctrlKey || e.metaKey || this.pz.opts.wheelZoom) {
      e.preventDefault();
      this.busy();
      // A pinch sends deltas of a few px, a wheel notch ~100: capped, a notch zooms 1.28×.
      this.pz.zoomBy(Math.exp(-clamp(dy, -25, 25) * 0.01), e.clientX, e.clientY);
      return;
    }
    const [px, py] = e.shiftKey && !dx ? [-dy, 0] : [-dx, -dy];
    if (this.pz.panBy(px, py)) {  // at an edge the page scrolls instead
      e.preventDefault();
      this.busy();
    }
  }

  /** @param {KeyboardEvent} e */
  key(e) {
    if (e.target !== this.el || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = e.shiftKey ? 160 : 40;
    /** @type {Record<string, () => unknown>} */
    const actions = {
      "+": () => this.pz.zoomBy(1.25), "=": () => this.pz.zoomBy(1.25),
      "-": () => this.pz.zoomBy(0.8), _: () => this.pz.zoomBy(0.8),
      0: () => this.pz.fit({ whole: true }),
      ArrowLeft: () => this.pz.panBy(step, 0), ArrowRight: () => this.pz.panBy(-step, 0),
      ArrowUp: () => this.pz.panBy(0, step), ArrowDown: () => this.pz.panBy(0, -step),
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();  // the page's ←/→ step through the trace; here they pan
    action();
  }

  destroy() {
    for (const off of this.off) off();
    clearTimeout(this.idle);
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
