// The stage both pages share: the circuit (with pan/zoom, tooltips and tensor popovers), the
// Player that walks its trace, the step controls with their caption, and optionally the
// table view. The page (app.js, embed.js) owns the state and the requests; it hands the stage
// each new graph and hears about every frame.
//
// Frames come from frames.js `frameAt` only (docs/frontend.md "Frames"), so the picture, the
// caption, the table and the embed's postMessage always agree on what step k shows.

import { drawCircuit } from "./circuit.js";
import { createControls } from "./controls.js";
import { attachExpansion } from "./expand.js";
import { frameAt } from "./frames.js";
import { decorateTable } from "./gradcheck.js";
import { attachOverflow } from "./overflow.js";
import { attachPanZoom } from "./panzoom.js";
import { Player } from "./player.js";
import { attachPopover } from "./popover.js";
import { renderTable } from "./table.js";
import { attachTooltip } from "./tooltip.js";
import { focusBox } from "./viewfit.js";
import { addZoomControls } from "./zoomcontrols.js";

/** @import { CircuitView } from "./circuit.js" */
/** @import { Theme } from "./circuit-svg.js" */
/** @import { Frame } from "./frames.js" */
/** @import { PanZoom, PanZoomOptions } from "./panzoom.js" */
/** @import { State } from "./state.js" */
/** @import { Graph, GraphNode } from "./types/graph.js" */

/**
 * What createStage takes: the page's elements, its look, which parts it shows, and its
 * callbacks.
 * @typedef {object} StageOptions
 * @property {HTMLElement} circuit  #circuit
 * @property {HTMLElement} controls  #controls
 * @property {HTMLElement | null} [table]  the table view's container
 * @property {string | null} [lang]
 * @property {Theme} [theme]
 * @property {number} [digits]
 * @property {number} [speed]
 * @property {boolean} [showControls]
 * @property {boolean} [showCaption]
 * @property {PanZoomOptions | ((graph: Graph | null) => PanZoomOptions)} [panzoom]
 * @property {boolean} [zoomControls]
 * @property {(node: GraphNode | undefined, element: SVGTextElement) => void}
 *   [onInputValueClick]
 * @property {(name: string, expand: boolean, builtin: boolean) => void} [onGateToggle]
 * @property {(frame: Frame) => void} [onFrame]
 * @property {(speed: number) => void} [onSpeed]
 */

/** @typedef {ReturnType<typeof createStage>} Stage */

/**
 * What both pages pass createStage from their URL state: elements, look and which parts
 * the `hide` parameter removes. Each page adds its own pan/zoom and callbacks.
 * @param {State} state
 * @param {Set<string>} hidden
 * @param {(selector: string) => HTMLElement} $  the page's query (its elements are there)
 * @returns {StageOptions}
 */
export function stageOptionsOf(state, hidden, $) {
  return {
    circuit: $("#circuit"),
    controls: $("#controls"),
    lang: state.lang,
    theme: state.theme,
    digits: state.options.digits ?? 2,
    speed: state.speed,
    showControls: state.controls && !hidden.has("controls"),
    showCaption: !hidden.has("caption"),
  };
}

/**
 * @param {StageOptions} o
 *   panzoom: panzoom.js's options, or a function of the graph giving them (asked again for
 *   each graph and by refreshView: how small a phone may draw it depends on its texts)
 */
export function createStage(o) {
  const lang = o.lang ?? "en";
  /** @type {Graph | null} */
  let graph = null;
  /** @type {CircuitView | null} */
  let view = null;
  let tableShown = false;
  /** @type {Frame | null} */
  let frame = null;  // the frame on show
  /** @type {PanZoom | null} */
  let panzoom = null;  // attached once, with the first view, as are the tooltip and popover
  /** @type {((frame: Frame) => Frame) | null} */
  let filter = null;  // what a page shows of each frame (quizpanel.js hides open answers)

  const player = new Player({
    total: 0,
    speed: o.speed ?? 1,
    onFrame: (index) => show(index),
  });
  const controls = createControls(o.controls, player, {
    lang,
    caption: o.showCaption === false ? false : true,
    onSpeed: o.onSpeed,
  });
  if (o.showControls === false) controls.element.hidden = true;

  /** @param {number} index */
  function show(index) {
    if (!graph || !view) return;
    const raw = frameAt(graph, index);
    frame = filter ? filter(raw) : raw;
    view.show(frame);
    controls.update(frame);
    panzoom?.follow(focusBox(graph, frame));  // the step in view, as the caption talks of it
    if (tableShown && o.table) {
      const table = renderTable(o.table, graph, frame, { digits: o.digits ?? 2, lang });
      decorateTable(table, graph, o.digits ?? 2);  // options.gradcheck's columns
    }
    o.onFrame?.(frame);
  }

  /**
   * Draw a new graph. `index`: the frame to show (undefined keeps the step, or the end if
   * the end was shown, so typing a program shows its whole result).
   * @param {Graph} next
   * @param {number} [index]
   */
  function setGraph(next, index) {
    const wasAtEnd = !graph || player.atEnd;
    graph = next;
    const total = next.steps?.length ?? 0;
    const viewOptions = panzoomOptions();
    if (!view) {
      o.circuit.classList.remove("empty");
      view = drawCircuit(o.circuit, next, {
        digits: o.digits ?? 2,
        theme: o.theme ?? "light",
        onInputValueClick: o.onInputValueClick
          ? (id, element) => o.onInputValueClick?.(nodeOf(id), element) : undefined,
      });
      panzoom = attachPanZoom(view, viewOptions);
      attachTooltip(view);
      attachPopover(view);
      // zoom in / out / fit in the circuit's corner; hidden with the step controls (hide=…)
      if (o.zoomControls ?? o.showControls !== false) addZoomControls(o.circuit, panzoom);
      attachOverflow(o.circuit);  // fades where the circuit goes on beyond the view
      if (o.onGateToggle) attachExpansion(view, { onToggle: o.onGateToggle });  // options.expand
    } else {
      panzoom?.setOptions(viewOptions);
      view.setGraph(next);
    }
    const target = index ?? (wasAtEnd ? total - 1 : player.index);
    player.setTotal(total, target);  // emits the frame through onFrame
    // bench/browser.py times "interactive" from this: the app has taken over the picture
    if (!performance.getEntriesByName("cgviz:drawn").length) performance.mark("cgviz:drawn");
  }

  /** @type {(id: string) => GraphNode | undefined} */
  const nodeOf = (id) => graph?.nodes.find((n) => n.id === id);

  /** @returns {PanZoomOptions} */
  function panzoomOptions() {
    return (typeof o.panzoom === "function" ? o.panzoom(graph) : o.panzoom) ?? {};
  }

  /** Ask for the pan/zoom options again (the page's width crossed a phone's). */
  function refreshView() {
    if (view) panzoom?.setOptions(panzoomOptions());
  }

  /** Centre the view on the step on show (a jump the reader did not make by stepping). */
  function centre() {
    if (graph && frame) panzoom?.follow(focusBox(graph, frame), { centre: true });
  }

  /** @param {boolean} stale */
  function setStale(stale) {
    o.circuit.classList.toggle("stale", stale);
  }

  /** @param {boolean} on */
  function showTable(on) {
    tableShown = Boolean(on) && Boolean(o.table);
    if (!o.table) return;
    o.table.hidden = !tableShown;
    // Out of sight but still laid out (not display: none): the viewport keeps its size, so
    // pan/zoom does not take a zero height for "size me to the circuit".
    o.circuit.classList.toggle("is-away", tableShown);
    o.circuit.setAttribute("aria-hidden", String(tableShown));
    if (tableShown && graph) show(player.index);
    else if (!tableShown) panzoom?.fit();  // the viewport was hidden: refit it
  }

  /**
   * `fn(frame) → frame` from now on (null: frames as they are); `refresh()` shows the current
   * frame again, for when what `fn` hides has changed.
   * @param {((frame: Frame) => Frame) | null} fn
   */
  function setFrameFilter(fn) {
    filter = fn ?? null;
  }

  function refresh() {
    if (graph) show(player.index);
  }

  return {
    player,
    controls,
    setGraph,
    setStale,
    showTable,
    refreshView,
    centre,
    setFrameFilter,
    refresh,
    get graph() { return graph; },
    get view() { return view; },
    get panzoom() { return panzoom; },
    get tableShown() { return tableShown; },
  };
}
