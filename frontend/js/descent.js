// The gradient-descent panel (POST /api/descent, README "Teaching options"): the student ticks
// the inputs to train, sets the learning rate and presses Step or Run 50; the page takes the
// new values into its state (so the circuit and the address follow) and the loss of every
// step is drawn as a small chart — the notes' `w += -step_size * dw`, watched.
//
//   const panel = createDescent(container, {
//     request: () => ({source, values}),      // what to train, as the page holds it now
//     onValues: (values) => …,                // merge into the state, redraw
//   });
//   panel.setGraph(graph);                     // the inputs to offer, the output's shape

import { formatNumber } from "./format.js";
import { language, t } from "./i18n.js";
import { renderLossChart } from "./losschart.js";

const RUN = 50;
const ROOT = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");

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

function node(doc, tag, props = {}, ...children) {
  const e = Object.assign(doc.createElement(tag), props);
  e.append(...children);
  return e;
}

export function createDescent(container, { request, onValues }) {
  const doc = container.ownerDocument;
  const checked = new Set();
  let history = [];
  let start = null;  // the parameters' values before the first step of this history
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
    value: "0.5", inputMode: "decimal" });
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
    const next = inputs.map((n) => n.label);
    for (const name of [...checked]) if (!next.includes(name)) checked.delete(name);
    if (next.join("\n") !== names.join("\n")) {
      names = next;
      paramList.replaceChildren(...inputs.map((n) => {
        const box = node(doc, "input", { type: "checkbox", checked: checked.has(n.label) });
        box.dataset.name = n.label;
        box.setAttribute("aria-label", t("ui.parameter_mark", { name: n.label }));
        box.addEventListener("change", () => {
          if (box.checked) checked.add(n.label);
          else checked.delete(n.label);
          update();
        });
        const shape = n.shape?.length ? node(doc, "span", { className: "shape",
          textContent: ` ${n.shape.join("×")}` }) : "";
        return node(doc, "label", { className: "descent-param" }, box,
          node(doc, "code", { textContent: n.label }), shape);
      }));
    }
    update();
  }

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
    const next = extendHistory(history, answer.loss);
    if (next.length === answer.loss.length || start === null) {
      start = before;
    }
    history = next;
    if (answer.warnings?.length) {
      error.textContent = answer.warnings.join(" ");
      error.hidden = false;
    }
    update();
    onValues(answer.values);
  }

  stepButton.addEventListener("click", () => run(1));
  runButton.addEventListener("click", () => run(RUN));
  resetButton.addEventListener("click", () => {
    const back = start;
    history = [];
    start = null;
    error.hidden = true;
    update();
    if (back) onValues(back);
  });
  rate.addEventListener("input", update);
  update();
  return { setGraph, element: container, get history() { return history; } };
}
