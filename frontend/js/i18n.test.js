import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import {
  fill, keyParts, known, language, pickLanguage, readCatalogs, setLanguage, t, translator,
} from "./i18n.js";

/** @type {(lang: string) => Record<string, string>} */
const catalog = (lang) => JSON.parse(readFileSync(
  new URL(`../../backend/cgviz/i18n/${lang}.json`, import.meta.url), "utf8"));
/** @type {(c: Record<string, string>) => Record<string, string>} */
const browserPart = (c) => Object.fromEntries(
  Object.entries(c).filter(([k]) => k.startsWith("ui.") || k.startsWith("example.")));
const CATALOGS = { en: browserPart(catalog("en")), ru: browserPart(catalog("ru")) };

test("the lang URL parameter wins over the browser's languages", () => {
  assert.equal(pickLanguage("?source=x&lang=ru", ["en-US"]), "ru");
  assert.equal(pickLanguage(new URLSearchParams("lang=en"), ["ru-RU"]), "en");
});

test("without a usable lang parameter the first browser language we have wins", () => {
  assert.equal(pickLanguage("", ["ru-RU", "en"]), "ru");
  assert.equal(pickLanguage("?lang=fr", ["de-DE", "ru", "en"]), "ru");
  assert.equal(pickLanguage("", "ru"), "ru");
});

test("anything else is English", () => {
  assert.equal(pickLanguage("", ["de", "fr-FR"]), "en");
  assert.equal(pickLanguage("?lang=constructor", []), "en");
  assert.equal(pickLanguage(undefined, undefined), "en");
});

test("known reads region and case variants of a tag", () => {
  assert.equal(known("RU_ru"), "ru");
  assert.equal(known(" en-GB "), "en");
  assert.equal(known("uk"), null);
  assert.equal(known(null), null);
});

test("fill puts named parameters in any order and keeps doubled braces literal", () => {
  assert.equal(fill("шаг {k} из {n}", { n: 12, k: 3 }), "шаг 3 из 12");
  assert.equal(fill('values={{"{name}": 2}}', { name: "x" }), 'values={"x": 2}');
  assert.equal(fill("{missing} stays", {}), "{missing} stays");
  assert.equal(fill("{toString}", {}), "{toString}");
});

test("a translator falls back to English, then to the key itself", () => {
  const tr = translator({ en: { "ui.a": "A {x}", "ui.b": "B" }, ru: { "ui.a": "А {x}" } }, "ru");
  assert.equal(tr("ui.a", { x: 1 }), "А 1");
  assert.equal(tr("ui.b"), "B");
  assert.equal(tr("ui.nope"), "ui.nope");
});

test("the active language translates the real catalogs' labels", () => {
  assert.equal(setLanguage("ru-RU", CATALOGS), "ru");
  assert.equal(language(), "ru");
  assert.equal(t("ui.step_of", { k: 2, n: 9 }), "шаг 2 из 9");
  assert.equal(t("ui.error_position", { line: 3, column: 7 }), "строка 3, столбец 7");
  setLanguage("xx", CATALOGS);
  assert.equal(language(), "en");
  assert.equal(t("ui.link_copied"), "Link copied");
});

test("both catalogs give the browser the same keys with the same placeholders", () => {
  /** @type {(s: string) => string[]} */
  const names = (s) => [...s.matchAll(/\{([A-Za-z_]\w*)\}/g)].map((m) => m[1]).sort();
  assert.deepEqual(Object.keys(CATALOGS.ru).sort(), Object.keys(CATALOGS.en).sort());
  for (const [key, en] of Object.entries(CATALOGS.en)) {
    assert.deepEqual(names(CATALOGS.ru[key]), names(en), key);
  }
});

test("every label the app needs is in the catalog", () => {
  for (const key of ["ui.step_first", "ui.step_prev", "ui.play", "ui.pause", "ui.step_next",
    "ui.step_last", "ui.speed", "ui.step_of", "ui.share", "ui.link_copied", "ui.embed",
    "ui.export_svg", "ui.export_png", "ui.table", "ui.fit", "ui.examples", "ui.program",
    "ui.inputs", "ui.values", "ui.gradients", "ui.error_position"]) {
    assert.ok(Object.hasOwn(CATALOGS.en, key), key);
  }
});

test("readCatalogs takes the page's embedded JSON and survives its absence or damage", () => {
  /** @type {(text: string | null) => Parameters<typeof readCatalogs>[0]} a page of one block */
  const doc = (text) => ({ getElementById: (id) => (id === "cgviz-messages"
    ? (text === null ? null : { textContent: text }) : null) });
  assert.deepEqual(readCatalogs(doc('{"en": {"ui.a": "A"}}')), { en: { "ui.a": "A" } });
  assert.deepEqual(readCatalogs(doc(null)), {});
  assert.deepEqual(readCatalogs(doc("{not json")), {});
  assert.deepEqual(readCatalogs(doc("[1]")), {});
  assert.deepEqual(readCatalogs(undefined), {});
});

test("keyParts splits a hint into text and keycaps and leaves unknown names as text", () => {
  assert.deepEqual(keyParts("{ctrl}+{enter} now, {n} left"),
    [{ cap: "Ctrl" }, "+", { cap: "Enter" }, " now, {n} left"]);
  assert.deepEqual(keyParts("plain"), ["plain"]);
});

test("both catalogs' editor hints name the same keycaps", () => {
  /** @type {(lang: string) => string[]} */
  const caps = (lang) => keyParts(catalog(lang)["ui.editor_hint"])
    .flatMap((p) => (typeof p === "string" ? [] : [p.cap])).sort();
  assert.deepEqual(caps("ru"), caps("en"));
  assert.ok(caps("en").length >= 8);
});
