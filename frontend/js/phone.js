// A phone-sized screen: what the app and the embed do differently there (phone.css has the
// layout; docs/frontend.md "On a phone").
//
//   PHONE_QUERY, PHONE_ZOOM_ROOM, isPhone(), onPhoneChange(fn)
//   viewOptions(desktop, phone) → (graph) → panzoom.js options: `desktop` on a wide screen;
//       on a phone, `phone` over it with a least scale at which every text of the circuit
//       is drawn at READABLE_PX or more (viewfit.js)
//   attachPhoneLayout(doc) → {destroy}  the app page: the header's tools folded into a menu,
//       the program and inputs folded under the circuit
//
// The breakpoint is a width most phones stay under held upright, or a short touch screen (a
// phone held sideways). phone.css says the same query in its @media rules.

import { readableScale } from "./viewfit.js";

/** @import { PanZoomOptions } from "./panzoom.js" */
/** @import { Graph } from "./types/graph.js" */

export const PHONE_QUERY = "(max-width: 640px), (max-height: 500px) and (pointer: coarse)";
// The strip under the circuit its zoom buttons take on a phone (phone.css: 44 px and margins),
// so that they never cover the picture at its first view.
export const PHONE_ZOOM_ROOM = 52;

const media = () => globalThis.matchMedia(PHONE_QUERY);

/** @returns {boolean} */
export function isPhone() {
  return media().matches;
}

/**
 * Call `fn` whenever the screen becomes, or stops being, a phone's; returns the undo.
 * @param {() => void} fn
 * @returns {() => void}
 */
export function onPhoneChange(fn) {
  const query = media();
  query.addEventListener("change", fn);
  return () => query.removeEventListener("change", fn);
}

/**
 * panzoom.js's options as a function of the graph (stage.js asks for each graph). On a
 * phone the view chooses no scale at which the circuit's smallest text (an 11 px shape, a
 * 16 px number) would fall under READABLE_PX: a thumb pans and pinches instead.
 * @param {PanZoomOptions} desktop  every option `phone` changes must be given here too
 * @param {PanZoomOptions} phone
 * @returns {(graph: Graph | null) => PanZoomOptions}
 */
export function viewOptions(desktop, phone) {
  return (graph) => {
    if (!isPhone()) return desktop;
    const options = { ...desktop, ...phone };
    const least = graph ? readableScale(graph) : 0;
    return { ...options, minFitScale: Math.max(options.minFitScale ?? 0, least) };
  };
}

/**
 * The app page on a phone (index.html.j2's `.menu-toggle` and `.fold-toggle`):
 * - the header's toolbar, switches and links are a disclosure menu behind one button
 *   (Escape or a click outside closes it, and a chosen tool closes it too);
 * - the program and the inputs come after the circuit and its step controls, folded behind
 *   one button (opened by themselves when the program has a mistake to show). The workbench
 *   moves after the stage in the document, not only on the screen (phone.css `order`), so
 *   the Tab order is the order the reader sees.
 * @param {Document} doc
 * @returns {{destroy: () => void}}
 */
export function attachPhoneLayout(doc) {
  /** @type {Array<() => void>} */
  const undo = [];
  /**
   * @template {Event} E
   * @param {EventTarget} target
   * @param {string} type
   * @param {(e: E) => void} fn
   * @param {AddEventListenerOptions} [options]
   */
  const listen = (target, type, fn, options) => {
    const handler = /** @type {EventListener} */ (fn);
    target.addEventListener(type, handler, options);
    undo.push(() => target.removeEventListener(type, handler, options));
  };

  // ---- the menu ----
  const bar = doc.querySelector(".bar");
  /** @type {HTMLButtonElement | null | undefined} */
  const toggle = bar?.querySelector(".menu-toggle");
  const menu = toggle && doc.getElementById(toggle.getAttribute("aria-controls") ?? "");
  // the menu's button and bar, where there is a menu (the only time these are called)
  const isOpen = () => toggle?.getAttribute("aria-expanded") === "true";
  /** @type {(open: boolean, options?: {focus?: boolean}) => void} */
  const setMenu = (open, { focus = false } = {}) => {
    toggle?.setAttribute("aria-expanded", String(open));
    bar?.classList.toggle("menu-open", open);
    if (focus) toggle?.focus();
  };
  if (menu && toggle && bar) {
    listen(toggle, "click", () => setMenu(!isOpen()));
    listen(bar, "keydown", (/** @type {KeyboardEvent} */ e) => {
      if (e.key !== "Escape" || !isOpen()) return;
      e.preventDefault();
      setMenu(false, { focus: true });
    });
    listen(doc, "pointerdown", (/** @type {PointerEvent} */ e) => {
      if (isOpen() && !bar.contains(/** @type {Node | null} */ (e.target))) setMenu(false);
    });
    // a tool chosen is the menu done with; its dialog gives the focus back to the menu's
    // button, the tool itself being out of sight again
    listen(menu, "click", (e) => {
      if (/** @type {Element} */ (e.target).closest("button[data-action]")) setMenu(false);
    });
    listen(menu, "change", (e) => {
      if (/** @type {Element} */ (e.target).matches("select")) setMenu(false, { focus: true });
    });
    for (const dialog of doc.querySelectorAll("dialog")) {
      listen(dialog, "close", () => setTimeout(() => {  // after the dialog's own close handler
        if (isPhone() && (doc.activeElement === doc.body || !doc.activeElement)) toggle?.focus();
      }));
    }
  }

  // ---- the program and inputs, under the circuit ----
  const fold = doc.querySelector(".fold-toggle");
  const workbench = fold?.closest(".workbench");
  const stage = doc.querySelector(".page > .stage");
  /** @param {boolean} open */
  const setFold = (open) => {  // where there is a workbench, inside which `fold` is
    fold?.setAttribute("aria-expanded", String(open));
    workbench?.classList.toggle("open", open);
  };
  const place = () => {
    if (!workbench || !stage) return;
    // only when it is elsewhere: moving an element blurs it, and the wide page's program box
    // has the focus (autofocus)
    if (isPhone()) {
      if (stage.nextElementSibling !== workbench) stage.after(workbench);
    } else if (workbench.nextElementSibling !== stage) {
      stage.before(workbench);
    }
    if (!isPhone() && menu) setMenu(false);
  };
  if (workbench && fold) {
    // A phone's keyboard would cover the circuit the page puts first: the program is focused
    // when the reader taps it, not on load (the wide page's textarea has autofocus).
    if (isPhone()) workbench.querySelector("[autofocus]")?.removeAttribute("autofocus");
    listen(fold, "click", () => setFold(fold.getAttribute("aria-expanded") !== "true"));
    const error = doc.getElementById("error");
    if (error) {
      const watch = new MutationObserver(() => { if (!error.hidden) setFold(true); });
      watch.observe(error, { attributes: true, attributeFilter: ["hidden"] });
      undo.push(() => watch.disconnect());
      if (!error.hidden) setFold(true);
    }
  }
  place();
  undo.push(onPhoneChange(place));

  return { destroy: () => { for (const u of undo) u(); } };
}
