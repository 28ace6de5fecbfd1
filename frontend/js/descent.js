// The gradient-descent panel (POST /api/descent, README "Teaching options"): the student ticks
// the inputs to train, sets the learning rate and presses Step or Run 50; the page takes the
// new values into its state (so the circuit and the address follow) and the loss of every
// step is drawn as a small chart — the notes' `w += -step_size * dw`, watched.
//
//   const panel = createDescent(container, {
//     request: () => ({source, values}),      // what to train, as the page holds it now
//     onValues: (values) => …,                // merge into the state, redraw
//     choice: {params, lr},                   // the address's ticks and rate (state.js)
//     onChoice: ({params, lr}) => …,          // … written back when the student changes them
//   });
//   panel.setGraph(graph);                     // the inputs to offer, the output's shape
//
// Which parameters start ticked: those the address names (`train`), else every input named
// like a weight or a bias in the notes — w…, W…, b…, θ… (`isWeightName`) — so Step works on
// the examples at once and x, y (the data) stay fixed. Trained values come back at full
// float64 precision; they are rounded to SIGNIFICANT digits before they reach the state, so
// the input fields and a shared link stay short (1.23457, not 1.2345678901234567). An input
// the graph JSON only summarises (more than max_json_elements elements) cannot be trained
// here: its values would not fit in the state or the link, so its box is disabled.

import { formatNumber, isSummary } from "./format.js";
import { language, t } from "./i18n.js";
import { renderLossChart } from "./losschart.js";
import { ROOT } from "./root.js";

/** @import { DescentAnswer, Graph, GraphNode, InputValue, TensorJson } from "./types/graph.js" */

/**
 * What POST /api/descent answered, or why it did not.
 * @typedef {({ok: true} & DescentAnswer) | {ok: false, message: string}} DescentResult
 */

/**
 * The panel's choice as the address keeps it: the parameters ticked by hand ([]: the default)
 * and the learning rate.
 * @typedef {{params?: string[], lr?: number}} Choice
 */

const RUN = 50;
export const SIGNIFICANT = 6;
const WEIGHT = /^[wWbθ]/u;

/**
 * POST /api/descent → {ok, loss, values, warnings} | {ok: false, message}.
 * @param {object} body  the request (docs/api.md): source, values, params, lr, steps, options
 * @param {string} [base]
 * @returns {Promise<DescentResult>}
 */
export async function postDescent(body, base = ROOT) {
  try {
    const response = await fetch(`${base}/api/descent`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => null);
    if (response.ok && answer) return { ok: true, ...answer };
    const detail = Array.isArray(answer?.detail) ? answer.detail[0]?.msg : null;
    return { ok: false, message: answer?.error?.message ?? detail ?? `HTTP ${response.status}` };
  } catch {
    return { ok: false, message: t("ui.network_error") };
  }
}

/**
 * The loss history after one more answer: continued if the answer starts where the history
 * ended, else (the values were changed by hand in between) a fresh one. Pure.
 * @param {number[]} history
 * @param {number[]} loss
 * @returns {number[]}
 */
export function extendHistory(history, loss) {
  const last = history[history.length - 1];
  const first = loss[0];
  const same = history.length > 0 && Number.isFinite(last) && Number.isFinite(first) &&
    Math.abs(last - first) <= 1e-9 * Math.max(1, Math.abs(first));
  return same ? [...history, ...loss.slice(1)] : [...loss];
}

/**
 * Whether an input is ticked for training by default: a weight or bias by the notes' names.
 * @param {string} name
 */
export function isWeightName(name) {
  return WEIGHT.test(name);
}

/**
 * A value (number or nested list) rounded to `digits` significant digits, shape kept. Pure.
 * @template T
 * @param {T} value
 * @param {number} [digits]
 * @returns {T}
 */
export function roundValue(value, digits = SIGNIFICANT) {
  if (Array.isArray(value)) return /** @type {T} */ (value.map((v) => roundValue(v, digits)));
  return typeof value === "number" && Number.isFinite(value)
    ? /** @type {T} */ (Number(value.toPrecision(digits))) : value;
}

/**
 * Every value of a `{name: value}` map rounded (roundValue). Pure.
 * @template T
 * @param {Record<string, T> | null | undefined} values
 * @param {number} [digits]
 * @returns {Record<string, T>}
 */
export function roundValues(values, digits = SIGNIFICANT) {
  return Object.fromEntries(Object.entries(values ?? {})
    .map(([name, v]) => [name, roundValue(v, digits)]));
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {Document} doc
 * @param {K} tag
 * @param {Record<string, unknown>} [props]  set as properties
 * @param {...(Node | string)} children
 * @returns {HTMLElementTagNameMap[K]}
 */
function node(doc, tag, props = {}, ...children) {
  const e = Object.assign(doc.createElement(tag), props);
  e.append(...children);
  return e;
}

/**
 * @param {HTMLElement} container  #descent, emptied and filled with the panel
 * @param {{request: () => {source: string, values: Record<string, InputValue>},
 *          onValues: (values: Record<string, InputValue>) => void, choice?: Choice,
 *          onChoice?: (choice: {params: string[], lr: number | undefined}) => void}} options
 * @returns {{setGraph: (graph: Graph | null) => void, element: HTMLElement,
 *            readonly history: number[]}}
 */
export function createDescent(container, { request, onValues, choice = {}, onChoice }) {
  const doc = container.ownerDocument;
  const checked = new Set(choice.params ?? []);
  let chosenByHand = Boolean(choice.params?.length);  // else the weight names are ticked
  /** @type {number[]} */
  let history = [];
  /** @type {Record<string, InputValue> | null} */
  let start = null;  // the parameters' values before the first step of this history
  /** @type {string | null} */
  let written = null;  // JSON of the values the last step wrote: the history continues from them
  let busy = false;
  let scalar = true;
  /** @type {string[]} */
  let names = [];
  /** @type {Map<string, TensorJson | null>} */
  let shown = new Map();  // name → the value the circuit shows now (literal or override)

  const title = node(doc, "h2", { id: "descent-title", textContent: t("ui.descent") });
  const params = node(doc, "fieldset", { className: "descent-params" },
    node(doc, "legend", { textContent: t("ui.parameters") }));
  const paramList = node(doc, "div", { className: "descent-param-list" });
  params.append(paramList);
  const rate = node(doc, "input", { id: "learning-rate", type: "number", min: "0", step: "any",
    value: String(choice.lr ?? 0.5), inputMode: "decimal" });
  const rateLabel = node(doc, "label", { className: "descent-rate", htmlFor: "learning-rate" },
    t("ui.learning_rate"), " ", rate);
  /** @type {(text: string) => HTMLButtonElement} */
  const button = (text) => node(doc, "button", { type: "button", className: "tool",
    textContent: text });
  const stepButton = button(t("ui.descent_step"));
  const runButton = button(t("ui.descent_run", { n: RUN }));
  const resetButton = button(t("ui.descent_reset"));
  stepButton.dataset.action = "descent-step";
  runButton.dataset.action = "descent-run";
  resetButton.dataset.action = "descent-reset";
  stepButton.classList.add("primary");
  const actions = node(doc, "div", { className: "descent-actions" }, stepButton, runButton,
    resetButton);
  const status = node(doc, "p", { className: "descent-status", role: "status" });
  const error = node(doc, "p", { className: "descent-error", role: "alert", hidden: true });
  const chart = node(doc, "figure", { className: "descent-chart" });
  const controls = node(doc, "div", { className: "descent-controls" }, params, rateLabel,
    actions, status, error);
  container.classList.add("descent");
  container.setAttribute("aria-labelledby", title.id);
  container.replaceChildren(title, node(doc, "div", { className: "descent-body" }, controls,
    chart));

  function update() {
    const lr = Number(rate.value);
    const ready = scalar && checked.size > 0 && Number.isFinite(lr) && lr > 0 && !busy;
    for (const b of [stepButton, runButton]) b.disabled = !ready;
    resetButton.disabled = busy || start === null;
    container.setAttribute("aria-busy", String(busy));
    if (!scalar) status.textContent = t("ui.descent_scalar");
    else if (history.length > 1) {
      status.textContent = t("ui.descent_summary", {
        first: formatNumber(history[0], 4), last: formatNumber(history[history.length - 1], 4),
        n: history.length - 1 });
    } else status.textContent = t("ui.descent_hint");
    renderLossChart(chart, history);
    chart.hidden = history.length === 0;
  }

  /** @param {Graph | null} graph */
  function setGraph(graph) {
    /** @type {Array<GraphNode & {label: string}>} */
    const inputs = [];
    for (const n of graph?.nodes ?? []) {
      const label = n.label;
      if (n.kind === "input" && label && !inputs.some((i) => i.label === label)) {
        inputs.push(/** @type {GraphNode & {label: string}} */ (n));
      }
    }
    const out = graph?.nodes?.find((n) => n.id === graph.output);
    scalar = !out?.shape?.length;
    shown = new Map(inputs.map((n) => [n.label, n.value]));
    const large = new Set(inputs.filter((n) => isSummary(n.value)).map((n) => n.label));
    const next = inputs.map((n) => n.label);
    if (next.join("\n") !== names.join("\n")) {
      // A new program: keep the ticks the student made that still exist, else tick its
      // weights and biases (see the top of this file).
      const kept = next.filter((name) => checked.has(name));
      checked.clear();
      const fresh = !chosenByHand || kept.length === 0;
      for (const name of fresh ? next.filter(isWeightName) : kept) {
        if (!large.has(name)) checked.add(name);
      }
      if (fresh) chosenByHand = false;
      names = next;
      paramList.replaceChildren(...inputs.map((n) => {
        const box = node(doc, "input", { type: "checkbox", checked: checked.has(n.label) });
        box.dataset.name = n.label;
        box.setAttribute("aria-label", t("ui.parameter_mark", { name: n.label }));
        box.addEventListener("change", () => {
          if (box.checked) checked.add(n.label);
          else checked.delete(n.label);
          chosenByHand = true;
          tellChoice();
          update();
        });
        const shape = n.shape?.length ? node(doc, "span", { className: "shape",
          textContent: ` ${n.shape.join("×")}` }) : "";
        return node(doc, "label", { className: "descent-param" }, box,
          node(doc, "code", { textContent: n.label }), shape);
      }));
    }
    /** @type {NodeListOf<HTMLInputElement>} */
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
    update();
  }

  function tellChoice() {
    const lr = Number(rate.value);
    onChoice?.({ params: chosenByHand ? names.filter((name) => checked.has(name)) : [],
                 lr: Number.isFinite(lr) && lr > 0 ? lr : undefined });
  }

  /** @type {(chosen: string[]) => string} */
  const valuesOf = (chosen) => JSON.stringify(chosen.map((name) => shown.get(name)));

  /** @param {number} steps */
  async function run(steps) {
    const { source, values } = request();
    const lr = Number(rate.value);
    const chosen = names.filter((name) => checked.has(name));
    const before = /** @type {Record<string, InputValue>} */ (
      Object.fromEntries(chosen.map((name) => [name, shown.get(name)])));
    busy = true;
    error.hidden = true;
    update();
    const answer = await postDescent({ source, values, params: chosen, lr, steps,
      options: { lang: language() } });
    busy = false;
    if (!answer.ok) {
      error.textContent = answer.message;
      error.hidden = false;
      update();
      return;
    }
    // Continued when the parameters still hold what the last step wrote (rounded, so the
    // loss may differ from the last one in its sixth digit); else compared by the loss.
    const loss = /** @type {number[]} */ (answer.loss);  // a loss is a scalar: a number
    const next = written !== null && written === valuesOf(chosen)
      ? [...history, ...loss.slice(1)] : extendHistory(history, loss);
    if (next.length === loss.length || start === null) {
      start = before;
    }
    history = next;
    // the trained inputs' values: numbers or lists (a summarised input is never trained)
    const rounded = /** @type {Record<string, InputValue>} */ (roundValues(answer.values));
    written = JSON.stringify(chosen.map((name) => rounded[name]));
    if (answer.warnings?.length) {
      error.textContent = answer.warnings.join(" ");
      error.hidden = false;
    }
    update();
    onValues(rounded);
  }

  stepButton.addEventListener("click", () => run(1));
  runButton.addEventListener("click", () => run(RUN));
  resetButton.addEventListener("click", () => {
    const back = start;
    history = [];
    start = null;
    written = null;
    error.hidden = true;
    update();
    if (back) onValues(back);
  });
  rate.addEventListener("input", update);
  rate.addEventListener("change", tellChoice);
  update();
  return { setGraph, element: container, get history() { return history; } };
}
