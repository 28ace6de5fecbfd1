// api.js fetchNode: a summarised tensor's numbers from GET /api/graph/node, asked for once.
import assert from "node:assert/strict";
import test from "node:test";

import { createApi, MAX_LINK, rememberRequest } from "./api.js";

/** @import { Graph } from "./types/graph.js" */

/**
 * A fetch that answers from a list (and no more), and the URLs it was asked for.
 * @param {Array<{status?: number, body: unknown}>} answers
 */
function fakeFetch(answers) {
  /** @type {string[]} */
  const calls = [];
  /** @param {string} url */
  const fake = async (url) => {
    calls.push(url);
    const { status = 200, body } = /** @type {{status?: number, body: unknown}} */ (
      answers.shift());
    return { ok: status < 400, status, json: async () => body };
  };
  const impl = /** @type {typeof fetch} */ (/** @type {unknown} */ (fake));  // what api.js uses
  return { impl, calls };
}

/** @type {(fields: object) => Graph} a graph JSON of only the fields a test needs */
const partialGraph = (fields) => /** @type {Graph} */ (fields);

test("a node's window is asked for with the request that drew its graph, once", async () => {
  const { impl, calls } = fakeFetch([{ body: { id: "n0", value: [[1, 2]] } }]);
  const api = createApi({ base: "/root", fetchImpl: impl });
  const graph = partialGraph({ nodes: [] });
  rememberRequest(graph, { source: "x = randn(40, 40)\nf = sum(x)", values: {}, options: {} });
  const first = await api.fetchNode(graph, "n0", { rows: 60, cols: 24 });
  const again = await api.fetchNode(graph, "n0", { rows: 60, cols: 24 });
  assert.deepEqual(first, { ok: true, data: { id: "n0", value: [[1, 2]] } });
  assert.equal(again, first);
  assert.equal(calls.length, 1);
  const url = new URL(calls[0], "http://host");
  assert.equal(url.pathname, "/root/api/graph/node");
  assert.equal(url.searchParams.get("node"), "n0");
  assert.equal(url.searchParams.get("source"), "x = randn(40, 40)\nf = sum(x)");
});

test("a 404 says the server's message, and is asked again next time", async () => {
  const { impl, calls } = fakeFetch([
    { status: 404, body: { error: { kind: "node", message: "no node n9" } } },
    { body: { id: "n9" } }]);
  const api = createApi({ base: "", fetchImpl: impl });
  const graph = partialGraph({});
  rememberRequest(graph, { source: "f = x" });
  assert.deepEqual(await api.fetchNode(graph, "n9"), { ok: false, message: "no node n9" });
  assert.equal((await api.fetchNode(graph, "n9")).ok, true);
  assert.equal(calls.length, 2);
});

test("a graph no request drew, or a program too long for a link, asks nothing", async () => {
  const { impl, calls } = fakeFetch([]);
  const api = createApi({ base: "", fetchImpl: impl });
  assert.equal((await api.fetchNode(partialGraph({}), "n0")).ok, false);
  const long = partialGraph({});
  rememberRequest(long, { source: "x = 1\n".repeat(MAX_LINK) });
  assert.equal((await api.fetchNode(long, "n0")).ok, false);
  assert.equal(calls.length, 0);
});

test("a network failure is an answer, not an exception", async () => {
  const offline = async () => { throw new TypeError("offline"); };
  const api = createApi({ base: "", fetchImpl: offline });
  const graph = partialGraph({});
  rememberRequest(graph, { source: "f = x" });
  assert.equal((await api.fetchNode(graph, "n0")).ok, false);
});
