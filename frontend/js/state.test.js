// node --test frontend/js/state.test.js
import assert from "node:assert/strict";
import { test } from "node:test";

import { defaults, parse, PARAMS, resolveStep, serialize, stepOf } from "./state.js";

/** @import { State } from "./state.js" */

test("an empty query is every default and serializes to nothing", () => {
  for (const search of ["", "?", undefined, null]) assert.deepEqual(parse(search), defaults());
  assert.equal(serialize(defaults()), "");
  assert.equal(serialize({}), "");
});

test("a full state survives the round trip through the URL", () => {
  /** @type {State} */
  const state = {
    source: "x = -2; y = 5; z = -4\nq = x + y  # comment & more\nf = q * z",
    values: { x: 3, θ: [[1, 2], [3, -4.5]], w0: [0.1, 0.2] },
    step: 7,
    options: { expand: ["sigmoid", "tanh"], collapse: ["neuron", "θ_layer"], digits: 3 },
    theme: "dark",
    lang: "ru",
    autoplay: true,
    controls: false,
    hide: ["editor", "caption"],
    speed: 0.5,
    view: "table",
    train: ["w0", "θ"],
    lr: 0.05,
    quiz: "inputs",
  };
  const search = serialize(state);
  assert.match(search, /^\?source=/);
  assert.deepEqual(parse(search), state);
  assert.deepEqual(parse(search.slice(1)), state, "the leading ? is optional");
  assert.deepEqual(parse(new URLSearchParams(search)), state);
});

test("the descent panel's ticks are a comma list of distinct names and its rate a number", () => {
  assert.deepEqual(parse("?train=w0,b&lr=0.1").train, ["w0", "b"]);
  assert.equal(parse("?lr=0.1").lr, 0.1);
  assert.deepEqual(parse("?train=w0,w0").train, [], "repeats are not a choice");
  assert.deepEqual(parse("?train=1x").train, [], "nor is a name that is not an identifier");
  assert.equal(parse("?lr=0").lr, 0.5);
  assert.equal(serialize({ ...defaults(), train: ["w"], lr: 0.5 }), "?train=w");
});

test("serialize leaves out defaults and keeps the table's order", () => {
  assert.equal(serialize({ ...defaults(), step: -1 }), "?step=-1");
  assert.equal(serialize({ ...defaults(), view: "table", source: "a*b" }),
    "?source=a*b&view=table");
  assert.equal(serialize({ ...defaults(), hide: ["table", "editor"] }),
    "?hide=editor%2Ctable");
});

test("step is an integer from -1 or the word end", () => {
  assert.equal(parse("?step=end").step, "end");
  assert.equal(parse("?step=0").step, 0);
  assert.equal(parse("?step=-1").step, -1);
  for (const bad of ["-2", "1.5", "1e3", "abc", "", " 3", "0x10", "99999999999"]) {
    assert.equal(parse(`?step=${encodeURIComponent(bad)}`).step, "end", bad);
  }
});

test("out-of-range steps resolve to the end, and the end is written as end", () => {
  assert.equal(resolveStep("end", 10), 9);
  assert.equal(resolveStep(3, 10), 3);
  assert.equal(resolveStep(-1, 10), -1);
  assert.equal(resolveStep(10, 10), 9);
  assert.equal(resolveStep(5, 0), -1);
  assert.equal(stepOf(9, 10), "end");
  assert.equal(stepOf(4, 10), 4);
});

test("values must be a JSON object of names to numbers or rectangular nested lists", () => {
  const ok = { x: -2, W: [[1, 2], [3, 4]], v: [1], μ: 0.5, x_1: 1e-3 };
  assert.deepEqual(parse(`?values=${encodeURIComponent(JSON.stringify(ok))}`).values, ok);
  for (const bad of ['{"x": "2"}', '{"x": [[1, 2], [3]]}', '{"x": []}', '{"x": [[]]}',
    '{"1x": 2}', '{"x y": 2}', "[1, 2]", "3", "null", '{"x": null}', '{"x": true}',
    '{"x": [1, [2]]}', '{"x": [[1], 2]}', "{not json", '{"x": 1e999}']) {
    assert.deepEqual(parse(`?values=${encodeURIComponent(bad)}`).values, {}, bad);
  }
});

test("options accept known keys with valid values and nothing else", () => {
  const ok = { expand: ["sigmoid"], collapse: ["neuron"], digits: 0, code: true };
  assert.deepEqual(parse(`?options=${encodeURIComponent(JSON.stringify(ok))}`).options, ok);
  for (const bad of ['{"expand": ["relu"]}', '{"digits": 7}', '{"digits": 2.5}',
    '{"expand": "sigmoid"}', '{"colour": "red"}', '{"expand": ["tanh", "tanh"]}', "[]",
    '{"collapse": ["f", "f"]}', '{"collapse": ["not a name"]}', '{"collapse": "f"}']) {
    assert.deepEqual(parse(`?options=${encodeURIComponent(bad)}`).options, {}, bad);
  }
});

test("enums, flags, lists and speeds fall back to defaults on anything unknown", () => {
  const s = parse("?theme=blue&lang=fr&autoplay=yes&controls=2&hide=editor,bogus&speed=3" +
    "&view=graph&unknown=1&constructor=1");
  assert.deepEqual(s, defaults());
  const t = parse("?theme=dark&lang=ru&autoplay=1&controls=0&hide=caption,,editor&speed=4" +
    "&view=table");
  assert.deepEqual({ ...t }, { ...defaults(), theme: "dark", lang: "ru", autoplay: true,
    controls: false, hide: ["editor", "caption"], speed: 4, view: "table" });
});

test("garbage never throws and always yields a complete state", () => {
  const garbage = ["%", "%E0%A4%A", "?&&&==", "?source", "?values=%7B", "?step=%00",
    "?hide=,,,", "?speed=NaN", "?speed=Infinity", "?autoplay=__proto__", "?theme=toString",
    "?lang=constructor", `?source=${"x".repeat(300_000)}`, "?values=" + "[".repeat(5000),
    "?__proto__=1&prototype=2", 42, {}, ["a"], new Date(0)];
  // plus a deterministic pseudo-random fuzz over a small alphabet of URL-ish characters
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const alphabet = "?&=%,[]{}\":-.0123456789abcdefghijklmnopqrstuvwxyzθ+ ";
  for (let i = 0; i < 500; i++) {
    const name = PARAMS[Math.floor(rand() * PARAMS.length)].name;
    let value = "";
    const length = 1 + rand() * 20;
    for (let j = 0; j < length; j++) value += alphabet[Math.floor(rand() * alphabet.length)];
    garbage.push(`?${name}=${value}`, `${value}`);
  }
  const keys = Object.keys(defaults()).sort();
  for (const g of garbage) {
    const s = parse(g);
    assert.deepEqual(Object.keys(s).sort(), keys);
    // whatever was parsed serializes and parses back to itself
    assert.deepEqual(parse(serialize(s)), s, String(g).slice(0, 60));
  }
});

test("serialize skips values that would not parse back", () => {
  /** @type {any} deliberately not a state */
  const s = { ...defaults(), values: { x: NaN }, step: "later", theme: "blue", speed: 3,
    hide: ["nope"] };
  assert.equal(serialize(s), "");
});

test("defaults are fresh objects, so editing one state never changes another", () => {
  const a = parse("");
  a.values.x = 1;
  a.hide.push("editor");
  assert.deepEqual(parse("").values, {});
  assert.deepEqual(parse("").hide, []);
});

test("no lang parameter is kept apart from lang=en, so the browser's language can decide", () => {
  assert.equal(defaults().lang, null);
  assert.equal(parse("?source=x").lang, null);
  assert.equal(parse("?lang=en").lang, "en");
  assert.equal(serialize({ ...defaults(), lang: "en" }), "?lang=en");
  assert.equal(serialize({ ...defaults(), lang: null }), "");
});

test("quiz is off, on (1) or for the inputs only, and anything else is off", () => {
  assert.equal(parse("").quiz, "0");
  assert.equal(parse("?quiz=1").quiz, "1");
  assert.equal(parse("?quiz=inputs").quiz, "inputs");
  for (const bad of ["yes", "2", "", "INPUTS"]) assert.equal(parse(`?quiz=${bad}`).quiz, "0", bad);
  assert.equal(serialize({ quiz: "0" }), "");
  assert.equal(serialize({ source: "f = x", quiz: "1" }), "?source=f+%3D+x&quiz=1");
});
