// The main page `/`: wires the editor, the inputs, the stage (circuit, player, controls,
// table), the examples menu, Share, Embed and Export together, and keeps the address in step
// with the view (state.js), so that a copied link reopens exactly what the student sees.
//
// The server drew the first paint and put the graph JSON in the page (#cgviz-graph); this
// takes over from it without a request. Every later change goes through `request()`, whose
// answers are latest-wins (api.js).

import { fetchGraph } from "./api.js";
import { createChecks } from "./checks.js";
import { copyText, createEmbedDialog, embedSnippets, toast, tooLong } from "./dialogs.js";
import { createEditor } from "./editor.js";
import { createErrorPause } from "./errorpause.js";
import { downloadPNG, downloadSVG } from "./export.js";
import { createInputs, keepOverrides } from "./inputs.js";
import { language, pickLanguage, readCatalogs, setLanguage, t, translatePage } from "./i18n.js";
import { attachPhoneLayout, onPhoneChange, PHONE_ZOOM_ROOM, viewOptions } from "./phone.js";
import { createQuizPanel } from "./quizpanel.js";
import { ROOT_URL } from "./root.js";
import { createStage, stageOptionsOf } from "./stage.js";
import { readJSON, startingPoint } from "./start.js";
import { parse, resolveStep, serialize, stepOf } from "./state.js";
import { createSwitches } from "./switches.js";
import { createTeaching } from "./teach.js";

/** @import { Example, ErrorDetail, Graph, PageData } from "./types/graph.js" */

// The server's picture is the first paint: let the browser show it before the takeover below
// (a few hundred ms for a big circuit) instead of after it (docs/benchmarks.md, "Browser").
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * The page's element for `selector`: index.html.j2 has each one this module asks for, but
 * those it looks up with `?.`, `??` or a test.
 * @type {(selector: string) => HTMLElement}
 */
const $ = (selector) => /** @type {HTMLElement} */ (document.querySelector(selector));

// The page's language (docs/frontend.md "Language"): the `lang` parameter, else the browser's.
// The server drew the page in the request's language (Accept-Language); if ours differs, its
// labels are re-worded here and its captions fetched again in ours (see "start" below).
const drawnIn = document.documentElement.lang;
setLanguage(pickLanguage(location.search, navigator.languages), readCatalogs(document));
if (language() !== drawnIn) translatePage(document);
createSwitches(document);

/** @type {PageData} */
const page = readJSON(document, "cgviz-page") ?? { source: "", examples: [] };
const state = parse(location.search);
// The server fills in the program when the address has none (its default example).
if (!new URLSearchParams(location.search).has("source")) state.source = page.source;
/** @type {Map<string, Example>} */
const examples = new Map((page.examples ?? []).map((e) => [e.id, e]));
const hidden = new Set(state.hide);
document.documentElement.classList.add("js");

/** @type {ReturnType<typeof createTeaching> | null} */
let teaching = null;  // the teaching tools (teach.js), made once the stage exists
/** @type {ReturnType<typeof createQuizPanel> | null} */
let quiz = null;  // quiz mode (quizpanel.js), made once the stage exists
const stage = createStage({
  ...stageOptionsOf(state, hidden, $),
  table: $("#table-view"),
  // readable; the view follows the step. On a phone the circuit's box is as tall as the
  // circuit at that scale (up to phone.css's cap) with the zoom buttons under it, and a fit
  // centres the step.
  panzoom: viewOptions(
    { maxFitScale: 1.8, minFitScale: 0.6, fitHeight: false, centreOnFit: false, padBottom: 0 },
    { fitHeight: true, centreOnFit: true, padBottom: PHONE_ZOOM_ROOM }),
  onInputValueClick: (node, element) => {
    if (node?.label) inputs.editInPlace(node.label, node.value, element);
  },
  onGateToggle: (name, expand, builtin) => teaching?.toggleGate(name, expand, builtin),
  onFrame: (frame) => {
    teaching?.show(frame);  // the code panel follows the Player
    quiz?.show(frame);
    state.step = stepOf(frame.index, frame.total);
    writeUrl();
  },
  onSpeed: (speed) => {
    state.speed = speed;
    writeUrl();
  },
});

// A NEW error found while typing waits for a pause; a good circuit, and a change to an error
// already on screen, are shown at once (errorpause.js; see showError).
const errorPause = createErrorPause($("#error"), (error) => showError(error));

/** @param {string} text  the program as typed */
function typed(text) {
  state.values = keepOverrides(state.source, text, state.values);
  state.source = text;
  showExample(null);
  writeUrl();
}

// The server's textarea, which CodeMirror takes over once the circuit has (see "start").
const editor = createEditor(/** @type {HTMLTextAreaElement} */ ($("#source")), {
  errorEl: $("#error"),
  onChange: () => errorPause.typed(),
  onInput: (text) => {
    typed(text);
    return request(undefined, { typing: true });  // the editor sends keys typed meanwhile
  },
  onRun: (text) => {  // Ctrl/⌘+Enter: "now", an error included
    typed(text);
    return request();
  },
});

const inputsPanel = $("#inputs");  // shown with the first circuit
const inputs = createInputs(inputsPanel, {
  lang: state.lang,
  onChange: (name, value) => {
    state.values = { ...state.values, [name]: value };
    writeUrl();
    request();
  },
});

function writeUrl() {
  const query = serialize(state);
  if (query !== location.search) history.replaceState(history.state, "", location.pathname + query);
}

teaching = createTeaching({ state, stage, request: () => request(), writeUrl });
attachPhoneLayout(document);
onPhoneChange(() => stage.refreshView());

// Quiz mode: a Quiz button beside the step controls turns it on and off, the panel's menu
// picks what it asks for; the address keeps the choice (`quiz`), not the answers, so a shared
// link starts afresh.
quiz = createQuizPanel({
  stage, after: $("#controls"), mode: state.quiz, digits: state.options.digits ?? 2,
  toggle: true,
  onMode: (mode) => {
    state.quiz = /** @type {typeof state.quiz} */ (mode);  // the panel's modes are the parameter's
    writeUrl();
  },
});
const checks = createChecks({ editor, stage });  // a hand-written backward pass

// ---- drawing ---------------------------------------------------------------------------

/**
 * @param {Graph} graph
 * @param {number} [index]  the frame to show (stage.setGraph)
 */
function showGraph(graph, index) {
  errorPause.drop();
  $("#controls").hidden = false;
  inputsPanel.hidden = hidden.has("inputs");
  editor.showError(null);
  stage.setStale(false);
  teaching?.setGraph(graph);  // first: the code panel's lines must exist for the first frame
  quiz?.setGraph(graph);  // first too: the quiz holds the Player at its open question
  stage.setGraph(graph, index);
  checks.setGraph(graph);
  inputs.render(graph);
  showWarnings(graph.warnings ?? []);
  $("#empty-note")?.remove();
}

/**
 * Show the program's error; while typing (`typing`), a new one waits for a pause.
 * @param {ErrorDetail} error
 * @param {{typing?: boolean}} [options]
 */
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

let pending = 0;  // graph requests in flight

/**
 * Draw the state's program; `index`: the frame to show then (default: keep the step);
 * `typing`: asked for by a key in the editor (an error then waits for a pause).
 * @param {number | "end"} [index]
 * @param {{typing?: boolean}} [options]
 */
async function request(index, { typing = false } = {}) {
  if (!state.source.trim()) {  // the empty state: say what to do, keep the last circuit
    errorPause.drop();
    editor.showError(null);
    stage.setStale(true);
    emptyNote();
    return;
  }
  // The circuit is aria-busy while any request runs (a reader's screen reader waits; a
  // follow-up the editor owes starts before the attribute could be seen to drop).
  pending += 1;
  $("#circuit").setAttribute("aria-busy", "true");
  try {
    // options.lang: the API's captions, warnings and errors then match the labels around them
    const answer = await fetchGraph({ source: state.source, values: state.values,
                                      options: { ...state.options, lang: language() } });
    if (answer.stale) return;
    if (answer.ok) {
      showGraph(answer.graph, index === "end" ? answer.graph.steps.length - 1 : index);
    } else {
      showError(answer.error, { typing });
    }
  } finally {
    pending -= 1;
    if (pending === 0) $("#circuit").removeAttribute("aria-busy");
  }
}

/**
 * A note where the circuit goes: in its place while there is none yet, else above the last
 * good one (which stays, dimmed).
 * @param {string} [text]
 */
function emptyNote(text = t("ui.empty_note")) {
  const note = $("#empty-note") ?? Object.assign(document.createElement("p"),
                                                 { id: "empty-note", className: "empty-note" });
  note.textContent = text;
  if (stage.graph) $("#circuit").before(note);
  else $("#circuit").replaceChildren(note);
}

/** @param {string[]} warnings */
function showWarnings(warnings) {
  const list = $("ul.warnings");
  if (!list) return;
  list.hidden = warnings.length === 0;
  list.replaceChildren(...warnings.map((w) => Object.assign(document.createElement("li"),
                                                             { textContent: w })));
}

// ---- examples ----------------------------------------------------------------------------

const menu = /** @type {HTMLSelectElement} */ ($("#examples"));

/** @param {Example | null | undefined} example */
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
  const { expand, collapse, ...kept } = state.options;  // digits and the like are the reader's
  state.source = example.source;
  state.values = structuredClone(example.values ?? {});
  state.options = { ...kept, ...example.options };
  state.step = "end";
  editor.setValue(example.source);
  showExample(example);
  writeUrl();  // at once: the address names the example even before its circuit arrives
  request("end");
});

// ---- toolbar -----------------------------------------------------------------------------

function snippets() {
  const shared = { source: state.source, values: state.values, options: state.options,
                   theme: state.theme };
  const embedQuery = serialize({ ...shared, step: state.step, lang: state.lang,
                                 quiz: state.quiz });
  const params = new URLSearchParams({ source: state.source });
  if (Object.keys(state.values).length) params.set("values", JSON.stringify(state.values));
  if (Object.keys(state.options).length) params.set("options", JSON.stringify(state.options));
  if (state.theme !== "light") params.set("theme", state.theme);
  return embedSnippets(ROOT_URL, embedQuery, `?${params}`);
}

const embedDialog = createEmbedDialog(/** @type {HTMLDialogElement} */ ($("#embed-dialog")),
                                      snippets);
const fileName = () => {
  const graph = stage.graph;
  return (graph?.nodes.find((n) => n.id === graph.output)?.label || "circuit")
    .replace(/[^\p{L}\p{N}_-]+/gu, "_");
};

/** @type {Record<string, (button: HTMLElement) => unknown>} */
const actions = {
  share: async () => {
    writeUrl();
    if (tooLong(location.href)) {  // the server could not open it: say so
      toast(t("ui.link_too_long", { kb: Math.round(location.href.length / 1000) }));
      return;
    }
    const ok = await copyText(location.href);
    toast(ok ? t("ui.link_copied") : t("ui.copy_failed"));
  },
  embed: (button) => embedDialog.open(button),
  // with every tile in the page, not only those in view (circuit.js cull)
  "export-svg": () => stage.view?.whole((svg) => downloadSVG(svg, `${fileName()}.svg`)),
  "export-png": () => stage.view?.whole((svg) => downloadPNG(svg, `${fileName()}.png`)),
  table: () => setView(state.view === "table" ? "circuit" : "table"),
};

for (const button of /** @type {NodeListOf<HTMLElement>} */ (
  document.querySelectorAll(".toolbar [data-action]"))) {
  button.addEventListener("click", () => actions[button.dataset.action ?? ""]?.(button));
}

/** @param {"circuit" | "table"} view */
function setView(view) {
  state.view = view;
  stage.showTable(view === "table");
  $('[data-action="table"]').setAttribute("aria-pressed", String(view === "table"));
  writeUrl();
}

// ---- parts the address hides (hide=…) ----------------------------------------------------

const parts = {
  editor: ".editor", examples: "#examples", toolbar: ".toolbar", table: '[data-action="table"]',
};
for (const [part, selector] of Object.entries(parts)) {
  if (!hidden.has(part)) continue;
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll(selector))) {
    el.hidden = true;
  }
}
$("#editor-hint").hidden = false;

// ---- start: the server's graph, or the error it found ------------------------------------

// Keys typed while this module waited for the first paint (the editor has the focus from the
// start), or a program the browser restored on going back, are the program now.
const early = editor.value;
if (early !== state.source.replace(/\r\n?/g, "\n")) typed(early);

const start = startingPoint(document, { page, source: state.source, drawnIn });
if (start?.graph) showGraph(start.graph, resolveStep(state.step, start.graph.steps?.length ?? 0));
else if (start?.error) showError(start.error);
else request();
const current = [...examples.values()].find((e) => e.source === state.source);
if (current) {
  menu.value = current.id;
  showExample(current);
}
if (state.view === "table") setView("table");
if (state.autoplay) {
  stage.player.first();
  stage.player.play();
}
// The editor becomes CodeMirror once the circuit's takeover has been painted: the circuit
// answers first, and keys typed meanwhile into the textarea are kept.
requestAnimationFrame(() => setTimeout(() => editor.upgrade()));
