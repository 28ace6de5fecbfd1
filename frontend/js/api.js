// The graph API (docs/api.md) for the browser, with latest-wins.
//
// Typing sends a request every ~150 ms, and answers may come back out of order (a long
// program, a busy server). Each call aborts the one before it and carries a sequence number;
// an answer that is not the newest is reported as `stale` and must be dropped, so a slow
// response never overwrites a newer one.

import { t } from "./i18n.js";
import { ROOT } from "./root.js";
import { nodeQuery } from "./tensordata.js";

// graph object → the request that drew it, so a summarised tensor's numbers can be asked
// for with the same program, values and options (GET /api/graph/node; tensordata.js).
const requests = new WeakMap();

/** Remember which request drew `graph` (fetchGraph does; a page does for its own graph). */
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
 * @returns {{fetchGraph: (request: {source: string, values?: object, options?: object})
 *   => Promise<{ok: true, graph: object} | {ok: false, error: object} | {stale: true}>,
 *   fetchNode: (graph: object, id: string, window?: object)
 *   => Promise<{ok: true, data: object} | {ok: false, message: string}>}}
 */
export function createApi({ base = ROOT, fetchImpl = (...a) => globalThis.fetch(...a) } = {}) {
  let latest = 0;
  let controller = null;

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
      if (stale() || err?.name === "AbortError") return { stale: true };
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
  const windows = new WeakMap();

  /** A window of node `id`'s numbers in `graph` (GET /api/graph/node, bounded by the server).
   * A GET, so the browser's cache and the ETag serve a second reader. */
  function fetchNode(graph, id, window = {}) {
    const request = requests.get(graph);
    if (!request) return Promise.resolve({ ok: false, message: t("ui.numbers_unknown") });
    const query = nodeQuery(request, id, window);
    if (query.length > MAX_LINK) {
      return Promise.resolve({ ok: false, message: t("ui.numbers_too_long") });
    }
    let byKey = windows.get(graph);
    if (!byKey) windows.set(graph, (byKey = new Map()));
    if (!byKey.has(query)) {
      // a failure is not kept: the next open asks again
      byKey.set(query, getNode(query).then((answer) => {
        if (!answer.ok) byKey.delete(query);
        return answer;
      }));
    }
    return byKey.get(query);
  }

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
