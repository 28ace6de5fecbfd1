// The inputs panel: a number field and a slider for every scalar input, a compact JSON field
// for every tensor input; and editing a green input value in place on the circuit.
//
// Edits become the request's `values` (docs/language.md, "Inputs and constants": they
// override the program's literals, so a slider never rewrites the program). Rows are keyed by
// input name and kept across redraws, so the field being typed in keeps its focus, caret and
// text while the circuit recomputes; a slider's range is chosen once, around the value it
// first showed, so it does not jump under the pointer.
//
// A large circuit (hundreds of inputs) shows only the first SHOWN rows and a "show all N"
// button: building, styling and laying out a field and a slider for 500 inputs cost most of a
// second before the 1,000-node page could be used (docs/benchmarks.md, "Browser"). Every
// input stays editable in place on the circuit.

import { formatShape, isSummary } from "./format.js";
import { t as say } from "./i18n.js";

/** @import { Graph, GraphNode, InputValue } from "./types/graph.js" */

/**
 * One input's row: its field, and for a scalar its slider.
 * @typedef {{row: HTMLDivElement, field: HTMLInputElement, slider: HTMLInputElement | null,
 *            kind: "scalar" | "tensor"}} Row
 */

// The panel's words, in the page's language (i18n.js).
const panelWords = () => ({
  none: say("ui.inputs_none"),
  /** @type {(name: string) => string} */
  slider: (name) => say("ui.input_slider", { name }),
  /** @type {(name: string, shape: string) => string} */
  tensor: (name, shape) => say("ui.input_tensor", { name, shape }),
  tooLarge: say("ui.input_too_large"),
  /** @type {(name: string) => string} */
  edit: (name) => say("ui.edit_value", { name }),
  /** @type {(n: number) => string} */
  showAll: (n) => say("ui.inputs_show_all", { n }),
});

/** Rows shown before "show all": more than fit the panel, few enough to build at once. */
export const SHOWN = 24;

/**
 * 1, 2 or 5 times a power of ten, at least `x`: steps and spans a person reads easily.
 * @param {number} x
 * @returns {number}
 */
export function niceCeil(x) {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x * (1 - 1e-9)) return m * p;
  return 10 * p;
}

/**
 * A slider range around `v`: wide enough to cross zero for small values, in nice steps.
 * @param {number} v
 * @returns {{min: number, max: number, step: number}}
 */
export function sliderRange(v) {
  const span = niceCeil(Math.max(2, 2 * Math.abs(v)));
  const step = niceCeil(span / 100);
  /** @type {(x: number) => number} */
  const snap = (x) => Number((Math.round(x / step) * step).toPrecision(12));
  return { min: snap(v - span), max: snap(v + span), step };
}

/**
 * The right-hand side of the last top-level `name = …` statement of `source`, or null.
 * A line-based look (statements split on newlines and `;`, comments dropped), enough to tell
 * whether the student retyped that assignment; it never evaluates anything.
 * @param {string} source
 * @param {string} name
 * @returns {string | null}
 */
export function assignmentOf(source, name) {
  /** @type {string | null} */
  let found = null;
  for (const line of String(source).split("\n")) {
    for (const statement of line.replace(/#.*/, "").split(";")) {
      const eq = statement.indexOf("=");
      if (eq < 0 || statement[eq + 1] === "=") continue;
      if (statement.slice(0, eq).trim() === name) found = statement.slice(eq + 1).trim();
    }
  }
  return found;
}

/**
 * The value overrides that survive an edit of the program: an override stays unless the
 * student retyped that input's assignment, in which case the new text wins.
 * @param {string} before  the program before the edit
 * @param {string} after
 * @param {Record<string, InputValue> | undefined} values
 * @returns {Record<string, InputValue>}
 */
export function keepOverrides(before, after, values) {
  /** @type {Record<string, InputValue>} */
  const kept = {};
  for (const [name, v] of Object.entries(values ?? {})) {
    if (assignmentOf(before, name) === assignmentOf(after, name)) kept[name] = v;
  }
  return kept;
}

/**
 * A rectangular nested list of finite numbers (or a number), read from JSON text; else null.
 * @param {string} text
 * @returns {InputValue | null}
 */
export function parseTensor(text) {
  /** @type {unknown} */
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  /** @type {unknown[]} */
  let level = [v];
  while (Array.isArray(level[0])) {
    const width = level[0].length;
    if (width === 0 || !level.every((row) => Array.isArray(row) && row.length === width)) {
      return null;
    }
    level = level.flat();
  }
  return level.every((x) => typeof x === "number" && Number.isFinite(x))
    ? /** @type {InputValue} */ (v) : null;
}

/** @type {(v: unknown) => string} */
const numberText = (v) => (typeof v === "number" ? String(v) : "");

/**
 * @param {HTMLElement} panel  the #inputs aside (its `.inputs-list` holds the rows)
 * @param {{lang?: string | null, onChange: (name: string, value: InputValue) => void}} options
 * @returns {{render: (graph: Graph | null) => void,
 *            editInPlace: (name: string, value: unknown, anchor: SVGTextElement) => void}}
 */
export function createInputs(panel, options) {
  const doc = panel.ownerDocument;
  const t = panelWords();
  const list = panel.querySelector(".inputs-list") ?? panel;
  /** @type {Map<string, Row>} */
  const rows = new Map();  // name → {row, field, slider, kind}
  /** @type {Map<string, {min: number, max: number, step: number}>} */
  const ranges = new Map();  // name → {min, max, step}
  /** @type {Map<string, InputValue>} */
  const sent = new Map();  // name → the value this panel last sent: its range stays put
  const empty = doc.createElement("p");
  empty.className = "inputs-empty";
  empty.textContent = t.none;
  let showAll = false;  // the student asked for every row; kept for the rest of the visit
  /** @type {Graph | null} */
  let shown = null;  // the graph last rendered, to render again with every row
  const more = doc.createElement("button");
  more.type = "button";
  more.className = "tool inputs-more";
  more.addEventListener("click", () => {
    showAll = true;
    render(shown);
    // Keep the keyboard where the student was reading: on the first row that was hidden.
    list.children[SHOWN]?.querySelector("input")?.focus();
  });

  /** @type {(name: string, value: InputValue) => void} */
  const send = (name, value) => {
    sent.set(name, value);
    options.onChange(name, value);
  };

  /**
   * @param {string} name
   * @returns {Row}
   */
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
    slider.setAttribute("aria-label", t.slider(name));
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

  /**
   * @param {string} name
   * @param {number[]} shape
   * @returns {Row}
   */
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
    field.setAttribute("aria-label", t.tensor(name, formatShape(shape)));
    label.htmlFor = field.id;
    const commit = () => {
      const v = parseTensor(field.value);
      field.toggleAttribute("aria-invalid", v === null);
      if (v !== null) send(name, v);
    };
    field.addEventListener("change", commit);
    field.addEventListener("keydown", (e) => { if (e.key === "Enter") commit(); });
    row.append(label, field);
    return { row, field, slider: null, kind: "tensor" };
  }

  /**
   * Show the inputs of `graph` (their values as computed, overrides included).
   * @param {Graph | null} graph
   */
  function render(graph) {
    shown = graph;
    const inputs = (graph?.nodes ?? []).filter((n) => n.kind === "input" && n.label);
    /** @type {Map<string, GraphNode>} */
    const byName = new Map();  // a reassigned input keeps one row
    for (const node of inputs) {
      const label = /** @type {string} */ (node.label);  // inputs with a name, as filtered
      if (!byName.has(label)) byName.set(label, node);
    }
    const first = [...byName.keys()];
    const names = showAll ? first : first.slice(0, SHOWN);
    const seen = new Set(names);
    /** @type {HTMLElement[]} */
    const order = [];
    for (const name of names) {
      const node = /** @type {GraphNode} */ (byName.get(name));
      const scalar = !node.shape?.length;
      let entry = rows.get(name);
      if (!entry || (entry.kind === "scalar") !== scalar) {
        entry = scalar ? scalarRow(name) : tensorRow(name, node.shape);
        rows.set(name, entry);
      }
      update(entry, name, node, scalar);
      order.push(entry.row);
    }
    for (const name of [...rows.keys()]) if (!seen.has(name)) rows.delete(name);
    if (names.length < first.length) {
      more.textContent = t.showAll(first.length);
      order.push(more);
    }
    list.replaceChildren(...(order.length ? order : [empty]));
  }

  /**
   * @param {Row} entry
   * @param {string} name
   * @param {GraphNode} node
   * @param {boolean} scalar
   */
  function update(entry, name, node, scalar) {
    const typing = doc.activeElement === entry.field;
    if (!scalar) {
      // A tensor the graph JSON only summarises (more than max_json_elements elements) has no
      // numbers here to edit, and would not fit in the link's `values` anyway.
      const summarised = isSummary(node.value);
      entry.field.disabled = summarised;
      entry.field.placeholder = summarised ? t.tooLarge : "";
      entry.field.title = entry.field.placeholder;
      if (!typing) entry.field.value = summarised ? "" : JSON.stringify(node.value);
      const shape = entry.row.querySelector(".input-shape");
      if (shape) shape.textContent = formatShape(node.shape);
      return;
    }
    const v = typeof node.value === "number" ? node.value : NaN;
    if (!typing && entry.field.valueAsNumber !== v) entry.field.value = numberText(v);
    let range = ranges.get(name);
    // A new range only when the value came from elsewhere (the program, an example) or left
    // the old one; never under the student's own slider.
    const own = sent.get(name) === v;
    if (Number.isFinite(v) && (!range || !own || v < range.min || v > range.max)) {
      range = sliderRange(v);
      ranges.set(name, range);
    }
    if (range && entry.slider) {  // a scalar's row has its slider
      const s = entry.slider;
      for (const k of /** @type {const} */ (["min", "max", "step"])) {
        if (s[k] !== String(range[k])) s[k] = String(range[k]);
      }
      if (doc.activeElement !== s && Number(s.value) !== v) s.value = String(v);
    }
  }

  /**
   * Edit a scalar input in place: a number field over its green value (Enter or leaving
   * the field applies, Esc cancels). `anchor` is the SVG text element that was clicked.
   * @param {string} name
   * @param {unknown} value  the value shown
   * @param {SVGTextElement} anchor
   */
  function editInPlace(name, value, anchor) {
    doc.querySelector(".inplace-edit")?.remove();
    const box = anchor.getBoundingClientRect();
    const field = doc.createElement("input");
    Object.assign(field, { type: "number", step: "any", className: "inplace-edit",
                           value: numberText(value) });
    field.setAttribute("aria-label", t.edit(name));
    field.dataset.for = name;
    Object.assign(field.style, {
      left: `${box.left + globalThis.scrollX - 6}px`,
      top: `${box.top + globalThis.scrollY - 4}px`,
      width: `${Math.max(80, box.width + 40)}px`,
    });
    let done = false;
    /** @param {boolean} apply */
    const finish = (apply) => {
      if (done) return;
      done = true;
      const v = field.valueAsNumber;
      field.remove();
      if (apply && Number.isFinite(v) && v !== value) send(name, v);
      if (anchor.isConnected) anchor.focus?.({ preventScroll: true });
    };
    field.addEventListener("keydown", (e) => {
      if (e.key === "Enter") { e.preventDefault(); finish(true); }
      if (e.key === "Escape") { e.preventDefault(); finish(false); }
    });
    field.addEventListener("blur", () => finish(true));
    // inside the page's main landmark, after the picture, where a screen reader finds it (main
    // is not positioned, so the field's page coordinates hold there as in the body)
    (anchor.closest("main") ?? doc.body).append(field);
    field.focus();
    field.select();
  }

  return { render, editInPlace };
}
