// `/embed` (docs/embed.md): the circuit, its controls and caption for a course page's <iframe>, and
// the postMessage protocol with the page around it.
//
// Sends  {type: "cgviz:ready"}, {type: "cgviz:resize", height} and Canvas's
//        {subject: "lti.frameResize", height} on every change of height,
//        {type: "cgviz:step", index, phase, node}, {type: "cgviz:error", message, line, column},
//        and with `quiz=1|inputs` {type: "cgviz:answer", node, label, element, ok, given,
//        expected} after each answer and {type: "cgviz:score", correct, total, answered, done}
//        when the quiz starts, after each answer and on "reveal all" (quizpanel.js).
// Takes  {type: "cgviz:set", source?, values?, step?}, {type: "cgviz:play"},
//        {type: "cgviz:pause"}, {type: "cgviz:goto", index}  — from the parent window only.
//
// `options` in the address may ask for the teaching panels: "code" (the staged code under the
// controls, following the step) and "gradcheck" (the summary, and rows in the tooltips).
//
// Nothing here is secret (the state is in the frame's own address), so messages go to any
// origin ("*"): the embedding site is not known in advance, and that is the point.
//
// A one-file export (backend/cgviz/web/offline.py) runs this same module with no server
// behind it: it starts from the graph it carries in the reader's language, shows a note where
// the editor would be, draws no group as clickable and answers a `cgviz:set` that would need
// a new graph with `cgviz:error` (start.js; docs/embed.md, "One file, offline").

import { fetchGraph } from "./api.js";
import { createCodePanel } from "./codepanel.js";
import { createEditor } from "./editor.js";
import { createInputs, keepOverrides, parseTensor } from "./inputs.js";
import { toggledOptions } from "./expand.js";
import { renderGradcheckSummary } from "./gradcheck.js";
import { language, pickLanguage, readCatalogs, setLanguage, t, translatePage } from "./i18n.js";
import { onPhoneChange, PHONE_ZOOM_ROOM, viewOptions } from "./phone.js";
import { createStage, stageOptionsOf } from "./stage.js";
import { createQuizPanel } from "./quizpanel.js";
import { readJSON, startingPoint, viewSearch } from "./start.js";
import { parse, resolveStep, serialize } from "./state.js";

/** @import { ErrorDetail, Graph, PageData } from "./types/graph.js" */

/**
 * The page's element for `selector`: embed.html.j2 has each one this module asks for, but
 * those it looks up with `?.`, `?:` or a test (the parts `hide=` leaves out).
 * @type {(selector: string) => HTMLElement}
 */
const $ = (selector) => /** @type {HTMLElement} */ (document.querySelector(selector));
const parent = window.parent !== window ? window.parent : null;
/** @type {(message: object) => void} */
const post = (message) => parent?.postMessage(message, "*");

/** @type {PageData} */
const page = readJSON(document, "cgviz-page") ?? { source: "" };
const search = viewSearch(page, location.search);  // an export's view under the address's

// The frame's language: its `lang` parameter, else the reader's browser (as the app's).
const drawnIn = document.documentElement.lang;
setLanguage(pickLanguage(search, navigator.languages), readCatalogs(document));
if (language() !== drawnIn) translatePage(document);

const state = parse(search);
if (!new URLSearchParams(search).has("source")) state.source = page.source;
const hidden = new Set(state.hide);
const root = document.documentElement;
root.classList.add("js");
// the server draws the theme it is asked for; an exported file is asked by its address
root.classList.remove("theme-light", "theme-dark");
root.classList.add(`theme-${state.theme}`);
if (hidden.has("editor")) $(".embed-offline")?.remove();
$(".embed-view .caption")?.remove();  // the server's first-paint caption; the stage has its own

/** @type {ReturnType<typeof createQuizPanel> | null} */
let quiz = null;  // quiz mode, made once the stage exists
const codeEl = $("#code-panel");
const code = codeEl ? createCodePanel(codeEl) : null;

const stage = createStage({
  ...stageOptionsOf(state, hidden, $),
  // the frame is as wide as the course page makes it; its height follows the circuit; the
  // view centres the step the caption talks about (the address's step= too); on a phone no
  // text is drawn under 11 px, and the zoom buttons get a strip of their own under it
  panzoom: viewOptions({ fitHeight: true, maxFitScale: 1.6, minFitScale: 0.75, padding: 8,
                         centreOnFit: true, padBottom: 0 }, { padBottom: PHONE_ZOOM_ROOM }),
  onInputValueClick: inputsShown() ? (node, element) => {
    if (node?.label) inputs?.editInPlace(node.label, node.value, element);
  } : undefined,
  // a click on a σ/tanh/softmax/mean gate expands it, on an expanded one collapses it: a
  // new graph, so not in a file, whose note says it needs the server
  onGateToggle: page.offline ? undefined : (name, expand, builtin) => {
    state.options = toggledOptions(state.options, name, expand, builtin);
    // the frame's own address keeps it, so a reload (or "open in app") shows the same picture
    history.replaceState(history.state, "", location.pathname + serialize(state));
    request();
  },
  onFrame: (frame) => {
    if (code && !codeEl?.hidden) code.show(frame);  // options.code: the line follows the step
    quiz?.show(frame);
    post({ type: "cgviz:step", index: frame.index, phase: frame.phase,
           node: frame.step?.node ?? null });
  },
});

// `quiz=1` / `quiz=inputs`: the course page hears every answer and the score, to record them.
quiz = createQuizPanel({
  stage, after: $("#controls"), mode: state.quiz, digits: state.options.digits ?? 2,
  onAnswer: (answer) => post({ type: "cgviz:answer", ...answer }),
  onScore: (score) => post({ type: "cgviz:score", ...score }),
});

function inputsShown() {
  return !hidden.has("editor") && !hidden.has("inputs") && Boolean($("#inputs"));
}

const textarea = /** @type {HTMLTextAreaElement | null} */ (document.querySelector("#source"));
const editor = textarea ? createEditor(textarea, {
  errorEl: $("#error"),
  onInput: (source) => {
    state.values = keepOverrides(state.source, source, state.values);
    state.source = source;
    return request();  // the editor sends what is typed meanwhile when this ends
  },
}) : null;
// It becomes CodeMirror when the reader first opens "Program and inputs": a frame nobody edits
// in never runs CodeMirror's modules (editor.js).
const details = textarea?.closest("details");
if (details?.open) editor?.upgrade();
else details?.addEventListener("toggle", () => editor?.upgrade(), { once: true });

/** @type {ReturnType<typeof createInputs> | null} */
let inputs = null;
if (inputsShown()) {
  $("#inputs").hidden = false;
  inputs = createInputs($("#inputs"), {
    lang: state.lang,
    onChange: (name, value) => {
      state.values = { ...state.values, [name]: value };
      request();
    },
  });
}

// The teaching panels, as the app's (teach.js) but without its buttons: the course page
// turns them on with options.code / options.gradcheck in the frame's address. The gradient
// check's tooltip rows need nothing here: the tooltip adds them when the graph has verdicts.
/** @param {Graph} graph */
function showTeaching(graph) {
  const withCode = Boolean(state.options.code && graph.code);
  if (codeEl) codeEl.hidden = !withCode;
  code?.setGraph(withCode ? graph : null);
  renderGradcheckSummary($("#gradcheck"), state.options.gradcheck ? graph : null,
    state.options.digits ?? 2);
}

/**
 * @param {Graph} graph
 * @param {number} [index]  the frame to show (stage.setGraph)
 */
function showGraph(graph, index) {
  editor?.showError(null);
  showTeaching(graph);  // first: the code panel's lines must exist for the first frame
  quiz?.setGraph(graph);  // first too: the quiz holds the Player at its open question
  stage.setStale(false);
  stage.setGraph(graph, index);
  inputs?.render(graph);
}

/** @param {ErrorDetail} error */
function showError(error) {
  editor?.showError(error);
  stage.setStale(true);
  post({ type: "cgviz:error", message: error.message ?? "", line: error.line ?? null,
         column: error.column ?? null });
}

/** @param {number | "end"} [step]  the step to show (the address's or the course page's) */
async function request(step) {
  if (page.offline) {  // nothing to ask: say so to the course page, keep the circuit
    post({ type: "cgviz:error", message: t("ui.offline_note"), line: null, column: null });
    return;
  }
  const answer = await fetchGraph({ source: state.source, values: state.values,
                                    options: { ...state.options, lang: language() } });
  if (answer.stale) return;
  if (answer.ok) {
    const total = answer.graph.steps?.length ?? 0;
    showGraph(answer.graph, step === undefined ? undefined : resolveStep(step, total));
    if (step !== undefined) stage.centre();  // the step the page asked for, in the middle
  } else {
    showError(answer.error);
  }
}

// ---- messages from the course page -------------------------------------------------------

/**
 * A message from the course page (docs/embed.md, "postMessage"): its fields are whatever the
 * page sent, each checked before it is used.
 * @typedef {{type: string, source?: unknown, values?: unknown, step?: unknown,
 *            index?: unknown}} Message
 */

/** @type {(v: unknown) => number | "end" | undefined} */
const stepParam = (v) => (v === "end" || Number.isInteger(v) ? /** @type {number | "end"} */ (v)
  : undefined);
/** @type {Record<string, (m: Message) => void>} */
const handlers = {
  "cgviz:set": (m) => {
    if (page.offline) {  // the same graph can step; a new one needs the server (request says so)
      if (m.source === undefined && m.values === undefined) {
        handlers["cgviz:goto"]({ type: "cgviz:goto", index: m.step });
      } else {
        request();
      }
      return;
    }
    if (typeof m.source === "string") {
      state.values = keepOverrides(state.source, m.source, state.values);
      state.source = m.source;
      editor?.setValue(m.source);
    }
    if (m.values && typeof m.values === "object" && !Array.isArray(m.values)) {
      const values = Object.entries(m.values).filter(([, v]) => parseTensor(JSON.stringify(v))
                                                                !== null);
      state.values = { ...state.values, ...Object.fromEntries(values) };
    }
    request(stepParam(m.step));
  },
  "cgviz:play": () => stage.player.play(),
  "cgviz:pause": () => stage.player.pause(),
  "cgviz:goto": (m) => {
    const total = stage.player.total;
    if (m.index === "end") stage.player.last();
    else if (Number.isInteger(m.index)) stage.player.goto(resolveStep(m.index, total));
    stage.centre();  // a jump: the step the page sent the reader to, in the middle
  },
};

window.addEventListener("message", (event) => {
  if (!parent || event.source !== parent) return;
  const m = event.data;
  if (m && typeof m === "object" && Object.hasOwn(handlers, m.type)) handlers[m.type](m);
});

onPhoneChange(() => stage.refreshView());

// ---- height: the course page sizes the frame to its content ------------------------------

let lastHeight = 0;
const main = $(".embed-view");
new ResizeObserver(() => {
  const height = Math.ceil(main.getBoundingClientRect().height);
  if (height === lastHeight || height <= 0) return;
  lastHeight = height;
  post({ type: "cgviz:resize", height });
  post({ subject: "lti.frameResize", height });
}).observe(main);

// ---- start -------------------------------------------------------------------------------

// "ready" means "listening": the message handler above is in place.
post({ type: "cgviz:ready" });
const start = startingPoint(document, { page, source: state.source, drawnIn });
if (start?.graph) showGraph(start.graph, resolveStep(state.step, start.graph.steps?.length ?? 0));
else if (start?.error) showError(start.error);
else request(state.step);
if (state.autoplay && stage.graph) {
  stage.player.first();
  stage.player.play();
}
