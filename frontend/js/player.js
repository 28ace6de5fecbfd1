// The Player that walks a trace's frames (pure: no DOM; the frames are frames.js's).
//
// It follows tensorflow/playground's: play/pause with a generation counter so that a stale
// timer loop notices it was superseded and stops; timers are looked up on `globalThis` at call
// time so Playwright's clock (and node's mock timers) can drive them.

import { clampIndex } from "./frames.js";

export const SPEEDS = [0.5, 1, 2, 4];
const MS_PER_STEP = 900; // at 1×: long enough to read a caption aloud in class

function prefersReducedMotion() {
  return Boolean(globalThis.matchMedia?.("(prefers-reduced-motion: reduce)")?.matches);
}

/**
 * What a subscriber hears on every change.
 * @typedef {{index: number, total: number, playing: boolean, speed: number}} PlayerState
 */

/**
 * Called whenever the index changes; `animate` is false under reduced motion.
 * @typedef {(index: number, how: {playing: boolean, animate: boolean}) => void} OnFrame
 */

export class Player {
  /** @type {number} */
  #index;
  /** @type {number} */
  #total;
  #speed = 1;
  #playing = false;
  #generation = 0; // bumped by pause(): a timer from an older generation does nothing
  /** @type {ReturnType<typeof setTimeout> | null} */
  #timer = null;
  #limit = Infinity; // the furthest index a move may reach (quiz.js: the open question's step)
  /** @type {Set<(state: PlayerState) => void>} */
  #listeners = new Set();
  /** @type {OnFrame} */
  #onFrame;

  /**
   * onFrame(index, {playing, animate}) is called whenever the index changes.
   * @param {{total?: number, index?: number, speed?: number, onFrame?: OnFrame,
   *          reducedMotion?: boolean}} [options]  index: clamped (-1 … total - 1); the end
   *   if left out
   */
  constructor({ total = 0, index, speed = 1, onFrame = () => {}, reducedMotion } = {}) {
    this.#total = Math.max(0, Math.trunc(total) || 0);
    this.#index = clampIndex(index ?? this.#total - 1, this.#total);
    this.speed = speed;
    this.#onFrame = onFrame;
    this.reducedMotion = reducedMotion ?? prefersReducedMotion();
  }

  get index() { return this.#index; }
  get total() { return this.#total; }
  get playing() { return this.#playing; }
  get generation() { return this.#generation; }
  /** @returns {number} */
  get speed() { return this.#speed; }
  /** @param {unknown} s  a positive number; anything else is 1 */
  set speed(s) {
    const n = Number(s);
    this.#speed = Number.isFinite(n) && n > 0 ? n : 1;
    this.#notify();
  }
  /** Milliseconds between steps while playing. */
  get delay() { return MS_PER_STEP / this.#speed; }
  get atEnd() { return this.#index >= this.#total - 1; }

  /** The furthest index moves, playing and new traces may reach: a quiz holds the trace at
   *  its open question. Infinity (the default) is the end. Setting it moves nothing. */
  /** @returns {number} */
  get limit() { return this.#limit; }
  /** @param {unknown} n  a number (NaN: Infinity) */
  set limit(n) {
    const v = Number(n);
    this.#limit = Number.isNaN(v) ? Infinity : Math.max(-1, v);
  }

  /**
   * Called (no arguments) when a move by hand, or play, was held back by `limit`.
   * @type {(() => void) | null}
   */
  onLimit = null;

  // The last index the trace may show now.
  get #stop() { return Math.min(this.#total - 1, this.#limit); }

  /**
   * A new trace (the program changed): keep the index if it still exists, else the end.
   * @param {number} total
   * @param {number} [index]
   */
  setTotal(total, index = this.#index) {
    this.pause();
    this.#total = Math.max(0, Math.trunc(total) || 0);
    const i = Number(index);
    this.#index = Math.min(i >= -1 && i < this.#total ? Math.trunc(i) : this.#total - 1,
                           Math.max(-1, this.#stop));
    this.#emit();
  }

  // User moves pause playback: a student who steps by hand wants the picture to stay put.
  /** @param {number} index */
  goto(index) { this.pause(); this.#move(index, true); }
  next() { this.goto(this.#index + 1); }
  prev() { this.goto(this.#index - 1); }
  first() { this.goto(-1); }
  last() { this.goto(this.#total - 1); }

  play() {
    if (this.#playing || this.#total === 0) return;
    if (this.atEnd) this.#move(-1); // playing from the end starts over
    if (this.#index >= this.#stop) { // held at the limit: nothing to play
      this.onLimit?.();
      return;
    }
    this.#playing = true;
    this.#generation += 1;
    this.#schedule(this.#generation);
    this.#notify();
  }

  pause() {
    if (!this.#playing) return;
    this.#playing = false;
    this.#generation += 1;
    globalThis.clearTimeout(this.#timer ?? undefined);
    this.#timer = null;
    this.#notify();
  }

  toggle() { if (this.#playing) this.pause(); else this.play(); }

  /**
   * listener({index, total, playing, speed}) on every change; returns an unsubscribe.
   * @param {(state: PlayerState) => void} listener
   * @returns {() => boolean}
   */
  subscribe(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  destroy() {
    this.pause();
    this.#listeners.clear();
    this.#onFrame = () => {};
  }

  /** @param {number} generation */
  #schedule(generation) {
    this.#timer = globalThis.setTimeout(() => this.#tick(generation), this.delay);
  }

  /** @param {number} generation */
  #tick(generation) {
    if (generation !== this.#generation || !this.#playing) return; // a stale loop stops here
    this.#move(this.#index + 1);
    if (this.#index >= this.#stop) {
      this.#playing = false;
      this.#generation += 1;
      this.#timer = null;
      this.#notify();
    } else {
      this.#schedule(generation);
    }
  }

  /**
   * @param {number} index
   * @param {boolean} [byHand]
   */
  #move(index, byHand = false) {
    const wanted = clampIndex(index, this.#total);
    const i = Math.min(wanted, Math.max(-1, this.#limit));
    if (i < wanted && byHand) {
      if (i === this.#index) this.#emit(); // a scrubber dragged past the limit snaps back
      this.onLimit?.();
    }
    if (i === this.#index) return;
    this.#index = i;
    this.#emit();
  }

  #emit() {
    this.#onFrame(this.#index, { playing: this.#playing, animate: !this.reducedMotion });
    this.#notify();
  }

  #notify() {
    const state = { index: this.#index, total: this.#total, playing: this.#playing,
      speed: this.#speed };
    for (const listener of this.#listeners) listener(state);
  }
}
