// node --test frontend/js/player.test.js (the frames it walks: frames.test.js)
import assert from "node:assert/strict";
import { describe, mock, test } from "node:test";

import { Player } from "./player.js";

describe("Player", () => {
  /** @param {() => void} fn */
  const withClock = (fn) => {
    mock.timers.enable({ apis: ["setTimeout"] });
    try {
      fn();
    } finally {
      mock.timers.reset();
    }
  };

  test("playing visits every index once, in order, and stops at the end", () => {
    withClock(() => {
      /** @type {number[]} */
      const seen = [];
      const p = new Player({ total: 5, index: -1, onFrame: (i) => seen.push(i) });
      p.play();
      for (let k = 0; k < 10; k++) mock.timers.tick(p.delay);
      assert.deepEqual(seen, [0, 1, 2, 3, 4]);
      assert.equal(p.playing, false);
    });
  });

  test("playing from the end restarts from -1", () => {
    withClock(() => {
      /** @type {number[]} */
      const seen = [];
      const p = new Player({ total: 3, onFrame: (i) => seen.push(i) });
      assert.equal(p.index, 2);
      p.play();
      mock.timers.tick(p.delay);
      assert.deepEqual(seen, [-1, 0]);
    });
  });

  test("pause bumps the generation so a stale loop never steps again", () => {
    withClock(() => {
      /** @type {number[]} */
      const seen = [];
      const p = new Player({ total: 10, index: -1, onFrame: (i) => seen.push(i) });
      p.play();
      const g1 = p.generation;
      p.pause();
      assert.ok(p.generation > g1);
      p.play();
      assert.ok(p.generation > g1 + 1);
      mock.timers.tick(p.delay);
      assert.deepEqual(seen, [0]); // one loop, not two
      p.pause();
      mock.timers.tick(p.delay * 5);
      assert.deepEqual(seen, [0]);
    });
  });

  test("stepping by hand pauses playback and stays in range", () => {
    withClock(() => {
      const p = new Player({ total: 4, index: -1 });
      p.play();
      p.next();
      assert.equal(p.playing, false);
      assert.equal(p.index, 0);
      p.prev(); p.prev(); p.prev();
      assert.equal(p.index, -1);
      p.last();
      assert.equal(p.index, 3);
      p.next();
      assert.equal(p.index, 3);
      p.goto(1);
      assert.equal(p.index, 1);
      p.first();
      assert.equal(p.index, -1);
    });
  });

  test("a faster speed shortens the delay between steps", () => {
    withClock(() => {
      /** @type {number[]} */
      const seen = [];
      const p = new Player({ total: 10, index: -1, speed: 4, onFrame: (i) => seen.push(i) });
      const slow = new Player({ total: 10 }).delay;
      assert.equal(p.delay * 4, slow);
      p.play();
      for (let k = 0; k < 4; k++) mock.timers.tick(slow / 4);
      assert.deepEqual(seen, [0, 1, 2, 3]);
      p.speed = /** @type {any} */ ("garbage");  // deliberately not a number
      assert.equal(p.speed, 1);
    });
  });

  test("reduced motion turns off animation but playing still steps", () => {
    withClock(() => {
      /** @type {Array<[number, boolean]>} */
      const calls = [];
      const p = new Player({ total: 3, index: -1, reducedMotion: true,
        onFrame: (i, how) => calls.push([i, how.animate]) });
      p.play();
      mock.timers.tick(p.delay);
      assert.deepEqual(calls, [[0, false]]);
    });
  });

  test("subscribers hear play, pause and moves; a new trace keeps a still valid index", () => {
    /** @type {string[]} */
    const states = [];
    const p = new Player({ total: 6, index: 2 });
    const off = p.subscribe((s) => states.push(`${s.index}:${s.playing}`));
    p.next();
    p.setTotal(10);
    assert.equal(p.index, 3);
    p.setTotal(2);
    assert.equal(p.index, 1);
    off();
    p.first();
    assert.deepEqual(states, ["3:false", "3:false", "1:false"]);
    const empty = new Player({ total: 0 });
    empty.play();
    assert.equal(empty.playing, false);
    assert.equal(empty.index, -1);
  });

  test("a limit holds moves, playing and new traces at a quiz's open question", () => {
    withClock(() => {
      /** @type {number[]} */
      const seen = [];
      let held = 0;
      const p = new Player({ total: 10, index: -1, onFrame: (i) => seen.push(i) });
      p.limit = 3;
      p.onLimit = () => { held += 1; };
      p.play();
      for (let k = 0; k < 10; k++) mock.timers.tick(p.delay);
      assert.deepEqual(seen, [0, 1, 2, 3], "playing stops at the limit");
      assert.equal(p.playing, false);
      assert.equal(held, 0, "playing up to the limit is no attempt to pass it");
      p.next();
      assert.equal(p.index, 3);
      assert.equal(held, 1);
      assert.deepEqual(seen, [0, 1, 2, 3, 3], "held back, the frame is shown again");
      p.last();
      assert.equal(p.index, 3);
      p.play();
      assert.equal(p.playing, false);
      assert.equal(held, 3);
      p.prev();
      assert.equal(p.index, 2, "going back is never held");
      p.goto(7);
      assert.equal(p.index, 3);
      p.setTotal(10, 9);
      assert.equal(p.index, 3, "a new trace opens at the limit too");
      p.limit = Infinity;
      p.last();
      assert.equal(p.index, 9);
      assert.equal(p.atEnd, true);
      p.limit = /** @type {any} */ ("nonsense");  // deliberately not a number
      assert.equal(p.limit, Infinity);
    });
  });
});
