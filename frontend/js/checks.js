// A backward pass written by hand after the forward one, checked (the graph JSON's `checks`,
// docs/api.md): a ✓ or ✗ in the editor's gutter beside each of its lines (editormarks.js), a
// summary under the editor naming what is wrong and why, and on the circuit each wrong
// gradient struck through under the true one. A click on a ✗ (or its button in the summary)
// steps the player to the step that computes that gradient, so the student sees
// upstream × local = downstream for it.
//
//   const checks = createChecks({ editor, stage });
//   checks.setGraph(graph)   // after stage.setGraph: marks for its checks (none: all gone)
//   checks.setStale(true)    // the program changed into one with an error: dim the marks

import { FONT, TEXT_INSET, textWidth } from "./circuit-geometry.js";
import { formatCoordinate as fc, formatSummary } from "./format.js";
import { t } from "./i18n.js";

/** @import { CircuitView } from "./circuit.js" */
/** @import { Editor } from "./editor.js" */
/** @import { Frame } from "./frames.js" */
/** @import { Stage } from "./stage.js" */
/** @import { Check, Graph } from "./types/graph.js" */

/**
 * What a line's mark says: right or wrong, whether the line is the one its check points at
 * (`main`), and the check.
 * @typedef {{ok: boolean, main: boolean, check: Check}} Mark
 */

const SVG_NS = "http://www.w3.org/2000/svg";
const GOT_FONT = 14;  // the struck-through value, a size smaller than the true gradient's
const GOT_GAP = 4;  // between the true gradient's baseline box and the struck value

/**
 * Line → what its mark says. A line of a wrong gradient is ✗; the line a check points at
 * (`line`: the failing one, or the `=` that dropped earlier contributions) carries its
 * message, the others of that gradient say where to look. Wrong wins over right on a line
 * that assigns two names. Pure.
 * @param {Check[] | null | undefined} checks
 * @returns {Map<number, Mark>}
 */
export function lineMarks(checks) {
  /** @type {Map<number, Mark>} */
  const marks = new Map();
  for (const check of checks ?? []) {
    for (const line of check.lines ?? []) {
      const mark = { ok: check.ok, main: check.ok || line === check.line, check };
      const old = marks.get(line);
      if (!old || (old.ok && !mark.ok) || (!old.ok && !old.main && !mark.ok && mark.main)) {
        marks.set(line, mark);
      }
    }
    if (!check.ok && !(check.lines ?? []).includes(check.line)) {
      marks.set(check.line, { ok: false, main: true, check });
    }
  }
  return marks;
}

/**
 * The wrong checks split into `roots`, whose lines read no other wrong gradient (a mistake
 * is there), and `follow`, which read one (they may be wrong only because of it). Pure.
 * @param {Check[] | null | undefined} checks
 * @returns {{roots: Check[], follow: Check[]}}
 */
export function causes(checks) {
  const wrong = new Set((checks ?? []).filter((c) => !c.ok).map((c) => c.name));
  /** @type {Check[]} */
  const roots = [];
  /** @type {Check[]} */
  const follow = [];
  for (const check of checks ?? []) {
    if (check.ok) continue;
    if ((check.reads ?? []).some((name) => wrong.has(name))) follow.push(check);
    else roots.push(check);
  }
  return { roots, follow };
}

/**
 * What a check's mark says when pointed at: its message, and for another line of a wrong
 * gradient, where its mistake is. Pure.
 * @param {Mark} mark
 * @returns {string}
 */
export function markTitle(mark) {
  const { check } = mark;
  if (mark.ok || mark.main) return check.message;
  return t("ui.check_see_line", { name: check.name, line: check.line });
}

/**
 * @param {{editor: Editor, stage: Stage}} o
 * @returns {{setGraph: (graph: Graph | null) => void, setStale: (stale: boolean) => void,
 *            readonly element: HTMLDivElement}}
 */
export function createChecks({ editor, stage }) {
  const doc = editor.element.ownerDocument;
  const box = /** @type {HTMLElement} */ (editor.element.parentElement);  // .code
  const summary = doc.createElement("div");
  summary.id = "checks";
  summary.className = "checks-summary";
  summary.hidden = true;
  (doc.getElementById("error") ?? box).after(summary);

  /** @type {Graph | null} */
  let graph = null;
  /** @type {CircuitView | null} */
  let view = null;
  /** @type {SVGGElement | null} */
  let layer = null;
  /** @type {Array<() => unknown>} */
  let off = [];  // the circuit view's listeners
  /** @type {string | null} */
  let focused = null;  // the check last shown by a click

  // ---- the gutter (the editor's, aria-hidden: the summary below says it for readers) -----

  /** @param {Check[]} checks */
  function drawGutter(checks) {
    const marks = lineMarks(checks);
    box.classList.toggle("has-checks", marks.size > 0);
    editor.setLineMarks([...marks].map(([line, mark]) => ({
      line, make: () => markOf(line, mark),
    })));
  }

  /**
   * The element of a line's mark: ✓, or ✗ as a button that shows its gradient's step.
   * @param {number} line
   * @param {Mark} mark
   */
  function markOf(line, mark) {
    const el = doc.createElement(mark.ok ? "span" : "button");
    el.className = `check-mark ${mark.ok ? "ok" : "wrong"}${mark.main ? "" : " also"}`;
    el.classList.toggle("focused", !mark.ok && focused === mark.check.name);
    el.textContent = mark.ok ? "✓" : "✗";
    el.title = markTitle(mark);
    el.dataset.line = String(line);
    el.dataset.name = mark.check.name;
    if (!mark.ok) {
      const button = /** @type {HTMLButtonElement} */ (el);
      button.type = "button";
      button.tabIndex = -1;  // the summary's buttons are the keyboard's way in
      button.addEventListener("click", () => goto(mark.check));
    }
    return el;
  }

  // ---- the summary -----------------------------------------------------------------------

  /** @param {Check[]} checks */
  function drawSummary(checks) {
    summary.hidden = checks.length === 0;
    if (!checks.length) {
      summary.replaceChildren();
      return;
    }
    const { roots, follow } = causes(checks);
    const right = checks.filter((c) => c.ok).length;
    const head = doc.createElement("p");
    head.className = "checks-head";
    const title = doc.createElement("strong");
    title.textContent = `${t("ui.checks_title")}: `;
    head.append(title, doc.createTextNode(t("ui.checks_summary", { ok: right,
                                                                    total: checks.length })));
    if (right === checks.length) {
      const done = doc.createElement("span");
      done.className = "checks-done";
      done.textContent = " ✓";
      head.append(done);
    }
    /** @type {HTMLElement[]} */
    const parts = [head];
    if (roots.length) {
      const list = doc.createElement("ul");
      for (const check of roots) {
        const item = doc.createElement("li");
        item.append(gotoButton(check, `✗ ${check.name} · ${t("ui.check_line",
                                                                { line: check.line })}`),
                    doc.createTextNode(` ${check.message}`));
        list.append(item);
      }
      parts.push(list);
    }
    if (follow.length) {  // wrong only through the ones above, perhaps: named, not explained
      const p = doc.createElement("p");
      p.className = "checks-follow";
      p.append(doc.createTextNode(`${t("ui.checks_follow")} `));
      for (const check of follow) p.append(gotoButton(check, check.name), " ");
      parts.push(p);
    }
    summary.replaceChildren(...parts);
  }

  /**
   * @param {Check} check
   * @param {string} text
   */
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

  // ---- the circuit -----------------------------------------------------------------------

  /** @param {Check[]} checks */
  function drawCircuitMarks(checks) {
    layer?.remove();
    layer = null;
    const wrongs = checks.filter((c) => !c.ok && c.node);
    if (!view || !wrongs.length) return;
    const marks = doc.createElementNS(SVG_NS, "g");
    layer = marks;
    marks.setAttribute("class", "checks");
    for (const check of wrongs) {
      const node = /** @type {string} */ (check.node);  // the wrong ones with a wire, as filtered
      const p = view.placed(node);
      if (!p?.grad) continue;
      const text = check.got == null ? "✗" : formatSummary(check.got, view.digits);
      const font = GOT_FONT;
      const x = Number(p.grad.x);
      const y = Number(p.grad.y) + (Number(p.grad.font) || FONT) * 0.35 + GOT_GAP + font;
      const g = doc.createElementNS(SVG_NS, "g");
      g.setAttribute("class", "check-got");
      g.setAttribute("data-node", node);
      g.setAttribute("data-name", check.name);
      const title = doc.createElementNS(SVG_NS, "title");
      title.textContent = `${check.name}: ${check.message}`;
      // the hand-written name where wires have theirs (left of the wire), its value crossed out
      const name = doc.createElementNS(SVG_NS, "text");
      name.setAttribute("class", "check-name");
      name.setAttribute("x", fc(Number(p.wire.x1) - TEXT_INSET));
      name.setAttribute("y", fc(y));
      name.setAttribute("font-size", fc(font));
      name.setAttribute("text-anchor", "end");
      name.textContent = check.name;
      const label = doc.createElementNS(SVG_NS, "text");
      label.setAttribute("class", "check-value");
      label.setAttribute("x", fc(x));
      label.setAttribute("y", fc(y));
      label.setAttribute("font-size", fc(font));
      label.textContent = text;
      g.append(title, name, label);
      if (check.got != null) {  // struck through: the hand-written value, not the gradient
        const width = textWidth(text, font);
        const strike = doc.createElementNS(SVG_NS, "line");
        for (const [k, v] of Object.entries({ x1: fc(x - 1), x2: fc(x + width + 1),
                                              y1: fc(y - font * 0.32), y2: fc(y - font * 0.32),
                                              "stroke-width": "1.5" })) {
          strike.setAttribute(k, v);
        }
        g.append(strike);
      }
      marks.append(g);
    }
    view.svg.append(marks);
    showFrame(view.frame);
  }

  /**
   * A wrong value appears with the gradient it is wrong about: not before the backward pass
   * has reached that wire.
   * @param {Frame | null | undefined} frame
   */
  function showFrame(frame) {
    if (!layer) return;
    for (const g of layer.children) {
      const id = g.getAttribute("data-node") ?? "";
      g.classList.toggle("pending", Boolean(frame) && !frame?.grads?.has(id));
      g.classList.toggle("focused", focused === g.getAttribute("data-name"));
    }
  }

  /** @param {Check} check */
  function goto(check) {
    focused = check.name;
    editor.revealLine(check.line);
    if (check.step != null) stage.player.goto(check.step);
    else showFrame(view?.frame);
    for (const el of /** @type {NodeListOf<HTMLElement>} */ (
      box.querySelectorAll(".check-mark.wrong"))) {
      el.classList.toggle("focused", el.dataset.name === check.name);
    }
  }

  /** @param {CircuitView | null} next */
  function watch(next) {
    if (next === view) return;
    for (const stop of off) stop();
    view = next;
    off = view ? [view.on("draw", () => drawCircuitMarks(graph?.checks ?? [])),
                  view.on("show", (frame) => showFrame(frame))] : [];
  }

  /** @param {Graph | null} next */
  function setGraph(next) {
    graph = next;
    const checks = next?.checks ?? [];
    if (focused && !checks.some((c) => c.name === focused && !c.ok)) focused = null;
    setStale(false);
    drawGutter(checks);
    drawSummary(checks);
    watch(stage.view);
    drawCircuitMarks(checks);
  }

  /** @param {boolean} stale */
  function setStale(stale) {
    box.classList.toggle("checks-stale", stale);
    summary.classList.toggle("stale", stale);
  }

  return { setGraph, setStale, get element() { return summary; } };
}
