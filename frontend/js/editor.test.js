// How tall the editor is for a program the page sets: the server's rule (index.html.j2).

import assert from "node:assert/strict";
import { test } from "node:test";
import { rowsFor } from "./editor.js";

test("a program set by the page gets its lines and two more, from 4 to 12 rows", () => {
  assert.equal(rowsFor("f = x"), 4);
  assert.equal(rowsFor("a = 1\nb = 2\nc = 3"), 4);
  assert.equal(rowsFor("a\nb\nc\nd\ne"), 6);
  assert.equal(rowsFor("x\n".repeat(30)), 12);
});
