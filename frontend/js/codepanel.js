// The staged code beside the circuit (options.code, README "Teaching options"): the circuit as
// the notes write it, forward then backward, with the line of the current step highlighted.
//
// The server writes the code and gives every step its `code_line` (1-based, in `forward` for a
// forward step and in `backward` for a seed, gate or accumulate step), so this module only
// lays the text out and follows the Player: `show(frame)` moves one highlight and scrolls the
// panel itself (never the page) so the line stays in sight while the class steps through.
//
//   const panel = createCodePanel(container);
//   panel.setGraph(graph);   // rebuilds the lines when the code changed
//   panel.show(frame);       // highlights frame.step.code_line

import { t } from "./i18n.js";

/** @import { Frame } from "./frames.js" */
/** @import { Graph } from "./types/graph.js" */

/** @type {Array<"forward" | "backward">} */
const PARTS = ["forward", "backward"];

/**
 * The code's lines as `<span class="line" data-line="k">` with a number gutter, in a <pre>.
 * @param {Document} doc
 * @param {string} text
 */
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
    // a comment in its own span: the notes' "(3) **2" tags read as annotations, not code
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

/**
 * Scroll `box` (not the window) so that `row` is inside it, as block: "nearest" would.
 * `box` is positioned (`.code-scroll` in teach.css), so a row's offsetTop is measured from its
 * top.
 * @param {HTMLElement} box
 * @param {HTMLElement} row
 */
function keepInSight(box, row) {
  const top = row.offsetTop;
  const bottom = top + row.offsetHeight;
  const margin = row.offsetHeight * 2;
  if (top - margin < box.scrollTop) box.scrollTop = Math.max(0, top - margin);
  else if (bottom + margin > box.scrollTop + box.clientHeight) {
    box.scrollTop = bottom + margin - box.clientHeight;
  }
}

/**
 * @param {HTMLElement} container  emptied and filled with the panel
 * @returns {{setGraph(graph: Graph | null): void, show(frame: Frame | null): void,
 *            element: HTMLElement}}
 */
export function createCodePanel(container) {
  const doc = container.ownerDocument;
  container.classList.add("code-panel");
  container.setAttribute("role", "region");
  container.setAttribute("aria-label", t("ui.code"));
  const scroller = doc.createElement("div");
  scroller.className = "code-scroll";
  scroller.tabIndex = 0;  // a scrollable region must be reachable by keyboard
  container.replaceChildren(scroller);
  /** @type {{forward: string, backward: string} | null} */
  let code = null;
  /** @type {HTMLElement | null} */
  let current = null;  // the highlighted row
  /** @type {Record<"forward" | "backward", HTMLElement[]>} */
  const rows = { forward: [], backward: [] };

  /** @param {Graph | null} graph */
  function setGraph(graph) {
    const next = graph?.code ?? null;
    if (next && code && next.forward === code.forward && next.backward === code.backward) return;
    code = next;
    current = null;
    if (!code) {
      scroller.replaceChildren();
      return;
    }
    const parts = PARTS.map((part) => {
      const section = doc.createElement("section");
      section.className = `code-part code-${part}`;
      // h2: the page's h1 (the app's name, the embed's hidden title), then the parts
      const head = doc.createElement("h2");
      head.textContent = t(part === "forward" ? "ui.code_forward" : "ui.code_backward");
      const pre = block(doc, code?.[part] ?? "");
      rows[part] = [.../** @type {NodeListOf<HTMLElement>} */ (pre.querySelectorAll(".line"))];
      section.append(head, pre);
      return section;
    });
    scroller.replaceChildren(...parts);
  }

  /** @param {Frame | null} frame */
  function show(frame) {
    const step = frame?.step ?? null;
    const part = step?.phase === "forward" ? "forward" : "backward";
    const line = step?.code_line;
    const row = typeof line === "number" && Number.isInteger(line) ? rows[part][line - 1] : null;
    if (row === current) return;
    if (current) {
      current.classList.remove("current");
      current.removeAttribute("aria-current");
    }
    current = row ?? null;
    if (!current) return;
    current.classList.add("current");
    current.setAttribute("aria-current", "step");
    container.dataset.part = part;
    if (container.offsetParent !== null) keepInSight(scroller, current);
  }

  return { setGraph, show, element: container };
}
