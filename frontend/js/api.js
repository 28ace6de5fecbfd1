// The graph API (docs/api.md) for the browser, with latest-wins.
//
// Typing, sliders and the other controls ask for circuits in quick succession (the editor
// keeps at most one of its own in flight: editor.js), and answers may come back out of order
// (a long program, a busy server). Each call aborts the one before it and carries a sequence
// number; an answer that is not the newest is reported as `stale` and must be dropped, so a
// slow response never overwrites a newer one.

import { t } from "./i18n.js";
import { ROOT } from "./root.js";
import { nodeQuery } from "./tensordata.js";

/** @import { MatrixWindow } from "./tensordata.js" */
/** @import { ErrorDetail, Graph, GraphRequest, NodeData } from "./types/graph.js" */

/**
 * What fetchGraph answers: the graph, the program's error (or a network one), or `stale`
 * when a newer call has been made since (drop it).
 * @typedef {{ok: true, graph: Graph, stale?: undefined}
 *   | {ok: false, error: ErrorDetail, stale?: undefined} | {stale: true}} GraphAnswer
 */

/**
 * What fetchNode answers: a window of the node's numbers, or why there is none.
 * @typedef {{ok: true, data: NodeData} | {ok: false, message: string}} NodeAnswer
 */

// graph object → the request that drew it, so a summarised tensor's numbers can be asked
// for with the same program, values and options (GET /api/graph/node; tensordata.js).
/** @type {WeakMap<Graph, GraphRequest>} */
const requests = new WeakMap();

/**
 * Remember which request drew `graph` (fetchGraph does; a page does for its own graph).
 * @param {Graph | null} graph
 * @param {GraphRequest} request
 */
export function rememberRequest(graph, { source, values = {}, options = {} }) {
  if (graph && typeof graph === "object") requests.set(graph, { source, values, options });
}


/** The longest link the app hands out. uvicorn refuses a request line much over 64 KiB
 * ("Invalid HTTP request received."), so a longer address would open nothing (a 5,000-node
 * program's link is 138 KB); Share says so instead (README, "Limits"). */
export const MAX_LINK = 60_000;

/**
 * @param {{base?: string, fetchImpl?: typeof fetch}} [options]  base: the app's root path
 *   (same origin)
 * @returns {{fetchGraph: (request: GraphRequest) => Promise<GraphAnswer>,
 *   fetchNode: (graph: Graph, id: string, window?: MatrixWindow) => Promise<NodeAnswer>}}
 */
export function createApi({ base = ROOT, fetchImpl = (...a) => globalThis.fetch(...a) } = {}) {
  let latest = 0;
  /** @type {AbortController | null} */
  let controller = null;

  /**
   * @param {GraphRequest} request
   * @returns {Promise<GraphAnswer>}
   */
  async function fetchGraph({ source, values = {}, options = {} }) {
    latest += 1;
    const seq = latest;
    controller?.abort();
    controller = new AbortController();
    const stale = () => seq !== latest;
    let response;
    try {
      response = await fetchImpl(`${base}/api/graph`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ source, values, options }),
        signal: controller.signal,
      });
    } catch (err) {
      if (stale() || /** @type {Error | undefined} */ (err)?.name === "AbortError") {
        return { stale: true };
      }
      return { ok: false, error: { kind: "network", message: t("ui.network_error") } };
    }
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (stale()) return { stale: true };
    if (response.ok && body) {
      rememberRequest(body, { source, values, options });
      return { ok: true, graph: body };
    }
    if (body?.error) return { ok: false, error: body.error };
    // 422 (a value the API refuses, e.g. a NaN slipped into `values`) and anything else
    const detail = Array.isArray(body?.detail) ? body.detail[0]?.msg : null;
    return { ok: false, error: { kind: "request", message: detail || `HTTP ${response.status}` } };
  }

  // graph object → window key → the answer's promise: a popover reopened, or redrawn at
  // every step, asks once. Answers are not latest-wins: each belongs to its own graph.
  /** @type {WeakMap<Graph, Map<string, Promise<NodeAnswer>>>} */
  const windows = new WeakMap();

  /**
   * A window of node `id`'s numbers in `graph` (GET /api/graph/node, bounded by the server).
   * A GET, so the browser's cache and the ETag serve a second reader.
   * @param {Graph} graph
   * @param {string} id
   * @param {MatrixWindow} [window]
   * @returns {Promise<NodeAnswer>}
   */
  function fetchNode(graph, id, window = {}) {
    const request = requests.get(graph);
    if (!request) return Promise.resolve({ ok: false, message: t("ui.numbers_unknown") });
    const query = nodeQuery(request, id, window);
    if (query.length > MAX_LINK) {
      return Promise.resolve({ ok: false, message: t("ui.numbers_too_long") });
    }
    let byKey = windows.get(graph);
    if (!byKey) windows.set(graph, (byKey = new Map()));
    let answer = byKey.get(query);
    if (!answer) {
      // a failure is not kept: the next open asks again
      answer = getNode(query).then((got) => {
        if (!got.ok) byKey.delete(query);
        return got;
      });
      byKey.set(query, answer);
    }
    return answer;
  }

  /**
   * @param {string} query
   * @returns {Promise<NodeAnswer>}
   */
  async function getNode(query) {
    try {
      const response = await fetchImpl(`${base}/api/graph/node?${query}`);
      const body = await response.json().catch(() => null);
      if (response.ok && body) return { ok: true, data: body };
      return { ok: false, message: body?.error?.message ?? `HTTP ${response.status}` };
    } catch {
      return { ok: false, message: t("ui.network_error") };
    }
  }

  return { fetchGraph, fetchNode };
}

/** The page's one client: every caller shares its latest-wins sequence. */
export const { fetchGraph, fetchNode } = createApi();
