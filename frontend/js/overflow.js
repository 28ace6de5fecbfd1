// What of the circuit lies beyond the view's edges. A circuit wider than its frame (the usual
// case on a phone, where texts are kept readable rather than the picture whole) would look
// finished at the frame's edge; a fade with a chevron on each side where more of it lies says
// that it goes on. Decoration only (aria-hidden): the picture's role="img" label and the
// caption carry the meaning, and the pan keys and zoom buttons reach the rest.
//
// Touch: a one-finger drag on the circuit pans it, which a page cannot scroll through. While
// the circuit has nothing above or below the view, an upright drag is left to the page
// (`touch-action: pan-y`), so a phone's reader can scroll past a picture that fills the
// screen's width; sideways drags and pinches stay the circuit's.
//
//   attachOverflow(container) → {destroy}   container: the viewport of panzoom.js, whose
//   `cgviz:view` events say where the circuit lies

import { icon } from "./icons.js";

/** @import { Bounds } from "./panzoom.js" */

/** @typedef {"left" | "right" | "top" | "bottom"} Side */

/** @type {Record<Side, string>} */
const SIDES = {  // 16×16 chevrons pointing out of the view
  left: "M10 3l-5 5 5 5",
  right: "M6 3l5 5-5 5",
  top: "M3 10l5-5 5 5",
  bottom: "M3 6l5 5 5-5",
};
const SLACK = 1;  // px of the circuit past an edge that do not count (rounding, padding)

/**
 * @param {HTMLElement} container  the viewport of panzoom.js
 * @returns {{destroy: () => void}}
 */
export function attachOverflow(container) {
  const doc = container.ownerDocument;
  const layer = doc.createElement("div");
  layer.className = "edge-fades";
  layer.setAttribute("aria-hidden", "true");
  const fades = /** @type {Record<Side, HTMLSpanElement>} */ ({});
  for (const [side, d] of /** @type {Array<[Side, string]>} */ (Object.entries(SIDES))) {
    const fade = doc.createElement("span");
    fade.className = "edge-fade";
    fade.dataset.edge = side;
    fade.hidden = true;
    fade.append(icon(doc, d, { size: 16 }));
    fades[side] = fade;
    layer.append(fade);
  }
  container.append(layer);

  /** @param {Event} event  panzoom.js's `cgviz:view`, whose detail is its bounds() */
  const update = (event) => {
    const b = /** @type {CustomEvent<Bounds>} */ (event).detail;
    /** @type {Record<Side, boolean>} */
    const beyond = {
      left: b.x < -SLACK,
      right: b.x + b.width > b.viewWidth + SLACK,
      top: b.y < -SLACK,
      bottom: b.y + b.height > b.viewHeight + SLACK,
    };
    for (const [side, more] of /** @type {Array<[Side, boolean]>} */ (Object.entries(beyond))) {
      if (fades[side].hidden === more) fades[side].hidden = !more;
    }
    const touch = beyond.top || beyond.bottom ? "" : "pan-y";
    if (container.style.touchAction !== touch) container.style.touchAction = touch;
  };
  container.addEventListener("cgviz:view", update);
  return {
    destroy() {
      container.removeEventListener("cgviz:view", update);
      layer.remove();
      container.style.touchAction = "";
    },
  };
}
