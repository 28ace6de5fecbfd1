// Built by bundle.mjs (esbuild) from frontend/js and frontend/css: edit those, then `make bundle`.

// frontend/js/i18n.js
var LANGUAGES = ["en", "ru"];
var FALLBACK = "en";
function known(tag) {
  if (typeof tag !== "string" || !tag.trim()) return null;
  const primary = tag.trim().replace("_", "-").split("-")[0].toLowerCase();
  return LANGUAGES.includes(primary) ? primary : null;
}
function pickLanguage(search, browserLanguages = []) {
  const params = search instanceof URLSearchParams ? search : new URLSearchParams(search ?? "");
  const fromUrl = known(params.get("lang"));
  if (fromUrl) return fromUrl;
  const prefs = typeof browserLanguages === "string" ? [browserLanguages] : browserLanguages;
  for (const tag of prefs ?? []) {
    const lang = known(tag);
    if (lang) return lang;
  }
  return FALLBACK;
}
function fill(template, params = {}) {
  return template.replace(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (match, name) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    return Object.hasOwn(params, name) ? String(params[name]) : match;
  });
}
function translator(catalogs, lang) {
  const own = catalogs?.[lang] ?? {};
  const fallback = catalogs?.[FALLBACK] ?? {};
  return (key, params) => {
    const template = Object.hasOwn(own, key) ? own[key] : Object.hasOwn(fallback, key) ? fallback[key] : key;
    return fill(template, params);
  };
}
function readCatalogs(doc) {
  const el5 = doc?.getElementById?.("cgviz-messages");
  if (!el5) return {};
  try {
    const data = JSON.parse(el5.textContent ?? "");
    return data && typeof data === "object" && !Array.isArray(data) ? data : {};
  } catch {
    return {};
  }
}
var active = { lang: FALLBACK, t: translator({}, FALLBACK) };
function setLanguage(lang, catalogs) {
  const chosen = known(lang) ?? FALLBACK;
  active = { lang: chosen, t: translator(catalogs, chosen) };
  return chosen;
}
function language() {
  return active.lang;
}
function t(key, params) {
  return active.t(key, params);
}
var KEYCAPS = {
  ctrl: "Ctrl",
  enter: "Enter",
  tab: "Tab",
  esc: "Esc",
  left: "←",
  right: "→",
  space: "Space",
  home: "Home",
  end: "End"
};
function keyParts(template) {
  const parts2 = [];
  let last = 0;
  for (const m of template.matchAll(/\{([a-z]+)\}/g)) {
    if (!Object.hasOwn(KEYCAPS, m[1])) continue;
    if (m.index > last) parts2.push(template.slice(last, m.index));
    parts2.push({ cap: KEYCAPS[m[1]] });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts2.push(template.slice(last));
  return parts2;
}
var ATTRIBUTES = { i18nTitle: "title", i18nAriaLabel: "aria-label" };
function translatePage(root) {
  const doc = root.ownerDocument ?? root;
  const marked = root.querySelectorAll("[data-i18n], [data-i18n-title], [data-i18n-aria-label], [data-i18n-keys]");
  for (const el5 of marked) {
    if (el5.dataset.i18n) el5.textContent = t(el5.dataset.i18n);
    for (const [data, attribute] of Object.entries(ATTRIBUTES)) {
      if (el5.dataset[data]) el5.setAttribute(attribute, t(el5.dataset[data]));
    }
    if (el5.dataset.i18nKeys) {
      el5.replaceChildren(...keyParts(t(el5.dataset.i18nKeys)).map((part) => typeof part === "string" ? part : Object.assign(doc.createElement("kbd"), { textContent: part.cap })));
    }
  }
  if (doc.documentElement) doc.documentElement.lang = language();
}

// frontend/js/root.js
var here = new URL(import.meta.url);
var STATIC = /\/static\/(?:v-[0-9a-f]{12}\/)?(?:js|dist)\/[^/]*$/;
var ROOT = here.pathname.replace(STATIC, "");
var ROOT_URL = `${here.origin}${ROOT}`;

// frontend/js/format.js
var NONFINITE = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity };
function toNumber(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v in NONFINITE) return NONFINITE[v];
  return Number(v);
}
function equalsDecimal(v, mantissa, exp10) {
  let n = Math.abs(v);
  let k = 0n;
  while (!Number.isInteger(n)) {
    n *= 2;
    k += 1n;
  }
  const big = BigInt(n);
  const c = BigInt(mantissa);
  const two = 2n ** k;
  if (exp10 >= 0) return big === c * 10n ** BigInt(exp10) * two;
  return big * 10n ** BigInt(-exp10) === c * two;
}
function pyFixed(v, d) {
  if (Math.abs(v) >= 1e21) {
    const int = BigInt(v).toString();
    return d > 0 ? `${int}.${"0".repeat(d)}` : int;
  }
  const away = v.toFixed(d);
  const longer = v.toFixed(d + 1);
  if (!longer.endsWith("5")) return away;
  const digits = longer.replace(/^-/, "").replace(".", "");
  if (!equalsDecimal(v, digits, -(d + 1))) return away;
  const cut = d === 0 ? longer.slice(0, -2) : longer.slice(0, -1);
  const last = Number(cut[cut.length - 1]);
  return last % 2 === 0 ? cut : away;
}
function pyExponent(v) {
  const split = (text) => {
    const [m, e2] = text.split("e");
    return [m, Number(e2)];
  };
  const away = split(v.toExponential(2));
  const [longer, e] = split(v.toExponential(3));
  if (!longer.endsWith("5")) return away;
  if (!equalsDecimal(v, longer.replace(/^-/, "").replace(".", ""), e - 3)) return away;
  const cut = longer.slice(0, -1);
  return Number(cut[cut.length - 1]) % 2 === 0 ? [cut, e] : away;
}
function formatNumber(x, digits = 2) {
  const v = toNumber(x);
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "-∞";
  const a = Math.abs(v);
  if (a >= 1e5 || a !== 0 && a < 0.5 * Number(`1e-${digits}`)) {
    const [mantissa, exponent] = pyExponent(v);
    return `${mantissa}e${exponent}`;
  }
  const text = pyFixed(v, digits);
  return Number(text) === 0 ? pyFixed(0, digits) : text;
}
function formatShape(shape) {
  return (shape || []).join("×");
}
function flatten(value) {
  const shape = [];
  let level = value;
  for (; Array.isArray(level); level = level[0]) shape.push(level.length);
  let items = [value];
  for (let depth = 0; depth < shape.length; depth += 1) items = items.flat(1);
  return [
    /** @type {JsonNumber[]} */
    items.map(toNumber),
    shape
  ];
}
function pairwiseSum(a, lo, n) {
  if (n < 8) {
    let res = 0;
    for (let i = lo; i < lo + n; i += 1) res += a[i];
    return res;
  }
  if (n <= 128) {
    const r = a.slice(lo, lo + 8);
    let i = 8;
    for (; i < n - n % 8; i += 8) {
      for (let j = 0; j < 8; j += 1) r[j] += a[lo + i + j];
    }
    let res = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < n; i += 1) res += a[lo + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(a, lo, n2) + pairwiseSum(a, lo + n2, n - n2);
}
function isSummary(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && "summary" in value && typeof value.summary === "object" && value.summary !== null;
}
function summaryMean(value) {
  const s = value.summary;
  if (s.nan > 0 || s.posinf > 0 && s.neginf > 0) return NaN;
  if (s.posinf > 0) return Infinity;
  if (s.neginf > 0) return -Infinity;
  return s.mean === null || s.mean === void 0 ? NaN : toNumber(s.mean);
}
function formatSummary(value, digits = 2) {
  if (value === null || value === void 0) return "";
  if (isSummary(value)) {
    const s = value.summary;
    const largest2 = Math.max(Math.abs(toNumber(s.min ?? 0)), Math.abs(toNumber(s.max ?? 0)));
    return `mean ${formatNumber(noiseFree(summaryMean(value), largest2), digits)}`;
  }
  if (!Array.isArray(value)) return formatNumber(value, digits);
  const [flat, shape] = flatten(value);
  if (shape.length === 1 && flat.length <= 4) {
    const largest2 = largestMagnitude(flat);
    return `[${flat.map((v) => formatNumber(noiseFree(toNumber(v), largest2), digits)).join(", ")}]`;
  }
  if (flat.length === 0) return "[]";
  const mean = pairwiseSum(flat, 0, flat.length) / flat.length;
  const largest = flat.reduce((m, v) => Math.max(m, Math.abs(toNumber(v))), 0);
  return `mean ${formatNumber(noiseFree(mean, largest), digits)}`;
}
var NOISE = 1e-12;
function noiseFree(v, largest) {
  return Number.isFinite(v) && Math.abs(v) <= NOISE * largest ? 0 : v;
}
function largestMagnitude(values) {
  let largest = 0;
  for (const v of values) {
    const x = Math.abs(toNumber(v));
    if (Number.isFinite(x) && x > largest) largest = x;
  }
  return largest;
}
function formatCoordinate(v) {
  if (!Number.isFinite(v)) return "0";
  let text = pyFixed(v, 2);
  if (text.endsWith("0")) {
    text = text.endsWith("00") ? text.slice(0, -3) : text.slice(0, -1);
    if (text === "-0") return "0";
  }
  return text;
}

// frontend/js/tensordata.js
function nodeQuery(request2, id, window2 = {}) {
  const params = new URLSearchParams({ source: request2.source });
  if (request2.values && Object.keys(request2.values).length) {
    params.set("values", JSON.stringify(request2.values));
  }
  const drawn = {};
  for (
    const key of
    /** @type {const} */
    ["expand", "collapse"]
  ) {
    const names = request2.options?.[key];
    if (Array.isArray(names) && names.length) drawn[key] = names;
  }
  if (Object.keys(drawn).length) params.set("options", JSON.stringify(drawn));
  params.set("node", id);
  for (
    const key of
    /** @type {const} */
    ["row", "col", "rows", "cols"]
  ) {
    const n = window2[key];
    if (n !== void 0 && Number.isInteger(n) && n >= 0) params.set(key, String(n));
  }
  return params.toString();
}
function numbersOf(shown, final) {
  if (shown === void 0 || shown === null) return "none";
  if (!isSummary(shown)) return "inline";
  return isSummary(final) && sameSummary(shown, final) ? "fetch" : "partial";
}
function sameSummary(a, b) {
  if (a === b) return true;
  return JSON.stringify(a.summary) === JSON.stringify(b.summary) && JSON.stringify(a.sample) === JSON.stringify(b.sample);
}
function summaryRows(json, digits = 2) {
  const s = json.summary;
  const show = (v) => v === null || v === void 0 ? "—" : formatNumber(v, digits);
  const rows = [
    ["min", show(s.min)],
    ["max", show(s.max)],
    ["mean", show(s.mean)],
    ["norm", show(s.norm)]
  ];
  for (
    const [key, label] of
    /** @type {const} */
    [
      ["nan", "NaN"],
      ["posinf", "∞"],
      ["neginf", "-∞"]
    ]
  ) {
    if (s[key] > 0) rows.push([label, String(s[key])]);
  }
  return rows;
}

// frontend/js/api.js
var requests = /* @__PURE__ */ new WeakMap();
function rememberRequest(graph, { source: source2, values = {}, options = {} }) {
  if (graph && typeof graph === "object") requests.set(graph, { source: source2, values, options });
}
var MAX_LINK = 6e4;
function createApi({ base = ROOT, fetchImpl = (...a) => globalThis.fetch(...a) } = {}) {
  let latest = 0;
  let controller = null;
  async function fetchGraph2({ source: source2, values = {}, options = {} }) {
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
        body: JSON.stringify({ source: source2, values, options }),
        signal: controller.signal
      });
    } catch (err) {
      if (stale() || /** @type {Error | undefined} */
      err?.name === "AbortError") {
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
      rememberRequest(body, { source: source2, values, options });
      return { ok: true, graph: body };
    }
    if (body?.error) return { ok: false, error: body.error };
    const detail = Array.isArray(body?.detail) ? body.detail[0]?.msg : null;
    return { ok: false, error: { kind: "request", message: detail || `HTTP ${response.status}` } };
  }
  const windows = /* @__PURE__ */ new WeakMap();
  function fetchNode2(graph, id, window2 = {}) {
    const request2 = requests.get(graph);
    if (!request2) return Promise.resolve({ ok: false, message: t("ui.numbers_unknown") });
    const query = nodeQuery(request2, id, window2);
    if (query.length > MAX_LINK) {
      return Promise.resolve({ ok: false, message: t("ui.numbers_too_long") });
    }
    let byKey = windows.get(graph);
    if (!byKey) windows.set(graph, byKey = /* @__PURE__ */ new Map());
    let answer = byKey.get(query);
    if (!answer) {
      answer = getNode(query).then((got) => {
        if (!got.ok) byKey.delete(query);
        return got;
      });
      byKey.set(query, answer);
    }
    return answer;
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
  return { fetchGraph: fetchGraph2, fetchNode: fetchNode2 };
}
var { fetchGraph, fetchNode } = createApi();

// frontend/js/circuit-geometry.js
var FONT = 16;
var TENSOR_FONT = 14;
var SHAPE_FONT = 11;
var WARNING_FONT = 14;
var TEXT_INSET = 5;
var ABOVE = -6;
var BELOW = 17;
var SYMBOL_FONT = 20;
var SYMBOL_ROOM = 32;
var PILL_FONT = 14;
var PILL_PAD = 10;
var GATE_RADIUS = 20;
var REPEAT_SPREAD = 0.3;
var FONT_FAMILY = 'ui-sans-serif, system-ui, "DejaVu Sans", Arial, sans-serif';
var TILE = 1024;
var NEAR_X = 4300;
var NEAR_Y = 1400;
function tileOf(x, y) {
  return `${Math.floor(x / TILE)}:${Math.floor(y / TILE)}`;
}
var NARROW = new Set(" .,:;'|!ilIjft()[]-");
var WIDE = new Set("MWmw@%×…⚠");
var UPPER = /^\p{Uppercase}$/u;
var EAST_ASIAN_WIDE = [
  [4352, 4447],
  [11904, 12350],
  [12353, 13311],
  [13312, 19903],
  [19968, 40959],
  [40960, 42191],
  [43360, 43391],
  [44032, 55203],
  [63744, 64255],
  [65040, 65049],
  [65072, 65135],
  [65280, 65376],
  [65504, 65510],
  [127744, 128591],
  [129280, 129535],
  [131072, 262141]
];
function eastAsianWide(ch) {
  const cp = ch.codePointAt(0) ?? 0;
  return EAST_ASIAN_WIDE.some(([lo, hi]) => cp >= lo && cp <= hi);
}
function textWidth(text, size) {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.34;
    else if (WIDE.has(ch) || UPPER.test(ch)) em += 0.78;
    else if (eastAsianWide(ch)) em += 1;
    else em += 0.64;
  }
  return em * size;
}
function symbolMetrics(symbol) {
  let size = SYMBOL_FONT;
  const wide = textWidth(symbol, 1);
  if (wide * PILL_FONT > SYMBOL_ROOM) size = PILL_FONT;
  else if (wide * size > SYMBOL_ROOM) size = Math.max(9, Math.floor(SYMBOL_ROOM / wide));
  return [size, symbol === "*" ? 0.5 * size : 0.35 * size];
}
function gateHalfWidth(symbol, R = GATE_RADIUS) {
  const wide = textWidth(symbol, PILL_FONT);
  return wide <= SYMBOL_ROOM ? R : Math.max(R, wide / 2 + PILL_PAD);
}
function placeGroups(graph) {
  return (graph.groups || []).flatMap((g) => g.box ? [{
    id: g.id,
    name: g.name,
    group: g,
    x: formatCoordinate(g.box.x),
    y: formatCoordinate(g.box.y),
    width: formatCoordinate(g.box.width),
    height: formatCoordinate(g.box.height),
    tx: formatCoordinate(g.box.x + 10),
    ty: formatCoordinate(g.box.y + 4)
  }] : []);
}
function wireTexts(node2, digits = 2) {
  const shape = formatShape(node2.shape);
  const constant = node2.kind === "const";
  return {
    label: node2.label || "",
    // data a program names (`n`, `Yb`) is a constant with a name
    shape,
    value: formatSummary(node2.value, digits),
    grad: constant ? "" : formatSummary(node2.grad, digits),
    font: shape ? TENSOR_FONT : FONT
  };
}
function isCompound(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "(" || ch === "[") depth += 1;
    else if (ch === ")" || ch === "]") depth -= 1;
    else if (depth === 0 && i > 0 && "+-*/@^ ".includes(ch)) return true;
  }
  return false;
}
function wireName(node2) {
  if (node2.label) return node2.label;
  let text = node2.text || "";
  if (text.length > 24) {
    text = text[0] === "(" && text[text.length - 1] === ")" ? `${text.slice(0, 22)}…)` : `${text.slice(0, 23)}…`;
  }
  return node2.kind === "op" && isCompound(text) ? `(${text})` : text;
}
function placeCircuit(graph, digits = 2) {
  const nodes = graph.nodes || [];
  const layout = graph.layout || /** @type {Partial<Graph["layout"]>} */
  {};
  const wire = layout.wire_length ?? 70;
  const gap = layout.gate_gap ?? 20;
  const R = layout.gate_radius ?? 20;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = [];
  const placedById = /* @__PURE__ */ new Map();
  const tiles = /* @__PURE__ */ new Map();
  for (const node2 of nodes) {
    const t2 = wireTexts(node2, digits);
    const { x, y } = node2;
    const fx = formatCoordinate(x);
    const fy = formatCoordinate(y);
    const fxEnd = formatCoordinate(x + wire);
    const tx = formatCoordinate(x + TEXT_INSET);
    const above = formatCoordinate(y + ABOVE);
    const below = formatCoordinate(y + BELOW);
    const font = t2.font === FONT ? "" : formatCoordinate(t2.font);
    const p = {
      id: node2.id,
      node: node2,
      texts: t2,
      wire: { x1: fx, y: fy, x2: fxEnd },
      edges: [],
      tile: tileOf(x, y),
      value: { x: tx, y: above, text: t2.value, font }
    };
    const names = Math.max(textWidth(t2.label, FONT), textWidth(t2.shape, SHAPE_FONT));
    const half = node2.kind === "op" ? gateHalfWidth(node2.symbol || "", R) : R;
    const box = [node2.kind === "op" ? Math.min(x - TEXT_INSET - names, x - gap - 2 * half) : x - TEXT_INSET - names, y + ABOVE - FONT - 4, x + wire, y + BELOW + 5];
    const left = formatCoordinate(x - TEXT_INSET);
    if (t2.label) p.label = { x: left, y: above, text: t2.label };
    if (node2.kind !== "const") {
      if (t2.shape) p.shape = { x: left, y: below, text: t2.shape };
      if (t2.grad) p.grad = { x: tx, y: below, text: t2.grad, font };
      if (node2.warning) {
        const wx = x + 2 * TEXT_INSET + textWidth(t2.value, t2.font);
        p.warning = { x: formatCoordinate(wx), y: above, text: node2.warning };
        box[2] = Math.max(box[2], wx + WARNING_FONT);
      }
    }
    if (node2.kind === "op") {
      const cx = x - gap - R;
      const [size, dy] = symbolMetrics(node2.symbol || "");
      const cap = x - gap - 2 * half + R;
      p.gate = {
        cx: formatCoordinate(half === R ? cx : x - gap - half),
        cy: fy,
        ty: formatCoordinate(y + dy),
        size: formatCoordinate(size),
        symbol: node2.symbol || "",
        title: node2.text || wireName(node2),
        pill: half === R ? null : {
          x: formatCoordinate(x - gap - 2 * half),
          y: formatCoordinate(y - R),
          width: formatCoordinate(2 * half),
          height: formatCoordinate(2 * R)
        }
      };
      p.out = { x1: formatCoordinate(cx + R), y: fy, x2: fx };
      p.edges = arrows(node2, byId, wire, cap, R);
      for (const j of node2.inputs || []) {
        const src = byId.get(j);
        if (src) grow(box, [src.x + wire, src.y, src.x + wire, src.y]);
      }
    }
    placed.push(p);
    placedById.set(node2.id, p);
    const tile = tiles.get(p.tile);
    if (tile) grow(tile, box);
    else tiles.set(p.tile, box);
  }
  return {
    nodes: placed,
    byId: placedById,
    tiles,
    width: formatCoordinate(layout.width ?? 0),
    height: formatCoordinate(layout.height ?? 0),
    title: title(graph),
    desc: desc(graph, placedById)
  };
}
function grow(box, other) {
  box[0] = Math.min(box[0], other[0]);
  box[1] = Math.min(box[1], other[1]);
  box[2] = Math.max(box[2], other[2]);
  box[3] = Math.max(box[3], other[3]);
}
function arrows(node2, byId, wire, cx, R) {
  const inputs2 = node2.inputs || [];
  const counts = /* @__PURE__ */ new Map();
  for (const j of inputs2) counts.set(j, (counts.get(j) || 0) + 1);
  const repeats = counts.size < inputs2.length;
  const seen = /* @__PURE__ */ new Map();
  const edges = [];
  inputs2.forEach((j, port) => {
    const src = byId.get(j);
    if (!src) return;
    const sx = formatCoordinate(src.x + wire);
    const sy = formatCoordinate(src.y);
    if (src.y === node2.y && !repeats) {
      edges.push({ source: j, port, x1: sx, y1: sy, x2: formatCoordinate(cx - R), y2: formatCoordinate(node2.y) });
      return;
    }
    let angle = Math.atan2(src.y - node2.y, src.x + wire - cx);
    const count = counts.get(j) ?? 1;
    if (repeats && count > 1) {
      const k = (seen.get(j) ?? -1) + 1;
      seen.set(j, k);
      angle += (k - (count - 1) / 2) * REPEAT_SPREAD;
    }
    edges.push({
      source: j,
      port,
      x1: sx,
      y1: sy,
      x2: formatCoordinate(cx + R * Math.cos(angle)),
      y2: formatCoordinate(node2.y + R * Math.sin(angle))
    });
  });
  return edges;
}
function title(graph) {
  let program = (graph.source || "").split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean).join("; ");
  if (program.length > 80) program = `${program.slice(0, 79)}…`;
  return program ? t("ui.circuit_title", { program }) : t("ui.circuit_title_empty");
}
function desc(graph, placed) {
  const nodes = graph.nodes || [];
  const gates = nodes.filter((n) => n.kind === "op").length;
  const parts2 = [t("ui.circuit_desc", { wires: nodes.length, gates })];
  const out = placed.get(graph.output);
  if (out) {
    const { value, grad } = out.texts;
    const name = wireName(out.node);
    parts2.push(grad ? t("ui.circuit_desc_output_grad", { name, value, grad }) : t("ui.circuit_desc_output", { name, value }));
  }
  const inputs2 = nodes.filter((n) => n.kind === "input").slice(0, 21);
  if (inputs2.length) {
    const gradient = t("ui.gradient");
    const listed = inputs2.slice(0, 20).map((n) => {
      const shown = (
        /** @type {Placed} */
        placed.get(n.id).texts
      );
      return `${wireName(n)} = ${shown.value}${shown.grad ? ` (${gradient} ${shown.grad})` : ""}`;
    });
    parts2.push(t(
      "ui.circuit_desc_inputs",
      { inputs: listed.join("; ") + (inputs2.length > 20 ? "; …" : "") }
    ));
  }
  return parts2.join(" ");
}

// frontend/js/checks.js
var SVG_NS = "http://www.w3.org/2000/svg";
var GOT_FONT = 14;
var GOT_GAP = 4;
function lineMarks(checks2) {
  const marks = /* @__PURE__ */ new Map();
  for (const check of checks2 ?? []) {
    for (const line of check.lines ?? []) {
      const mark2 = { ok: check.ok, main: check.ok || line === check.line, check };
      const old = marks.get(line);
      if (!old || old.ok && !mark2.ok || !old.ok && !old.main && !mark2.ok && mark2.main) {
        marks.set(line, mark2);
      }
    }
    if (!check.ok && !(check.lines ?? []).includes(check.line)) {
      marks.set(check.line, { ok: false, main: true, check });
    }
  }
  return marks;
}
function causes(checks2) {
  const wrong = new Set((checks2 ?? []).filter((c) => !c.ok).map((c) => c.name));
  const roots = [];
  const follow2 = [];
  for (const check of checks2 ?? []) {
    if (check.ok) continue;
    if ((check.reads ?? []).some((name) => wrong.has(name))) follow2.push(check);
    else roots.push(check);
  }
  return { roots, follow: follow2 };
}
function markTitle(mark2) {
  const { check } = mark2;
  if (mark2.ok || mark2.main) return check.message;
  return t("ui.check_see_line", { name: check.name, line: check.line });
}
function createChecks({ textarea, stage: stage2, doc = textarea.ownerDocument }) {
  const box = (
    /** @type {HTMLElement} */
    textarea.parentElement
  );
  const gutter = doc.createElement("div");
  gutter.className = "check-gutter";
  gutter.setAttribute("aria-hidden", "true");
  box.append(gutter);
  const summary = doc.createElement("div");
  summary.id = "checks";
  summary.className = "checks-summary";
  summary.hidden = true;
  (doc.getElementById("error") ?? box).after(summary);
  let graph = null;
  let view = null;
  let layer = null;
  let off = [];
  let focused = null;
  function drawGutter(checks2) {
    const marks = lineMarks(checks2);
    box.classList.toggle("has-checks", marks.size > 0);
    const parts2 = [];
    for (const [line, mark2] of [...marks].sort((a, b) => a[0] - b[0])) {
      const el5 = doc.createElement(mark2.ok ? "span" : "button");
      el5.className = `check-mark ${mark2.ok ? "ok" : "wrong"}${mark2.main ? "" : " also"}`;
      el5.textContent = mark2.ok ? "✓" : "✗";
      el5.title = markTitle(mark2);
      el5.dataset.line = String(line);
      el5.dataset.name = mark2.check.name;
      if (!mark2.ok) {
        const button = (
          /** @type {HTMLButtonElement} */
          el5
        );
        button.type = "button";
        button.tabIndex = -1;
        button.addEventListener("click", () => goto(mark2.check));
      }
      parts2.push(el5);
    }
    gutter.replaceChildren(...parts2);
    place3();
  }
  function place3() {
    if (!gutter.firstChild) return;
    const style = getComputedStyle(textarea);
    const lineHeight = parseFloat(style.lineHeight) || 1.55 * parseFloat(style.fontSize);
    const top = parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) - textarea.scrollTop;
    gutter.style.setProperty("--check-line", `${lineHeight}px`);
    for (
      const el5 of
      /** @type {HTMLCollectionOf<HTMLElement>} */
      gutter.children
    ) {
      el5.style.top = `${top + (Number(el5.dataset.line) - 1) * lineHeight}px`;
    }
  }
  textarea.addEventListener("scroll", place3);
  new ResizeObserver(place3).observe(textarea);
  function drawSummary(checks2) {
    summary.hidden = checks2.length === 0;
    if (!checks2.length) {
      summary.replaceChildren();
      return;
    }
    const { roots, follow: follow2 } = causes(checks2);
    const right = checks2.filter((c) => c.ok).length;
    const head = doc.createElement("p");
    head.className = "checks-head";
    const title2 = doc.createElement("strong");
    title2.textContent = `${t("ui.checks_title")}: `;
    head.append(title2, doc.createTextNode(t("ui.checks_summary", {
      ok: right,
      total: checks2.length
    })));
    if (right === checks2.length) {
      const done = doc.createElement("span");
      done.className = "checks-done";
      done.textContent = " ✓";
      head.append(done);
    }
    const parts2 = [head];
    if (roots.length) {
      const list = doc.createElement("ul");
      for (const check of roots) {
        const item = doc.createElement("li");
        item.append(
          gotoButton(check, `✗ ${check.name} · ${t(
            "ui.check_line",
            { line: check.line }
          )}`),
          doc.createTextNode(` ${check.message}`)
        );
        list.append(item);
      }
      parts2.push(list);
    }
    if (follow2.length) {
      const p = doc.createElement("p");
      p.className = "checks-follow";
      p.append(doc.createTextNode(`${t("ui.checks_follow")} `));
      for (const check of follow2) p.append(gotoButton(check, check.name), " ");
      parts2.push(p);
    }
    summary.replaceChildren(...parts2);
  }
  function gotoButton(check, text) {
    const button = doc.createElement("button");
    button.type = "button";
    button.className = "check-goto";
    button.dataset.name = check.name;
    button.textContent = text;
    button.title = check.message;
    button.addEventListener("click", () => goto(check));
    return button;
  }
  function drawCircuitMarks(checks2) {
    layer?.remove();
    layer = null;
    const wrongs = checks2.filter((c) => !c.ok && c.node);
    if (!view || !wrongs.length) return;
    const marks = doc.createElementNS(SVG_NS, "g");
    layer = marks;
    marks.setAttribute("class", "checks");
    for (const check of wrongs) {
      const node2 = (
        /** @type {string} */
        check.node
      );
      const p = view.placed(node2);
      if (!p?.grad) continue;
      const text = check.got == null ? "✗" : formatSummary(check.got, view.digits);
      const font = GOT_FONT;
      const x = Number(p.grad.x);
      const y = Number(p.grad.y) + (Number(p.grad.font) || FONT) * 0.35 + GOT_GAP + font;
      const g = doc.createElementNS(SVG_NS, "g");
      g.setAttribute("class", "check-got");
      g.setAttribute("data-node", node2);
      g.setAttribute("data-name", check.name);
      const title2 = doc.createElementNS(SVG_NS, "title");
      title2.textContent = `${check.name}: ${check.message}`;
      const name = doc.createElementNS(SVG_NS, "text");
      name.setAttribute("class", "check-name");
      name.setAttribute("x", formatCoordinate(Number(p.wire.x1) - TEXT_INSET));
      name.setAttribute("y", formatCoordinate(y));
      name.setAttribute("font-size", formatCoordinate(font));
      name.setAttribute("text-anchor", "end");
      name.textContent = check.name;
      const label = doc.createElementNS(SVG_NS, "text");
      label.setAttribute("class", "check-value");
      label.setAttribute("x", formatCoordinate(x));
      label.setAttribute("y", formatCoordinate(y));
      label.setAttribute("font-size", formatCoordinate(font));
      label.textContent = text;
      g.append(title2, name, label);
      if (check.got != null) {
        const width = textWidth(text, font);
        const strike = doc.createElementNS(SVG_NS, "line");
        for (const [k, v] of Object.entries({
          x1: formatCoordinate(x - 1),
          x2: formatCoordinate(x + width + 1),
          y1: formatCoordinate(y - font * 0.32),
          y2: formatCoordinate(y - font * 0.32),
          "stroke-width": "1.5"
        })) {
          strike.setAttribute(k, v);
        }
        g.append(strike);
      }
      marks.append(g);
    }
    view.svg.append(marks);
    showFrame(view.frame);
  }
  function showFrame(frame) {
    if (!layer) return;
    for (const g of layer.children) {
      const id = g.getAttribute("data-node") ?? "";
      g.classList.toggle("pending", Boolean(frame) && !frame?.grads?.has(id));
      g.classList.toggle("focused", focused === g.getAttribute("data-name"));
    }
  }
  function reveal(line) {
    const style = getComputedStyle(textarea);
    const lineHeight = parseFloat(style.lineHeight) || 1.55 * parseFloat(style.fontSize);
    const top = (line - 1) * lineHeight;
    const room = textarea.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    if (top < textarea.scrollTop || top + lineHeight > textarea.scrollTop + room) {
      textarea.scrollTop = Math.max(0, top - room / 2);
    }
  }
  function goto(check) {
    focused = check.name;
    reveal(check.line);
    if (check.step != null) stage2.player.goto(check.step);
    else showFrame(view?.frame);
    for (
      const el5 of
      /** @type {HTMLCollectionOf<HTMLElement>} */
      gutter.children
    ) {
      el5.classList.toggle("focused", el5.dataset.name === check.name && !el5.classList.contains("ok"));
    }
  }
  function watch(next) {
    if (next === view) return;
    for (const stop of off) stop();
    view = next;
    off = view ? [
      view.on("draw", () => drawCircuitMarks(graph?.checks ?? [])),
      view.on("show", (frame) => showFrame(frame))
    ] : [];
  }
  function setGraph(next) {
    graph = next;
    const checks2 = next?.checks ?? [];
    if (focused && !checks2.some((c) => c.name === focused && !c.ok)) focused = null;
    setStale(false);
    drawGutter(checks2);
    drawSummary(checks2);
    watch(stage2.view);
    drawCircuitMarks(checks2);
  }
  function setStale(stale) {
    gutter.classList.toggle("stale", stale);
    summary.classList.toggle("stale", stale);
  }
  return { setGraph, setStale, get element() {
    return summary;
  } };
}

// frontend/js/dialogs.js
var TOAST_MS = 2200;
var LONG_CHARS = 60;
var LONG_MS = 8e3;
async function copyText(text, doc = document) {
  try {
    if (globalThis.navigator?.clipboard?.writeText) {
      await globalThis.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
  }
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  const focused = (
    /** @type {HTMLElement | null} */
    doc.activeElement
  );
  doc.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  focused?.focus?.({ preventScroll: true });
  return ok;
}
function toast(message, doc = document) {
  const box = (
    /** @type {ToastBox | null} */
    doc.getElementById("toast")
  );
  if (!box) return;
  const long = message.length > LONG_CHARS;
  const text = doc.createElement("span");
  text.className = "toast-text";
  text.textContent = message;
  box.replaceChildren(text);
  box.classList.toggle("long", long);
  box.classList.add("show");
  const hide = () => {
    box.classList.remove("show");
    globalThis.clearTimeout(box.cgvizTimer);
    if (box.cgvizEsc) doc.removeEventListener("keydown", box.cgvizEsc);
  };
  if (box.cgvizEsc) doc.removeEventListener("keydown", box.cgvizEsc);
  if (long) {
    const close = doc.createElement("button");
    close.type = "button";
    close.className = "toast-close";
    close.textContent = "×";
    close.title = t("ui.close_esc");
    close.setAttribute("aria-label", t("ui.close"));
    close.addEventListener("click", hide);
    box.append(close);
    box.cgvizEsc = (e) => {
      if (e.key === "Escape" && !e.defaultPrevented) hide();
    };
    doc.addEventListener("keydown", box.cgvizEsc);
  }
  globalThis.clearTimeout(box.cgvizTimer);
  box.cgvizTimer = globalThis.setTimeout(hide, long ? LONG_MS : TOAST_MS);
}
var tooLong = (link) => link.length > MAX_LINK;
var escapeAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
function embedSnippets(root, embedQuery, svgQuery, title2 = t("ui.embed_frame_title")) {
  const frame = `${root}/embed${embedQuery}`;
  const img = `${root}/api/graph.svg${svgQuery}`;
  return {
    frame,
    picture: img,
    iframe: `<iframe src="${escapeAttr(frame)}" title="${escapeAttr(title2)}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`,
    img: `<img src="${escapeAttr(img)}" alt="${escapeAttr(title2)}">`
  };
}
function createEmbedDialog(dialog, snippets2) {
  const doc = dialog.ownerDocument;
  const iframe = (
    /** @type {HTMLTextAreaElement} */
    dialog.querySelector("#embed-iframe")
  );
  const img = (
    /** @type {HTMLTextAreaElement} */
    dialog.querySelector("#embed-img")
  );
  const warning = Object.assign(doc.createElement("p"), {
    className: "embed-warning",
    hidden: true
  });
  warning.setAttribute("role", "alert");
  dialog.querySelector("h2")?.after(warning);
  const copyButtons = dialog.querySelectorAll("[data-copy]");
  for (const button of copyButtons) {
    button.addEventListener("click", async () => {
      const field = (
        /** @type {HTMLTextAreaElement} */
        doc.getElementById(
          /** @type {string} */
          button.dataset.copy
        )
      );
      const ok = await copyText(field.value, doc);
      button.textContent = ok ? t("ui.copied") : t("ui.select_and_copy");
      if (!ok) field.select();
      globalThis.setTimeout(() => {
        button.textContent = t("ui.copy");
      }, TOAST_MS);
    });
  }
  for (const field of [iframe, img]) field.addEventListener("focus", () => field.select());
  let opener = null;
  dialog.addEventListener("close", () => opener?.focus?.());
  return {
    open(from = doc.activeElement) {
      const s = snippets2();
      iframe.value = s.iframe;
      img.value = s.img;
      const longest = Math.max(s.frame?.length ?? 0, s.picture?.length ?? 0);
      warning.hidden = longest <= MAX_LINK;
      warning.textContent = warning.hidden ? "" : t("ui.link_too_long", { kb: Math.round(longest / 1e3) });
      opener = /** @type {HTMLElement | null} */
      from;
      if (!dialog.open) dialog.showModal();
      iframe.focus();
    }
  };
}

// frontend/js/editor.js
var INDENT = "  ";
var MIRRORED = [
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "line-height",
  "letter-spacing",
  "tab-size",
  "text-indent",
  "padding-top",
  "padding-right",
  "padding-bottom",
  "padding-left",
  "border-top-width",
  "border-right-width",
  "border-bottom-width",
  "border-left-width",
  "box-sizing"
];
var KINDS = ["syntax", "name", "type", "shape", "domain", "limit", "unsupported", "internal"];
function createEditor(textarea, options = {}) {
  const onInput = options.onInput ?? (() => {
  });
  const onRun = options.onRun ?? onInput;
  const errorEl = options.errorEl ?? null;
  const doc = textarea.ownerDocument;
  let running = null;
  let dirty = false;
  let escaped = false;
  const mirror = doc.createElement("div");
  mirror.className = "code-mirror";
  mirror.setAttribute("aria-hidden", "true");
  textarea.after(mirror);
  const track = (result) => {
    const call = Promise.resolve(result).catch(() => {
    });
    running = call;
    call.then(() => {
      if (running !== call) return;
      running = null;
      if (dirty) send();
    });
  };
  const send = () => {
    dirty = false;
    track(onInput(textarea.value));
  };
  const settle = () => {
    if (running) dirty = true;
    else send();
  };
  const runNow = () => {
    dirty = false;
    track(onRun(textarea.value));
  };
  const onKey = (event) => {
    if (event.key === "Escape") {
      escaped = true;
      return;
    }
    const wasEscaped = escaped;
    escaped = false;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runNow();
      return;
    }
    if (event.key !== "Tab" || wasEscaped || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    event.preventDefault();
    if (event.shiftKey) outdent(textarea);
    else indent(textarea);
  };
  const follow2 = () => {
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  };
  textarea.addEventListener("input", settle);
  textarea.addEventListener("keydown", onKey);
  textarea.addEventListener("scroll", follow2);
  textarea.addEventListener("blur", () => {
    escaped = false;
  });
  function showError2(error) {
    mirror.replaceChildren();
    textarea.removeAttribute("aria-invalid");
    if (errorEl) {
      errorEl.hidden = !error;
      errorEl.replaceChildren();
    }
    if (!error) return;
    textarea.setAttribute("aria-invalid", "true");
    if (errorEl) {
      const head = doc.createElement("strong");
      const kind = KINDS.includes(error.kind) ? t(`ui.error_kind.${error.kind}`) : t("ui.error");
      head.textContent = error.line ? `${t("ui.error_head", { kind, line: error.line, column: error.column })} ` : `${kind}: `;
      errorEl.append(head, doc.createTextNode(error.message ?? ""));
    }
    if (error.line) markAt(error.line, error.column ?? 1);
  }
  function markAt(line, column) {
    const style = getComputedStyle(textarea);
    for (const p of MIRRORED) mirror.style.setProperty(p, style.getPropertyValue(p));
    const lines = textarea.value.split("\n");
    const row = Math.min(Math.max(line, 1), lines.length) - 1;
    const chars = Array.from(lines[row]);
    const at = Math.min(Math.max(column - 1, 0), chars.length);
    const rest = chars.slice(at).join("");
    const token = /^[\p{L}\p{N}_.]+/u.exec(rest)?.[0] ?? Array.from(rest)[0] ?? "";
    const before = lines.slice(0, row).map((l) => `${l}
`).join("") + chars.slice(0, at).join("");
    const mark2 = doc.createElement("span");
    mark2.className = "error-mark";
    mark2.textContent = token.trim() ? token : " ";
    const after = (token.trim() ? rest.slice(token.length) : rest) + lines.slice(row + 1).map((l) => `
${l}`).join("");
    mirror.append(doc.createTextNode(before), mark2, doc.createTextNode(after));
    follow2();
  }
  function setValue(source2) {
    dirty = false;
    if (textarea.value !== source2) textarea.value = source2;
    showError2(null);
  }
  return {
    get value() {
      return textarea.value;
    },
    setValue,
    showError: showError2,
    runNow,
    destroy() {
      dirty = false;
      running = null;
      textarea.removeEventListener("input", settle);
      textarea.removeEventListener("keydown", onKey);
      textarea.removeEventListener("scroll", follow2);
      mirror.remove();
    }
  };
}
function replace(textarea, start2, end, text) {
  textarea.setSelectionRange(start2, end);
  const doc = textarea.ownerDocument;
  if (!doc.execCommand?.("insertText", false, text)) {
    textarea.setRangeText(text, start2, end, "end");
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }
}
function lineRange(textarea) {
  const { value, selectionStart, selectionEnd } = textarea;
  const start2 = value.lastIndexOf("\n", selectionStart - 1) + 1;
  const last = selectionEnd > selectionStart && value[selectionEnd - 1] === "\n" ? selectionEnd - 1 : selectionEnd;
  let end = value.indexOf("\n", last);
  if (end < 0) end = value.length;
  return { start: start2, end };
}
function indent(textarea) {
  const { value, selectionStart, selectionEnd } = textarea;
  if (!value.slice(selectionStart, selectionEnd).includes("\n")) {
    replace(textarea, selectionStart, selectionEnd, INDENT);
    return;
  }
  const { start: start2, end } = lineRange(textarea);
  const lines = value.slice(start2, end).split("\n");
  const text = lines.map((l) => INDENT + l).join("\n");
  replace(textarea, start2, end, text);
  textarea.setSelectionRange(start2, start2 + text.length);
}
function outdent(textarea) {
  const { value, selectionStart, selectionEnd } = textarea;
  const { start: start2, end } = lineRange(textarea);
  const lines = value.slice(start2, end).split("\n");
  const cut = lines.map((l) => /^ {0,2}/.exec(l)?.[0].length ?? 0);
  if (cut.every((c) => c === 0)) return;
  const text = lines.map((l, i) => l.slice(cut[i])).join("\n");
  replace(textarea, start2, end, text);
  if (lines.length === 1) {
    const caret = Math.max(start2, selectionStart - cut[0]);
    textarea.setSelectionRange(caret, Math.max(caret, selectionEnd - cut[0]));
  } else {
    textarea.setSelectionRange(start2, start2 + text.length);
  }
}

// frontend/js/errorpause.js
var PAUSE_MS = 400;
function createErrorPause(errorEl, textarea, show) {
  let timer = 0;
  let pending = null;
  textarea.addEventListener("input", () => {
    if (timer) wait();
  });
  function wait() {
    clearTimeout(timer);
    errorEl.dataset.pending = "";
    timer = setTimeout(() => {
      const error = pending;
      drop();
      if (error) show(error);
    }, PAUSE_MS);
  }
  function drop() {
    clearTimeout(timer);
    timer = 0;
    pending = null;
    delete errorEl.dataset.pending;
  }
  function hold(error) {
    pending = error;
    wait();
  }
  return { hold, drop };
}

// frontend/js/export.js
var LAYER_PAINT = ["fill", "stroke"];
var EMPHASIS = [
  "fill",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "font-weight",
  "text-decoration"
];
var EMPHASIS_CLASSES = ["active", "written", "accumulating", "flow"];
var NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
var INTERACTIVE = [
  "tabindex",
  "role",
  "aria-label",
  "aria-haspopup",
  "aria-describedby",
  "style"
];
function svgString(svg) {
  svg.classList.add("cgviz-exporting");
  try {
    return serialize(svg);
  } finally {
    svg.classList.remove("cgviz-exporting");
  }
}
function serialize(svg) {
  const clone = (
    /** @type {SVGSVGElement} */
    svg.cloneNode(true)
  );
  const live = [svg, ...svg.querySelectorAll("*")];
  const copy2 = [clone, ...clone.querySelectorAll("*")];
  for (const e of copy2) {
    for (const attr of INTERACTIVE) e.removeAttribute(attr);
    e.classList.remove("editable", "tensor", "hover", "cgviz-exporting");
  }
  clone.setAttribute("role", "img");
  for (let i = 0; i < live.length; i += 1) {
    const src = live[i];
    const dst = copy2[i];
    const cls = src.classList;
    if (src.matches("g, rect.background, path.arrowhead, .consts > line")) {
      const style = getComputedStyle(src);
      for (const prop of LAYER_PAINT) {
        if (dst.hasAttribute(prop)) dst.setAttribute(prop, paint(style.getPropertyValue(prop)));
      }
    }
    if (EMPHASIS_CLASSES.some((c) => cls.contains(c))) {
      const style = getComputedStyle(src);
      dst.setAttribute("style", EMPHASIS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(";"));
      continue;
    }
    if (cls.contains("pending")) dst.setAttribute("visibility", "hidden");
  }
  clone.querySelector(".hits")?.remove();
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const text = new XMLSerializer().serializeToString(clone).replace(NOT_XML, "�");
  return `<?xml version="1.0" encoding="UTF-8"?>
${text}
`;
}
function paint(value) {
  return value.trim() || "none";
}
function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1e4);
}
function downloadSVG(svg, name = "circuit.svg") {
  save(new Blob([svgString(svg)], { type: "image/svg+xml" }), name);
}
async function pngBlob(svg, scale = 2) {
  const width = Number(svg.getAttribute("width")) || svg.getBBox().width;
  const height = Number(svg.getAttribute("height")) || svg.getBBox().height;
  const image = new Image();
  image.decoding = "async";
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgString(svg))}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas to draw the PNG on");
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => blob ? resolve(blob) : reject(new Error("PNG encoding failed")),
      "image/png"
    );
  });
}
async function downloadPNG(svg, name = "circuit.png", scale = 2) {
  save(await pngBlob(svg, scale), name);
}

// frontend/js/inputs.js
var panelWords = () => ({
  none: t("ui.inputs_none"),
  /** @type {(name: string) => string} */
  slider: (name) => t("ui.input_slider", { name }),
  /** @type {(name: string, shape: string) => string} */
  tensor: (name, shape) => t("ui.input_tensor", { name, shape }),
  tooLarge: t("ui.input_too_large"),
  /** @type {(name: string) => string} */
  edit: (name) => t("ui.edit_value", { name }),
  /** @type {(n: number) => string} */
  showAll: (n) => t("ui.inputs_show_all", { n })
});
var SHOWN = 24;
function niceCeil(x) {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x * (1 - 1e-9)) return m * p;
  return 10 * p;
}
function sliderRange(v) {
  const span = niceCeil(Math.max(2, 2 * Math.abs(v)));
  const step = niceCeil(span / 100);
  const snap = (x) => Number((Math.round(x / step) * step).toPrecision(12));
  return { min: snap(v - span), max: snap(v + span), step };
}
function assignmentOf(source2, name) {
  let found = null;
  for (const line of String(source2).split("\n")) {
    for (const statement of line.replace(/#.*/, "").split(";")) {
      const eq = statement.indexOf("=");
      if (eq < 0 || statement[eq + 1] === "=") continue;
      if (statement.slice(0, eq).trim() === name) found = statement.slice(eq + 1).trim();
    }
  }
  return found;
}
function keepOverrides(before, after, values) {
  const kept = {};
  for (const [name, v] of Object.entries(values ?? {})) {
    if (assignmentOf(before, name) === assignmentOf(after, name)) kept[name] = v;
  }
  return kept;
}
function parseTensor(text) {
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  let level = [v];
  while (Array.isArray(level[0])) {
    const width = level[0].length;
    if (width === 0 || !level.every((row) => Array.isArray(row) && row.length === width)) {
      return null;
    }
    level = level.flat();
  }
  return level.every((x) => typeof x === "number" && Number.isFinite(x)) ? (
    /** @type {InputValue} */
    v
  ) : null;
}
var numberText = (v) => typeof v === "number" ? String(v) : "";
function createInputs(panel, options) {
  const doc = panel.ownerDocument;
  const t2 = panelWords();
  const list = panel.querySelector(".inputs-list") ?? panel;
  const rows = /* @__PURE__ */ new Map();
  const ranges = /* @__PURE__ */ new Map();
  const sent = /* @__PURE__ */ new Map();
  const empty = doc.createElement("p");
  empty.className = "inputs-empty";
  empty.textContent = t2.none;
  let showAll = false;
  let shown = null;
  const more = doc.createElement("button");
  more.type = "button";
  more.className = "tool inputs-more";
  more.addEventListener("click", () => {
    showAll = true;
    render2(shown);
    list.children[SHOWN]?.querySelector("input")?.focus();
  });
  const send = (name, value) => {
    sent.set(name, value);
    options.onChange(name, value);
  };
  function scalarRow(name) {
    const row = doc.createElement("div");
    row.className = "input-row";
    const label = doc.createElement("label");
    label.textContent = name;
    const field = doc.createElement("input");
    Object.assign(field, { type: "number", step: "any", id: `input-${rows.size}` });
    field.dataset.name = name;
    label.htmlFor = field.id;
    const slider = doc.createElement("input");
    slider.type = "range";
    slider.dataset.name = name;
    slider.setAttribute("aria-label", t2.slider(name));
    field.addEventListener("input", () => {
      const v = field.valueAsNumber;
      if (!Number.isFinite(v)) return;
      slider.value = String(v);
      send(name, v);
    });
    field.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && Number.isFinite(field.valueAsNumber)) send(name, field.valueAsNumber);
    });
    slider.addEventListener("input", () => {
      const v = Number(slider.value);
      field.value = slider.value;
      send(name, v);
    });
    row.append(label, field, slider);
    return { row, field, slider, kind: "scalar" };
  }
  function tensorRow(name, shape) {
    const row = doc.createElement("div");
    row.className = "input-row tensor";
    const label = doc.createElement("label");
    label.textContent = `${name} `;
    const dims = doc.createElement("span");
    dims.className = "input-shape";
    dims.textContent = formatShape(shape);
    label.append(dims);
    const field = doc.createElement("input");
    Object.assign(field, { type: "text", id: `input-${rows.size}`, spellcheck: false });
    field.dataset.name = name;
    field.setAttribute("aria-label", t2.tensor(name, formatShape(shape)));
    label.htmlFor = field.id;
    const commit = () => {
      const v = parseTensor(field.value);
      field.toggleAttribute("aria-invalid", v === null);
      if (v !== null) send(name, v);
    };
    field.addEventListener("change", commit);
    field.addEventListener("keydown", (e) => {
      if (e.key === "Enter") commit();
    });
    row.append(label, field);
    return { row, field, slider: null, kind: "tensor" };
  }
  function render2(graph) {
    shown = graph;
    const inputs2 = (graph?.nodes ?? []).filter((n) => n.kind === "input" && n.label);
    const byName = /* @__PURE__ */ new Map();
    for (const node2 of inputs2) {
      const label = (
        /** @type {string} */
        node2.label
      );
      if (!byName.has(label)) byName.set(label, node2);
    }
    const first = [...byName.keys()];
    const names = showAll ? first : first.slice(0, SHOWN);
    const seen = new Set(names);
    const order = [];
    for (const name of names) {
      const node2 = (
        /** @type {GraphNode} */
        byName.get(name)
      );
      const scalar = !node2.shape?.length;
      let entry = rows.get(name);
      if (!entry || entry.kind === "scalar" !== scalar) {
        entry = scalar ? scalarRow(name) : tensorRow(name, node2.shape);
        rows.set(name, entry);
      }
      update2(entry, name, node2, scalar);
      order.push(entry.row);
    }
    for (const name of [...rows.keys()]) if (!seen.has(name)) rows.delete(name);
    if (names.length < first.length) {
      more.textContent = t2.showAll(first.length);
      order.push(more);
    }
    list.replaceChildren(...order.length ? order : [empty]);
  }
  function update2(entry, name, node2, scalar) {
    const typing = doc.activeElement === entry.field;
    if (!scalar) {
      const summarised = isSummary(node2.value);
      entry.field.disabled = summarised;
      entry.field.placeholder = summarised ? t2.tooLarge : "";
      entry.field.title = entry.field.placeholder;
      if (!typing) entry.field.value = summarised ? "" : JSON.stringify(node2.value);
      const shape = entry.row.querySelector(".input-shape");
      if (shape) shape.textContent = formatShape(node2.shape);
      return;
    }
    const v = typeof node2.value === "number" ? node2.value : NaN;
    if (!typing && entry.field.valueAsNumber !== v) entry.field.value = numberText(v);
    let range = ranges.get(name);
    const own = sent.get(name) === v;
    if (Number.isFinite(v) && (!range || !own || v < range.min || v > range.max)) {
      range = sliderRange(v);
      ranges.set(name, range);
    }
    if (range && entry.slider) {
      const s = entry.slider;
      for (
        const k of
        /** @type {const} */
        ["min", "max", "step"]
      ) {
        if (s[k] !== String(range[k])) s[k] = String(range[k]);
      }
      if (doc.activeElement !== s && Number(s.value) !== v) s.value = String(v);
    }
  }
  function editInPlace(name, value, anchor) {
    doc.querySelector(".inplace-edit")?.remove();
    const box = anchor.getBoundingClientRect();
    const field = doc.createElement("input");
    Object.assign(field, {
      type: "number",
      step: "any",
      className: "inplace-edit",
      value: numberText(value)
    });
    field.setAttribute("aria-label", t2.edit(name));
    field.dataset.for = name;
    Object.assign(field.style, {
      left: `${box.left + globalThis.scrollX - 6}px`,
      top: `${box.top + globalThis.scrollY - 4}px`,
      width: `${Math.max(80, box.width + 40)}px`
    });
    let done = false;
    const finish = (apply) => {
      if (done) return;
      done = true;
      const v = field.valueAsNumber;
      field.remove();
      if (apply && Number.isFinite(v) && v !== value) send(name, v);
      if (anchor.isConnected) anchor.focus?.({ preventScroll: true });
    };
    field.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        finish(true);
      }
      if (e.key === "Escape") {
        e.preventDefault();
        finish(false);
      }
    });
    field.addEventListener("blur", () => finish(true));
    (anchor.closest("main") ?? doc.body).append(field);
    field.focus();
    field.select();
  }
  return { render: render2, editInPlace };
}

// frontend/js/viewfit.js
var TITLE_FONT = 12;
var READABLE_PX = 11;
function wireBox(graph, node2, { gate = true } = {}) {
  const { wire_length: wire = 70, gate_gap: gap = 20, gate_radius: R = 20 } = graph.layout ?? {};
  const t2 = wireTexts(node2);
  const names = Math.max(textWidth(t2.label, FONT), textWidth(t2.shape, SHAPE_FONT));
  const texts = Math.max(textWidth(t2.value, t2.font), textWidth(t2.grad, t2.font));
  const left = gate && node2.kind === "op" ? node2.x - gap - 2 * gateHalfWidth(node2.symbol || "", R) : node2.x - TEXT_INSET - names;
  return [
    left,
    node2.y + ABOVE - FONT,
    Math.max(node2.x + wire, node2.x + TEXT_INSET + texts),
    node2.y + BELOW + 4
  ];
}
function union(a, b) {
  return [
    Math.min(a[0], b[0]),
    Math.min(a[1], b[1]),
    Math.max(a[2], b[2]),
    Math.max(a[3], b[3])
  ];
}
function focusBox(graph, frame) {
  const id = frame?.active ?? frame?.accumulating ?? frame?.written?.[0];
  if (!id || !frame) return null;
  const byId = (nid) => graph.nodes[Number(nid.slice(1))];
  const node2 = byId(id);
  if (!node2) return null;
  const core = wireBox(graph, node2);
  let box = core;
  for (const w of frame.written ?? []) {
    const other = w !== id && byId(w);
    if (other) box = union(box, wireBox(graph, other, { gate: false }));
  }
  return { box, core };
}
function smallestFont(graph) {
  let least = FONT;
  for (const node2 of graph.nodes ?? []) {
    if (formatShape(node2.shape) && node2.kind !== "const") return SHAPE_FONT;
    least = Math.min(least, wireTexts(node2).font);
    if (node2.kind === "op") least = Math.min(least, symbolMetrics(node2.symbol || "")[0]);
  }
  if ((graph.groups ?? []).some((g) => g.box)) least = Math.min(least, TITLE_FONT);
  return least;
}
function readableScale(graph, px = READABLE_PX) {
  return px / smallestFont(graph);
}

// frontend/js/phone.js
var PHONE_QUERY = "(max-width: 640px), (max-height: 500px) and (pointer: coarse)";
var PHONE_ZOOM_ROOM = 52;
var media = () => globalThis.matchMedia(PHONE_QUERY);
function isPhone() {
  return media().matches;
}
function onPhoneChange(fn) {
  const query = media();
  query.addEventListener("change", fn);
  return () => query.removeEventListener("change", fn);
}
function viewOptions(desktop, phone) {
  return (graph) => {
    if (!isPhone()) return desktop;
    const options = { ...desktop, ...phone };
    const least = graph ? readableScale(graph) : 0;
    return { ...options, minFitScale: Math.max(options.minFitScale ?? 0, least) };
  };
}
function attachPhoneLayout(doc) {
  const undo = [];
  const listen = (target, type, fn, options) => {
    const handler = (
      /** @type {EventListener} */
      fn
    );
    target.addEventListener(type, handler, options);
    undo.push(() => target.removeEventListener(type, handler, options));
  };
  const bar = doc.querySelector(".bar");
  const toggle = bar?.querySelector(".menu-toggle");
  const menu2 = toggle && doc.getElementById(toggle.getAttribute("aria-controls") ?? "");
  const isOpen = () => toggle?.getAttribute("aria-expanded") === "true";
  const setMenu = (open, { focus = false } = {}) => {
    toggle?.setAttribute("aria-expanded", String(open));
    bar?.classList.toggle("menu-open", open);
    if (focus) toggle?.focus();
  };
  if (menu2 && toggle && bar) {
    listen(toggle, "click", () => setMenu(!isOpen()));
    listen(bar, "keydown", (e) => {
      if (e.key !== "Escape" || !isOpen()) return;
      e.preventDefault();
      setMenu(false, { focus: true });
    });
    listen(doc, "pointerdown", (e) => {
      if (isOpen() && !bar.contains(
        /** @type {Node | null} */
        e.target
      )) setMenu(false);
    });
    listen(menu2, "click", (e) => {
      if (
        /** @type {Element} */
        e.target.closest("button[data-action]")
      ) setMenu(false);
    });
    listen(menu2, "change", (e) => {
      if (
        /** @type {Element} */
        e.target.matches("select")
      ) setMenu(false, { focus: true });
    });
    for (const dialog of doc.querySelectorAll("dialog")) {
      listen(dialog, "close", () => setTimeout(() => {
        if (isPhone() && (doc.activeElement === doc.body || !doc.activeElement)) toggle?.focus();
      }));
    }
  }
  const fold = doc.querySelector(".fold-toggle");
  const workbench = fold?.closest(".workbench");
  const stage2 = doc.querySelector(".page > .stage");
  const setFold = (open) => {
    fold?.setAttribute("aria-expanded", String(open));
    workbench?.classList.toggle("open", open);
  };
  const place3 = () => {
    if (!workbench || !stage2) return;
    if (isPhone()) {
      if (stage2.nextElementSibling !== workbench) stage2.after(workbench);
    } else if (workbench.nextElementSibling !== stage2) {
      stage2.before(workbench);
    }
    if (!isPhone() && menu2) setMenu(false);
  };
  if (workbench && fold) {
    if (isPhone()) workbench.querySelector("[autofocus]")?.removeAttribute("autofocus");
    listen(fold, "click", () => setFold(fold.getAttribute("aria-expanded") !== "true"));
    const error = doc.getElementById("error");
    if (error) {
      const watch = new MutationObserver(() => {
        if (!error.hidden) setFold(true);
      });
      watch.observe(error, { attributes: true, attributeFilter: ["hidden"] });
      undo.push(() => watch.disconnect());
      if (!error.hidden) setFold(true);
    }
  }
  place3();
  undo.push(onPhoneChange(place3));
  return { destroy: () => {
    for (const u of undo) u();
  } };
}

// frontend/js/frames.js
var MISSING = /* @__PURE__ */ Symbol("missing");
var histories = /* @__PURE__ */ new WeakMap();
function record(byNode, id, at, data) {
  let h = byNode.get(id);
  if (!h) byNode.set(id, h = { at: [], data: [] });
  h.at.push(at);
  h.data.push(data);
}
function lookup(h, index) {
  if (!h || h.at[0] > index) return MISSING;
  let lo = 0;
  let hi = h.at.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (h.at[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return h.data[lo];
}
function writtenBy(step) {
  if (step.phase === "forward" || step.event !== "gate") return [step.node];
  return [...new Set(step.inputs.map((i) => i.node))];
}
function buildHistory(graph) {
  const nodes = graph.nodes ?? [];
  const steps = graph.steps ?? [];
  const values = /* @__PURE__ */ new Map();
  const grads = /* @__PURE__ */ new Map();
  const touched = steps.map(() => []);
  const backwardStart = steps.findIndex((s) => s.phase === "backward");
  steps.forEach((step, k) => {
    if (step.phase === "forward") {
      record(values, step.node, k, step.value);
    } else if (step.event === "gate") {
      for (const input of step.inputs) record(grads, input.node, k, input.grad);
    } else {
      record(grads, step.node, k, step.grad);
    }
    touched[k] = writtenBy(step);
  });
  const gradsFrom = backwardStart >= 0 ? backwardStart : steps.length - 1;
  for (const node2 of nodes) {
    if (!values.has(node2.id)) {
      values.set(node2.id, { at: [-1], data: [node2.value] });
    }
    if (!grads.has(node2.id) && node2.grad !== null && node2.grad !== void 0) {
      grads.set(node2.id, { at: [gradsFrom], data: [node2.grad] });
      if (gradsFrom >= 0) touched[gradsFrom] = [...touched[gradsFrom], node2.id];
    }
  }
  const order = nodes.map((n) => n.id);
  return {
    total: steps.length,
    backwardStart: backwardStart >= 0 ? backwardStart : steps.length,
    values: inNodeOrder(values, order),
    grads: inNodeOrder(grads, order),
    touched
  };
}
function inNodeOrder(byNode, order) {
  const entries = order.flatMap((id) => {
    const h = byNode.get(id);
    return h ? [[id, h]] : [];
  });
  const firsts = entries.map(([, h]) => h.at[0]).sort((a, b) => a - b);
  return { histories: entries, byNode, firsts };
}
function historyOf(graph) {
  let h = histories.get(graph);
  if (!h) histories.set(graph, h = buildHistory(graph));
  return h;
}
var FrameMap = class extends Map {
  #table;
  #index;
  /**
   * @param {Table} table
   * @param {number} index
   */
  constructor(table, index) {
    super();
    this.#table = table;
    this.#index = index;
  }
  /** @param {string} id */
  get(id) {
    const v = lookup(this.#table.byNode.get(id), this.#index);
    return v === MISSING ? void 0 : v;
  }
  /** @param {string} id */
  has(id) {
    return lookup(this.#table.byNode.get(id), this.#index) !== MISSING;
  }
  get size() {
    const f = this.#table.firsts;
    let lo = 0;
    let hi = f.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (f[mid] <= this.#index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** @returns {MapIterator<[string, TensorJson | null]>} */
  *entries() {
    for (const [id, h] of this.#table.histories) {
      const v = lookup(h, this.#index);
      if (v !== MISSING) yield [id, v];
    }
  }
  /** @returns {MapIterator<string>} */
  *keys() {
    for (const [id] of this.entries()) yield id;
  }
  /** @returns {MapIterator<TensorJson | null>} */
  *values() {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  /**
   * @param {(value: TensorJson | null, key: string, map: Map<string, TensorJson | null>) => void}
   *   fn
   * @param {unknown} [thisArg]
   */
  forEach(fn, thisArg) {
    for (const [id, v] of this.entries()) fn.call(thisArg, v, id, this);
  }
  /** @returns {never} */
  set() {
    throw new TypeError("a frame is a snapshot: its maps are read-only");
  }
  /** @returns {never} */
  delete() {
    throw new TypeError("a frame is a snapshot: its maps are read-only");
  }
  /** @returns {never} */
  clear() {
    throw new TypeError("a frame is a snapshot: its maps are read-only");
  }
};
function clampIndex(index, total) {
  const i = Math.trunc(Number(index));
  if (!Number.isFinite(i)) return total - 1;
  return Math.max(-1, Math.min(total - 1, i));
}
function frameAt(graph, index) {
  const h = historyOf(graph);
  const i = clampIndex(index, h.total);
  const step = i >= 0 ? graph.steps[i] : null;
  const gate = step && (step.phase === "forward" || step.event === "gate");
  return {
    index: i,
    total: h.total,
    backwardStart: h.backwardStart,
    phase: step ? step.phase : "start",
    step,
    values: new FrameMap(h.values, i),
    grads: new FrameMap(h.grads, i),
    active: gate ? step.node : null,
    written: step ? writtenBy(step) : [],
    accumulating: step && step.event === "accumulate" ? step.node : null,
    // the step captions arrive translated in the graph JSON; the hint is the page's own word
    caption: step ? step.caption ?? "" : h.total > 0 ? t("ui.hint_forward") : ""
  };
}
function changedBetween(graph, a, b) {
  const h = historyOf(graph);
  const lo = clampIndex(Math.min(a, b), h.total);
  const hi = clampIndex(Math.max(a, b), h.total);
  const ids = /* @__PURE__ */ new Set();
  for (let k = lo + 1; k <= hi; k++) for (const id of h.touched[k]) ids.add(id);
  return ids;
}

// frontend/js/quizanswer.js
var NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/;
function parseAnswer(text) {
  if (typeof text !== "string") return null;
  let s = text.normalize("NFKC").trim().toLowerCase().replace(/[\u2212\u2012\u2013\u2014\ufe63]/g, "-").replace(/[\s\u00a0\u2009\u202f]+/g, "");
  if (/^[+-]?(?:inf|infinity|∞)$/.test(s)) return s.startsWith("-") ? -Infinity : Infinity;
  if (s === "nan") return NaN;
  if (!s.includes(".")) s = s.replace(/^([+-]?\d*),(\d+)/, "$1.$2");
  if (NUMBER.test(s)) return Number(s);
  const fraction = s.split("/");
  if (fraction.length === 2 && fraction.every((p) => NUMBER.test(p))) {
    const [p, q] = fraction.map(Number);
    return q === 0 ? null : p / q;
  }
  return null;
}
function lastDigit(shown) {
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(shown);
  if (!m) return 0;
  return 10 ** (Number(m[2] ?? 0) - (m[1]?.length ?? 0));
}
function unitText(shown) {
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(shown);
  if (!m) return "0";
  const decimals = m[1]?.length ?? 0;
  if (m[2] !== void 0) return `1e${Number(m[2]) - decimals}`;
  return decimals ? `0.${"0".repeat(decimals - 1)}1` : "1";
}
function isRight(given, expected, digits = 2) {
  const v = toNumber(expected);
  if (Number.isNaN(v)) return Number.isNaN(given);
  if (!Number.isFinite(v) || !Number.isFinite(given)) return given === v;
  const shown = formatNumber(v, digits);
  const tolerance = lastDigit(shown) * (1 + 1e-9);
  return Math.abs(given - Number(shown)) <= tolerance || Math.abs(given - v) <= tolerance;
}

// frontend/js/quizquestions.js
function firstElement(json) {
  if (isSummary(json)) return toNumber(json.sample?.[0] ?? NaN);
  let v = json;
  while (Array.isArray(v)) v = v[0];
  return v === void 0 || v === null ? NaN : toNumber(
    /** @type {number | string} */
    v
  );
}
var elementOf = (shape) => shape?.length ? `[${shape.map(() => 0).join(", ")}]` : "";
var sameShape = (a, b) => (a ?? []).join("×") === (b ?? []).join("×");
function outputName(graph) {
  const out = graph.nodes.find((n) => n.id === graph.output);
  if (out?.label) return out.label;
  return graph.nodes.some((n) => n.label === "f") ? "out" : "f";
}
function captionParts(step) {
  const caption = step?.caption ?? "";
  const start2 = caption.indexOf(": ∂");
  if (!step || start2 < 0) return null;
  const terms = caption.slice(start2 + 2).split("; ∂").map((p, i) => i ? `∂${p}` : p);
  const inputs2 = "inputs" in step ? step.inputs : void 0;
  if (terms.length !== (inputs2?.length ?? 0)) return null;
  return { head: caption.slice(0, start2), terms };
}
var derivativeOf = (term) => term.slice(0, Math.max(0, term.indexOf(" = "))) || term;
function questionsOf(graph, mode) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = outputName(graph);
  const asked = (node2) => node2.kind !== "const" && !(node2.shape ?? []).includes(0);
  const question = (step, node2, expected, ports) => {
    const element = elementOf(node2.shape);
    return {
      key: `${step}:${node2.id}`,
      step,
      node: node2.id,
      label: wireName(node2),
      name: `∂${out}/∂${wireName(node2)}${element}`,
      element,
      expected,
      ports
    };
  };
  const steps = graph.steps ?? [];
  if (mode === "inputs") {
    const end = steps.length - 1;
    return graph.nodes.filter((n) => n.kind === "input" && n.grad !== null && n.grad !== void 0 && asked(n)).map((n) => question(end, n, firstElement(n.grad), []));
  }
  const questions = [];
  steps.forEach((step, k) => {
    if (step.phase !== "backward" || step.event !== "gate") return;
    const ports = /* @__PURE__ */ new Map();
    step.inputs.forEach((entry, i) => {
      const list = ports.get(entry.node);
      if (list) list.push(i);
      else ports.set(entry.node, [i]);
    });
    for (const [id, entries] of ports) {
      const node2 = byId.get(id);
      if (!node2 || !asked(node2)) continue;
      const expected = entries.reduce(
        (sum, i) => sum + firstElement(step.inputs[i].contribution),
        0
      );
      questions.push(question(k, node2, expected, entries));
    }
  });
  return questions;
}

// frontend/js/quiz.js
var MODES = ["1", "inputs"];
var Quiz = class {
  /**
   * @param {Graph} graph
   * @param {string} mode  "inputs", else "1" (MODES)
   * @param {{digits?: number}} [options]
   */
  constructor(graph, mode, { digits = 2 } = {}) {
    this.graph = graph;
    this.mode = mode === "inputs" ? "inputs" : "1";
    this.digits = digits;
    this.questions = questionsOf(graph, this.mode);
    this.results = /* @__PURE__ */ new Map();
    this.ended = false;
    this.byNode = /* @__PURE__ */ new Map();
    for (const q of this.questions) {
      const list = this.byNode.get(q.node);
      if (list) list.push(q);
      else this.byNode.set(q.node, [q]);
    }
  }
  /** Equal questions with equal answers: a graph drawn again keeps the student's answers. */
  get signature() {
    return `${this.mode}|${this.digits}|` + this.questions.map((q) => `${q.key}=${q.expected}`).join("|");
  }
  get done() {
    return this.ended || this.questions.every((q) => this.results.has(q.key));
  }
  /** @returns {Score} */
  get score() {
    const answered = [...this.results.values()];
    return {
      correct: answered.filter((r) => r.ok).length,
      total: this.questions.length,
      answered: answered.length,
      done: this.done
    };
  }
  /**
   * Open questions: not answered while the quiz runs.
   * @param {Question} q
   */
  isOpen(q) {
    return !this.done && !this.results.has(q.key);
  }
  /** How far stepping may go: to the first open question's step (gates); the end otherwise. */
  get limit() {
    if (this.mode !== "1") return Infinity;
    const open = this.questions.find((q) => this.isOpen(q));
    return open ? open.step : Infinity;
  }
  /**
   * The first question's step (where a new quiz starts), or null without questions.
   * @returns {number | null}
   */
  get start() {
    return this.questions.length ? this.questions[0].step : null;
  }
  /**
   * The questions of frame `index`: the step's (gates); every input's (inputs).
   * @param {number} index
   * @returns {Question[]}
   */
  questionsAt(index) {
    return this.mode === "1" ? this.questions.filter((q) => q.step === index) : this.questions;
  }
  /**
   * The question to answer now at frame `index`, or null.
   * @param {number} index
   * @returns {Question | null}
   */
  current(index) {
    return this.questionsAt(index).find((q) => this.isOpen(q)) ?? null;
  }
  /**
   * Judge a typed answer to `q`: null if the text is not a number (nothing is counted), else
   * the result, remembered: {ok, given, expected, shown, explanation}.
   * @param {Question} q
   * @param {string} text
   * @returns {Judged | null}
   */
  answer(q, text) {
    const given = parseAnswer(text);
    if (given === null || !this.isOpen(q)) return null;
    const ok = isRight(given, q.expected, this.digits);
    this.results.set(q.key, { ok, given, text });
    return {
      ok,
      given,
      expected: q.expected,
      shown: formatNumber(q.expected, this.digits),
      explanation: this.explain(q)
    };
  }
  /** End the quiz: every red number shows; what was not answered stays unanswered. */
  revealAll() {
    this.ended = true;
  }
  restart() {
    this.results.clear();
    this.ended = false;
  }
  /**
   * Why `q`'s answer is what it is, in the captions' words: its term of the step's
   * upstream × local = downstream (for an input in "inputs" mode, every gate's term that
   * reaches it and the sum of a reused one), and for a tensor the first element's product
   * where the gate works elementwise.
   * @param {Question} q
   * @returns {string}
   */
  explain(q) {
    const steps = this.graph.steps ?? [];
    const parts2 = [];
    const gateSteps = this.mode === "1" ? [[q.step, q.ports]] : steps.map((s, k) => (
      /** @type {[number, number[]]} */
      [k, (s.event === "gate" ? s.inputs : []).map((e, i) => e.node === q.node ? i : -1).filter((i) => i >= 0)]
    )).filter(([, ports]) => ports.length);
    for (const [k, ports] of gateSteps) {
      const step = steps[k];
      const split = captionParts(step);
      if (!split) {
        parts2.push(step.caption ?? "");
        continue;
      }
      for (const i of ports) parts2.push(split.terms[i]);
      const element = this.elementTerm(
        q,
        /** @type {GateStep} */
        step,
        ports
      );
      if (element) parts2.push(element);
    }
    if (this.mode === "inputs") {
      const sum = steps.findLast((s) => s.event === "accumulate" && s.node === q.node);
      if (sum) parts2.push(sum.caption);
    }
    return parts2.join("; ");
  }
  /**
   * "element [0]: upstream 2.00 × local 3.00 = 6.00" when a gate works elementwise on
   * tensors of one shape (no broadcast summed back, no formula), else "".
   * @param {Question} q
   * @param {GateStep} step
   * @param {number[]} ports
   * @returns {string}
   */
  elementTerm(q, step, ports) {
    if (!q.element || ports.length !== 1) return "";
    const entry = step.inputs[ports[0]];
    const gate = this.graph.nodes.find((n) => n.id === step.node);
    const input = this.graph.nodes.find((n) => n.id === q.node);
    if (entry.local === null || entry.local === void 0 || !sameShape(gate?.shape, input?.shape)) {
      return "";
    }
    const f = (json) => formatNumber(firstElement(json), this.digits);
    return t("ui.quiz_element_term", {
      element: q.element,
      upstream: f(step.upstream),
      local: f(entry.local),
      downstream: f(entry.contribution)
    });
  }
  /**
   * What `frame` shows while the quiz runs (docs/frontend.md "Quiz"): a wire's gradient stays
   * as it was before its first open question's step (gates), or hidden but for the output's
   * seed and the answered inputs (inputs); the captions of hidden steps say `= ?` where they
   * would give an answer away. A finished quiz shows every frame as it is.
   * @param {Frame} frame
   * @returns {Frame}
   */
  mask(frame) {
    if (this.done || !this.questions.length) return frame;
    const hold = /* @__PURE__ */ new Map();
    if (this.mode === "1") {
      for (const [node2, qs] of this.byNode) {
        const open = qs.find((q) => this.isOpen(q));
        if (open && frame.index >= open.step) hold.set(node2, open.step - 1);
      }
    }
    const answered = new Set(this.questions.filter((q) => !this.isOpen(q)).map((q) => q.node));
    const shows = this.mode === "1" ? (id) => !hold.has(id) : (id) => id === this.graph.output || answered.has(id);
    const earlier = (id) => hold.has(id) ? frameAt(this.graph, hold.get(id)).grads.get(id) : void 0;
    const grads = new MaskedGrads(frame.grads, shows, earlier);
    return { ...frame, grads, caption: this.caption(frame) };
  }
  /**
   * The caption of a frame while the quiz runs: a term that would give an open answer away
   * says `= ?` (gates: the step's open questions; inputs: all but the answered inputs').
   * @param {Frame} frame
   * @returns {string}
   */
  caption(frame) {
    const step = frame.step;
    if (!step || step.phase !== "backward" || step.event === "seed") return frame.caption;
    let hidden2;
    if (this.mode === "1") {
      const open = this.questionsAt(frame.index).filter((q) => this.isOpen(q));
      if (!open.length) return frame.caption;
      const ports = new Set(open.flatMap((q) => q.ports));
      hidden2 = (i) => ports.has(i);
    } else if (step.event === "accumulate") {
      const node2 = this.graph.nodes.find((n) => n.id === step.node);
      return this.byNode.get(step.node)?.some((q) => !this.isOpen(q)) ? frame.caption : t("ui.quiz_caption_sum", { name: node2 ? wireName(node2) : "" });
    } else {
      hidden2 = (i) => !this.byNode.get(step.inputs[i].node)?.some((q) => !this.isOpen(q));
    }
    const split = captionParts(step);
    if (!split) return t("ui.quiz_caption_hidden");
    return `${split.head}: ${split.terms.map((term, i) => hidden2(i) ? `${derivativeOf(term)} = ?` : term).join("; ")}`;
  }
};
var MaskedGrads = class extends Map {
  #base;
  #shows;
  #earlier;
  /**
   * @param {ReadonlyMap<string, TensorJson | null>} base  the frame's own
   * @param {(id: string) => boolean} shows  whether a wire shows its gradient of the frame
   * @param {(id: string) => TensorJson | null | undefined} earlier  else what it shows
   */
  constructor(base, shows, earlier) {
    super();
    this.#base = base;
    this.#shows = shows;
    this.#earlier = earlier;
  }
  /** @param {string} id */
  get(id) {
    return this.#shows(id) ? this.#base.get(id) : this.#earlier(id);
  }
  /** @param {string} id */
  has(id) {
    return this.get(id) !== void 0;
  }
  /** @returns {MapIterator<[string, TensorJson | null]>} */
  *entries() {
    for (const id of this.#base.keys()) {
      const v = this.get(id);
      if (v !== void 0) yield [id, v];
    }
  }
  get size() {
    return [...this.entries()].length;
  }
  /** @returns {MapIterator<string>} */
  *keys() {
    for (const [id] of this.entries()) yield id;
  }
  /** @returns {MapIterator<TensorJson | null>} */
  *values() {
    for (const [, v] of this.entries()) yield v;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  /**
   * @param {(value: TensorJson | null, key: string, map: Map<string, TensorJson | null>) => void}
   *   fn
   * @param {unknown} [thisArg]
   */
  forEach(fn, thisArg) {
    for (const [id, v] of this.entries()) fn.call(thisArg, v, id, this);
  }
  /** @returns {never} */
  set() {
    throw new TypeError("a frame is a snapshot: its maps are read-only");
  }
  /** @returns {never} */
  delete() {
    throw new TypeError("a frame is a snapshot: its maps are read-only");
  }
  /** @returns {never} */
  clear() {
    throw new TypeError("a frame is a snapshot: its maps are read-only");
  }
};

// frontend/js/quizmarks.js
var SVG_NS2 = "http://www.w3.org/2000/svg";
function markQuestions(view, quiz2, frame, current2) {
  const layer = view.layers?.marks;
  if (!layer) return;
  for (const q of quiz2.questionsAt(frame.index)) {
    const open = quiz2.isOpen(q);
    const done = quiz2.results.get(q.key);
    const [grad] = (
      /** @type {SVGTextElement[]} */
      view.elementsOf(q.node, ["grad"])
    );
    if (!grad || !open && !done) continue;
    const visible = frame.grads.has(q.node);
    if (!open && !visible) continue;
    const size = Number(grad.getAttribute("font-size")) || FONT;
    const x = Number(grad.getAttribute("x"));
    const drawn = visible ? grad.getComputedTextLength?.() : 0;
    const after = x + (drawn || textWidth(grad.textContent ?? "", size)) + 5;
    const text = open ? visible ? "+ ?" : "?" : done?.ok ? "✓" : "✗";
    const cls = open ? `quiz-mark quiz-open${q === current2 ? " quiz-asked" : ""}` : `quiz-mark ${done?.ok ? "quiz-mark-right" : "quiz-mark-wrong"}`;
    const m = layer.ownerDocument.createElementNS(SVG_NS2, "text");
    for (const [k, v] of Object.entries({
      class: cls,
      "data-for": q.node,
      x: String(open && !visible ? x : after),
      y: grad.getAttribute("y") ?? "0",
      "font-size": String(size),
      "font-weight": "700"
    })) m.setAttribute(k, v);
    m.textContent = text;
    layer.append(m);
  }
}
function describePicture(view, quiz2, frame) {
  if (!view.descEl) return;
  if (quiz2.done) {
    view.descEl.textContent = view.layout?.desc ?? "";
    return;
  }
  const graph = quiz2.graph;
  const number = (v) => formatSummary(v, quiz2.digits);
  const out = graph.nodes.find((n) => n.id === graph.output);
  const inputs2 = graph.nodes.filter((n) => n.kind === "input").slice(0, 20).map((n) => {
    const grad = frame.grads.get(n.id);
    return `${wireName(n)} = ${number(frame.values.get(n.id) ?? n.value)}` + (grad === void 0 ? "" : ` (${t("ui.gradient")} ${number(grad)})`);
  });
  view.descEl.textContent = t("ui.quiz_desc", {
    out: outputName(graph),
    value: out ? number(frame.values.get(out.id) ?? out.value) : "",
    inputs: inputs2.join("; ")
  });
}

// frontend/js/quizpanel.js
function el(doc, tag, attrs = {}, children = []) {
  const node2 = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node2.setAttribute(k, v);
  node2.append(...children);
  return node2;
}
function createQuizPanel(o) {
  const doc = o.after.ownerDocument;
  const { stage: stage2 } = o;
  const player = stage2.player;
  const digits = o.digits ?? 2;
  let mode = MODES.includes(o.mode) ? o.mode : "0";
  let graph = null;
  let quiz2 = null;
  let loading = false;
  let asked = null;
  const score = el(doc, "span", { class: "quiz-score", id: "quiz-score" });
  const reveal = el(doc, "button", {
    type: "button",
    class: "tool",
    "data-action": "quiz-reveal",
    title: t("ui.quiz_reveal_title")
  }, [t("ui.quiz_reveal")]);
  const restart = el(doc, "button", {
    type: "button",
    class: "tool",
    "data-action": "quiz-restart"
  }, [t("ui.quiz_restart")]);
  const head = el(doc, "div", { class: "quiz-head" }, [
    el(doc, "h2", { id: "quiz-title", class: "quiz-title" }, [t("ui.quiz")]),
    score
  ]);
  let menu2 = null;
  let toggle = null;
  let chosen = mode === "0" ? "1" : mode;
  if (o.toggle) {
    menu2 = el(doc, "select", { id: "quiz-mode" }, [
      el(doc, "option", { value: "1" }, [t("ui.quiz_mode_gates")]),
      el(doc, "option", { value: "inputs" }, [t("ui.quiz_mode_inputs")])
    ]);
    const select = menu2;
    select.value = chosen;
    select.addEventListener("change", () => choose(select.value));
    head.append(el(doc, "label", { class: "quiz-mode" }, [`${t("ui.quiz_mode")} `, menu2]));
    toggle = el(doc, "button", {
      type: "button",
      class: "tool quiz-toggle",
      "data-action": "quiz",
      "aria-pressed": String(mode !== "0"),
      title: t("ui.quiz_button_title")
    }, [t("ui.quiz")]);
    toggle.addEventListener("click", () => choose(mode === "0" ? chosen : "0"));
    stage2.controls.element.append(toggle);
  }
  head.append(el(doc, "span", { class: "quiz-buttons" }, [reveal, restart]));
  const question = el(doc, "p", { id: "quiz-question", class: "quiz-question" });
  const label = el(doc, "label", { for: "quiz-answer", class: "quiz-label" });
  const input = el(doc, "input", {
    id: "quiz-answer",
    type: "text",
    autocomplete: "off",
    spellcheck: "false",
    autocapitalize: "off",
    enterkeyhint: "done",
    "aria-describedby": "quiz-question quiz-rule"
  });
  const check = el(doc, "button", {
    type: "submit",
    class: "tool primary",
    "data-action": "quiz-check"
  }, [t("ui.quiz_check")]);
  const form = el(doc, "form", { class: "quiz-form", novalidate: "" }, [label, input, check]);
  const rule = el(doc, "p", { id: "quiz-rule", class: "quiz-rule" });
  const note2 = el(doc, "p", { class: "quiz-note" });
  const result = el(doc, "div", {
    id: "quiz-result",
    class: "quiz-result",
    role: "status",
    "aria-live": "polite",
    "aria-atomic": "true"
  });
  const next = el(
    doc,
    "button",
    { type: "button", class: "tool", "data-action": "quiz-next" },
    [`${t("ui.quiz_next")} →`]
  );
  const actions2 = el(doc, "p", { class: "quiz-actions" }, [next]);
  const element = el(
    doc,
    "section",
    {
      id: "quiz",
      class: "quiz-panel",
      "aria-labelledby": "quiz-title"
    },
    [head, question, form, rule, note2, actions2, result]
  );
  element.hidden = true;
  o.after.after(element);
  function apply() {
    const current2 = quiz2;
    const running = Boolean(current2) && !current2?.done;
    doc.documentElement.classList.toggle("quiz", running);
    stage2.setFrameFilter(current2 ? (frame) => current2.mask(frame) : null);
    player.limit = quiz2 ? quiz2.limit : Infinity;
    player.onLimit = quiz2 ? held : null;
    element.hidden = !quiz2;
  }
  function start2(fresh) {
    quiz2 = fresh;
    asked = null;
    result.replaceChildren();
    apply();
    o.onScore?.(fresh.score);
  }
  function setGraph(nextGraph) {
    graph = nextGraph;
    loading = true;
    if (mode === "0") {
      quiz2 = null;
      apply();
      return;
    }
    const fresh = new Quiz(nextGraph, mode, { digits });
    if (quiz2 && quiz2.signature === fresh.signature) {
      quiz2.graph = nextGraph;
      apply();
    } else {
      start2(fresh);
    }
  }
  function choose(nextMode) {
    setMode(nextMode);
    o.onMode?.(mode);
    if (mode !== "0" && quiz2?.current(player.index)) input.focus();
  }
  function setMode(nextMode) {
    mode = MODES.includes(nextMode) ? nextMode : "0";
    if (mode !== "0") chosen = mode;
    if (menu2) menu2.value = chosen;
    toggle?.setAttribute("aria-pressed", String(mode !== "0"));
    if (!graph) return;
    if (mode === "0") {
      quiz2 = null;
      apply();
    } else {
      const fresh = new Quiz(graph, mode, { digits });
      start2(fresh);
      if (mode === "inputs") player.last();
      else if (player.index > fresh.limit) player.goto(fresh.limit);
    }
    stage2.refresh();
  }
  function say(...lines) {
    result.replaceChildren(...lines.flatMap((line) => line ? [line] : []).map(([cls, text]) => el(doc, "p", { class: cls }, [text])));
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const current2 = quiz2;
    const q = current2?.current(player.index);
    if (!current2 || !q) return;
    const text = input.value;
    const answer = current2.answer(q, text);
    if (!answer) {
      say(["quiz-nan", t("ui.quiz_not_a_number", { given: text.trim() })]);
      input.select();
      return;
    }
    const words = { name: q.name, expected: answer.shown, given: text.trim() };
    say(
      answer.ok ? ["quiz-right", t("ui.quiz_right", words)] : ["quiz-wrong", t("ui.quiz_wrong", words)],
      answer.ok ? null : ["quiz-why", t("ui.quiz_why", { explanation: answer.explanation })],
      current2.done ? ["quiz-over", t("ui.quiz_done", current2.score)] : null
    );
    o.onAnswer?.({
      node: q.node,
      label: q.label,
      element: q.element || null,
      ok: answer.ok,
      given: jsonNumber(answer.given),
      expected: jsonNumber(answer.expected)
    });
    o.onScore?.(current2.score);
    apply();
    stage2.refresh();
    focusAfterAnswer(current2);
  });
  function focusAfterAnswer(current2) {
    if (current2.current(player.index)) input.focus();
    else if (current2.done) restart.focus();
    else next.focus();
  }
  reveal.addEventListener("click", () => {
    if (!quiz2) return;
    quiz2.revealAll();
    say(["quiz-over", t("ui.quiz_done", quiz2.score)]);
    o.onScore?.(quiz2.score);
    apply();
    stage2.refresh();
    restart.focus();
  });
  restart.addEventListener("click", () => {
    if (!quiz2) return;
    quiz2.restart();
    start2(quiz2);
    if (quiz2.mode === "1" && quiz2.start !== null) player.goto(quiz2.start);
    else player.last();
    stage2.refresh();
    if (quiz2.current(player.index)) input.focus();
  });
  next.addEventListener("click", () => player.next());
  function held() {
    const q = quiz2?.current(player.index);
    if (!q) return;
    say(["quiz-held", t("ui.quiz_answer_first", { name: q.name })]);
    if (doc.hasFocus()) input.focus();
  }
  function show(frame) {
    const view = stage2.view;
    if (!quiz2 || !view) {
      if (view?.descEl && view.layout) view.descEl.textContent = view.layout.desc;
      loading = false;
      return;
    }
    const q = quiz2.current(frame.index);
    render2(frame, q);
    markQuestions(view, quiz2, frame, q);
    describePicture(view, quiz2, frame);
    if (q && q !== asked) {
      input.value = "";
      if (!loading && nearby()) input.focus();
    }
    asked = q;
    loading = false;
  }
  function nearby() {
    if (!doc.hasFocus()) return false;
    const active2 = doc.activeElement;
    return !active2 || active2 === doc.body || element.contains(active2) || Boolean(active2.closest?.("#controls, #circuit"));
  }
  function render2(frame, q) {
    if (!quiz2) return;
    const s = quiz2.score;
    score.textContent = t("ui.quiz_score", s);
    const none = quiz2.questions.length === 0;
    reveal.hidden = quiz2.done;
    restart.hidden = !quiz2.done || none;
    form.hidden = !q;
    question.hidden = !q;
    rule.hidden = !q;
    next.hidden = Boolean(q) || frame.index >= frame.total - 1;
    if (q) {
      const k = quiz2.questions.indexOf(q) + 1;
      const progress = t("ui.quiz_progress", { k, n: quiz2.questions.length });
      const gate = captionParts(frame.step)?.head ?? "";
      question.textContent = `${quiz2.mode === "1" && gate ? t("ui.quiz_question_gate", { gate, name: q.name }) : t("ui.quiz_question_input", { name: q.name, label: q.label })} (${progress})`;
      label.textContent = `${q.name} =`;
      const unit = unitText(formatNumber(q.expected, digits));
      rule.textContent = t("ui.quiz_rule", { unit }) + (q.element ? ` ${t("ui.quiz_element", { element: q.element })}` : "");
    }
    note2.textContent = none ? t("ui.quiz_none") : quiz2.done || q ? "" : t("ui.quiz_step_on", { right: "→" });
    note2.hidden = !note2.textContent;
  }
  return {
    element,
    setGraph,
    setMode,
    show,
    get quiz() {
      return quiz2;
    }
  };
}
function jsonNumber(v) {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "Infinity";
  if (v === -Infinity) return "-Infinity";
  return v;
}

// frontend/js/circuit-join.js
var SVG_NS3 = "http://www.w3.org/2000/svg";
function specsOf(placed, { editable, muted, radius }) {
  const specs = [];
  const outs = [];
  let tile = "";
  const add = (layer, key, tag, attrs, text, title2) => {
    specs.push({ layer, tile, key, tag, attrs, text, title: title2 });
  };
  for (const p of placed) {
    const n = p.id;
    tile = p.tile;
    const w = p.wire;
    const line = { "data-node": n, x1: w.x1, y1: w.y, x2: w.x2, y2: w.y };
    add("hits", `hit:${n}`, "line", { class: "hit", ...line });
    if (p.node.kind === "const") {
      add("consts", `wire:${n}`, "line", {
        class: "wire const",
        ...line,
        stroke: muted,
        "stroke-width": "1"
      });
      add(
        "consts",
        `value:${n}`,
        "text",
        {
          class: "value const",
          "data-node": n,
          x: p.value.x,
          y: p.value.y,
          "font-size": p.value.font || null
        },
        p.value.text
      );
      if (p.label) {
        add("labels", `label:${n}`, "text", {
          class: "label",
          "data-node": n,
          x: p.label.x,
          y: p.label.y
        }, p.label.text);
      }
      continue;
    }
    add("wires", `wire:${n}`, "line", { class: "wire", ...line });
    if (p.label) {
      add("labels", `label:${n}`, "text", {
        class: "label",
        "data-node": n,
        x: p.label.x,
        y: p.label.y
      }, p.label.text);
    }
    if (p.shape) {
      add("shapes", `shape:${n}`, "text", {
        class: "shape",
        "data-node": n,
        x: p.shape.x,
        y: p.shape.y
      }, p.shape.text);
    }
    const edit = editable(p.node);
    add("values", `value:${n}`, "text", {
      class: edit ? "value editable" : "value",
      "data-node": n,
      x: p.value.x,
      y: p.value.y,
      "font-size": p.value.font || null,
      tabindex: edit ? "0" : null,
      role: edit ? "button" : null,
      "aria-label": edit ? edit(p.value.text) : null
    }, p.value.text);
    if (p.grad) {
      add(
        "grads",
        `grad:${n}`,
        "text",
        {
          class: "grad",
          "data-node": n,
          x: p.grad.x,
          y: p.grad.y,
          "font-size": p.grad.font || null
        },
        p.grad.text
      );
    }
    if (p.warning) {
      add(
        "warnings",
        `warning:${n}`,
        "text",
        {
          class: "warning",
          "data-node": n,
          x: p.warning.x,
          y: p.warning.y
        },
        "⚠",
        p.warning.text
      );
    }
    if (!p.gate || !p.out) continue;
    const g = p.gate;
    const out = p.out;
    if (g.pill) {
      add(
        "gates",
        `gate:${n}`,
        "rect",
        {
          class: "gate pill",
          "data-node": n,
          x: g.pill.x,
          y: g.pill.y,
          width: g.pill.width,
          height: g.pill.height,
          rx: radius
        },
        void 0,
        g.title
      );
    } else {
      add("gates", `gate:${n}`, "circle", {
        class: "gate",
        "data-node": n,
        cx: g.cx,
        cy: g.cy,
        r: radius
      }, void 0, g.title);
    }
    add("symbols", `symbol:${n}`, "text", {
      class: "symbol",
      "data-node": n,
      x: g.cx,
      y: g.ty,
      "font-size": g.size
    }, g.symbol);
    for (const e of p.edges) {
      add("edges", `edge:${n}:${e.port}`, "line", {
        class: "edge",
        "data-node": n,
        "data-source": e.source,
        "data-port": String(e.port),
        x1: e.x1,
        y1: e.y1,
        x2: e.x2,
        y2: e.y2
      });
    }
    outs.push({
      layer: "edges",
      tile,
      key: `out:${n}`,
      tag: "line",
      attrs: {
        class: "out",
        "data-node": n,
        x1: out.x1,
        y1: out.y,
        x2: out.x2,
        y2: out.y
      }
    });
  }
  return specs.concat(outs);
}
function joinLayers(layers, old, specs, held = /* @__PURE__ */ new Map()) {
  const owner = new Map([...held].map(([group, holder]) => [holder, group]));
  const inLayer = (e, g) => {
    const parent = e?.parentNode;
    return ((parent && owner.get(parent)) ?? parent)?.parentNode === g;
  };
  const byLayer = new Map(Object.keys(layers).map((name) => [name, /* @__PURE__ */ new Map()]));
  for (const s of specs) {
    const tiles = (
      /** @type {Map<string, Spec[]>} */
      byLayer.get(s.layer)
    );
    const list = tiles.get(s.tile);
    if (list) list.push(s);
    else tiles.set(s.tile, [s]);
  }
  const next = /* @__PURE__ */ new Map();
  for (const [name, tiles] of byLayer) {
    const g = layers[name];
    if (![...tiles.values()].some((list) => list.some((s) => inLayer(old.get(s.key), g)))) {
      let html = "";
      for (const [key, list] of tiles) {
        html += `<g class="tile" data-tile="${key}">${list.map(markup).join("")}</g>`;
      }
      g.innerHTML = html;
      for (const group of g.children) {
        const list = (
          /** @type {Spec[]} */
          tiles.get(group.getAttribute("data-tile") ?? "")
        );
        const kids = group.children;
        for (let i = 0; i < list.length; i += 1) next.set(list[i].key, kids[i]);
      }
      continue;
    }
    const groups = new Map([...g.children].map((t2) => [t2.getAttribute("data-tile"), t2]));
    const order = [];
    for (const [key, list] of tiles) {
      let group = groups.get(key);
      if (!group) {
        group = document.createElementNS(SVG_NS3, "g");
        group.setAttribute("class", "tile");
        group.setAttribute("data-tile", key);
      }
      order.push(group);
      const box = held.get(group) ?? group;
      if (!box.firstElementChild && !list.some((s) => inLayer(old.get(s.key), g))) {
        box.innerHTML = list.map(markup).join("");
        const kids = box.children;
        for (let i = 0; i < list.length; i += 1) next.set(list[i].key, kids[i]);
        continue;
      }
      const els = list.map((s) => {
        let e = old.get(s.key);
        if (e && inLayer(e, g) && e.localName === s.tag) update(e, s);
        else e = create(s);
        next.set(s.key, e);
        return e;
      });
      replaceIfChanged(box, els);
    }
    replaceIfChanged(g, order);
  }
  return next;
}
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
var escape = (text) => String(text).replace(/[&<>"]/g, (c) => ESCAPES[c]);
function markup(s) {
  let out = `<${s.tag}`;
  for (const k in s.attrs) {
    const v = s.attrs[k];
    if (v !== null && v !== void 0) out += ` ${k}="${escape(v)}"`;
  }
  out += ">";
  if (s.title !== void 0) out += `<title>${escape(s.title)}</title>`;
  if (s.text !== void 0) out += escape(s.text);
  return `${out}</${s.tag}>`;
}
function create(s) {
  const e = document.createElementNS(SVG_NS3, s.tag);
  for (const k in s.attrs) {
    const v = s.attrs[k];
    if (v !== null && v !== void 0) e.setAttribute(k, v);
  }
  if (s.title !== void 0) {
    const title2 = document.createElementNS(SVG_NS3, "title");
    title2.textContent = s.title;
    e.append(title2);
  }
  if (s.text !== void 0) e.append(document.createTextNode(s.text));
  return e;
}
function update(e, s) {
  for (const k in s.attrs) {
    const v = s.attrs[k];
    if (v === null || v === void 0) {
      if (e.hasAttribute(k)) e.removeAttribute(k);
    } else if (e.getAttribute(k) !== v) {
      e.setAttribute(k, v);
    }
  }
  const title2 = (
    /** @type {ChildNode} */
    e.firstChild
  );
  if (s.title !== void 0 && e.firstChild?.textContent !== s.title) {
    title2.textContent = s.title;
  }
  const words = (
    /** @type {Text | null | undefined} */
    s.title === void 0 ? e.firstChild : e.firstChild?.nextSibling
  );
  if (s.text !== void 0 && words?.data !== s.text) {
    if (words) words.data = s.text;
    else e.append(document.createTextNode(s.text));
  }
}
function replaceIfChanged(parent, list) {
  const kids = parent.children;
  let same = kids.length === list.length;
  for (let i = 0; same && i < list.length; i += 1) same = kids[i] === list[i];
  if (same) return;
  const fragment = document.createDocumentFragment();
  for (const e of list) fragment.append(e);
  parent.replaceChildren(fragment);
}

// frontend/js/circuit-svg.js
var SVG_NS4 = "http://www.w3.org/2000/svg";
var THEMES = {
  light: {
    background: "#ffffff",
    line: "#000000",
    gate_fill: "#ffffff",
    value: "#2e7d32",
    grad: "#c62828",
    muted: "#5f6673",
    warning: "#a04f00",
    group: "#2f5f9e"
  },
  dark: {
    background: "#15181e",
    line: "#e6e9ee",
    gate_fill: "#1d2129",
    value: "#7bd88f",
    grad: "#ff7b7b",
    muted: "#9aa3b1",
    warning: "#ffb454",
    group: "#8fb4e8"
  }
};
function el2(name, attrs) {
  const e = document.createElementNS(SVG_NS4, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}
function setAttrs(e, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null) e.removeAttribute(k);
    else if (e.getAttribute(k) !== v) e.setAttribute(k, v);
  }
}
function keyOf(e) {
  const role = e.classList[0];
  const node2 = e.getAttribute("data-node");
  if (!role || node2 === null) return null;
  return role === "edge" ? `edge:${node2}:${e.getAttribute("data-port")}` : `${role}:${node2}`;
}
function svgFor(container, markerId, tiles, elements) {
  const adopted = container.querySelector(":scope > svg.cgviz");
  const find = (selector) => adopted?.querySelector(`:scope > ${selector}`) ?? null;
  const svg = adopted ?? el2("svg", {});
  setAttrs(svg, { role: "group", "font-family": FONT_FAMILY, "font-size": formatCoordinate(FONT) });
  svg.classList.add("cgviz");
  const titleEl = (
    /** @type {SVGTitleElement | null} */
    find("title") ?? el2("title", {})
  );
  const descEl = (
    /** @type {SVGDescElement | null} */
    find("desc") ?? el2("desc", {})
  );
  const marker = (
    /** @type {SVGMarkerElement | null} */
    find("defs > marker") ?? el2("marker", {})
  );
  if (adopted && marker.id && document.querySelectorAll(`[id="${marker.id}"]`).length === 1) {
    markerId = marker.id;
  }
  setAttrs(marker, {
    id: markerId,
    refX: "6",
    refY: "2",
    markerWidth: "6",
    markerHeight: "4",
    orient: "auto"
  });
  const arrowPath = marker.querySelector("path") ?? el2("path", {});
  setAttrs(arrowPath, { class: "arrowhead", d: "M 0,0 V 4 L6,2 Z" });
  if (!arrowPath.parentNode) marker.append(arrowPath);
  const defs = (
    /** @type {Element | null} */
    marker.parentNode ?? el2("defs", {})
  );
  if (!marker.parentNode) defs.append(marker);
  const background = (
    /** @type {SVGRectElement | null} */
    find("rect.background") ?? el2("rect", {})
  );
  setAttrs(background, { class: "background", width: "100%", height: "100%" });
  const layerAttrs = {
    groups: { fill: "none" },
    // expanded groups' boxes (docs/language.md), under everything
    hits: {},
    edges: { "stroke-width": "1", "marker-end": `url(#${markerId})` },
    wires: { "stroke-width": "1" },
    gates: { "stroke-width": "1" },
    symbols: { "text-anchor": "middle" },
    consts: {},
    labels: { "text-anchor": "end" },
    shapes: { "text-anchor": "end", "font-size": formatCoordinate(SHAPE_FONT) },
    values: {},
    grads: {},
    warnings: { "font-size": formatCoordinate(WARNING_FONT) },
    marks: {}
  };
  const layers = (
    /** @type {Layers} */
    {}
  );
  for (const [name, attrs] of Object.entries(layerAttrs)) {
    const g = (
      /** @type {SVGGElement | null} */
      find(`g.${name}`) ?? el2("g", { class: name })
    );
    setAttrs(g, attrs);
    layers[
      /** @type {keyof Layers} */
      name
    ] = g;
  }
  let prev = null;
  for (const part of [titleEl, descEl, defs, background, ...Object.values(layers)]) {
    if (part.parentNode !== svg || part.previousElementSibling !== prev) {
      if (prev) prev.after(part);
      else svg.prepend(part);
    }
    prev = part;
  }
  if (adopted) {
    for (const g of Object.values(layers)) {
      for (const tile of g.children) {
        if (!tile.firstElementChild) tiles.hold(tile);
        for (const e of tile.children) {
          const key = keyOf(e);
          if (key) elements.set(key, e);
        }
      }
    }
    if (tiles.held.size) tiles.seen = [-Infinity, -Infinity, NEAR_X, NEAR_Y];
    for (const node2 of [...container.childNodes]) if (node2 !== svg) node2.remove();
  } else {
    container.replaceChildren(svg);
  }
  return { svg, titleEl, descEl, background, arrowPath, markerId, layers };
}
function paintTheme(parts2, theme, elements) {
  const c = THEMES[theme];
  const L = parts2.layers;
  parts2.svg.classList.remove("cgviz-light", "cgviz-dark");
  parts2.svg.classList.add(`cgviz-${theme}`);
  parts2.background.setAttribute("fill", c.background);
  parts2.arrowPath.setAttribute("fill", c.line);
  for (const g of [L.edges, L.wires, L.gates]) g.setAttribute("stroke", c.line);
  L.gates.setAttribute("fill", c.gate_fill);
  L.symbols.setAttribute("fill", c.line);
  L.labels.setAttribute("fill", c.line);
  L.consts.setAttribute("fill", c.muted);
  L.shapes.setAttribute("fill", c.muted);
  L.values.setAttribute("fill", c.value);
  L.grads.setAttribute("fill", c.grad);
  L.marks.setAttribute("fill", c.grad);
  L.warnings.setAttribute("fill", c.warning);
  L.groups.setAttribute("stroke", c.group);
  for (const title2 of L.groups.querySelectorAll(".group-title")) {
    setAttrs(title2, { fill: c.group, stroke: c.background });
  }
  for (const [key, e] of elements) {
    if (key.startsWith("wire:") && e.classList.contains("const")) {
      e.setAttribute("stroke", c.muted);
    }
  }
}

// frontend/js/tiles.js
var SVG_NS5 = "http://www.w3.org/2000/svg";
var Tiles = class {
  constructor() {
    this.held = /* @__PURE__ */ new Map();
    this.byKey = /* @__PURE__ */ new Map();
    this.seen = null;
  }
  /**
   * A group that came empty (a far tile of the server's page): its elements come later.
   * @param {Element} group
   */
  hold(group) {
    this.held.set(group, document.createElementNS(SVG_NS5, "g"));
  }
  /**
   * The tile groups of `layers` after a join, with `boxes` (tile key → [x0, y0, x1, y1], what
   * its elements cover: circuit-geometry.js placeCircuit); groups no longer drawn are dropped.
   * @param {Iterable<Element>} layers
   * @param {Map<string, number[]>} boxes
   */
  collect(layers, boxes) {
    const held = /* @__PURE__ */ new Map();
    this.byKey = /* @__PURE__ */ new Map();
    for (const g of layers) {
      for (const group of g.children) {
        const key = group.getAttribute("data-tile");
        const holder = this.held.get(group);
        if (holder) held.set(group, holder);
        const tile = this.byKey.get(key);
        if (tile) tile.groups.push(group);
        else this.byKey.set(key, { groups: [group], box: boxes.get(key ?? ""), shown: null });
      }
    }
    this.held = held;
    if (this.seen) this.cull(this.seen);
  }
  /**
   * Keep in the page only the elements of the tiles that meet `rect` (circuit coordinates).
   * @param {number[]} rect  [x0, y0, x1, y1]
   */
  cull(rect) {
    this.seen = rect;
    const [x0, y0, x1, y1] = rect;
    for (const tile of this.byKey.values()) {
      const b = tile.box;
      const shown = !b || b[0] <= x1 && b[2] >= x0 && b[1] <= y1 && b[3] >= y0;
      if (shown === tile.shown) continue;
      tile.shown = shown;
      for (const group of tile.groups) {
        const holder = this.held.get(group);
        if (shown && holder) {
          moveChildren(holder, group);
          this.held.delete(group);
        } else if (!shown && !holder) {
          const box = document.createElementNS(SVG_NS5, "g");
          moveChildren(group, box);
          this.held.set(group, box);
        }
      }
    }
  }
  /**
   * `fn()` with every tile's elements in the page, then only the tiles in view again.
   * @template T
   * @param {() => T} fn
   * @returns {T}
   */
  whole(fn) {
    const seen = this.seen;
    if (seen) this.cull([-Infinity, -Infinity, Infinity, Infinity]);
    try {
      return fn();
    } finally {
      if (seen) this.cull(seen);
    }
  }
};
function moveChildren(from, to) {
  while (from.firstChild) to.appendChild(from.firstChild);
}

// frontend/js/circuit.js
var editName = (node2) => (text) => t("ui.edit_value_button", {
  value: text,
  name: wireName(node2)
});
var ROLES = ["wire", "label", "shape", "value", "grad", "warning", "gate", "symbol"];
var views = 0;
function lookup2(m, id) {
  if (!m) return void 0;
  return m instanceof Map ? m.get(id) : (
    /** @type {Record<string, TensorJson | null>} */
    m[id]
  );
}
function has(m, id) {
  if (!m) return false;
  return m instanceof Map ? m.has(id) : Object.prototype.hasOwnProperty.call(m, id);
}
function drawCircuit(container, graph, options = {}) {
  const view = new CircuitView(container, options);
  view.setGraph(graph);
  return view;
}
var CircuitView = class {
  /**
   * An empty view (drawCircuit draws its first graph).
   * @param {HTMLElement} container
   * @param {{digits?: number, theme?: Theme, onInputValueClick?: OnInputValueClick}} options
   */
  constructor(container, options) {
    this.container = container;
    this.digits = options.digits ?? 2;
    this.theme = options.theme === "dark" ? "dark" : "light";
    this.onInputValueClick = options.onInputValueClick || null;
    this.graph = null;
    this.frame = null;
    this.layout = null;
    this.elements = /* @__PURE__ */ new Map();
    this.tiles = new Tiles();
    this.listeners = { draw: /* @__PURE__ */ new Set(), show: /* @__PURE__ */ new Set() };
    this.rows = [];
    this.rowById = /* @__PURE__ */ new Map();
    this.flowing = [];
    this.accumulating = [];
    this.markerId = `cgviz-arrow-${views += 1}`;
    const parts2 = svgFor(this.container, this.markerId, this.tiles, this.elements);
    this.svg = parts2.svg;
    this.titleEl = parts2.titleEl;
    this.descEl = parts2.descEl;
    this.background = parts2.background;
    this.arrowPath = parts2.arrowPath;
    this.markerId = parts2.markerId;
    this.layers = parts2.layers;
    this.svg.addEventListener("click", (e) => this.clicked(e));
    this.svg.addEventListener("keydown", (e) => {
      const target = (
        /** @type {Element | null} */
        e.target
      );
      if ((e.key === "Enter" || e.key === " ") && target?.classList?.contains("editable")) {
        e.preventDefault();
        this.clicked(e);
      }
    });
    this.paintTheme();
  }
  /** Presentation attributes as the server writes them, for a theme. */
  paintTheme() {
    paintTheme(this, this.theme, this.elements);
  }
  /**
   * Hear each new graph ("draw") or frame ("show"); returns an unsubscribe.
   * @template {keyof ViewEvents} K
   * @param {K} kind
   * @param {(detail: ViewEvents[K], view: CircuitView) => void} fn
   * @returns {() => boolean}
   */
  on(kind, fn) {
    this.listeners[kind].add(fn);
    return () => this.listeners[kind].delete(fn);
  }
  /**
   * @template {keyof ViewEvents} K
   * @param {K} kind
   * @param {ViewEvents[K]} detail
   */
  emit(kind, detail) {
    for (const fn of this.listeners[kind]) fn(detail, this);
  }
  /** @param {{digits?: number, theme?: string}} [options] */
  setOptions({ digits, theme } = {}) {
    if (theme && theme !== this.theme) {
      this.theme = theme === "dark" ? "dark" : "light";
      this.paintTheme();
    }
    if (digits !== void 0 && digits !== this.digits && this.graph) {
      this.digits = digits;
      const frame = this.frame;
      this.setGraph(this.graph);
      if (frame) this.show(frame);
    }
  }
  /**
   * Redraw for a new graph: the keyed join (circuit-join.js), then every wire as drawn by
   * the server (no frame).
   * @param {Graph} graph
   */
  setGraph(graph) {
    const before = this.layout;
    this.graph = graph;
    this.frame = null;
    const layout = placeCircuit(graph, this.digits);
    this.layout = layout;
    const editable = (node2) => Boolean(this.onInputValueClick) && node2.kind === "input" && !node2.shape?.length;
    const { width, height } = layout;
    setAttrs(this.svg, { viewBox: `0 0 ${width} ${height}`, width, height });
    this.titleEl.textContent = layout.title;
    this.descEl.textContent = layout.desc;
    const specs = specsOf(layout.nodes, {
      editable: (node2) => editable(node2) ? editName(node2) : null,
      muted: THEMES[this.theme].muted,
      radius: formatCoordinate(graph.layout?.gate_radius ?? 20)
    });
    const { marks, groups, ...drawn } = this.layers;
    this.elements = joinLayers(drawn, this.elements, specs, this.tiles.held);
    this.drawGroups(groups, graph);
    this.tiles.collect(Object.values(drawn), layout.tiles);
    this.svg.classList.remove("cgviz-frame", "phase-forward", "phase-backward");
    this.flowing = [];
    this.accumulating = [];
    marks.replaceChildren();
    this.rows = layout.nodes.filter((p) => p.node.kind !== "const").map((p) => {
      const get = (role) => this.elements.get(`${role}:${p.id}`) || null;
      const texts = ["wire", "label", "value", "grad", "shape"].flatMap((role) => get(role) ?? []);
      return {
        p,
        id: p.id,
        value: (
          /** @type {Element} */
          get("value")
        ),
        grad: get("grad"),
        gate: get("gate"),
        symbol: get("symbol"),
        parts: texts,
        // what the DOM shows now, so a frame touches only what changes
        v: p.value.text,
        g: p.grad ? p.grad.text : null,
        pv: false,
        pg: false,
        written: false,
        active: false,
        name: editable(p.node) ? editName(p.node) : null
      };
    });
    this.rowById = new Map(this.rows.map((row) => [row.id, row]));
    const sizeChanged = !before || before.width !== width || before.height !== height;
    this.emit("draw", { sizeChanged });
  }
  /**
   * The boxes and titles of the expanded groups, as the server's template writes them: few,
   * so drawn afresh each time rather than joined.
   * @param {SVGGElement} layer
   * @param {Graph} graph
   */
  drawGroups(layer, graph) {
    const c = THEMES[this.theme];
    const parts2 = [];
    for (const b of placeGroups(graph)) {
      parts2.push(el2("rect", {
        class: "group-box",
        "data-group": b.id,
        x: b.x,
        y: b.y,
        width: b.width,
        height: b.height,
        rx: "10",
        "stroke-dasharray": "6 3"
      }));
      const title2 = el2("text", {
        class: "group-title",
        "data-group": b.id,
        x: b.tx,
        y: b.ty,
        "font-size": "12",
        "font-weight": "600",
        fill: c.group,
        stroke: c.background,
        "stroke-width": "4",
        "paint-order": "stroke"
      });
      title2.textContent = b.name;
      parts2.push(title2);
    }
    layer.replaceChildren(...parts2);
  }
  /**
   * Keep in the page only the tiles that meet `rect` ([x0, y0, x1, y1], circuit
   * coordinates; tiles.js).
   * @param {number[]} rect
   */
  cull(rect) {
    this.tiles.cull(rect);
  }
  /**
   * Run `fn(svg)` with every tile's elements in the page (an export reads them all).
   * @template T
   * @param {(svg: SVGSVGElement) => T} fn
   * @returns {T}
   */
  whole(fn) {
    return this.tiles.whole(() => fn(this.svg));
  }
  /**
   * The elements drawn for a node (its hit area excluded), optionally only some roles.
   * @param {string} id
   * @param {string[]} [roles]
   * @returns {Element[]}
   */
  elementsOf(id, roles = ROLES) {
    const out = [];
    for (const role of roles) {
      const e = this.elements.get(`${role}:${id}`);
      if (e) out.push(e);
    }
    return out;
  }
  /**
   * Name a value that is a button (role=button) by what it shows, then what it does: a
   * control's accessible name starts with its visible text (WCAG 2.5.3, "Label in Name"), so
   * the name follows the text through every frame. A redraw forgets it (its caller names the
   * value again on "draw").
   * @param {string} id
   * @param {(text: string) => string} name  the name for the value's text
   */
  nameValue(id, name) {
    const row = this.rowById.get(id);
    if (!row) return;
    row.name = name;
    row.value.setAttribute("aria-label", name(row.v));
  }
  /**
   * The placed record of a node (coordinates, texts, node JSON), or undefined.
   * @param {string} id
   * @returns {Placed | undefined}
   */
  placed(id) {
    return this.layout?.byId.get(id);
  }
  /**
   * The JSON value and gradient a wire shows now (undefined while pending).
   * @param {string} id
   * @returns {{value: TensorJson | null | undefined, grad: TensorJson | null | undefined}}
   */
  shown(id) {
    const node2 = this.placed(id)?.node;
    if (!node2) return { value: void 0, grad: void 0 };
    const f = this.frame;
    if (!f || node2.kind === "const") return { value: node2.value, grad: f ? void 0 : node2.grad };
    return { value: lookup2(f.values, id), grad: lookup2(f.grads, id) };
  }
  /**
   * Apply a frame: hide what it does not show (`.pending`), update texts in place, mark the
   * active gate, the written wires and an accumulating wire. `null` shows everything.
   * Each row remembers what its elements show, so a step touches only the wires it changes.
   * @param {Frame | null | undefined} frame
   */
  show(frame) {
    this.frame = frame || null;
    const f = this.frame;
    const written = new Set(f?.written || []);
    const svg = this.svg;
    svg.classList.toggle("cgviz-frame", f !== null);
    svg.classList.toggle("phase-forward", f?.phase === "forward");
    svg.classList.toggle("phase-backward", f?.phase === "backward");
    const digits = this.digits;
    for (const row of this.rows) {
      const n = row.id;
      const node2 = row.p.node;
      const pv = Boolean(f) && !has(f?.values, n);
      const v = pv ? row.v : formatSummary(f ? lookup2(f.values, n) : node2.value, digits);
      if (pv !== row.pv) row.value.classList.toggle("pending", row.pv = pv);
      if (v !== row.v) {
        row.value.textContent = row.v = v;
        if (row.name) row.value.setAttribute("aria-label", row.name(v));
      }
      if (row.grad) {
        const pg = Boolean(f) && !has(f?.grads, n);
        const g = pg ? row.g : formatSummary(f ? lookup2(f.grads, n) : node2.grad, digits);
        if (pg !== row.pg) row.grad.classList.toggle("pending", row.pg = pg);
        if (g !== row.g) row.grad.textContent = row.g = g;
      }
      const isWritten = written.has(n);
      if (isWritten !== row.written) {
        row.written = isWritten;
        for (const e of row.parts) e.classList.toggle("written", isWritten);
      }
      const active2 = f?.active === n;
      if (row.gate && active2 !== row.active) {
        row.active = active2;
        row.gate.classList.toggle("active", active2);
        row.symbol?.classList.toggle("active", active2);
      }
    }
    this.markFlow(f?.active ?? null, written);
    this.markAccumulation(f?.accumulating ?? null);
    this.emit("show", f);
  }
  /**
   * The arrows between the active gate and the wires it writes: the numbers' path.
   * @param {string | null} active
   * @param {Set<string>} written
   */
  markFlow(active2, written) {
    for (const e of this.flowing || []) e.classList.remove("flow");
    this.flowing = [];
    const p = active2 && this.placed(active2);
    if (!active2 || !p) return;
    for (const edge of p.edges) {
      if (!written.has(edge.source)) continue;
      const e = this.elements.get(`edge:${active2}:${edge.port}`);
      e?.classList.add("flow");
      if (e) this.flowing.push(e);
    }
    const out = this.elements.get(`out:${active2}`);
    if (out && written.has(active2)) {
      out.classList.add("flow");
      this.flowing.push(out);
    }
  }
  /**
   * The `+=` after the gradient of a wire receiving its second (or later) contribution.
   * @param {string | null} id
   */
  markAccumulation(id) {
    for (const e of this.accumulating || []) e.classList.remove("accumulating");
    this.accumulating = [];
    this.layers.marks.replaceChildren();
    const p = id && this.placed(id);
    if (!id || !p || !p.grad) return;
    for (const role of ["wire", "grad"]) {
      const e = (
        /** @type {Element} */
        this.elements.get(`${role}:${id}`)
      );
      e.classList.add("accumulating");
      this.accumulating.push(e);
    }
    const shape = p.shape ? textWidth(p.shape.text, SHAPE_FONT) + TEXT_INSET : 0;
    const x = Number(p.wire.x1) - TEXT_INSET - shape;
    const mark2 = el2("text", {
      class: "accumulate-mark",
      "data-for": id,
      x: formatCoordinate(x),
      y: p.grad.y,
      "font-size": formatCoordinate(p.texts.font),
      "text-anchor": "end"
    });
    mark2.textContent = "+=";
    this.layers.marks.append(mark2);
  }
  /** @param {Event} event */
  clicked(event) {
    const target = (
      /** @type {Element | null} */
      event.target?.closest?.("text.value.editable")
    );
    if (!target || !this.onInputValueClick) return;
    this.onInputValueClick(
      /** @type {string} */
      target.dataset.node,
      target
    );
  }
  destroy() {
    this.svg.remove();
    this.elements.clear();
    for (const set of Object.values(this.listeners)) set.clear();
  }
};

// frontend/js/icons.js
var SVG_NS6 = "http://www.w3.org/2000/svg";
function icon(doc, d, { size = 20, cls = null } = {}) {
  const svg = doc.createElementNS(SVG_NS6, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("width", String(size));
  svg.setAttribute("height", String(size));
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const path = doc.createElementNS(SVG_NS6, "path");
  path.setAttribute("d", d);
  if (cls) path.setAttribute("class", cls);
  svg.append(path);
  return svg;
}

// frontend/js/player.js
var SPEEDS = [0.5, 1, 2, 4];
var MS_PER_STEP = 900;
function prefersReducedMotion() {
  return Boolean(globalThis.matchMedia?.("(prefers-reduced-motion: reduce)")?.matches);
}
var Player = class {
  /** @type {number} */
  #index;
  /** @type {number} */
  #total;
  #speed = 1;
  #playing = false;
  #generation = 0;
  // bumped by pause(): a timer from an older generation does nothing
  /** @type {ReturnType<typeof setTimeout> | null} */
  #timer = null;
  #limit = Infinity;
  // the furthest index a move may reach (quiz.js: the open question's step)
  /** @type {Set<(state: PlayerState) => void>} */
  #listeners = /* @__PURE__ */ new Set();
  /** @type {OnFrame} */
  #onFrame;
  /**
   * onFrame(index, {playing, animate}) is called whenever the index changes.
   * @param {{total?: number, index?: number, speed?: number, onFrame?: OnFrame,
   *          reducedMotion?: boolean}} [options]  index: clamped (-1 … total - 1); the end
   *   if left out
   */
  constructor({ total = 0, index, speed = 1, onFrame = () => {
  }, reducedMotion } = {}) {
    this.#total = Math.max(0, Math.trunc(total) || 0);
    this.#index = clampIndex(index ?? this.#total - 1, this.#total);
    this.speed = speed;
    this.#onFrame = onFrame;
    this.reducedMotion = reducedMotion ?? prefersReducedMotion();
  }
  get index() {
    return this.#index;
  }
  get total() {
    return this.#total;
  }
  get playing() {
    return this.#playing;
  }
  get generation() {
    return this.#generation;
  }
  /** @returns {number} */
  get speed() {
    return this.#speed;
  }
  /** @param {unknown} s  a positive number; anything else is 1 */
  set speed(s) {
    const n = Number(s);
    this.#speed = Number.isFinite(n) && n > 0 ? n : 1;
    this.#notify();
  }
  /** Milliseconds between steps while playing. */
  get delay() {
    return MS_PER_STEP / this.#speed;
  }
  get atEnd() {
    return this.#index >= this.#total - 1;
  }
  /** The furthest index moves, playing and new traces may reach: a quiz holds the trace at
   *  its open question. Infinity (the default) is the end. Setting it moves nothing. */
  /** @returns {number} */
  get limit() {
    return this.#limit;
  }
  /** @param {unknown} n  a number (NaN: Infinity) */
  set limit(n) {
    const v = Number(n);
    this.#limit = Number.isNaN(v) ? Infinity : Math.max(-1, v);
  }
  /**
   * Called (no arguments) when a move by hand, or play, was held back by `limit`.
   * @type {(() => void) | null}
   */
  onLimit = null;
  // The last index the trace may show now.
  get #stop() {
    return Math.min(this.#total - 1, this.#limit);
  }
  /**
   * A new trace (the program changed): keep the index if it still exists, else the end.
   * @param {number} total
   * @param {number} [index]
   */
  setTotal(total, index = this.#index) {
    this.pause();
    this.#total = Math.max(0, Math.trunc(total) || 0);
    const i = Number(index);
    this.#index = Math.min(
      i >= -1 && i < this.#total ? Math.trunc(i) : this.#total - 1,
      Math.max(-1, this.#stop)
    );
    this.#emit();
  }
  // User moves pause playback: a student who steps by hand wants the picture to stay put.
  /** @param {number} index */
  goto(index) {
    this.pause();
    this.#move(index, true);
  }
  next() {
    this.goto(this.#index + 1);
  }
  prev() {
    this.goto(this.#index - 1);
  }
  first() {
    this.goto(-1);
  }
  last() {
    this.goto(this.#total - 1);
  }
  play() {
    if (this.#playing || this.#total === 0) return;
    if (this.atEnd) this.#move(-1);
    if (this.#index >= this.#stop) {
      this.onLimit?.();
      return;
    }
    this.#playing = true;
    this.#generation += 1;
    this.#schedule(this.#generation);
    this.#notify();
  }
  pause() {
    if (!this.#playing) return;
    this.#playing = false;
    this.#generation += 1;
    globalThis.clearTimeout(this.#timer ?? void 0);
    this.#timer = null;
    this.#notify();
  }
  toggle() {
    if (this.#playing) this.pause();
    else this.play();
  }
  /**
   * listener({index, total, playing, speed}) on every change; returns an unsubscribe.
   * @param {(state: PlayerState) => void} listener
   * @returns {() => boolean}
   */
  subscribe(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  destroy() {
    this.pause();
    this.#listeners.clear();
    this.#onFrame = () => {
    };
  }
  /** @param {number} generation */
  #schedule(generation) {
    this.#timer = globalThis.setTimeout(() => this.#tick(generation), this.delay);
  }
  /** @param {number} generation */
  #tick(generation) {
    if (generation !== this.#generation || !this.#playing) return;
    this.#move(this.#index + 1);
    if (this.#index >= this.#stop) {
      this.#playing = false;
      this.#generation += 1;
      this.#timer = null;
      this.#notify();
    } else {
      this.#schedule(generation);
    }
  }
  /**
   * @param {number} index
   * @param {boolean} [byHand]
   */
  #move(index, byHand = false) {
    const wanted = clampIndex(index, this.#total);
    const i = Math.min(wanted, Math.max(-1, this.#limit));
    if (i < wanted && byHand) {
      if (i === this.#index) this.#emit();
      this.onLimit?.();
    }
    if (i === this.#index) return;
    this.#index = i;
    this.#emit();
  }
  #emit() {
    this.#onFrame(this.#index, { playing: this.#playing, animate: !this.reducedMotion });
    this.#notify();
  }
  #notify() {
    const state2 = {
      index: this.#index,
      total: this.#total,
      playing: this.#playing,
      speed: this.#speed
    };
    for (const listener of this.#listeners) listener(state2);
  }
};

// frontend/js/controls.js
var ICONS = {
  first: "M5 4v12 M15 4l-7 6 7 6",
  prev: "M12.5 4l-6 6 6 6",
  play: "M6 3.5v13l11-6.5z",
  pause: "M6 4h3v12H6z M11 4h3v12h-3z",
  next: "M7.5 4l6 6-6 6",
  last: "M15 4v12 M5 4l7 6-7 6"
};
var FILLED = /* @__PURE__ */ new Set(["play", "pause"]);
function controlWords() {
  return {
    group: t("ui.controls_group"),
    first: t("ui.step_first"),
    prev: t("ui.step_prev"),
    play: t("ui.play"),
    pause: t("ui.pause"),
    next: t("ui.step_next"),
    last: t("ui.step_last"),
    speed: t("ui.speed"),
    scrubber: t("ui.scrubber"),
    phase: {
      start: t("ui.phase_start"),
      forward: t("ui.phase_forward"),
      backward: t("ui.phase_backward")
    },
    /** @type {(k: number, n: number) => string} */
    count: (k, n) => t("ui.step_of", { k, n }),
    /** @type {(n: number) => string} */
    ready: (n) => t("ui.steps_total", { n }),
    marker: t("ui.backward_marker")
  };
}
function el3(doc, tag, attrs = {}, children = []) {
  const node2 = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node2.setAttribute(k, v);
  node2.append(...children);
  return node2;
}
function buttonIcon(doc, name) {
  return icon(doc, ICONS[name], { cls: FILLED.has(name) ? "icon-fill" : "icon-stroke" });
}
function wantsKey(event) {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  const t2 = (
    /** @type {HTMLElement | null} */
    event.target
  );
  if (!t2 || typeof t2.closest !== "function") return true;
  if (t2.closest("dialog[open]")) return false;
  if (t2.isContentEditable || t2.closest("textarea, select, [contenteditable=''], [contenteditable='true'], [role=slider], [role=textbox]")) return false;
  if (t2.closest("input")) return false;
  if (event.key === " " && t2.closest("button, a[href], summary")) return false;
  return true;
}
var KEYS = {
  ArrowRight: (p) => p.next(),
  ArrowLeft: (p) => p.prev(),
  " ": (p) => p.toggle(),
  Home: (p) => p.first(),
  End: (p) => p.last()
};
function createControls(container, player, options = {}) {
  const doc = container.ownerDocument;
  const t2 = controlWords();
  const cleanup = [];
  const button = (action) => {
    const b = el3(doc, "button", {
      type: "button",
      class: "cg-btn",
      "data-action": action,
      "aria-label": t2[action],
      title: t2[action]
    }, [buttonIcon(doc, action)]);
    b.addEventListener("click", () => player[action === "play" ? "toggle" : action]());
    return b;
  };
  const actions2 = ["first", "prev", "play", "next", "last"];
  const buttons = (
    /** @type {Record<Action, HTMLButtonElement>} */
    Object.fromEntries(actions2.map((a) => [a, button(a)]))
  );
  buttons.play.classList.add("cg-play");
  const scrubber = el3(doc, "input", {
    id: "scrubber",
    type: "range",
    min: "-1",
    max: "-1",
    step: "1",
    value: "-1",
    "aria-label": t2.scrubber
  });
  scrubber.addEventListener("input", () => player.goto(Number(scrubber.value)));
  const marker = el3(doc, "span", { class: "cg-marker", title: t2.marker, "aria-hidden": "true" });
  const scrub = el3(doc, "div", { class: "cg-scrub" }, [scrubber, marker]);
  const speed = el3(
    doc,
    "select",
    { id: "speed", "aria-label": t2.speed, title: t2.speed },
    SPEEDS.map((s) => el3(doc, "option", { value: String(s) }, [`${s}×`]))
  );
  speed.value = String(player.speed);
  speed.addEventListener("change", () => {
    player.speed = Number(speed.value);
    options.onSpeed?.(player.speed);
  });
  const element = el3(
    doc,
    "div",
    { class: "cg-controls", role: "group", "aria-label": t2.group },
    [el3(doc, "div", { class: "cg-buttons" }, Object.values(buttons)), scrub, speed]
  );
  container.append(element);
  let caption = null;
  const parts2 = {
    phase: el3(doc, "span", { class: "cg-phase" }),
    count: el3(doc, "span", { class: "cg-count" }),
    text: el3(doc, "span", { class: "cg-text" })
  };
  if (options.caption !== false) {
    caption = el3(
      doc,
      "p",
      { id: "caption", class: "cg-caption", "aria-live": "polite" },
      [parts2.phase, parts2.count, parts2.text]
    );
    const realm = (
      /** @type {typeof globalThis} */
      /** @type {unknown} */
      doc.defaultView
    );
    (options.caption instanceof realm.Element ? options.caption : container).append(caption);
  }
  const showPlaying = ({ playing }) => {
    const name = playing ? "pause" : "play";
    buttons.play.replaceChildren(buttonIcon(doc, name));
    buttons.play.setAttribute("aria-label", t2[name]);
    buttons.play.title = t2[name];
    buttons.play.dataset.state = playing ? "playing" : "paused";
    element.classList.toggle("is-playing", playing);
    if (speed.value !== String(player.speed)) speed.value = String(player.speed);
  };
  cleanup.push(player.subscribe(showPlaying));
  showPlaying(player);
  if (options.keyboard !== false) {
    const target = options.keyTarget ?? doc;
    const onKey = (event) => {
      const action = KEYS[event.key];
      if (!action || !wantsKey(event)) return;
      event.preventDefault();
      action(player);
    };
    const listener = (
      /** @type {EventListener} */
      onKey
    );
    target.addEventListener("keydown", listener);
    cleanup.push(() => target.removeEventListener("keydown", listener));
  }
  function update2(frame) {
    const { index, total } = frame;
    const last = Math.max(-1, total - 1);
    scrubber.max = String(last);
    scrubber.value = String(index);
    scrubber.disabled = total === 0;
    const phase = t2.phase[frame.phase] ?? frame.phase;
    const count = index < 0 ? t2.ready(total) : t2.count(index + 1, total);
    scrubber.setAttribute("aria-valuetext", `${phase}, ${count}`);
    const span = last + 1;
    const split = span > 0 ? Math.min(1, Math.max(0, (frame.backwardStart + 1) / span)) : 1;
    scrub.style.setProperty("--split", String(split));
    marker.hidden = !(frame.backwardStart > 0 && frame.backwardStart < total);
    for (
      const a of
      /** @type {const} */
      ["first", "prev"]
    ) {
      buttons[a].ariaDisabled = String(index <= -1);
    }
    for (
      const a of
      /** @type {const} */
      ["next", "last"]
    ) {
      buttons[a].ariaDisabled = String(index >= last);
    }
    element.dataset.phase = frame.phase;
    if (caption) {
      caption.dataset.phase = frame.phase;
      parts2.phase.textContent = phase;
      parts2.count.textContent = count;
      parts2.text.textContent = frame.caption;
    }
  }
  function destroy() {
    for (const undo of cleanup) undo();
    element.remove();
    caption?.remove();
  }
  return { element, caption, update: update2, destroy };
}

// frontend/js/state.js
var INVALID = /* @__PURE__ */ Symbol("invalid");
var HIDEABLE = [
  "editor",
  "caption",
  "controls",
  "inputs",
  "table",
  "examples",
  "toolbar"
];
var EXPANDABLE = [
  "sigmoid",
  "tanh",
  "softmax",
  "mean",
  "log_softmax",
  "mse_loss",
  "cross_entropy",
  "bce_logits"
];
var MAX_DIGITS = 6;
var MAX_SOURCE = 2e5;
var MAX_ELEMENTS = 1e6;
var IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function isTensorValue(v) {
  if (typeof v === "number") return Number.isFinite(v);
  let level = [v];
  let count = 1;
  while (level.length > 0 && Array.isArray(level[0])) {
    const width = level[0].length;
    if (width === 0) return false;
    count *= width;
    if (count > MAX_ELEMENTS) return false;
    const next = [];
    for (const row of level) {
      if (!Array.isArray(row) || row.length !== width) return false;
      for (const item of row) next.push(item);
    }
    level = next;
  }
  return level.every((x) => typeof x === "number" && Number.isFinite(x));
}
function validValues(v) {
  return isObject(v) && Object.entries(v).every(([k, x]) => IDENTIFIER.test(k) && isTensorValue(x));
}
var OPTION_CHECKS = {
  expand: (v) => Array.isArray(v) && v.every((f) => EXPANDABLE.includes(f)) && new Set(v).size === v.length,
  // the program's functions drawn as one gate each (docs/language.md, "Groups"); the server
  // names unknown ones
  collapse: (v) => Array.isArray(v) && v.every((f) => typeof f === "string" && IDENTIFIER.test(f)) && new Set(v).size === v.length,
  digits: (v) => Number.isInteger(v) && v >= 0 && v <= MAX_DIGITS,
  code: (v) => typeof v === "boolean",
  gradcheck: (v) => typeof v === "boolean"
};
function validOptions(v) {
  return isObject(v) && Object.entries(v).every(([k, x]) => Object.hasOwn(OPTION_CHECKS, k) && OPTION_CHECKS[k](x));
}
var FLAGS = { 1: true, 0: false, true: true, false: false };
var valuesOf = (p) => p.values ?? [];
var TYPES = {
  string: { decode: (raw) => raw, encode: (v) => String(v) },
  json: {
    decode: (raw) => {
      try {
        return JSON.parse(raw);
      } catch {
        return INVALID;
      }
    },
    encode: (v) => JSON.stringify(v)
  },
  // an index into `steps` (-1 = before the first step) or "end"
  step: {
    decode: (raw) => raw === "end" ? "end" : /^-?\d{1,7}$/.test(raw) ? Number(raw) : INVALID,
    encode: (v) => String(v)
  },
  enum: { decode: (raw, p) => valuesOf(p).includes(raw) ? raw : INVALID, encode: String },
  number: {
    decode: (raw) => /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : INVALID,
    encode: (v) => String(v)
  },
  flag: {
    decode: (raw) => Object.hasOwn(FLAGS, raw) ? FLAGS[raw] : INVALID,
    encode: (v) => v ? "1" : "0"
  },
  // a comma list of known words, kept in the table's order so equal sets give equal links
  list: {
    decode: (raw, p) => {
      const words = raw.split(",").map((w) => w.trim()).filter(Boolean);
      return words.every((w) => valuesOf(p).includes(w)) ? valuesOf(p).filter((w) => words.includes(w)) : INVALID;
    },
    encode: (v, p) => valuesOf(p).filter((w) => v.includes(w)).join(",")
  },
  // a comma list of distinct identifiers (the descent panel's ticked parameters)
  names: {
    decode: (raw) => {
      const names = raw.split(",").map((w) => w.trim()).filter(Boolean);
      return names.every((w) => IDENTIFIER.test(w)) && new Set(names).size === names.length ? names : INVALID;
    },
    encode: (v) => v.join(",")
  }
};
var PARAMS = [
  { name: "source", type: "string", default: "", validate: (v) => v.length <= MAX_SOURCE },
  { name: "values", type: "json", default: {}, validate: validValues },
  { name: "step", type: "step", default: "end", validate: (v) => v === "end" || v >= -1 },
  { name: "options", type: "json", default: {}, validate: validOptions },
  { name: "theme", type: "enum", values: ["light", "dark"], default: "light" },
  // null: no `lang` given, so the browser's language decides (i18n.js pickLanguage); kept
  // apart from "en" so that a link without `lang` speaks each reader's language.
  { name: "lang", type: "enum", values: ["en", "ru"], default: null },
  { name: "autoplay", type: "flag", default: false },
  { name: "controls", type: "flag", default: true },
  { name: "hide", type: "list", values: HIDEABLE, default: [] },
  { name: "speed", type: "number", default: 1, validate: (v) => SPEEDS.includes(v) },
  { name: "view", type: "enum", values: ["circuit", "table"], default: "circuit" },
  // The descent panel (descent.js): the parameters ticked by hand ([]: its default, the
  // weights and biases by name) and the learning rate.
  { name: "train", type: "names", default: [] },
  { name: "lr", type: "number", default: 0.5, validate: (v) => v > 0 && v <= 1e3 },
  // Quiz mode (quiz.js): "1" asks for each gate's gradients, "inputs" only the inputs'.
  { name: "quiz", type: "enum", values: ["0", "1", "inputs"], default: "0" }
];
var copy = (v) => typeof v === "object" && v !== null ? structuredClone(v) : v;
function defaults() {
  return (
    /** @type {State} */
    Object.fromEntries(PARAMS.map((p) => [p.name, copy(p.default)]))
  );
}
function read(p, raw) {
  if (typeof raw !== "string") return INVALID;
  const v = TYPES[p.type].decode(raw, p);
  if (v === INVALID) return INVALID;
  return !p.validate || p.validate(v) ? v : INVALID;
}
function parse(search) {
  const state2 = defaults();
  let params;
  try {
    params = search instanceof URLSearchParams ? search : new URLSearchParams(String(search ?? ""));
  } catch {
    return state2;
  }
  for (const p of PARAMS) {
    const raw = params.get(p.name);
    if (raw === null) continue;
    const v = read(p, raw);
    if (v !== INVALID) state2[p.name] = v;
  }
  return state2;
}
function serialize2(state2) {
  const params = new URLSearchParams();
  for (const p of PARAMS) {
    const v = state2?.[p.name];
    if (v === void 0 || v === null) continue;
    const type = TYPES[p.type];
    let text;
    try {
      text = type.encode(v, p);
    } catch {
      continue;
    }
    if (text === type.encode(p.default, p)) continue;
    if (read(p, text) === INVALID) continue;
    params.set(p.name, text);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
function resolveStep(step, total) {
  if (typeof step === "number" && Number.isInteger(step) && step >= -1 && step < total) {
    return step;
  }
  return total - 1;
}
function stepOf(index, total) {
  return index >= total - 1 ? "end" : index;
}

// frontend/js/expand.js
var SHOWN2 = {
  sigmoid: "σ",
  tanh: "tanh",
  softmax: "softmax",
  mean: "mean",
  log_softmax: "log softmax",
  mse_loss: "MSE",
  cross_entropy: "cross-entropy",
  bce_logits: "BCE"
};
var MARKED = ["expandable", "collapsible"];
var shownName = (action) => SHOWN2[action.name] ?? action.name;
function gateAction(node2) {
  if (node2?.kind !== "op") return null;
  if (node2.op === "group") {
    return { name: node2.group ?? node2.symbol ?? "", expand: true, builtin: false };
  }
  if (node2.group && EXPANDABLE.includes(node2.group)) {
    return { name: node2.group, expand: false, builtin: true };
  }
  if (node2.op === "softmax" && (node2.shape?.length ?? 0) > 2) return null;
  if (node2.op && EXPANDABLE.includes(node2.op)) {
    return { name: node2.op, expand: true, builtin: true };
  }
  return null;
}
function titleAction(group) {
  if (!group || group.collapsed) return null;
  return { name: group.name, expand: false, builtin: Boolean(group.builtin) };
}
function attachExpansion(view, { onToggle }) {
  const svg = view.svg;
  const nodeOf = (id) => id === void 0 ? void 0 : view.placed(id)?.node;
  const groupOf = (id) => (view.graph?.groups ?? []).find((g) => g.id === id);
  const label = (action) => t(
    action.expand ? "ui.expand_gate" : "ui.collapse_gate",
    { name: shownName(action) }
  );
  function mark2() {
    for (const el5 of svg.querySelectorAll(".gates .expandable, .gates .collapsible")) {
      el5.classList.remove(...MARKED);
      for (const a of ["tabindex", "role", "aria-label"]) el5.removeAttribute(a);
    }
    for (const el5 of svg.querySelectorAll(".symbols .expandable, .symbols .collapsible")) {
      el5.classList.remove(...MARKED);
    }
    for (const p of view.layout?.nodes ?? []) {
      const action = gateAction(p.node);
      if (!action) continue;
      const cls = action.expand ? "expandable" : "collapsible";
      const drawn = (
        /** @type {SVGElement[]} */
        view.elementsOf(p.id, ["gate", "symbol"])
      );
      const [gate, symbol] = drawn;
      if (!gate) continue;
      gate.classList.add(cls);
      symbol?.classList.add(cls);
      gate.dataset.group = action.name;
      gate.setAttribute("tabindex", "0");
      gate.setAttribute("role", "button");
      gate.setAttribute("aria-label", label(action));
    }
    const titles = svg.querySelectorAll(".groups .group-title");
    for (const title2 of titles) {
      const action = titleAction(groupOf(title2.dataset.group));
      if (!action) continue;
      title2.classList.add("collapsible");
      title2.setAttribute("tabindex", "0");
      title2.setAttribute("role", "button");
      title2.setAttribute("aria-label", t("ui.collapse_group", {
        title: title2.textContent,
        name: shownName(action)
      }));
    }
  }
  const target = (e) => {
    const el5 = (
      /** @type {Element | null} */
      e.target?.closest?.(".expandable, .collapsible")
    );
    if (!el5 || !svg.contains(el5)) return null;
    return el5.classList.contains("group-title") ? titleAction(groupOf(el5.dataset.group)) : gateAction(nodeOf(el5.dataset.node));
  };
  const onClick = (e) => {
    const action = target(e);
    if (!action) return;
    e.stopPropagation();
    onToggle(action.name, action.expand, action.builtin);
  };
  const onKey = (e) => {
    if (e.key !== "Enter" && e.key !== " " || e.defaultPrevented) return;
    const action = target(e);
    if (!action) return;
    e.preventDefault();
    onToggle(action.name, action.expand, action.builtin);
  };
  const onOver = (e) => {
    const el5 = (
      /** @type {Element | null} */
      e.target?.closest?.(".collapsible")
    );
    const name = el5 ? nodeOf(el5.dataset.node)?.group : null;
    const hovered = svg.querySelectorAll(".gates .group-hover");
    for (const g of hovered) {
      if (g.dataset.group !== name) g.classList.remove("group-hover");
    }
    if (!name) return;
    for (const g of svg.querySelectorAll(`.gates .collapsible[data-group="${CSS.escape(name)}"]`)) {
      g.classList.add("group-hover");
    }
  };
  svg.addEventListener("click", onClick, true);
  svg.addEventListener("keydown", onKey);
  svg.addEventListener("pointerover", onOver);
  const offDraw = view.on("draw", mark2);
  mark2();
  return () => {
    svg.removeEventListener("click", onClick, true);
    svg.removeEventListener("keydown", onKey);
    svg.removeEventListener("pointerover", onOver);
    offDraw();
  };
}
function toggled(expand, name, on) {
  const set = new Set(expand ?? []);
  if (on) set.add(name);
  else set.delete(name);
  return EXPANDABLE.filter((f) => set.has(f));
}
function toggledOptions(options, name, expand, builtin = EXPANDABLE.includes(name)) {
  const { expand: ex, collapse: co, ...rest } = options ?? {};
  const next = { ...rest };
  const expanded = builtin ? toggled(ex, name, expand) : ex ?? [];
  const set = new Set(co ?? []);
  if (!builtin && expand) set.delete(name);
  else if (!builtin) set.add(name);
  const collapsed = [...set].sort();
  if (expanded.length) next.expand = expanded;
  if (collapsed.length) next.collapse = collapsed;
  return next;
}

// frontend/js/gradcheck.js
var VERDICTS = {
  ok: { sign: "✓", key: "ui.gradcheck_ok" },
  disagree: { sign: "✗", key: "ui.gradcheck_disagree" },
  kink: { sign: "⚠", key: "ui.gradcheck_kink" },
  "not finite": { sign: "?", key: "ui.gradcheck_not_finite" },
  "not checked": { sign: "–", key: "ui.gradcheck_not_checked" }
};
var hasGradcheck = (graph) => Boolean(graph?.nodes?.some((n) => n.gradcheck));
function verdict(node2) {
  const v = node2?.gradcheck ? VERDICTS[node2.gradcheck] : void 0;
  if (!node2?.gradcheck || !v) return null;
  return {
    text: `${v.sign} ${t(v.key)}`,
    cls: node2.gradcheck.replace(" ", "-"),
    flagged: node2.gradcheck !== "ok"
  };
}
function formatError(x) {
  if (typeof x !== "number" || !Number.isFinite(x)) return "—";
  return x === 0 ? "0" : x.toExponential(1);
}
function gradcheckRows(node2, digits) {
  const v = verdict(node2);
  if (!v) return [];
  const rows = [];
  if (node2.numeric_grad !== void 0 && node2.numeric_grad !== null) {
    rows.push([t("ui.numeric_grad"), formatSummary(node2.numeric_grad, digits), "grad numeric"]);
  }
  rows.push([t("ui.relative_error"), formatError(node2.relative_error), ""]);
  rows.push([
    t("ui.gradcheck"),
    node2.gradcheck_note ? `${v.text}: ${node2.gradcheck_note}` : v.text,
    `verdict verdict-${v.cls}`
  ]);
  return rows;
}
function renderGradcheckSummary(container, graph, digits = 2) {
  if (!container) return;
  const inputs2 = (graph?.nodes ?? []).filter((n) => n.gradcheck);
  container.hidden = inputs2.length === 0;
  if (!inputs2.length) {
    container.replaceChildren();
    return;
  }
  const doc = container.ownerDocument;
  const head = doc.createElement("p");
  head.className = "gradcheck-head";
  const strong = doc.createElement("strong");
  strong.textContent = `${t("ui.gradcheck")}: `;
  const ok = inputs2.filter((n) => n.gradcheck === "ok").length;
  head.append(strong, `${VERDICTS.ok.sign} ${ok} / ${inputs2.length} ${t("ui.gradcheck_ok")}`);
  const list = doc.createElement("ul");
  for (const node2 of inputs2) {
    const v = (
      /** @type {NonNullable<ReturnType<typeof verdict>>} */
      verdict(node2)
    );
    const li = doc.createElement("li");
    li.className = `verdict-${v.cls}`;
    li.dataset.node = node2.id;
    const name = doc.createElement("code");
    name.textContent = node2.label ?? node2.id;
    const badge = doc.createElement("span");
    badge.className = "verdict";
    badge.textContent = v.text;
    const numbers = `${t("ui.analytic_grad")} ${formatSummary(node2.grad, digits)}, ${t("ui.numeric_grad")} ${formatSummary(node2.numeric_grad, digits)}, ${t("ui.relative_error")} ${formatError(node2.relative_error)}`;
    li.append(name, " ", badge, ` — ${numbers}`);
    if (node2.gradcheck_note) {
      const note2 = doc.createElement("span");
      note2.className = "note";
      note2.textContent = node2.gradcheck_note;
      li.append(". ", note2);
    }
    list.append(li);
  }
  container.replaceChildren(head, list);
}
function decorateTable(table, graph, digits = 2) {
  if (!table || !hasGradcheck(graph) || table.dataset.gradcheck === "1") return;
  table.dataset.gradcheck = "1";
  const doc = table.ownerDocument;
  const head = table.tHead?.rows[0];
  for (const [key, cls] of [
    ["ui.numeric_grad", "numeric"],
    ["ui.relative_error", "rel"],
    ["ui.gradcheck", "verdict"]
  ]) {
    const th = doc.createElement("th");
    th.scope = "col";
    th.className = cls;
    th.textContent = t(key);
    head?.append(th);
  }
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const tr of table.tBodies[0]?.rows ?? []) {
    const node2 = byId.get(tr.dataset.node ?? "");
    const v = verdict(node2);
    const cells = v && node2 ? [
      formatSummary(node2.numeric_grad, digits),
      formatError(node2.relative_error),
      v.text
    ] : ["", "", ""];
    ["numeric num", "rel num", `verdict${v ? ` verdict-${v.cls}` : ""}`].forEach((cls, i) => {
      const td = doc.createElement("td");
      td.className = cls;
      td.textContent = cells[i];
      if (i === 2 && node2?.gradcheck_note) td.title = node2.gradcheck_note;
      tr.append(td);
    });
    if (v?.flagged && node2?.gradcheck_note) {
      tr.classList.add("gradcheck-flagged");
      const note2 = doc.createElement("div");
      note2.className = "gradcheck-note";
      note2.textContent = node2.gradcheck_note;
      tr.lastElementChild?.append(note2);
    }
  }
}

// frontend/js/overflow.js
var SIDES = {
  // 16×16 chevrons pointing out of the view
  left: "M10 3l-5 5 5 5",
  right: "M6 3l5 5-5 5",
  top: "M3 10l5-5 5 5",
  bottom: "M3 6l5 5 5-5"
};
var SLACK = 1;
function attachOverflow(container) {
  const doc = container.ownerDocument;
  const layer = doc.createElement("div");
  layer.className = "edge-fades";
  layer.setAttribute("aria-hidden", "true");
  const fades = (
    /** @type {Record<Side, HTMLSpanElement>} */
    {}
  );
  for (
    const [side, d] of
    /** @type {Array<[Side, string]>} */
    Object.entries(SIDES)
  ) {
    const fade = doc.createElement("span");
    fade.className = "edge-fade";
    fade.dataset.edge = side;
    fade.hidden = true;
    fade.append(icon(doc, d, { size: 16 }));
    fades[side] = fade;
    layer.append(fade);
  }
  container.append(layer);
  const update2 = (event) => {
    const b = (
      /** @type {CustomEvent<Bounds>} */
      event.detail
    );
    const beyond = {
      left: b.x < -SLACK,
      right: b.x + b.width > b.viewWidth + SLACK,
      top: b.y < -SLACK,
      bottom: b.y + b.height > b.viewHeight + SLACK
    };
    for (
      const [side, more] of
      /** @type {Array<[Side, boolean]>} */
      Object.entries(beyond)
    ) {
      if (fades[side].hidden === more) fades[side].hidden = !more;
    }
    const touch = beyond.top || beyond.bottom ? "" : "pan-y";
    if (container.style.touchAction !== touch) container.style.touchAction = touch;
  };
  container.addEventListener("cgviz:view", update2);
  return {
    destroy() {
      container.removeEventListener("cgviz:view", update2);
      layer.remove();
      container.style.touchAction = "";
    }
  };
}

// frontend/js/gestures.js
var DRAG_THRESHOLD = 4;
var Gestures = class {
  /** @param {PanZoom} pz  the view the gestures move */
  constructor(pz) {
    this.pz = pz;
    this.el = pz.el;
    this.pointers = /* @__PURE__ */ new Map();
    this.dragging = false;
    this.wasDragging = false;
    this.idle = 0;
    const on = (type, fn, opts) => {
      this.el.addEventListener(type, fn, opts);
      return () => this.el.removeEventListener(type, fn, opts);
    };
    this.off = [
      on("pointerdown", (e) => this.down(e)),
      on("pointermove", (e) => this.move(e)),
      on("pointerup", (e) => this.up(e)),
      on("pointercancel", (e) => this.up(e)),
      on("click", (e) => this.swallowClickAfterDrag(e), true),
      on("wheel", (e) => this.wheel(e), { passive: false }),
      on("keydown", (e) => this.key(e))
    ];
  }
  /** `will-change` only while moving: composited while panning, crisp once still. */
  busy() {
    this.el.classList.add("panning");
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (!this.pointers.size) this.el.classList.remove("panning");
    }, 160);
  }
  /**
   * Events from the circuit or the bare viewport, not from a popover or tooltip inside it.
   * @param {Event} e
   */
  mine(e) {
    const target = (
      /** @type {Node | null} */
      e.target
    );
    return target === this.el || this.pz.view.svg.contains(target);
  }
  /** @param {PointerEvent} e */
  down(e) {
    if (e.pointerType === "mouse" && e.button !== 0 || !this.mine(e)) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, x0: e.clientX, y0: e.clientY });
    this.dragging = this.dragging || this.pointers.size > 1;
    if (this.pointers.size > 1) this.capture();
  }
  capture() {
    for (const id of this.pointers.keys()) {
      if (!this.el.hasPointerCapture(id)) this.el.setPointerCapture(id);
    }
  }
  /** @param {PointerEvent} e */
  move(e) {
    const p = this.pointers.get(e.pointerId);
    if (!p) return;
    if (this.pointers.size === 1) {
      if (!this.dragging && Math.hypot(e.clientX - p.x0, e.clientY - p.y0) < DRAG_THRESHOLD) {
        return;
      }
      this.dragging = true;
      this.capture();
      this.busy();
      this.pz.panBy(e.clientX - p.x, e.clientY - p.y);
      p.x = e.clientX;
      p.y = e.clientY;
      return;
    }
    const [a, b] = [...this.pointers.values()];
    const before = {
      d: Math.hypot(a.x - b.x, a.y - b.y),
      mx: (a.x + b.x) / 2,
      my: (a.y + b.y) / 2
    };
    p.x = e.clientX;
    p.y = e.clientY;
    const d = Math.hypot(a.x - b.x, a.y - b.y);
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    this.busy();
    if (before.d > 0) this.pz.zoomBy(d / before.d, mx, my);
    this.pz.panBy(mx - before.mx, my - before.my);
  }
  /** @param {PointerEvent} e */
  up(e) {
    if (!this.pointers.delete(e.pointerId)) return;
    if (this.el.hasPointerCapture(e.pointerId)) this.el.releasePointerCapture(e.pointerId);
    if (this.pointers.size) return;
    this.wasDragging = this.dragging;
    this.dragging = false;
    this.busy();
  }
  /** @param {MouseEvent} e */
  swallowClickAfterDrag(e) {
    if (!this.wasDragging) return;
    this.wasDragging = false;
    e.stopPropagation();
    e.preventDefault();
  }
  /** @param {WheelEvent} e */
  wheel(e) {
    if (!this.mine(e)) return;
    const lines = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? this.el.clientHeight : 1;
    const dx = e.deltaX * lines;
    const dy = e.deltaY * lines;
    if (e.ctrlKey || e.metaKey || this.pz.opts.wheelZoom) {
      e.preventDefault();
      this.busy();
      this.pz.zoomBy(Math.exp(-clamp(dy, -25, 25) * 0.01), e.clientX, e.clientY);
      return;
    }
    const [px, py] = e.shiftKey && !dx ? [-dy, 0] : [-dx, -dy];
    if (this.pz.panBy(px, py)) {
      e.preventDefault();
      this.busy();
    }
  }
  /** @param {KeyboardEvent} e */
  key(e) {
    if (e.target !== this.el || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = e.shiftKey ? 160 : 40;
    const actions2 = {
      "+": () => this.pz.zoomBy(1.25),
      "=": () => this.pz.zoomBy(1.25),
      "-": () => this.pz.zoomBy(0.8),
      _: () => this.pz.zoomBy(0.8),
      0: () => this.pz.fit({ whole: true }),
      ArrowLeft: () => this.pz.panBy(step, 0),
      ArrowRight: () => this.pz.panBy(-step, 0),
      ArrowUp: () => this.pz.panBy(0, step),
      ArrowDown: () => this.pz.panBy(0, -step)
    };
    const action = actions2[e.key];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    action();
  }
  destroy() {
    for (const off of this.off) off();
    clearTimeout(this.idle);
  }
};
function clamp(v, lo, hi) {
  return Math.min(hi, Math.max(lo, v));
}

// frontend/js/panzoom.js
var KEEP_VISIBLE = 60;
var FAR = 0.2;
var FOCUS_MARGIN = 8;
function attachPanZoom(view, options = {}) {
  return new PanZoom(view, options);
}
var PanZoom = class {
  /**
   * @param {CircuitView} view
   * @param {PanZoomOptions} options
   */
  constructor(view, options) {
    this.view = view;
    this.el = view.container;
    this.opts = {
      minScale: 0.05,
      maxScale: 8,
      maxFitScale: 1.6,
      minFitScale: 0,
      padding: 12,
      wheelZoom: false,
      centreOnFit: false,
      padBottom: 0,
      fitHeight: false,
      maxHeight: Infinity,
      ...options
    };
    this.t = { x: 0, y: 0, scale: 1 };
    this.fitted = true;
    this.whole = false;
    this.focus = null;
    this.raf = 0;
    this.fitFrame = 0;
    view.cull?.([-Infinity, -Infinity, NEAR_X, NEAR_Y]);
    this.el.classList.add("cgviz-viewport");
    if (!this.el.hasAttribute("tabindex")) this.el.tabIndex = 0;
    if (!this.el.hasAttribute("aria-label")) {
      this.el.setAttribute("aria-label", t("ui.pan_zoom_help"));
    }
    this.autoHeight = this.opts.fitHeight;
    this.gestures = new Gestures(this);
    this.off = [
      () => this.gestures.destroy(),
      view.on("draw", ({ sizeChanged }) => {
        if (sizeChanged && this.fitted) this.fitSoon();
        else this.apply();
      })
    ];
    this.resize = new ResizeObserver(() => {
      if (this.fitted) this.fit();
    });
    this.resize.observe(this.el);
    this.fitSoon();
  }
  /** fit() at the next frame, before it paints: measuring now would lay out a freshly drawn
   * circuit twice (a 1,000-node one takes ~100 ms per layout), once more after the caller's
   * own changes (a frame's show()) in the same task. */
  fitSoon() {
    if (this.fitFrame) return;
    this.fitFrame = requestAnimationFrame(() => {
      this.fitFrame = 0;
      if (this.fitted) this.fit();
    });
  }
  size() {
    return {
      w: Number(this.view.svg.getAttribute("width")) || 1,
      h: Number(this.view.svg.getAttribute("height")) || 1
    };
  }
  /**
   * Scale the whole circuit into the viewport (never above maxFitScale) and centre it.
   * @param {{whole?: boolean}} [options]  whole: however small (the reader's "fit to view")
   * @returns {number}  the scale
   */
  fit({ whole = this.whole } = {}) {
    this.whole = whole;
    cancelAnimationFrame(this.fitFrame);
    this.fitFrame = 0;
    const { w, h } = this.size();
    const pad = this.opts.padding;
    const below = this.opts.padBottom;
    const cw = this.el.clientWidth;
    if (!this.autoHeight && this.el.clientHeight < 2 * pad + 8) this.autoHeight = true;
    let scale = Math.min(this.opts.maxFitScale, Math.max(cw - 2 * pad, 1) / w);
    if (this.autoHeight) {
      scale = Math.min(scale, (this.opts.maxHeight - 2 * pad - below) / h);
      const height = `${Math.ceil(h * scale + 2 * pad + below)}px`;
      if (this.el.style.height !== height) this.el.style.height = height;
    } else {
      scale = Math.min(scale, Math.max(this.el.clientHeight - 2 * pad - below, 1) / h);
    }
    const least = this.whole ? 0 : this.opts.minFitScale;
    scale = clamp2(Math.max(scale, least), this.opts.minScale, this.opts.maxScale);
    if (this.autoHeight) {
      const height = `${Math.ceil(h * scale + 2 * pad + below)}px`;
      if (this.el.style.height !== height) this.el.style.height = height;
    }
    const ch = (this.autoHeight ? h * scale + 2 * pad + below : this.el.clientHeight) - below;
    const x = w * scale <= cw - 2 * pad ? (cw - w * scale) / 2 : pad;
    this.t = { x, y: Math.max(pad, (ch - h * scale) / 2), scale };
    this.fitted = true;
    if (this.opts.centreOnFit && this.focus) this.t = this.centred(this.focus, ch);
    this.apply(true);
    return scale;
  }
  /** Pan, keeping the scale, to the part of the circuit a step works on ({box, core} from
   * viewfit.js; null before the first step): the step must not play out of sight when a wide
   * circuit is shown readable, not whole. The view moves when that part is not wholly in
   * view, or always with `centre` (a jump: the address's step, the course page's goto).
   * @param {Focus | null} focus
   * @param {{centre?: boolean}} [options]
   */
  follow(focus, { centre = false } = {}) {
    this.focus = focus ?? null;
    if (!focus || this.fitFrame || !this.el.clientHeight) return;
    const next = this.centred(focus, this.el.clientHeight - this.opts.padBottom, !centre);
    if (next.x === this.t.x && next.y === this.t.y) return;
    this.t = next;
    this.apply();
  }
  /** The translation that centres `focus` (the middle of its box, keeping all its core in
   * view) on each axis the circuit overflows, never past the circuit's edge, in a view `ch`
   * high (padBottom left out); with `onlyIfOut`, the current one while the box (or where it
   * does not fit, the core) is wholly in view already.
   * @param {Focus} focus
   * @param {number} ch
   * @param {boolean} [onlyIfOut]
   * @returns {{x: number, y: number, scale: number}}
   */
  centred({ box, core }, ch, onlyIfOut = false) {
    const { scale } = this.t;
    const cw = this.el.clientWidth;
    const m = FOCUS_MARGIN;
    const fits = (b) => (b[2] - b[0]) * scale <= cw - 2 * m && (b[3] - b[1]) * scale <= ch - 2 * m;
    const [x0, y0, x1, y1] = fits(box) ? box : core;
    const inView = this.t.x + x0 * scale >= m && this.t.x + x1 * scale <= cw - m && this.t.y + y0 * scale >= m && this.t.y + y1 * scale <= ch - m;
    if (onlyIfOut && inView) return this.t;
    const { w, h } = this.size();
    const pad = this.opts.padding;
    const axis = (at, i, extent, size) => {
      if (size * scale <= extent - 2 * pad) return at;
      const c0 = core[i] * scale;
      const c1 = core[i + 2] * scale;
      const middle = extent / 2 - (box[i] + box[i + 2]) / 2 * scale;
      const t2 = c1 - c0 <= extent - 2 * m ? clamp2(middle, m - c0, extent - m - c1) : extent / 2 - (c0 + c1) / 2;
      return clamp2(t2, extent - pad - size * scale, pad);
    };
    return { x: axis(this.t.x, 0, cw, w), y: axis(this.t.y, 1, ch, h), scale };
  }
  /** Change options (a phone turned sideways, a circuit with smaller texts): refit with them
   * while the reader has not moved the view.
   * @param {PanZoomOptions} options
   */
  setOptions(options) {
    const changed = Object.entries(options).filter(
      ([k, v]) => this.opts[
        /** @type {keyof PanZoomOptions} */
        k
      ] !== v
    );
    if (!changed.length) return;
    Object.assign(this.opts, options);
    if ("fitHeight" in options && options.fitHeight !== this.autoHeight) {
      this.autoHeight = Boolean(options.fitHeight);
      if (!this.autoHeight) this.el.style.height = "";
    }
    if (this.fitted) this.fitSoon();
  }
  transform() {
    return { ...this.t };
  }
  /**
   * Where the circuit lies in the view, in the view's pixels: its left and top edge, its
   * size at the current scale, and the view's size.
   * @returns {Bounds}
   */
  bounds() {
    const { w, h } = this.size();
    const { x, y, scale } = this.t;
    return {
      x,
      y,
      scale,
      width: w * scale,
      height: h * scale,
      viewWidth: this.el.clientWidth,
      viewHeight: this.el.clientHeight
    };
  }
  /** @param {{x?: number, y?: number, scale?: number}} transform */
  setTransform({ x = this.t.x, y = this.t.y, scale = this.t.scale }) {
    this.t = { x, y, scale: clamp2(scale, this.opts.minScale, this.opts.maxScale) };
    this.fitted = false;
    this.apply();
  }
  /**
   * Zoom by `factor` about a point given in client coordinates (the viewport's centre).
   * @param {number} factor
   * @param {number} [clientX]
   * @param {number} [clientY]
   */
  zoomBy(factor, clientX, clientY) {
    const box = this.el.getBoundingClientRect();
    const px = (clientX ?? box.left + box.width / 2) - box.left - this.el.clientLeft;
    const py = (clientY ?? box.top + box.height / 2) - box.top - this.el.clientTop;
    const scale = clamp2(this.t.scale * factor, this.opts.minScale, this.opts.maxScale);
    const k = scale / this.t.scale;
    this.t = { x: px - (px - this.t.x) * k, y: py - (py - this.t.y) * k, scale };
    this.fitted = false;
    this.apply();
  }
  /**
   * Pan by (dx, dy) screen pixels; whether the view moved (it stops at the edges).
   * @param {number} dx
   * @param {number} dy
   * @returns {boolean}
   */
  panBy(dx, dy) {
    const before = { ...this.t };
    this.t = { ...this.t, x: this.t.x + dx, y: this.t.y + dy };
    this.fitted = false;
    this.apply();
    return this.t.x !== before.x || this.t.y !== before.y;
  }
  /** Keep KEEP_VISIBLE px of the circuit in view, then write the transform next frame. */
  apply(now = false) {
    const { w, h } = this.size();
    const cw = this.el.clientWidth;
    const ch = this.el.clientHeight;
    const s = this.t.scale;
    const keepX = Math.min(KEEP_VISIBLE, w * s);
    const keepY = Math.min(KEEP_VISIBLE, h * s);
    this.t.x = clamp2(this.t.x, keepX - w * s, cw - keepX);
    this.t.y = clamp2(this.t.y, keepY - h * s, ch - keepY);
    const write = () => {
      this.raf = 0;
      const { x, y, scale } = this.t;
      this.view.svg.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
      const m = 0.5 * Math.max(cw, ch) / scale;
      this.view.cull?.([
        -x / scale - m,
        -y / scale - m,
        (cw - x) / scale + m,
        (ch - y) / scale + m
      ]);
      const far = scale < FAR;
      if (far !== this.el.classList.contains("cgviz-far")) {
        this.el.classList.toggle("cgviz-far", far);
      }
      this.el.dispatchEvent(new CustomEvent("cgviz:view", { detail: this.bounds() }));
    };
    if (now) {
      if (this.raf) cancelAnimationFrame(this.raf);
      write();
    } else if (!this.raf) {
      this.raf = requestAnimationFrame(write);
    }
  }
  destroy() {
    for (const off of this.off) off();
    this.resize.disconnect();
    cancelAnimationFrame(this.raf);
    cancelAnimationFrame(this.fitFrame);
    this.el.classList.remove("cgviz-viewport", "panning");
    this.view.svg.style.transform = "";
  }
};
function clamp2(v, lo, hi) {
  return Math.min(hi, Math.max(lo, v));
}

// frontend/js/popover.js
var MAX_ROWS = 60;
var MAX_COLS = 24;
var PARTS = ".hit, .wire, .label, .value, .grad, .shape, .gate, .symbol";
var TENSOR_ROLES = ["hit", "wire", "label", "shape", "value", "grad", "gate", "symbol"];
var popovers = 0;
function attachPopover(view) {
  const uid = `cgviz-popover-${popovers += 1}`;
  const box = document.createElement("div");
  box.className = "cgviz-popover";
  box.id = uid;
  box.hidden = true;
  box.setAttribute("role", "dialog");
  box.setAttribute("aria-modal", "false");
  box.setAttribute("aria-labelledby", `${uid}-title`);
  view.container.append(box);
  let openId = null;
  let returnFocus = null;
  const fetched = /* @__PURE__ */ new WeakMap();
  const closeButton = () => (
    /** @type {HTMLButtonElement} */
    box.querySelector("button.close")
  );
  const numbers = (id) => {
    const graph = (
      /** @type {Graph} */
      view.graph
    );
    let byId = fetched.get(graph);
    if (!byId) fetched.set(graph, byId = /* @__PURE__ */ new Map());
    if (!byId.has(id)) {
      byId.set(id, { pending: true });
      fetchNode(graph, id, { rows: MAX_ROWS, cols: MAX_COLS }).then((answer) => {
        byId?.set(id, answer);
        const p = view.placed(id);
        if (openId === id && view.graph === graph && p) {
          const focused = box.contains(document.activeElement);
          render(box, uid, view, p, close, numbers);
          if (focused) closeButton()?.focus({ preventScroll: true });
        }
      });
    }
    const entry = (
      /** @type {Fetched} */
      byId.get(id)
    );
    return "pending" in entry ? null : entry;
  };
  const isTensor = (id) => Boolean(id && view.placed(id)?.node.shape?.length);
  const markTensors = () => {
    for (const p of view.layout?.nodes ?? []) {
      if (!p.node.shape?.length) continue;
      for (const el5 of view.elementsOf(p.id, TENSOR_ROLES)) el5.classList.add("tensor");
      const value = view.elementsOf(p.id, ["value"])[0];
      if (!value || value.classList.contains("const")) continue;
      value.setAttribute("tabindex", "0");
      value.setAttribute("role", "button");
      value.setAttribute("aria-haspopup", "dialog");
      const name = wireName(p.node);
      view.nameValue(p.id, (text) => t("ui.show_matrices", { value: text, name }));
    }
  };
  function open(id, anchor) {
    const p = view.placed(id);
    if (!p) return;
    if (openId === null) returnFocus = /** @type {HTMLElement | null} */
    document.activeElement;
    const byId = view.graph ? fetched.get(view.graph) : void 0;
    const failed = byId?.get(id);
    if (failed && "ok" in failed && failed.ok === false) byId?.delete(id);
    openId = id;
    render(box, uid, view, p, close, numbers);
    box.classList.toggle("cgviz-dark", view.svg.classList.contains("cgviz-dark"));
    box.hidden = false;
    place(box, (anchor || view.svg.querySelector(`.wire[data-node="${CSS.escape(id)}"]`) || view.svg).getBoundingClientRect());
    closeButton().focus();
  }
  function close() {
    if (openId === null) return;
    openId = null;
    box.hidden = true;
    box.replaceChildren();
    const back = returnFocus && returnFocus.isConnected ? returnFocus : view.container;
    returnFocus = null;
    back?.focus?.({ preventScroll: true });
  }
  const closest = (target, selector) => (
    /** @type {Element | null} */
    target?.closest?.(selector)
  );
  const onClick = (e) => {
    const el5 = closest(e.target, PARTS);
    if (!el5 || !view.svg.contains(el5) || !isTensor(el5.dataset.node)) return;
    open(
      /** @type {string} */
      el5.dataset.node,
      el5
    );
  };
  const onKey = (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const el5 = closest(e.target, "text.value[data-node]");
    if (!el5 || !isTensor(el5.dataset.node)) return;
    e.preventDefault();
    open(
      /** @type {string} */
      el5.dataset.node,
      el5
    );
  };
  const onDocKey = (e) => {
    if (e.key === "Escape" && openId !== null) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };
  const onDocDown = (e) => {
    if (openId === null || box.contains(
      /** @type {Node | null} */
      e.target
    )) return;
    const el5 = closest(e.target, PARTS);
    if (el5 && view.svg.contains(el5) && isTensor(el5.dataset.node)) return;
    close();
  };
  view.svg.addEventListener("click", onClick);
  view.svg.addEventListener("keydown", onKey);
  document.addEventListener("keydown", onDocKey, true);
  document.addEventListener("pointerdown", onDocDown, true);
  const offDraw = view.on("draw", () => {
    markTensors();
    const p = openId === null ? void 0 : view.placed(openId);
    if (openId !== null && !isTensor(openId)) close();
    else if (p) render(box, uid, view, p, close, numbers);
  });
  const offShow = view.on("show", () => {
    const p = openId === null ? void 0 : view.placed(openId);
    if (p) {
      render(box, uid, view, p, close, numbers);
      closeButton().focus({ preventScroll: true });
    }
  });
  markTensors();
  return {
    open,
    close,
    openId: () => openId,
    destroy() {
      close();
      view.svg.removeEventListener("click", onClick);
      view.svg.removeEventListener("keydown", onKey);
      document.removeEventListener("keydown", onDocKey, true);
      document.removeEventListener("pointerdown", onDocDown, true);
      offDraw();
      offShow();
      box.remove();
    }
  };
}
function render(box, uid, view, p, close, numbers) {
  const node2 = p.node;
  const { value, grad } = view.shown(node2.id);
  const header = document.createElement("header");
  const title2 = document.createElement("h2");
  title2.id = `${uid}-title`;
  title2.textContent = wireName(node2);
  const shape = document.createElement("span");
  shape.className = "shape";
  shape.textContent = formatShape(node2.shape);
  const button = document.createElement("button");
  button.type = "button";
  button.className = "close";
  button.textContent = t("ui.close");
  button.setAttribute("aria-label", t("ui.close_esc"));
  button.addEventListener("click", close);
  header.append(title2, shape, button);
  const matrices = document.createElement("div");
  matrices.className = "matrices";
  const parts2 = [["value", t("ui.table_value"), value, node2.value]];
  if (node2.kind !== "const") {
    parts2.push(["grad", t("ui.popover_gradient", { name: wireName(node2) }), grad, node2.grad]);
  }
  const summarised = parts2.some(([, , json]) => isSummary(json));
  const size = (node2.shape ?? []).reduce((a, b) => a * b, 1);
  const intro = summarised ? [note(t("ui.summarised", { size: size.toLocaleString() }))] : [];
  for (const [cls, heading, json, final] of parts2) {
    const how = numbersOf(json, final);
    const answer = how === "fetch" ? numbers(node2.id) : null;
    matrices.append(section(heading, cls, json, how, answer, view.digits));
  }
  box.replaceChildren(header, ...intro, matrices);
}
function note(text, cls = "note") {
  const p = document.createElement("p");
  p.className = cls;
  p.textContent = text;
  return p;
}
function section(heading, cls, json, how, answer, digits) {
  const part = document.createElement("section");
  const h = document.createElement("h3");
  h.textContent = heading;
  part.append(h);
  if (how === "none") {
    part.append(note(t("ui.not_yet_computed")));
    return part;
  }
  if (how === "inline") {
    const rows = asRows(
      /** @type {JsonNumber | NestedList} */
      json
    );
    const cols = rows[0]?.length ?? 0;
    part.append(matrix(cls, rows, digits, cols > MAX_COLS));
    if (rows.length > MAX_ROWS || cols > MAX_COLS) part.append(shownOf(rows.length, cols));
    return part;
  }
  part.append(summaryList(
    cls,
    /** @type {TensorSummary} */
    json,
    digits
  ));
  if (how === "partial") part.append(note(t("ui.numbers_partial")));
  else if (answer === null) part.append(note(t("ui.numbers_loading"), "note loading"));
  else if (!answer.ok) part.append(note(t("ui.numbers_failed", { message: answer.message })));
  else {
    const data = answer.data;
    const [height, width] = data.matrix;
    part.append(matrix(cls, data[cls] ?? [], digits, width > data.col + data.cols));
    if (height > data.rows || width > data.cols) part.append(shownOf(height, width));
  }
  return part;
}
function shownOf(height, width) {
  return note(t("ui.showing_part", {
    rows: Math.min(height, MAX_ROWS),
    total_rows: height,
    cols: Math.min(width, MAX_COLS),
    total_cols: width
  }));
}
function summaryList(cls, json, digits) {
  const dl = document.createElement("dl");
  dl.className = `summary ${cls}`;
  for (const [term, text] of summaryRows(json, digits)) {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = text;
    const pair = document.createElement("div");
    pair.append(dt, dd);
    dl.append(pair);
  }
  return dl;
}
function matrix(cls, rows, digits, wider) {
  const table = document.createElement("table");
  table.className = cls;
  const body = document.createElement("tbody");
  const largest = largestMagnitude(rows.flat());
  for (const row of rows.slice(0, MAX_ROWS)) {
    const tr = document.createElement("tr");
    for (const v of row.slice(0, MAX_COLS)) {
      const td = document.createElement("td");
      td.textContent = formatNumber(noiseFree(toNumber(v), largest), digits);
      tr.append(td);
    }
    if (wider) tr.append(Object.assign(document.createElement("td"), { textContent: "…" }));
    body.append(tr);
  }
  table.append(body);
  return table;
}
function asRows(json) {
  if (!Array.isArray(json)) return [[json]];
  if (!Array.isArray(json[0])) return [
    /** @type {JsonNumber[]} */
    json
  ];
  let rows = (
    /** @type {unknown[][]} */
    json
  );
  while (rows.length && Array.isArray(rows[0][0])) rows = /** @type {unknown[][]} */
  rows.flat(1);
  return (
    /** @type {JsonNumber[][]} */
    rows
  );
}
function place(box, anchor) {
  const w = box.offsetWidth;
  const h = box.offsetHeight;
  let top = anchor.bottom + 8;
  if (top + h > window.innerHeight - 8) top = Math.max(8, anchor.top - h - 8);
  const left = Math.min(Math.max(8, anchor.left), Math.max(8, window.innerWidth - w - 8));
  box.style.left = `${left}px`;
  box.style.top = `${top}px`;
}

// frontend/js/table.js
var tableWords = () => ({
  caption: t("ui.table_caption"),
  name: t("ui.table_name"),
  kind: t("ui.table_kind"),
  op: t("ui.table_op"),
  shape: t("ui.table_shape"),
  value: t("ui.table_value"),
  /** @type {(out: string) => string} */
  grad: (out) => t("ui.table_gradient", { out }),
  /** @type {Record<string, string>} */
  kinds: { input: t("ui.kind_input"), const: t("ui.kind_const"), op: t("ui.kind_op") },
  scalar: t("ui.scalar"),
  pending: t("ui.pending")
});
var views2 = /* @__PURE__ */ new WeakMap();
function cell(doc, tag, text, cls) {
  const c = doc.createElement(tag);
  if (cls) c.className = cls;
  c.textContent = text;
  return c;
}
function build(container, graph, digits, t2) {
  const doc = container.ownerDocument;
  const out = graph.nodes.find((n) => n.id === graph.output);
  const table = doc.createElement("table");
  table.id = "node-table";
  table.className = "cg-table";
  table.append(cell(doc, "caption", t2.caption));
  const head = doc.createElement("tr");
  for (
    const [text, cls] of
    /** @type {Array<[string, string?]>} */
    [
      [t2.name],
      [t2.kind],
      [t2.op],
      [t2.shape],
      [t2.value, "value"],
      [t2.grad(out?.label ?? "f"), "grad"]
    ]
  ) {
    const th = cell(doc, "th", text, cls);
    th.scope = "col";
    head.append(th);
  }
  table.createTHead().append(head);
  const body = table.createTBody();
  const rows = /* @__PURE__ */ new Map();
  for (const node2 of graph.nodes) {
    const tr = doc.createElement("tr");
    tr.dataset.node = node2.id;
    const name = cell(doc, "th", "", "name");
    name.scope = "row";
    if (node2.label) name.textContent = node2.label;
    else name.append(cell(doc, "code", node2.text ?? node2.id));
    const shape = formatShape(node2.shape ?? []);
    const value = cell(doc, "td", "", "value num");
    const grad = cell(doc, "td", "", "grad num");
    tr.append(
      name,
      cell(doc, "td", t2.kinds[node2.kind] ?? node2.kind, "kind"),
      cell(doc, "td", node2.symbol ?? "", "op"),
      cell(doc, "td", shape || t2.scalar, shape ? "shape" : "shape muted"),
      value,
      grad
    );
    body.append(tr);
    rows.set(node2.id, { tr, value, grad });
  }
  container.replaceChildren(table);
  return { table, rows };
}
function fill2(td, data, digits, pending) {
  if (data === void 0) {
    td.textContent = "·";
    td.title = pending;
    td.classList.add("pending");
  } else {
    td.textContent = formatSummary(data, digits);
    if (isSummary(data)) td.title = summaryRows(data, digits).map((r) => r.join(" ")).join(", ");
    else td.removeAttribute("title");
    td.classList.remove("pending");
  }
}
function mark(view, frame, on) {
  const set = (id, cls) => view.rows.get(id)?.tr.classList.toggle(cls, on);
  if (frame.active) {
    set(frame.active, "active");
    const tr = view.rows.get(frame.active)?.tr;
    if (on) tr?.setAttribute("aria-current", "step");
    else tr?.removeAttribute("aria-current");
  }
  for (const id of frame.written) set(id, "written");
  if (frame.accumulating) set(frame.accumulating, "accumulating");
}
function follow(view, id) {
  view.followId = id;
  if (!id || view.followPending) return;
  view.followPending = true;
  globalThis.requestAnimationFrame(() => {
    view.followPending = false;
    const tr = view.followId ? view.rows.get(view.followId)?.tr : void 0;
    if (tr && tr.offsetParent !== null) tr.scrollIntoView({ block: "nearest" });
  });
}
function renderTable(container, graph, frame, options = {}) {
  const digits = options.digits ?? 2;
  const lang = language();
  const t2 = tableWords();
  let view = views2.get(container);
  let ids;
  if (!view || !view.frame || view.graph !== graph || view.digits !== digits || view.lang !== lang || !view.table.isConnected) {
    view = { graph, digits, lang, ...build(container, graph, digits, t2), frame: null };
    views2.set(container, view);
    ids = view.rows.keys();
  } else {
    mark(view, view.frame, false);
    ids = changedBetween(graph, view.frame.index, frame.index);
  }
  for (const id of ids) {
    const row = view.rows.get(id);
    if (!row) continue;
    fill2(row.value, frame.values.get(id), digits, t2.pending);
    fill2(row.grad, frame.grads.get(id), digits, t2.pending);
  }
  mark(view, frame, true);
  view.table.dataset.phase = frame.phase;
  view.frame = frame;
  if (options.follow !== false) {
    follow(view, frame.accumulating ?? frame.active ?? frame.written[0]);
  }
  return view.table;
}

// frontend/js/tooltip.js
var OFFSET = 14;
var WIRE_PARTS = ".hit, .wire, .label, .value, .grad, .shape, .warning, .gate, .symbol";
function attachTooltip(view) {
  const box = document.createElement("div");
  box.className = "cgviz-tooltip";
  box.setAttribute("role", "tooltip");
  box.id = `cgviz-tooltip-${Math.random().toString(36).slice(2, 9)}`;
  box.hidden = true;
  view.container.append(box);
  let current2 = null;
  let hovered = null;
  const partOf = (target) => {
    const el5 = (
      /** @type {Element | null} */
      target?.closest?.(WIRE_PARTS)
    );
    return el5 && view.svg.contains(el5) ? el5 : null;
  };
  const highlight = (id) => {
    hovered?.classList.remove("hover");
    hovered = id ? view.svg.querySelector(`.hits line[data-node="${CSS.escape(id)}"]`) : null;
    hovered?.classList.add("hover");
  };
  const show = (id, x, y) => {
    const p = id === void 0 ? void 0 : view.placed(id);
    if (!id || !p) return hide();
    if (current2 !== id) {
      current2 = id;
      fill3(box, view, p);
      highlight(id);
    }
    box.classList.toggle("cgviz-dark", view.svg.classList.contains("cgviz-dark"));
    box.hidden = false;
    place2(box, x, y);
  };
  function hide() {
    current2 = null;
    box.hidden = true;
    highlight(null);
  }
  const onMove = (e) => {
    if (e.buttons && e.pointerType === "mouse") return hide();
    const el5 = partOf(e.target);
    if (!el5) return hide();
    show(el5.dataset.node, e.clientX + OFFSET, e.clientY + OFFSET);
  };
  const onFocus = (e) => {
    const el5 = partOf(e.target);
    if (!el5) return;
    const r = el5.getBoundingClientRect();
    show(el5.dataset.node, r.left, r.bottom + 6);
    el5.setAttribute("aria-describedby", box.id);
  };
  const onShow = () => {
    if (current2 === null) return;
    const id = current2;
    current2 = null;
    const p = view.placed(id);
    if (p) fill3(box, view, p);
    current2 = id;
  };
  const svg = view.svg;
  svg.addEventListener("pointermove", onMove);
  svg.addEventListener("pointerleave", hide);
  svg.addEventListener("focusin", onFocus);
  svg.addEventListener("focusout", hide);
  const offShow = view.on("show", onShow);
  const offDraw = view.on("draw", hide);
  return {
    hide,
    destroy() {
      svg.removeEventListener("pointermove", onMove);
      svg.removeEventListener("pointerleave", hide);
      svg.removeEventListener("focusin", onFocus);
      svg.removeEventListener("focusout", hide);
      offShow();
      offDraw();
      box.remove();
    }
  };
}
function fill3(box, view, p) {
  const node2 = p.node;
  const { value, grad } = view.shown(node2.id);
  const digits = view.digits;
  const rows = [
    [t("ui.value"), value === void 0 ? t("ui.pending") : formatSummary(value, digits), "value"]
  ];
  if (node2.kind !== "const") {
    rows.push([t("ui.gradient"), grad === void 0 ? t("ui.pending") : formatSummary(grad, digits), "grad"]);
  }
  rows.push(...gradcheckRows(node2, digits));
  if (node2.shape?.length) rows.push([t("ui.shape"), formatShape(node2.shape), ""]);
  if (node2.kind === "op") rows.push([t("ui.kind_op"), node2.symbol || node2.op || "", ""]);
  if (node2.warning) rows.push([t("ui.warning"), node2.warning, ""]);
  const action = gateAction(node2);
  const [gate] = action ? view.elementsOf(node2.id, ["gate"]) : [];
  if (action && gate?.matches(".expandable, .collapsible")) {
    rows.push(["", t(
      action.expand ? "ui.expand_gate" : "ui.collapse_gate",
      { name: action.name === "sigmoid" ? "σ" : action.name }
    ), "hint"]);
  }
  const name = document.createElement("div");
  name.className = "name";
  name.textContent = node2.kind === "op" && node2.label ? `${node2.label} = ${node2.text}` : node2.kind === "const" ? `${t("ui.kind_const")} ${wireName(node2)}` : wireName(node2);
  const dl = document.createElement("dl");
  for (const [term, text, cls] of rows) {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = text;
    if (cls) dd.className = cls;
    dl.append(dt, dd);
  }
  box.replaceChildren(name, dl);
}
function place2(box, x, y) {
  const w = box.offsetWidth;
  const h = box.offsetHeight;
  const left = x + w > window.innerWidth - 4 ? Math.max(4, x - w - 2 * OFFSET) : x;
  const top = y + h > window.innerHeight - 4 ? Math.max(4, y - h - 2 * OFFSET) : y;
  box.style.left = `${left}px`;
  box.style.top = `${top}px`;
}

// frontend/js/zoomcontrols.js
var STEP = 1.25;
var ICONS2 = {
  "zoom-in": "M8 3v10M3 8h10",
  "zoom-out": "M3 8h10",
  fit: "M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"
};
function addZoomControls(container, panzoom) {
  const doc = container.ownerDocument;
  const group = doc.createElement("div");
  group.className = "zoom-controls";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", t("ui.zoom"));
  const buttons = [
    ["zoom-in", "ui.zoom_in", " (+)", () => panzoom.zoomBy(STEP)],
    ["zoom-out", "ui.zoom_out", " (−)", () => panzoom.zoomBy(1 / STEP)],
    ["fit", "ui.fit_view", " (0)", () => panzoom.fit({ whole: true })]
  ];
  for (const [action, key, shortcut, run] of buttons) {
    const button = doc.createElement("button");
    button.type = "button";
    button.className = "zoom-button";
    button.dataset.action = action;
    button.setAttribute("aria-label", t(key));
    button.title = t(key) + shortcut;
    button.append(icon(doc, ICONS2[action], { size: 16 }));
    button.addEventListener("click", run);
    button.addEventListener("pointerdown", (e) => e.stopPropagation());
    group.append(button);
  }
  container.append(group);
  return group;
}

// frontend/js/stage.js
function stageOptionsOf(state2, hidden2, $2) {
  return {
    circuit: $2("#circuit"),
    controls: $2("#controls"),
    lang: state2.lang,
    theme: state2.theme,
    digits: state2.options.digits ?? 2,
    speed: state2.speed,
    showControls: state2.controls && !hidden2.has("controls"),
    showCaption: !hidden2.has("caption")
  };
}
function createStage(o) {
  const lang = o.lang ?? "en";
  let graph = null;
  let view = null;
  let tableShown = false;
  let frame = null;
  let panzoom = null;
  let filter = null;
  const player = new Player({
    total: 0,
    speed: o.speed ?? 1,
    onFrame: (index) => show(index)
  });
  const controls = createControls(o.controls, player, {
    lang,
    caption: o.showCaption === false ? false : true,
    onSpeed: o.onSpeed
  });
  if (o.showControls === false) controls.element.hidden = true;
  function show(index) {
    if (!graph || !view) return;
    const raw = frameAt(graph, index);
    frame = filter ? filter(raw) : raw;
    view.show(frame);
    controls.update(frame);
    panzoom?.follow(focusBox(graph, frame));
    if (tableShown && o.table) {
      const table = renderTable(o.table, graph, frame, { digits: o.digits ?? 2, lang });
      decorateTable(table, graph, o.digits ?? 2);
    }
    o.onFrame?.(frame);
  }
  function setGraph(next, index) {
    const wasAtEnd = !graph || player.atEnd;
    graph = next;
    const total = next.steps?.length ?? 0;
    const viewOptions2 = panzoomOptions();
    if (!view) {
      o.circuit.classList.remove("empty");
      view = drawCircuit(o.circuit, next, {
        digits: o.digits ?? 2,
        theme: o.theme ?? "light",
        onInputValueClick: o.onInputValueClick ? (id, element) => o.onInputValueClick?.(nodeOf(id), element) : void 0
      });
      panzoom = attachPanZoom(view, viewOptions2);
      attachTooltip(view);
      attachPopover(view);
      if (o.zoomControls ?? o.showControls !== false) addZoomControls(o.circuit, panzoom);
      attachOverflow(o.circuit);
      if (o.onGateToggle) attachExpansion(view, { onToggle: o.onGateToggle });
    } else {
      panzoom?.setOptions(viewOptions2);
      view.setGraph(next);
    }
    const target = index ?? (wasAtEnd ? total - 1 : player.index);
    player.setTotal(total, target);
    if (!performance.getEntriesByName("cgviz:drawn").length) performance.mark("cgviz:drawn");
  }
  const nodeOf = (id) => graph?.nodes.find((n) => n.id === id);
  function panzoomOptions() {
    return (typeof o.panzoom === "function" ? o.panzoom(graph) : o.panzoom) ?? {};
  }
  function refreshView() {
    if (view) panzoom?.setOptions(panzoomOptions());
  }
  function centre() {
    if (graph && frame) panzoom?.follow(focusBox(graph, frame), { centre: true });
  }
  function setStale(stale) {
    o.circuit.classList.toggle("stale", stale);
  }
  function showTable(on) {
    tableShown = Boolean(on) && Boolean(o.table);
    if (!o.table) return;
    o.table.hidden = !tableShown;
    o.circuit.classList.toggle("is-away", tableShown);
    o.circuit.setAttribute("aria-hidden", String(tableShown));
    if (tableShown && graph) show(player.index);
    else if (!tableShown) panzoom?.fit();
  }
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
    get graph() {
      return graph;
    },
    get view() {
      return view;
    },
    get panzoom() {
      return panzoom;
    },
    get tableShown() {
      return tableShown;
    }
  };
}

// frontend/js/start.js
function readJSON(doc, id) {
  return JSON.parse(doc.getElementById(id)?.textContent || "null");
}
function startingPoint(doc, { page: page2, source: source2, drawnIn: drawnIn2 }) {
  const lang = language();
  const graph = readJSON(doc, lang === drawnIn2 ? "cgviz-graph" : `cgviz-graph-${lang}`);
  const same = page2.source === source2;
  if (graph && !page2.offline) {
    rememberRequest(graph, { source: page2.source, values: page2.values, options: page2.options });
  }
  if (graph && same) return { graph };
  if (page2.error && same && lang === drawnIn2 && source2.trim()) return { error: page2.error };
  return null;
}

// frontend/js/switches.js
function addressWith(href, param, value) {
  const url = new URL(href);
  if (param === "theme" && value === "light") url.searchParams.delete(param);
  else url.searchParams.set(param, value);
  return url.pathname + url.search + url.hash;
}
function createSwitches(root) {
  const doc = root.ownerDocument ?? root;
  const theme = doc.documentElement.classList.contains("theme-dark") ? "dark" : "light";
  const links = root.querySelectorAll("a[data-lang], a[data-theme]");
  for (const link of links) {
    const [param, value] = link.dataset.lang ? ["lang", link.dataset.lang] : ["theme", link.dataset.theme ?? ""];
    const current2 = value === (param === "lang" ? language() : theme);
    if (current2) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
    const fill4 = () => {
      link.href = addressWith(doc.location.href, param, value);
    };
    fill4();
    link.addEventListener("pointerenter", fill4);
    link.addEventListener("focus", fill4);
    link.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
        fill4();
        return;
      }
      event.preventDefault();
      doc.location.assign(addressWith(doc.location.href, param, value));
    });
  }
}

// frontend/js/codepanel.js
var PARTS2 = ["forward", "backward"];
function block(doc, text) {
  const pre = doc.createElement("pre");
  pre.className = "code-lines";
  const code = doc.createElement("code");
  const lines = text.replace(/\n$/, "").split("\n");
  lines.forEach((line, i) => {
    const row = doc.createElement("span");
    row.className = "line";
    row.dataset.line = String(i + 1);
    const number = doc.createElement("span");
    number.className = "ln";
    number.setAttribute("aria-hidden", "true");
    number.textContent = String(i + 1);
    const body = doc.createElement("span");
    body.className = "src";
    const hash = line.indexOf("#");
    if (hash >= 0) {
      body.append(line.slice(0, hash));
      const comment = doc.createElement("span");
      comment.className = "comment";
      comment.textContent = line.slice(hash);
      body.append(comment);
    } else {
      body.textContent = line;
    }
    row.append(number, body, "\n");
    code.append(row);
  });
  pre.append(code);
  return pre;
}
function keepInSight(box, row) {
  const top = row.offsetTop;
  const bottom = top + row.offsetHeight;
  const margin = row.offsetHeight * 2;
  if (top - margin < box.scrollTop) box.scrollTop = Math.max(0, top - margin);
  else if (bottom + margin > box.scrollTop + box.clientHeight) {
    box.scrollTop = bottom + margin - box.clientHeight;
  }
}
function createCodePanel(container) {
  const doc = container.ownerDocument;
  container.classList.add("code-panel");
  container.setAttribute("role", "region");
  container.setAttribute("aria-label", t("ui.code"));
  const scroller = doc.createElement("div");
  scroller.className = "code-scroll";
  scroller.tabIndex = 0;
  container.replaceChildren(scroller);
  let code = null;
  let current2 = null;
  const rows = { forward: [], backward: [] };
  function setGraph(graph) {
    const next = graph?.code ?? null;
    if (next && code && next.forward === code.forward && next.backward === code.backward) return;
    code = next;
    current2 = null;
    if (!code) {
      scroller.replaceChildren();
      return;
    }
    const parts2 = PARTS2.map((part) => {
      const section2 = doc.createElement("section");
      section2.className = `code-part code-${part}`;
      const head = doc.createElement("h2");
      head.textContent = t(part === "forward" ? "ui.code_forward" : "ui.code_backward");
      const pre = block(doc, code?.[part] ?? "");
      rows[part] = [.../** @type {NodeListOf<HTMLElement>} */
      pre.querySelectorAll(".line")];
      section2.append(head, pre);
      return section2;
    });
    scroller.replaceChildren(...parts2);
  }
  function show(frame) {
    const step = frame?.step ?? null;
    const part = step?.phase === "forward" ? "forward" : "backward";
    const line = step?.code_line;
    const row = typeof line === "number" && Number.isInteger(line) ? rows[part][line - 1] : null;
    if (row === current2) return;
    if (current2) {
      current2.classList.remove("current");
      current2.removeAttribute("aria-current");
    }
    current2 = row ?? null;
    if (!current2) return;
    current2.classList.add("current");
    current2.setAttribute("aria-current", "step");
    container.dataset.part = part;
    if (container.offsetParent !== null) keepInSight(scroller, current2);
  }
  return { setGraph, show, element: container };
}

// frontend/js/losschart.js
var SVG_NS7 = "http://www.w3.org/2000/svg";
var W = 320;
var H = 150;
var PAD = { left: 56, right: 14, top: 14, bottom: 28 };
function el4(name, attrs, text) {
  const e = document.createElementNS(SVG_NS7, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== void 0) e.textContent = text;
  return e;
}
function chartPoints(losses, width = W, height = H) {
  const ys = losses.filter(Number.isFinite);
  if (!ys.length) return { points: [], lo: 0, hi: 0 };
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const span = hi - lo || Math.abs(hi) || 1;
  const mid = hi === lo;
  const n = Math.max(losses.length - 1, 1);
  const x = (i) => PAD.left + i / n * (width - PAD.left - PAD.right);
  const y = (v) => mid ? (PAD.top + height - PAD.bottom) / 2 : PAD.top + (hi - v) / span * (height - PAD.top - PAD.bottom);
  const points = [];
  losses.forEach((v, i) => {
    if (Number.isFinite(v)) points.push([x(i), y(v)]);
  });
  return { points, lo, hi };
}
function renderLossChart(container, losses, digits = 3) {
  const { points, lo, hi } = chartPoints(losses);
  const n = Math.max(losses.length - 1, 0);
  const svg = el4("svg", { class: "loss-chart", viewBox: `0 0 ${W} ${H}`, role: "img" });
  const first = losses.length ? formatNumber(losses[0], digits) : "—";
  const last = losses.length ? formatNumber(losses[losses.length - 1], digits) : "—";
  const title2 = t("ui.loss_chart_summary", { first, last, n });
  svg.append(el4("title", {}, title2));
  svg.setAttribute("aria-label", title2);
  if (losses.length) {
    svg.dataset.first = String(losses[0]);
    svg.dataset.last = String(losses[losses.length - 1]);
  }
  const bottom = H - PAD.bottom;
  svg.append(
    el4("line", { class: "axis", x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: bottom }),
    el4("line", { class: "axis", x1: PAD.left, y1: bottom, x2: W - PAD.right, y2: bottom })
  );
  if (points.length) {
    const tick = (v, y) => el4("text", {
      class: "tick",
      x: PAD.left - 6,
      y: y + 4,
      "text-anchor": "end"
    }, formatNumber(v, digits));
    const ys = points.map(([, y]) => y);
    svg.append(tick(hi, Math.min(...ys)));
    if (hi !== lo) svg.append(tick(lo, Math.max(...ys)));
    svg.append(el4("polyline", {
      class: "loss-line",
      points: points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ")
    }));
    const [lx, ly] = points[points.length - 1];
    svg.append(el4("circle", { class: "loss-dot", cx: lx.toFixed(1), cy: ly.toFixed(1), r: 3.5 }));
  }
  svg.append(
    el4("text", { class: "tick", x: PAD.left, y: H - 8, "text-anchor": "middle" }, "0"),
    el4("text", { class: "tick", x: W - PAD.right, y: H - 8, "text-anchor": "end" }, String(n)),
    el4("text", {
      class: "axis-name",
      x: (PAD.left + W - PAD.right) / 2,
      y: H - 8,
      "text-anchor": "middle"
    }, t("ui.steps_axis")),
    el4(
      "text",
      {
        class: "axis-name",
        x: 12,
        y: (PAD.top + bottom) / 2,
        transform: `rotate(-90 12 ${(PAD.top + bottom) / 2})`,
        "text-anchor": "middle"
      },
      t("ui.loss")
    )
  );
  container.replaceChildren(svg);
  return svg;
}

// frontend/js/descent.js
var RUN = 50;
var SIGNIFICANT = 6;
var WEIGHT = /^[wWbθ]/u;
async function postDescent(body, base = ROOT) {
  try {
    const response = await fetch(`${base}/api/descent`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body)
    });
    const answer = await response.json().catch(() => null);
    if (response.ok && answer) return { ok: true, ...answer };
    const detail = Array.isArray(answer?.detail) ? answer.detail[0]?.msg : null;
    return { ok: false, message: answer?.error?.message ?? detail ?? `HTTP ${response.status}` };
  } catch {
    return { ok: false, message: t("ui.network_error") };
  }
}
function extendHistory(history2, loss) {
  const last = history2[history2.length - 1];
  const first = loss[0];
  const same = history2.length > 0 && Number.isFinite(last) && Number.isFinite(first) && Math.abs(last - first) <= 1e-9 * Math.max(1, Math.abs(first));
  return same ? [...history2, ...loss.slice(1)] : [...loss];
}
function isWeightName(name) {
  return WEIGHT.test(name);
}
function roundValue(value, digits = SIGNIFICANT) {
  if (Array.isArray(value)) return (
    /** @type {T} */
    value.map((v) => roundValue(v, digits))
  );
  return typeof value === "number" && Number.isFinite(value) ? (
    /** @type {T} */
    Number(value.toPrecision(digits))
  ) : value;
}
function roundValues(values, digits = SIGNIFICANT) {
  return Object.fromEntries(Object.entries(values ?? {}).map(([name, v]) => [name, roundValue(v, digits)]));
}
function node(doc, tag, props = {}, ...children) {
  const e = Object.assign(doc.createElement(tag), props);
  e.append(...children);
  return e;
}
function createDescent(container, { request: request2, onValues, choice = {}, onChoice }) {
  const doc = container.ownerDocument;
  const checked = new Set(choice.params ?? []);
  let chosenByHand = Boolean(choice.params?.length);
  let history2 = [];
  let start2 = null;
  let written = null;
  let busy = false;
  let scalar = true;
  let names = [];
  let shown = /* @__PURE__ */ new Map();
  const title2 = node(doc, "h2", { id: "descent-title", textContent: t("ui.descent") });
  const params = node(
    doc,
    "fieldset",
    { className: "descent-params" },
    node(doc, "legend", { textContent: t("ui.parameters") })
  );
  const paramList = node(doc, "div", { className: "descent-param-list" });
  params.append(paramList);
  const rate = node(doc, "input", {
    id: "learning-rate",
    type: "number",
    min: "0",
    step: "any",
    value: String(choice.lr ?? 0.5),
    inputMode: "decimal"
  });
  const rateLabel = node(
    doc,
    "label",
    { className: "descent-rate", htmlFor: "learning-rate" },
    t("ui.learning_rate"),
    " ",
    rate
  );
  const button = (text) => node(doc, "button", {
    type: "button",
    className: "tool",
    textContent: text
  });
  const stepButton = button(t("ui.descent_step"));
  const runButton = button(t("ui.descent_run", { n: RUN }));
  const resetButton = button(t("ui.descent_reset"));
  stepButton.dataset.action = "descent-step";
  runButton.dataset.action = "descent-run";
  resetButton.dataset.action = "descent-reset";
  stepButton.classList.add("primary");
  const actions2 = node(
    doc,
    "div",
    { className: "descent-actions" },
    stepButton,
    runButton,
    resetButton
  );
  const status = node(doc, "p", { className: "descent-status", role: "status" });
  const error = node(doc, "p", { className: "descent-error", role: "alert", hidden: true });
  const chart = node(doc, "figure", { className: "descent-chart" });
  const controls = node(
    doc,
    "div",
    { className: "descent-controls" },
    params,
    rateLabel,
    actions2,
    status,
    error
  );
  container.classList.add("descent");
  container.setAttribute("aria-labelledby", title2.id);
  container.replaceChildren(title2, node(
    doc,
    "div",
    { className: "descent-body" },
    controls,
    chart
  ));
  function update2() {
    const lr = Number(rate.value);
    const ready = scalar && checked.size > 0 && Number.isFinite(lr) && lr > 0 && !busy;
    for (const b of [stepButton, runButton]) b.disabled = !ready;
    resetButton.disabled = busy || start2 === null;
    container.setAttribute("aria-busy", String(busy));
    if (!scalar) status.textContent = t("ui.descent_scalar");
    else if (history2.length > 1) {
      status.textContent = t("ui.descent_summary", {
        first: formatNumber(history2[0], 4),
        last: formatNumber(history2[history2.length - 1], 4),
        n: history2.length - 1
      });
    } else status.textContent = t("ui.descent_hint");
    renderLossChart(chart, history2);
    chart.hidden = history2.length === 0;
  }
  function setGraph(graph) {
    const inputs2 = [];
    for (const n of graph?.nodes ?? []) {
      const label = n.label;
      if (n.kind === "input" && label && !inputs2.some((i) => i.label === label)) {
        inputs2.push(
          /** @type {GraphNode & {label: string}} */
          n
        );
      }
    }
    const out = graph?.nodes?.find((n) => n.id === graph.output);
    scalar = !out?.shape?.length;
    shown = new Map(inputs2.map((n) => [n.label, n.value]));
    const large = new Set(inputs2.filter((n) => isSummary(n.value)).map((n) => n.label));
    const next = inputs2.map((n) => n.label);
    if (next.join("\n") !== names.join("\n")) {
      const kept = next.filter((name) => checked.has(name));
      checked.clear();
      const fresh = !chosenByHand || kept.length === 0;
      for (const name of fresh ? next.filter(isWeightName) : kept) {
        if (!large.has(name)) checked.add(name);
      }
      if (fresh) chosenByHand = false;
      names = next;
      paramList.replaceChildren(...inputs2.map((n) => {
        const box = node(doc, "input", { type: "checkbox", checked: checked.has(n.label) });
        box.dataset.name = n.label;
        box.setAttribute("aria-label", t("ui.parameter_mark", { name: n.label }));
        box.addEventListener("change", () => {
          if (box.checked) checked.add(n.label);
          else checked.delete(n.label);
          chosenByHand = true;
          tellChoice();
          update2();
        });
        const shape = n.shape?.length ? node(doc, "span", {
          className: "shape",
          textContent: ` ${n.shape.join("×")}`
        }) : "";
        return node(
          doc,
          "label",
          { className: "descent-param" },
          box,
          node(doc, "code", { textContent: n.label }),
          shape
        );
      }));
    }
    const boxes = paramList.querySelectorAll("input[type=checkbox]");
    for (const box of boxes) {
      const name = box.dataset.name ?? "";
      const tooLarge = large.has(name);
      box.disabled = tooLarge;
      box.title = tooLarge ? t("ui.parameter_too_large", { name }) : "";
      if (tooLarge) {
        box.checked = false;
        checked.delete(name);
      }
    }
    update2();
  }
  function tellChoice() {
    const lr = Number(rate.value);
    onChoice?.({
      params: chosenByHand ? names.filter((name) => checked.has(name)) : [],
      lr: Number.isFinite(lr) && lr > 0 ? lr : void 0
    });
  }
  const valuesOf2 = (chosen) => JSON.stringify(chosen.map((name) => shown.get(name)));
  async function run(steps) {
    const { source: source2, values } = request2();
    const lr = Number(rate.value);
    const chosen = names.filter((name) => checked.has(name));
    const before = (
      /** @type {Record<string, InputValue>} */
      Object.fromEntries(chosen.map((name) => [name, shown.get(name)]))
    );
    busy = true;
    error.hidden = true;
    update2();
    const answer = await postDescent({
      source: source2,
      values,
      params: chosen,
      lr,
      steps,
      options: { lang: language() }
    });
    busy = false;
    if (!answer.ok) {
      error.textContent = answer.message;
      error.hidden = false;
      update2();
      return;
    }
    const loss = (
      /** @type {number[]} */
      answer.loss
    );
    const next = written !== null && written === valuesOf2(chosen) ? [...history2, ...loss.slice(1)] : extendHistory(history2, loss);
    if (next.length === loss.length || start2 === null) {
      start2 = before;
    }
    history2 = next;
    const rounded = (
      /** @type {Record<string, InputValue>} */
      roundValues(answer.values)
    );
    written = JSON.stringify(chosen.map((name) => rounded[name]));
    if (answer.warnings?.length) {
      error.textContent = answer.warnings.join(" ");
      error.hidden = false;
    }
    update2();
    onValues(rounded);
  }
  stepButton.addEventListener("click", () => run(1));
  runButton.addEventListener("click", () => run(RUN));
  resetButton.addEventListener("click", () => {
    const back = start2;
    history2 = [];
    start2 = null;
    written = null;
    error.hidden = true;
    update2();
    if (back) onValues(back);
  });
  rate.addEventListener("input", update2);
  rate.addEventListener("change", tellChoice);
  update2();
  return { setGraph, element: container, get history() {
    return history2;
  } };
}

// frontend/js/teach.js
function withOption(options, key, on) {
  const next = { ...options };
  if (on) next[key] = true;
  else delete next[key];
  return next;
}
function createTeaching({ state: state2, stage: stage2, request: request2, writeUrl: writeUrl2, doc = document }) {
  const $2 = (selector) => doc.querySelector(selector);
  const button = (action) => $2(`.toolbar [data-action="${action}"]`);
  const stageEl = $2(".stage");
  const codeEl = $2("#code-panel");
  const code = codeEl ? createCodePanel(codeEl) : null;
  const summary = $2("#gradcheck");
  const descentEl = $2("#descent");
  let graph = null;
  const descent = descentEl ? createDescent(descentEl, {
    request: () => ({ source: state2.source, values: state2.values }),
    choice: { params: state2.train, lr: state2.lr },
    onChoice: ({ params, lr }) => {
      state2.train = params;
      state2.lr = lr ?? state2.lr;
      writeUrl2();
    },
    onValues: (values) => {
      state2.values = { ...state2.values, ...values };
      writeUrl2();
      request2();
    }
  }) : null;
  function changeOptions(options) {
    state2.options = options;
    writeUrl2();
    request2();
  }
  function pressed() {
    button("code")?.setAttribute("aria-pressed", String(Boolean(state2.options.code)));
    button("gradcheck")?.setAttribute("aria-pressed", String(Boolean(state2.options.gradcheck)));
    button("descent")?.setAttribute("aria-pressed", String(Boolean(descentEl && !descentEl.hidden)));
  }
  button("code")?.addEventListener("click", () => {
    changeOptions(withOption(state2.options, "code", !state2.options.code));
    pressed();
  });
  button("gradcheck")?.addEventListener("click", () => {
    changeOptions(withOption(state2.options, "gradcheck", !state2.options.gradcheck));
    pressed();
  });
  button("descent")?.addEventListener("click", () => {
    if (!descentEl) return;
    descentEl.hidden = !descentEl.hidden;
    if (!descentEl.hidden && graph) descent?.setGraph(graph);
    pressed();
    if (!descentEl.hidden) descentEl.scrollIntoView({ block: "nearest" });
  });
  function toggleGate(name, on, builtin) {
    changeOptions(toggledOptions(state2.options, name, on, builtin));
  }
  function setGraph(next) {
    graph = next;
    const withCode = Boolean(state2.options.code && next.code);
    if (codeEl) codeEl.hidden = !withCode;
    stageEl?.classList.toggle("with-code", withCode);
    code?.setGraph(withCode ? next : null);
    renderGradcheckSummary(
      summary,
      state2.options.gradcheck ? next : null,
      state2.options.digits ?? 2
    );
    if (descentEl && !descentEl.hidden) descent?.setGraph(next);
    pressed();
  }
  function show(frame) {
    if (codeEl && !codeEl.hidden) code?.show(frame);
  }
  pressed();
  return { setGraph, show, toggleGate, descent };
}

// frontend/js/app.js
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
var $ = (selector) => (
  /** @type {HTMLElement} */
  document.querySelector(selector)
);
var source = (
  /** @type {HTMLTextAreaElement} */
  $("#source")
);
var drawnIn = document.documentElement.lang;
setLanguage(pickLanguage(location.search, navigator.languages), readCatalogs(document));
if (language() !== drawnIn) translatePage(document);
createSwitches(document);
var page = readJSON(document, "cgviz-page") ?? { source: "", examples: [] };
var state = parse(location.search);
if (!new URLSearchParams(location.search).has("source")) state.source = page.source;
var examples = new Map((page.examples ?? []).map((e) => [e.id, e]));
var hidden = new Set(state.hide);
document.documentElement.classList.add("js");
var teaching = null;
var quiz = null;
var stage = createStage({
  ...stageOptionsOf(state, hidden, $),
  table: $("#table-view"),
  // readable; the view follows the step. On a phone the circuit's box is as tall as the
  // circuit at that scale (up to phone.css's cap) with the zoom buttons under it, and a fit
  // centres the step.
  panzoom: viewOptions(
    { maxFitScale: 1.8, minFitScale: 0.6, fitHeight: false, centreOnFit: false, padBottom: 0 },
    { fitHeight: true, centreOnFit: true, padBottom: PHONE_ZOOM_ROOM }
  ),
  onInputValueClick: (node2, element) => {
    if (node2?.label) inputs.editInPlace(node2.label, node2.value, element);
  },
  onGateToggle: (name, expand, builtin) => teaching?.toggleGate(name, expand, builtin),
  onFrame: (frame) => {
    teaching?.show(frame);
    quiz?.show(frame);
    state.step = stepOf(frame.index, frame.total);
    writeUrl();
  },
  onSpeed: (speed) => {
    state.speed = speed;
    writeUrl();
  }
});
var errorPause = createErrorPause($("#error"), source, (error) => showError(error));
function typed(text) {
  state.values = keepOverrides(state.source, text, state.values);
  state.source = text;
  showExample(null);
  writeUrl();
}
var editor = createEditor(source, {
  errorEl: $("#error"),
  onInput: (text) => {
    typed(text);
    return request(void 0, { typing: true });
  },
  onRun: (text) => {
    typed(text);
    return request();
  }
});
var inputsPanel = $("#inputs");
var inputs = createInputs(inputsPanel, {
  lang: state.lang,
  onChange: (name, value) => {
    state.values = { ...state.values, [name]: value };
    writeUrl();
    request();
  }
});
function writeUrl() {
  const query = serialize2(state);
  if (query !== location.search) history.replaceState(history.state, "", location.pathname + query);
}
teaching = createTeaching({ state, stage, request: () => request(), writeUrl });
attachPhoneLayout(document);
onPhoneChange(() => stage.refreshView());
quiz = createQuizPanel({
  stage,
  after: $("#controls"),
  mode: state.quiz,
  digits: state.options.digits ?? 2,
  toggle: true,
  onMode: (mode) => {
    state.quiz = /** @type {typeof state.quiz} */
    mode;
    writeUrl();
  }
});
var checks = createChecks({ textarea: source, stage });
function showGraph(graph, index) {
  errorPause.drop();
  $("#controls").hidden = false;
  inputsPanel.hidden = hidden.has("inputs");
  editor.showError(null);
  stage.setStale(false);
  teaching?.setGraph(graph);
  quiz?.setGraph(graph);
  stage.setGraph(graph, index);
  checks.setGraph(graph);
  inputs.render(graph);
  showWarnings(graph.warnings ?? []);
  $("#empty-note")?.remove();
}
function showError(error, { typing = false } = {}) {
  if (typing && $("#error").hidden) {
    errorPause.hold(error);
    return;
  }
  errorPause.drop();
  editor.showError(error);
  stage.setStale(true);
  checks.setStale(true);
  if (!stage.graph) emptyNote(t("ui.fix_program"));
}
async function request(index, { typing = false } = {}) {
  if (!state.source.trim()) {
    errorPause.drop();
    editor.showError(null);
    stage.setStale(true);
    emptyNote();
    return;
  }
  const answer = await fetchGraph({
    source: state.source,
    values: state.values,
    options: { ...state.options, lang: language() }
  });
  if (answer.stale) return;
  if (answer.ok) showGraph(answer.graph, index === "end" ? answer.graph.steps.length - 1 : index);
  else showError(answer.error, { typing });
}
function emptyNote(text = t("ui.empty_note")) {
  const note2 = $("#empty-note") ?? Object.assign(
    document.createElement("p"),
    { id: "empty-note", className: "empty-note" }
  );
  note2.textContent = text;
  if (stage.graph) $("#circuit").before(note2);
  else $("#circuit").replaceChildren(note2);
}
function showWarnings(warnings) {
  const list = $("ul.warnings");
  if (!list) return;
  list.hidden = warnings.length === 0;
  list.replaceChildren(...warnings.map((w) => Object.assign(
    document.createElement("li"),
    { textContent: w }
  )));
}
var menu = (
  /** @type {HTMLSelectElement} */
  $("#examples")
);
function showExample(example) {
  const look = $("#look");
  look.hidden = !example;
  look.textContent = example ? t(`example.${example.id}.look`) : "";
  look.dataset.label = t("ui.look_at");
  if (!example && menu.value && examples.get(menu.value)?.source !== state.source) menu.value = "";
}
menu.addEventListener("change", () => {
  const example = examples.get(menu.value);
  if (!example) return;
  const { expand, collapse, ...kept } = state.options;
  state.source = example.source;
  state.values = structuredClone(example.values ?? {});
  state.options = { ...kept, ...example.options };
  state.step = "end";
  editor.setValue(example.source);
  showExample(example);
  writeUrl();
  request("end");
});
function snippets() {
  const shared = {
    source: state.source,
    values: state.values,
    options: state.options,
    theme: state.theme
  };
  const embedQuery = serialize2({
    ...shared,
    step: state.step,
    lang: state.lang,
    quiz: state.quiz
  });
  const params = new URLSearchParams({ source: state.source });
  if (Object.keys(state.values).length) params.set("values", JSON.stringify(state.values));
  if (Object.keys(state.options).length) params.set("options", JSON.stringify(state.options));
  if (state.theme !== "light") params.set("theme", state.theme);
  return embedSnippets(ROOT_URL, embedQuery, `?${params}`);
}
var embedDialog = createEmbedDialog(
  /** @type {HTMLDialogElement} */
  $("#embed-dialog"),
  snippets
);
var fileName = () => {
  const graph = stage.graph;
  return (graph?.nodes.find((n) => n.id === graph.output)?.label || "circuit").replace(/[^\p{L}\p{N}_-]+/gu, "_");
};
var actions = {
  share: async () => {
    writeUrl();
    if (tooLong(location.href)) {
      toast(t("ui.link_too_long", { kb: Math.round(location.href.length / 1e3) }));
      return;
    }
    const ok = await copyText(location.href);
    toast(ok ? t("ui.link_copied") : t("ui.copy_failed"));
  },
  embed: (button) => embedDialog.open(button),
  // with every tile in the page, not only those in view (circuit.js cull)
  "export-svg": () => stage.view?.whole((svg) => downloadSVG(svg, `${fileName()}.svg`)),
  "export-png": () => stage.view?.whole((svg) => downloadPNG(svg, `${fileName()}.png`)),
  table: () => setView(state.view === "table" ? "circuit" : "table")
};
for (
  const button of
  /** @type {NodeListOf<HTMLElement>} */
  document.querySelectorAll(".toolbar [data-action]")
) {
  button.addEventListener("click", () => actions[button.dataset.action ?? ""]?.(button));
}
function setView(view) {
  state.view = view;
  stage.showTable(view === "table");
  $('[data-action="table"]').setAttribute("aria-pressed", String(view === "table"));
  writeUrl();
}
var parts = {
  editor: ".editor",
  examples: "#examples",
  toolbar: ".toolbar",
  table: '[data-action="table"]'
};
for (const [part, selector] of Object.entries(parts)) {
  if (!hidden.has(part)) continue;
  for (
    const el5 of
    /** @type {NodeListOf<HTMLElement>} */
    document.querySelectorAll(selector)
  ) {
    el5.hidden = true;
  }
}
$("#editor-hint").hidden = false;
var early = source.value;
if (early !== state.source.replace(/\r\n?/g, "\n")) typed(early);
var start = startingPoint(document, { page, source: state.source, drawnIn });
if (start?.graph) showGraph(start.graph, resolveStep(state.step, start.graph.steps?.length ?? 0));
else if (start?.error) showError(start.error);
else request();
var current = [...examples.values()].find((e) => e.source === state.source);
if (current) {
  menu.value = current.id;
  showExample(current);
}
if (state.view === "table") setView("table");
if (state.autoplay) {
  stage.player.first();
  stage.player.play();
}
