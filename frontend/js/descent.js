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

const RUN = 50;
export const SIGNIFICANT = 6;
const WEIGHT = /^[wWbθ]/u;

/** POST /api/descent → {ok, loss, values, warnings} | {ok: false, message}. */
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

/** The loss history after one more answer: continued if the answer starts where the history
 *  ended, else (the values were changed by hand in between) a fresh one. Pure. */
export function extendHistory(history, loss) {
  const last = history[history.length - 1];
  const first = loss[0];
  const same = history.length > 0 && Number.isFinite(last) && Number.isFinite(first) &&
    Math.abs(last - first) <= 1e-9 * Math.max(1, Math.abs(first));
  return same ? [...history, ...loss.slice(1)] : [...loss];
}

/** Whether an input is ticked for training by default: a weight or bias by the notes' names. */
export function isWeightName(name) {
  return WEIGHT.test(name);
}

/** A value (number or nested list) rounded to `digits` significant digits, shape kept. Pure. */
export function roundValue(value, digits = SIGNIFICANT) {
  if (Array.isArray(value)) return value.map((v) => roundValue(v, digits));
  return Number.isFinite(value) ? Number(value.toPrecision(digits)) : value;
}

/** Every value of a `{name: value}` map rounded (roundValue). Pure. */
export function roundValues(values, digits = SIGNIFICANT) {
  return Object.fromEntries(Object.entries(values ?? {})
    .map(([name, v]) => [name, roundValue(v, digits)]));
}

function node(doc, tag, props = {}, ...children) {
  const e = Object.assign(doc.createElement(tag), props);
  e.append(...children);
  return e;
}

export function createDescent(container, { request, onValues, choice = {}, onChoice }) {
  const doc = container.ownerDocument;
  const checked = new Set(choice.params ?? []);
  let chosenByHand = Boolean(choice.params?.length);  // else the weight names are ticked
  let history = [];
  let start = null;  // the parameters' values before the first step of this history
  let written = null;  // JSON of the values the last step wrote: the history continues from them
  let busy = false;
  let scalar = true;
  let names = [];
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

  function setGraph(graph) {
    const inputs = [];
    for (const n of graph?.nodes ?? []) {
      if (n.kind === "input" && n.label && !inputs.some((i) => i.label === n.label)) inputs.push(n);
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
    for (const box of paramList.querySelectorAll("input[type=checkbox]")) {
      const tooLarge = large.has(box.dataset.name);
      box.disabled = tooLarge;
      box.title = tooLarge ? t("ui.parameter_too_large", { name: box.dataset.name }) : "";
      if (tooLarge) {
        box.checked = false;
        checked.delete(box.dataset.name);
      }
    }
    update();
  }

  function tellChoice() {
    const lr = Number(rate.value);
    onChoice?.({ params: chosenByHand ? names.filter((name) => checked.has(name)) : [],
                 lr: Number.isFinite(lr) && lr > 0 ? lr : undefined });
  }

  const valuesOf = (chosen) => JSON.stringify(chosen.map((name) => shown.get(name)));

  async function run(steps) {
    const { source, values } = request();
    const lr = Number(rate.value);
    const chosen = names.filter((name) => checked.has(name));
    const before = Object.fromEntries(chosen.map((name) => [name, shown.get(name)]));
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
    const next = written !== null && written === valuesOf(chosen)
      ? [...history, ...answer.loss.slice(1)] : extendHistory(history, answer.loss);
    if (next.length === answer.loss.length || start === null) {
      start = before;
    }
    history = next;
    const rounded = roundValues(answer.values);
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
