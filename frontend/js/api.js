// The graph API (SPEC §2) for the browser, with latest-wins.
//
// Typing sends a request every ~150 ms, and answers may come back out of order (a long
// program, a busy server). Each call aborts the one before it and carries a sequence number;
// an answer that is not the newest is reported as `stale` and must be dropped, so a slow
// response never overwrites a newer one.

import { t } from "./i18n.js";
import { ROOT } from "./root.js";


/** The longest link the app hands out. uvicorn refuses a request line much over 64 KiB
 * ("Invalid HTTP request received."), so a longer address would open nothing (a 5,000-node
 * program's link is 138 KB); Share says so instead (README, "Limits"). */
export const MAX_LINK = 60_000;

/**
 * @param {{base?: string}} [options]  base: the app's root path (same origin)
 * @returns {{fetchGraph: (request: {source: string, values?: object, options?: object})
 *   => Promise<{ok: true, graph: object} | {ok: false, error: object} | {stale: true}>}}
 */
export function createApi({ base = ROOT } = {}) {
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
      response = await fetch(`${base}/api/graph`, {
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
    if (response.ok && body) return { ok: true, graph: body };
    if (body?.error) return { ok: false, error: body.error };
    // 422 (a value the API refuses, e.g. a NaN slipped into `values`) and anything else
    const detail = Array.isArray(body?.detail) ? body.detail[0]?.msg : null;
    return { ok: false, error: { kind: "request", message: detail || `HTTP ${response.status}` } };
  }

  return { fetchGraph };
}

/** The page's one client: every caller shares its latest-wins sequence. */
export const { fetchGraph } = createApi();
