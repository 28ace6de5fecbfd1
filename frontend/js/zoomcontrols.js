// Zoom in, zoom out and "fit to view" as buttons in the circuit's corner (panzoom.js does
// the work). The mouse wheel, pinch and the +/-/0 keys are there already, but a class sees
// a projector: visible buttons say that the picture can be zoomed, and a teacher with a
// clicker or a touch screen can do it. The buttons sit inside the viewport (so they stay in
// its corner and go away with it in table view) but are not "its" events: panzoom.js pans
// only for presses on the circuit itself, so clicking a button never starts a drag.
//
//   addZoomControls(container, panzoom) → the group element

import { t } from "./i18n.js";
import { icon } from "./icons.js";

const STEP = 1.25;  // as panzoom.js's + and - keys
// 16×16 strokes: a plus, a minus, and four corners for "fit" (the usual icons).
const ICONS = {
  "zoom-in": "M8 3v10M3 8h10",
  "zoom-out": "M3 8h10",
  fit: "M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4",
};


/**
 * @param {HTMLElement} container  the circuit's viewport (#circuit)
 * @param {{zoomBy: (f: number) => void, fit: (o: {whole: boolean}) => unknown}} panzoom  from
 *   attachPanZoom
 * @returns {HTMLDivElement}
 */
export function addZoomControls(container, panzoom) {
  const doc = container.ownerDocument;
  const group = doc.createElement("div");
  group.className = "zoom-controls";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", t("ui.zoom"));
  /** @type {Array<[keyof typeof ICONS, string, string, () => void]>} */
  const buttons = [
    ["zoom-in", "ui.zoom_in", " (+)", () => panzoom.zoomBy(STEP)],
    ["zoom-out", "ui.zoom_out", " (−)", () => panzoom.zoomBy(1 / STEP)],
    ["fit", "ui.fit_view", " (0)", () => panzoom.fit({ whole: true })],
  ];
  for (const [action, key, shortcut, run] of buttons) {
    const button = doc.createElement("button");
    button.type = "button";
    button.className = "zoom-button";
    button.dataset.action = action;
    button.setAttribute("aria-label", t(key));
    button.title = t(key) + shortcut;
    button.append(icon(doc, ICONS[action], { size: 16 }));
    button.addEventListener("click", run);
    // belt and braces: panzoom.js already ignores presses that are not on the circuit
    button.addEventListener("pointerdown", (e) => e.stopPropagation());
    group.append(button);
  }
  container.append(group);
  return group;
}
