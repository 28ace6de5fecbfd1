// How a page starts (docs/frontend.md, "Pages"): from the graph the page carries, or from the
// error the server found in its program; else — the address names another program, or the
// reader's language is not the one the page was drawn in — the page asks the server.
//
// A one-file export (`page.offline`, backend/cgviz/web/offline.py) has no server to ask: it
// carries its graph in every language (`#cgviz-graph-<lang>` beside `#cgviz-graph`) and the
// view it was exported with (`page.view`, /embed parameters under those of its own address).

import { rememberRequest } from "./api.js";
import { language } from "./i18n.js";

/** @import { ErrorDetail, Graph, PageData } from "./types/graph.js" */

/**
 * The JSON of a `<script type="application/json">` block of `doc`, or null.
 * @param {Document} doc
 * @param {string} id
 * @returns {any}
 */
export function readJSON(doc, id) {
  return JSON.parse(doc.getElementById(id)?.textContent || "null");
}

/**
 * The query the page's view is read from: an export's view, overridden parameter by
 * parameter by the address's own (`circuit.html?step=0`); a served page's address as it is.
 * @param {Pick<PageData, "view">} page
 * @param {string} search  `location.search`
 * @returns {string}
 */
export function viewSearch(page, search) {
  if (!page.view) return search;
  const merged = new URLSearchParams(page.view);
  for (const [name, value] of new URLSearchParams(search)) merged.set(name, value);
  const text = merged.toString();
  return text ? `?${text}` : "";
}

/**
 * Where the page starts: `{graph}` to show, `{error}` to show, or null: ask for the graph.
 * The graph's captions and the error's message are words, so only those in the reader's
 * language count.
 * @param {Document} doc
 * @param {{page: PageData, source: string, drawnIn: string}} at  the page's data, the program
 *   the address names, the language the page was drawn in
 * @returns {{graph: Graph, error?: undefined} | {error: ErrorDetail, graph?: undefined} | null}
 */
export function startingPoint(doc, { page, source, drawnIn }) {
  const lang = language();
  /** @type {Graph | null} */
  const graph = readJSON(doc, lang === drawnIn ? "cgviz-graph" : `cgviz-graph-${lang}`);
  const same = page.source === source;
  if (graph && !page.offline) {
    // the request the server drew it for: a summarised tensor's numbers are asked for with it
    rememberRequest(graph, { source: page.source, values: page.values, options: page.options });
  }
  if (graph && same) return { graph };
  if (page.error && same && lang === drawnIn && source.trim()) return { error: page.error };
  return null;
}
