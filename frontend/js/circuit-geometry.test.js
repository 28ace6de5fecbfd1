// The browser's geometry against the server's SVG, without a browser: placeCircuit + specsOf
// must produce, element for element, what backend/cgviz/render/svg.py writes for the same graph
// (tests/fixtures/circuits.json, kept fresh by tests/test_circuit_fixtures.py).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import test from "node:test";

import { NEAR_X, NEAR_Y, gateHalfWidth, placeCircuit, placeGroups, symbolMetrics, textWidth,
  wireName } from "./circuit-geometry.js";
import { specsOf } from "./circuit-join.js";
import { setLanguage } from "./i18n.js";

/** @import { Spec } from "./circuit-join.js" */
/** @import { Graph, GraphNode } from "./types/graph.js" */

/**
 * The server's pictures of some graphs: each with the digits it was drawn with, its SVG, and
 * the far tiles' keys.
 * @type {Array<{name: string, digits: number, graph: Graph, svg: string, far: string[]}>}
 */
const circuits = JSON.parse(readFileSync(
  new URL("../../tests/fixtures/circuits.json", import.meta.url), "utf8"));

// The server drew them in English; the picture's title and description come from the catalog.
setLanguage("en", { en: JSON.parse(readFileSync(
  new URL("../../backend/cgviz/i18n/en.json", import.meta.url), "utf8")) });

/** @type {Record<string, string>} */
const XML = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
/** @type {(s: string) => string} */
const unescape = (s) => s.replace(/&(amp|lt|gt|quot|#39);/g, (m) => XML[m]);
/** @type {(fields: object) => GraphNode} a node of only the fields a test needs */
const partialNode = (fields) => /** @type {GraphNode} */ (fields);
const COMPARED = ["class", "data-node", "data-source", "data-port", "x", "y", "x1", "y1", "x2",
                  "y2", "cx", "cy", "r", "rx", "width", "height", "font-size"];

/**
 * Every element of the server's SVG that carries data-node: [tag, {attrs}, words, tile],
 * `tile` being its tile group's key.
 * @param {string} svg
 * @returns {Array<[string, Record<string, string>, string, string | null]>}
 */
function serverElements(svg) {
  /** @type {Array<[string, Record<string, string>, string, string | null]>} */
  const out = [];
  const re = /<g class="tile" data-tile="([^"]+)">|<(text|line|circle|rect)\s([^>]*?)(\/>|>([\s\S]*?)<\/\2>)/g;
  let tile = null;
  for (const [, key, tag, attrText, , body = ""] of svg.matchAll(re)) {
    if (key) {
      tile = key;
      continue;
    }
    const attrs = Object.fromEntries([...attrText.matchAll(/([\w-]+)="([^"]*)"/g)]
      .map(([, k, v]) => [k, unescape(v)]));
    if (!("data-node" in attrs)) continue;
    out.push([tag, pick(attrs), unescape(body.replace(/<title>[\s\S]*?<\/title>/, "")), tile]);
  }
  return out;
}

/**
 * @param {Record<string, string | null | undefined>} attrs
 * @returns {Record<string, string>}
 */
function pick(attrs) {
  return Object.fromEntries(COMPARED.filter((k) => attrs[k] !== undefined && attrs[k] !== null)
    .map((k) => [k, String(attrs[k])]));
}

const LAYER_ORDER = ["edges", "wires", "gates", "symbols", "consts", "labels", "shapes", "values",
                     "grads", "warnings"];

for (const { name, digits, graph, svg, far } of circuits) {
  test(`the browser places every element of "${name}" where the server does`, () => {
    const placed = placeCircuit(graph, digits);
    const specs = specsOf(placed.nodes, { editable: () => null, muted: "#5f6673",
                                          radius: "20" });
    // Within a layer, tile by tile in the order tiles first occur (joinLayers, tiles.py).
    /** @type {(list: Spec[]) => Spec[]} */
    const byTile = (list) => {
      const tiles = new Map();
      for (const s of list) tiles.set(s.tile, [...(tiles.get(s.tile) ?? []), s]);
      return [...tiles.values()].flat();
    };
    const ours = LAYER_ORDER.flatMap((layer) => byTile(specs.filter((s) => s.layer === layer)))
      .map((s) => [s.tag, pick(s.attrs), s.tag === "circle" || s.tag === "rect" ? ""
        : s.text ?? "", s.tile]);
    // The server draws a gate's arrows, then its output line, node by node, in one group;
    // the symbols repeat the gates' loop: same order as the layers above.
    assert.deepEqual(ours, serverElements(svg));
    assert.match(svg, new RegExp(`width="${placed.width}" height="${placed.height}"`));
  });

  test(`the tiles the page of "${name}" keeps apart are the ones out of the first view`, () => {
    // panzoom.js's first cull, before the first fit, is this rectangle (tiles.py NEAR_X/Y)
    const { tiles } = placeCircuit(graph, digits);
    const apart = [...tiles].filter(([, [x0, y0]]) => x0 > NEAR_X || y0 > NEAR_Y)
      .map(([key]) => key).sort();
    assert.deepEqual(apart, far);
  });

  test(`the group boxes of "${name}" and their titles are the server's`, () => {
    const ours = placeGroups(graph).map((b) => [b.id, b.x, b.y, b.width, b.height, b.tx, b.ty,
                                                b.name]);
    const re = /<rect class="group-box" data-group="([^"]+)" x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)"[^>]*\/>\n<text class="group-title" data-group="[^"]+" x="([^"]+)" y="([^"]+)"[^>]*>([^<]*)<\/text>/g;
    assert.deepEqual(ours, [...svg.matchAll(re)].map((m) => m.slice(1)));
    if (name === "groups") assert.ok(ours.length >= 3);
  });

  test(`the title and description of "${name}" are the server's`, () => {
    const placed = placeCircuit(graph, digits);
    // every picture of the server has its title and description
    const [, title] = /** @type {RegExpMatchArray} */ (svg.match(/<title>([^<]*)<\/title>/));
    const [, desc] = /** @type {RegExpMatchArray} */ (svg.match(/<desc>([^<]*)<\/desc>/));
    assert.equal(placed.title, unescape(title));
    assert.equal(placed.desc, unescape(desc));
  });
}

test("text widths follow layout.text_width's em table", () => {
  assert.equal(textWidth("1.00", 16), (0.64 + 0.34 + 0.64 + 0.64) * 16);
  assert.equal(textWidth("W", 1), 0.78);
  assert.equal(textWidth("θ", 1), 0.64);
  assert.equal(textWidth("中", 1), 1.0);
});

test("a longer symbol shrinks to fit its circle and a lone * sits lower", () => {
  assert.deepEqual(symbolMetrics("+"), [20, 7]);  // svg.symbol_metrics("+") == (20.0, 7.0)
  assert.deepEqual(symbolMetrics("*"), [20, 10]);
  assert.deepEqual(symbolMetrics("exp"), [16, 5.6]);
});

test("a name too long for the circle is written in a pill that fits it", () => {
  assert.deepEqual(symbolMetrics("softmax"), [14, 14 * 0.35]);  // svg.symbol_metrics
  assert.equal(gateHalfWidth("tanh"), 20);  // layout.gate_half_width: the notes' circle
  assert.equal(gateHalfWidth("softmax"), 4.02 * 14 / 2 + 10);
  assert.ok(gateHalfWidth("a_long_function_name") * 2 > textWidth("a_long_function_name", 14));
});

test("a wire's name is its label, else its source text, bracketed when compound", () => {
  assert.equal(wireName(partialNode({ kind: "op", label: "q", text: "x+y" })), "q");
  assert.equal(wireName(partialNode({ kind: "op", label: null, text: "x+y" })), "(x+y)");
  assert.equal(wireName(partialNode({ kind: "op", label: null, text: "exp(x)" })), "exp(x)");
  assert.equal(wireName(partialNode({ kind: "op", label: null, text: "a".repeat(30) })),
               `${"a".repeat(23)}…`);
});
