// The stepping controls: first / previous / play-pause / next / last, speed, the scrubber over
// the whole trace and the aria-live caption; ←/→, space, Home/End on the page.
//
// The controls only drive a Player (player.js) and show frames they are given: the app owns
// the graph and calls `update(frame)` whenever the Player moves. Buttons never become
// `disabled` at the ends of the trace (a disabled button drops keyboard focus to <body>);
// they say `aria-disabled` instead. Icons are inline SVG: no icon font, no other origin.

import { t as say } from "./i18n.js";
import { icon } from "./icons.js";
import { SPEEDS } from "./player.js";

/** @import { Frame } from "./frames.js" */
/** @import { Player } from "./player.js" */

/** @typedef {"first" | "prev" | "play" | "pause" | "next" | "last"} IconName */
/** @typedef {"first" | "prev" | "play" | "next" | "last"} Action */

/**
 * The controls a page gets: the group of buttons, the caption (null if it has none), and
 * `update(frame)` to show a frame.
 * @typedef {{element: HTMLDivElement, caption: HTMLParagraphElement | null,
 *            update: (frame: Frame) => void, destroy: () => void}} Controls
 */

// 20×20 icons; paths in the spirit of the usual media-player glyphs.
/** @type {Record<IconName, string>} */
const ICONS = {
  first: "M5 4v12 M15 4l-7 6 7 6",
  prev: "M12.5 4l-6 6 6 6",
  play: "M6 3.5v13l11-6.5z",
  pause: "M6 4h3v12H6z M11 4h3v12h-3z",
  next: "M7.5 4l6 6-6 6",
  last: "M15 4v12 M5 4l7 6-7 6",
};
const FILLED = new Set(["play", "pause"]);

// The controls' words, in the page's language (i18n.js; catalogs' ui.* keys).
function controlWords() {
  return {
    group: say("ui.controls_group"),
    first: say("ui.step_first"),
    prev: say("ui.step_prev"),
    play: say("ui.play"),
    pause: say("ui.pause"),
    next: say("ui.step_next"),
    last: say("ui.step_last"),
    speed: say("ui.speed"),
    scrubber: say("ui.scrubber"),
    phase: { start: say("ui.phase_start"), forward: say("ui.phase_forward"),
      backward: say("ui.phase_backward") },
    /** @type {(k: number, n: number) => string} */
    count: (k, n) => say("ui.step_of", { k, n }),
    /** @type {(n: number) => string} */
    ready: (n) => say("ui.steps_total", { n }),
    marker: say("ui.backward_marker"),
  };
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {Document} doc
 * @param {K} tag
 * @param {Record<string, string>} [attrs]
 * @param {Array<Node | string>} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(doc, tag, attrs = {}, children = []) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/**
 * @param {Document} doc
 * @param {IconName} name
 */
function buttonIcon(doc, name) {
  return icon(doc, ICONS[name], { cls: FILLED.has(name) ? "icon-fill" : "icon-stroke" });
}

/**
 * Keys belong to the page unless focus is somewhere that uses them itself.
 * @param {KeyboardEvent} event
 */
function wantsKey(event) {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  const t = /** @type {HTMLElement | null} */ (event.target);
  if (!t || typeof t.closest !== "function") return true;
  if (t.closest("dialog[open]")) return false;
  if (t.isContentEditable || t.closest("textarea, select, [contenteditable=''], " +
    "[contenteditable='true'], [role=slider], [role=textbox]")) return false;
  if (t.closest("input")) return false; // text and number fields, sliders, the scrubber itself
  // a focused button is activated by space natively: only take the arrows and Home/End there
  if (event.key === " " && t.closest("button, a[href], summary")) return false;
  return true;
}

/** @type {Record<string, (p: Player) => void>} */
const KEYS = {
  ArrowRight: (p) => p.next(),
  ArrowLeft: (p) => p.prev(),
  " ": (p) => p.toggle(),
  Home: (p) => p.first(),
  End: (p) => p.last(),
};

/**
 * Build the controls into `container`.
 * options: {caption: true | false | Element (where to put #caption),
 *           keyboard: true, keyTarget: document, onSpeed(speed)}
 * Returns {element, caption, update(frame), destroy()}.
 * @param {HTMLElement} container
 * @param {Player} player
 * @param {{caption?: boolean | Element, keyboard?: boolean, keyTarget?: EventTarget,
 *          onSpeed?: (speed: number) => void, lang?: string | null}} [options]
 * @returns {Controls}
 */
export function createControls(container, player, options = {}) {
  const doc = container.ownerDocument;
  const t = controlWords();
  /** @type {Array<() => void>} */
  const cleanup = [];

  /** @param {Action} action */
  const button = (action) => {
    const b = el(doc, "button", { type: "button", class: "cg-btn", "data-action": action,
      "aria-label": t[action], title: t[action] }, [buttonIcon(doc, action)]);
    b.addEventListener("click", () => player[action === "play" ? "toggle" : action]());
    return b;
  };
  /** @type {Action[]} */
  const actions = ["first", "prev", "play", "next", "last"];
  const buttons = /** @type {Record<Action, HTMLButtonElement>} */ (
    Object.fromEntries(actions.map((a) => [a, button(a)])));
  buttons.play.classList.add("cg-play");

  const scrubber = el(doc, "input", { id: "scrubber", type: "range", min: "-1", max: "-1",
    step: "1", value: "-1", "aria-label": t.scrubber });
  scrubber.addEventListener("input", () => player.goto(Number(scrubber.value)));
  const marker = el(doc, "span", { class: "cg-marker", title: t.marker, "aria-hidden": "true" });
  const scrub = el(doc, "div", { class: "cg-scrub" }, [scrubber, marker]);

  const speed = el(doc, "select", { id: "speed", "aria-label": t.speed, title: t.speed },
    SPEEDS.map((s) => el(doc, "option", { value: String(s) }, [`${s}×`])));
  speed.value = String(player.speed);
  speed.addEventListener("change", () => {
    player.speed = Number(speed.value);
    options.onSpeed?.(player.speed);
  });

  const element = el(doc, "div", { class: "cg-controls", role: "group", "aria-label": t.group },
    [el(doc, "div", { class: "cg-buttons" }, Object.values(buttons)), scrub, speed]);
  container.append(element);

  /** @type {HTMLParagraphElement | null} */
  let caption = null;
  const parts = {
    phase: el(doc, "span", { class: "cg-phase" }),
    count: el(doc, "span", { class: "cg-count" }),
    text: el(doc, "span", { class: "cg-text" }),
  };
  if (options.caption !== false) {
    caption = el(doc, "p", { id: "caption", class: "cg-caption", "aria-live": "polite" },
      [parts.phase, parts.count, parts.text]);
    const realm = /** @type {typeof globalThis} */ (/** @type {unknown} */ (doc.defaultView));
    (options.caption instanceof realm.Element ? options.caption : container).append(caption);
  }

  /** @param {{playing: boolean}} state */
  const showPlaying = ({ playing }) => {
    const name = playing ? "pause" : "play";
    buttons.play.replaceChildren(buttonIcon(doc, name));
    buttons.play.setAttribute("aria-label", t[name]);
    buttons.play.title = t[name];
    buttons.play.dataset.state = playing ? "playing" : "paused";
    element.classList.toggle("is-playing", playing);
    if (speed.value !== String(player.speed)) speed.value = String(player.speed);
  };
  cleanup.push(player.subscribe(showPlaying));
  showPlaying(player);

  if (options.keyboard !== false) {
    const target = options.keyTarget ?? doc;
    /** @param {KeyboardEvent} event */
    const onKey = (event) => {
      const action = KEYS[event.key];
      if (!action || !wantsKey(event)) return;
      event.preventDefault(); // space would scroll the page, Home/End jump it
      action(player);
    };
    const listener = /** @type {EventListener} */ (onKey);
    target.addEventListener("keydown", listener);
    cleanup.push(() => target.removeEventListener("keydown", listener));
  }

  /** @param {Frame} frame */
  function update(frame) {
    const { index, total } = frame;
    const last = Math.max(-1, total - 1);
    scrubber.max = String(last);
    scrubber.value = String(index);
    scrubber.disabled = total === 0;
    const phase = t.phase[frame.phase] ?? frame.phase;
    const count = index < 0 ? t.ready(total) : t.count(index + 1, total);
    scrubber.setAttribute("aria-valuetext", `${phase}, ${count}`);
    // where the backward phase starts, as a fraction of the track (thumb centres, in CSS)
    const span = last + 1;
    const split = span > 0 ? Math.min(1, Math.max(0, (frame.backwardStart + 1) / span)) : 1;
    scrub.style.setProperty("--split", String(split));
    marker.hidden = !(frame.backwardStart > 0 && frame.backwardStart < total);
    for (const a of /** @type {const} */ (["first", "prev"])) {
      buttons[a].ariaDisabled = String(index <= -1);
    }
    for (const a of /** @type {const} */ (["next", "last"])) {
      buttons[a].ariaDisabled = String(index >= last);
    }
    element.dataset.phase = frame.phase;
    if (caption) {
      caption.dataset.phase = frame.phase;
      parts.phase.textContent = phase;
      parts.count.textContent = count;
      parts.text.textContent = frame.caption;
    }
  }

  function destroy() {
    for (const undo of cleanup) undo();
    element.remove();
    caption?.remove();
  }

  return { element, caption, update, destroy };
}
