// The main page's teaching tools (README, "Teaching options"), wired to its state: the Code,
// Check gradients and Gradient descent buttons, the code panel beside the circuit, the
// gradient check's summary, the descent panel, and a click on a fused gate (σ, tanh, softmax,
// a loss, …: expand.js) expanding or collapsing it.
//
// What a link must reopen lives in `state.options` (code, gradcheck, expand) and so in the
// address; descent changes `state.values`. The page (app.js) hands over its state and its
// `request()` / `writeUrl()`, and calls `setGraph(graph)` and `show(frame)` as it draws.

import { createCodePanel } from "./codepanel.js";
import { createDescent } from "./descent.js";
import { toggledOptions } from "./expand.js";
import { renderGradcheckSummary } from "./gradcheck.js";

/** @import { Frame } from "./frames.js" */
/** @import { Stage } from "./stage.js" */
/** @import { State } from "./state.js" */
/** @import { Graph, GraphOptions } from "./types/graph.js" */

/**
 * `options` with a flag set (true) or left out (false), so the address stays short. Pure.
 * @param {GraphOptions} options
 * @param {"code" | "gradcheck"} key
 * @param {boolean} on
 * @returns {GraphOptions}
 */
export function withOption(options, key, on) {
  const next = { ...options };
  if (on) next[key] = true;
  else delete next[key];
  return next;
}

/**
 * @param {{state: State, stage: Stage, request: () => unknown, writeUrl: () => void,
 *          doc?: Document}} o
 */
export function createTeaching({ state, stage, request, writeUrl, doc = document }) {
  /** @type {(selector: string) => HTMLElement | null} */
  const $ = (selector) => doc.querySelector(selector);
  /** @type {(action: string) => HTMLElement | null} */
  const button = (action) => $(`.toolbar [data-action="${action}"]`);
  const stageEl = $(".stage");
  const codeEl = $("#code-panel");
  const code = codeEl ? createCodePanel(codeEl) : null;
  const summary = $("#gradcheck");
  const descentEl = $("#descent");
  /** @type {Graph | null} */
  let graph = null;

  const descent = descentEl ? createDescent(descentEl, {
    request: () => ({ source: state.source, values: state.values }),
    choice: { params: state.train, lr: state.lr },
    onChoice: ({ params, lr }) => {
      state.train = params;
      state.lr = lr ?? state.lr;
      writeUrl();
    },
    onValues: (values) => {
      state.values = { ...state.values, ...values };
      writeUrl();
      request();
    },
  }) : null;

  /** @param {GraphOptions} options */
  function changeOptions(options) {
    state.options = options;
    writeUrl();
    request();
  }

  function pressed() {
    button("code")?.setAttribute("aria-pressed", String(Boolean(state.options.code)));
    button("gradcheck")?.setAttribute("aria-pressed", String(Boolean(state.options.gradcheck)));
    button("descent")?.setAttribute("aria-pressed", String(Boolean(descentEl && !descentEl.hidden)));
  }

  button("code")?.addEventListener("click", () => {
    changeOptions(withOption(state.options, "code", !state.options.code));
    pressed();
  });
  button("gradcheck")?.addEventListener("click", () => {
    changeOptions(withOption(state.options, "gradcheck", !state.options.gradcheck));
    pressed();
  });
  button("descent")?.addEventListener("click", () => {
    if (!descentEl) return;
    descentEl.hidden = !descentEl.hidden;
    if (!descentEl.hidden && graph) descent?.setGraph(graph);
    pressed();
    if (!descentEl.hidden) descentEl.scrollIntoView({ block: "nearest" });
  });

  /**
   * A click on a collapsed group's gate (expand), or on an expanded one's gate or title
   * (collapse): options.expand for built-ins, options.collapse for the program's functions.
   * @param {string} name
   * @param {boolean} on
   * @param {boolean} builtin
   */
  function toggleGate(name, on, builtin) {
    changeOptions(toggledOptions(state.options, name, on, builtin));
  }

  /** @param {Graph} next */
  function setGraph(next) {
    graph = next;
    const withCode = Boolean(state.options.code && next.code);
    if (codeEl) codeEl.hidden = !withCode;
    stageEl?.classList.toggle("with-code", withCode);
    code?.setGraph(withCode ? next : null);
    renderGradcheckSummary(summary, state.options.gradcheck ? next : null,
      state.options.digits ?? 2);
    if (descentEl && !descentEl.hidden) descent?.setGraph(next);
    pressed();
  }

  /** @param {Frame} frame */
  function show(frame) {
    if (codeEl && !codeEl.hidden) code?.show(frame);
  }

  pressed();
  return { setGraph, show, toggleGate, descent };
}
