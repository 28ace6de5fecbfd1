"""What the browser tests read and expect: the circuit as the page draws it, the frame the
contract says it should draw (docs/frontend.md, "Frames"), and a few page actions.

Expected numbers come from the live app's own graph JSON and `cgviz.core.format.format_number`,
the one number rule the browser shares with the server, so a test never restates a formatting
rule.
"""

from __future__ import annotations

import contextlib
import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import numpy as np
from playwright.sync_api import Browser, Frame, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from cgviz.core.format import format_number, format_summary

SCREENS = Path(__file__).resolve().parents[1] / "output" / "screens"

NOTES_FIRST = "x = -2; y = 5; z = -4; q = x + y; f = q * z"
NEURON = "w0 = 2; x0 = -1; w1 = -3; x1 = -2; w2 = -3\nf = 1/(1+exp(-(w0*x0 + w1*x1 + w2)))"
REUSED = "x = 3; y = 2; a = x*y; b = x + 1; f = a*b"


def fmt(v: Any) -> str:
    """A value of the graph JSON as its wire shows it: a number, a small tensor as format.py's
    summary, a summarised tensor (docs/api.md) as the mean of all its elements."""
    if isinstance(v, dict):  # {"summary", "sample"}: format.js summaryMean's rule
        s = v["summary"]
        if s["nan"] or (s["posinf"] and s["neginf"]):
            return "mean NaN"
        if s["posinf"] or s["neginf"]:
            return "mean ∞" if s["posinf"] else "mean -∞"
        return "mean " + format_number(float(s["mean"]))
    if isinstance(v, list):
        return format_summary(np.asarray(v, dtype=np.float64))
    return format_number(float(v))


def plain(text: str) -> str:
    """Text with typographic minus signs and spacing folded, for comparing numbers."""
    return re.sub(r"\s+", " ", text.replace("\u2212", "-").replace("\u00a0", " ")).strip()


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"



@dataclass
class Watch:
    """What the page did that a test did not ask for: console errors, page errors, foreign
    requests. A test that provokes a console error on purpose says so with `expect_console`."""

    allowed_origins: set[str]
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    expected: list[re.Pattern[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # A mistake in the program is answered 400 by design (docs/api.md) and Chromium logs every
        # 4xx fetch to the console, whatever the page does with it. Only that one is expected:
        # a 404 (a missing module) or a 500 still fails the test.
        self.expect_console(r"status of 400 \(Bad Request\) \(https?://[^/]+/api/graph\)$")

    def expect_console(self, pattern: str) -> None:
        self.expected.append(re.compile(pattern))

    def problems(self) -> list[str]:
        unexpected = [m for m in self.console_errors
                      if not any(p.search(m) for p in self.expected)]
        return ([f"console error: {m}" for m in unexpected]
                + [f"page error: {m}" for m in self.page_errors]
                + [f"request outside the app's origin: {u}" for u in self.foreign_requests])


# ---- the app's own answers ----------------------------------------------------------------


def _post(base: str, source: str, values: dict[str, Any] | None,
          options: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
    body = json.dumps({"source": source, "values": values or {},
                       "options": options or {}}).encode()
    request = urllib.request.Request(f"{base}/api/graph", data=body,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def api_graph(base: str, source: str, values: dict[str, Any] | None = None,
              options: dict[str, Any] | None = None) -> dict[str, Any]:
    status, answer = _post(base, source, values, options)
    assert status == 200, answer
    return answer


def api_error(base: str, source: str) -> dict[str, Any]:
    status, answer = _post(base, source, None)
    assert status == 400, answer
    return answer["error"]


def graph_in_address(base: str, url: str) -> dict[str, Any]:
    """The graph of the view an address describes (its `source`, `values`, `options`)."""
    query = parse_qs(urlsplit(url).query)
    source = query.get("source", [""])[0]
    values, options = (json.loads(query.get(k, ["{}"])[0]) for k in ("values", "options"))
    return api_graph(base, source, values, options)


def ids_by_label(graph: dict[str, Any]) -> dict[str, str]:
    return {n["label"]: n["id"] for n in graph["nodes"] if n.get("label")}


def expected_frame(graph: dict[str, Any], index: int) -> tuple[dict[str, str], dict[str, str]]:
    """(values, grads) shown at `index`, formatted: the contract's frame, for scalar wires.

    Inputs always show their value; a gate's value appears with its forward step; gradients
    are running totals (a gate step's input `grad` is the total after its contribution)."""
    wires = {n["id"] for n in graph["nodes"] if n["kind"] in ("input", "op")}
    values = {n["id"]: n["value"] for n in graph["nodes"] if n["kind"] == "input"}
    grads: dict[str, Any] = {}
    for step in graph["steps"][: index + 1]:
        event = step.get("event")
        if step["phase"] == "forward":
            values[step["node"]] = step["value"]
        elif event == "gate":
            for part in step["inputs"]:
                grads[part["node"]] = part["grad"]
        else:  # seed, accumulate
            grads[step["node"]] = step["grad"]
    # a gradient no step writes (a wire that does not reach the output) shows from the start
    # of the backward pass on
    written = {p["node"] for s in graph["steps"] for p in s.get("inputs", [])
               if s.get("event") == "gate"} | {s["node"] for s in graph["steps"]
                                                if s["phase"] == "backward"}
    start = next((k for k, s in enumerate(graph["steps"]) if s["phase"] == "backward"),
                 len(graph["steps"]) - 1)
    if index >= start:
        for n in graph["nodes"]:
            if n["id"] not in written and n.get("grad") is not None:
                grads[n["id"]] = n["grad"]
    return ({k: fmt(v) for k, v in values.items() if k in wires},
            {k: fmt(v) for k, v in grads.items() if k in wires})


# ---- the page -----------------------------------------------------------------------------

READ_CIRCUIT = """
() => {
  const svg = document.querySelector("#circuit svg.cgviz");
  if (!svg) return null;
  const nodes = {};
  const node = (id) => nodes[id] ??= {label: null, value: null, grad: null, shape: null,
                                      active: false, written: false, undrawn: []};
  const drawn = (el) => {
    const style = getComputedStyle(el);
    return style.display !== "none" && style.visibility !== "hidden"
      && Number(style.opacity) !== 0;
  };
  for (const el of svg.querySelectorAll("[data-node]")) {
    const n = node(el.dataset.node);
    const cls = el.classList;
    if (cls.contains("gate") && cls.contains("active")) n.active = true;
    if (cls.contains("wire") && cls.contains("written")) n.written = true;
    if (el.tagName !== "text" || cls.contains("const")) continue;
    const pending = cls.contains("pending");
    for (const kind of ["label", "value", "grad", "shape"]) {
      if (!cls.contains(kind)) continue;
      if (pending && drawn(el)) n.undrawn.push(kind + " is .pending but drawn");
      n[kind] = pending ? null : el.textContent.trim();
    }
  }
  return nodes;
}
"""


def read_circuit(where: Page | Frame) -> dict[str, dict[str, Any]]:
    """Every wire of the drawn circuit by node id: label, value and grad text (None when
    .pending), whether its gate is .active and its wire .written."""
    nodes = where.evaluate(READ_CIRCUIT)
    assert nodes is not None, "no #circuit svg.cgviz on the page"
    return nodes  # type: ignore[no-any-return]


def shown(nodes: dict[str, dict[str, Any]], kind: str) -> dict[str, str]:
    return {k: plain(n[kind]) for k, n in nodes.items() if n[kind] is not None}


def by_label(nodes: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {n["label"]: n for n in nodes.values() if n["label"]}


def wait_for_output(where: Page | Frame, output: str, text: str, timeout: float = 10_000) -> None:
    """Wait until the output wire's green value reads `text` (the circuit has been redrawn) and
    no request is running that could draw another (the app's `#circuit[aria-busy]`)."""
    where.wait_for_function(
        """([id, text]) => {
          const el = document.querySelector(`#circuit svg.cgviz text.value[data-node="${id}"]`);
          return el && !el.classList.contains("pending")
            && el.textContent.replace(/\\u2212/g, "-").trim() === text
            && !document.querySelector("#circuit[aria-busy=true]");
        }""",
        arg=[output, text], timeout=timeout)


# The program editor: the server's `textarea#source`, which CodeMirror replaces a frame after the
# app has taken the circuit over by its textbox (`.cm-content`, role=textbox), taking the id. A
# test types into it as a user does, and reads the lines it shows.
EDITOR = "#source"


def editor_ready(where: Page | Frame) -> None:
    """Wait until CodeMirror has taken the textarea over."""
    where.wait_for_selector(f"{EDITOR}.cm-content")

PROGRAM = """(el) => el.matches("textarea") ? el.value
  : [...el.querySelectorAll(".cm-line")].map((line) => line.textContent).join("\\n")"""


def program_of(where: Page | Frame) -> str:
    """The program the editor shows, line by line (a short program: CodeMirror draws only the
    lines near its view)."""
    text: str = where.locator(EDITOR).evaluate(PROGRAM)
    return text


def wait_for_program(where: Page | Frame, test: str, arg: Any = None) -> None:
    """Wait until `test`, a JavaScript function of the program's text (and `arg`), holds."""
    where.wait_for_function(
        f"([arg]) => ({test})(({PROGRAM})(document.querySelector({EDITOR!r})), arg)",
        arg=[arg])


def set_program(page: Page, source: str, *, typed: bool = False) -> None:
    """Replace the program in the editor: all of it selected with the keyboard, then typed key
    by key, or pasted (one change) from the clipboard. (Playwright's `fill` and `insert_text`
    edit a contenteditable's nodes, which CodeMirror then reads back: over several lines that
    may leave an empty last line behind.)"""
    editor_ready(page)
    page.locator(EDITOR).press("ControlOrMeta+a")
    if typed or not source:
        page.keyboard.press("Delete")
        page.keyboard.type(source)
        return
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.evaluate("(text) => navigator.clipboard.writeText(text)", source)
    page.keyboard.press("ControlOrMeta+v")


def editor_line_at(page: Page, y: float) -> int:
    """The number of the editor's line at the page's height `y`, as its line-number gutter shows
    it (0: none there)."""
    found: int = page.evaluate(
        """(y) => {
          const numbers = [...document.querySelectorAll(".cm-lineNumbers .cm-gutterElement")]
            .filter((el) => el.style.visibility !== "hidden");
          const at = numbers.find((el) => {
            const r = el.getBoundingClientRect();
            return r.top <= y && y < r.bottom;
          });
          return at ? Number(at.textContent) : 0;
        }""", y)
    return found


def screenshot(page: Page, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


def caption_parts(step: dict[str, Any]) -> list[str]:
    """The numbers a step's caption must state (formatted as the picture formats them)."""
    event = step.get("event")
    if step["phase"] == "forward":
        return [fmt(step["value"])]
    if event == "gate":
        parts = [fmt(step["upstream"])]
        for part in step["inputs"]:
            parts += [fmt(part["local"]), fmt(part["contribution"])]
        return parts
    if event == "accumulate":
        return [" + ".join(fmt(t) for t in step["terms"]) + " = " + fmt(step["grad"])]
    return [fmt(step["grad"])]  # seed


SHOWS_FRAME = """
([values, grads, parts]) => {
  const svg = document.querySelector("#circuit svg.cgviz");
  const caption = document.querySelector("#caption");
  if (!svg || !caption) return false;
  const norm = (t) => t.replace(/\\u2212/g, "-").replace(/\\s+/g, " ").trim();
  const text = (kind, id) => {
    const el = svg.querySelector(`text.${kind}[data-node="${id}"]`);
    return el && !el.classList.contains("pending") ? norm(el.textContent) : null;
  };
  const shownCount = (kind) => [...svg.querySelectorAll(`text.${kind}[data-node]`)]
    .filter((el) => !el.classList.contains("pending") && !el.classList.contains("const")).length;
  return Object.entries(values).every(([id, t]) => text("value", id) === t)
    && Object.entries(grads).every(([id, t]) => text("grad", id) === t)
    && shownCount("grad") === Object.keys(grads).length
    && parts.every((p) => norm(caption.textContent).includes(p));
}
"""


def wait_for_frame(page: Page | Frame, graph: dict[str, Any], index: int) -> None:
    """Wait (in real time, up to 5 s) until the page shows frame `index`, then check it: the
    green and red numbers, the caption's numbers, the active gate and the written wires."""
    values, grads = expected_frame(graph, index)
    step = graph["steps"][index] if index >= 0 else None
    parts = caption_parts(step) if step else []
    with contextlib.suppress(PlaywrightTimeout):  # the assertions below say what differs
        page.wait_for_function(SHOWS_FRAME, arg=[values, grads, parts], timeout=5000)
    nodes = read_circuit(page)
    where = f"at step {index} ({step and step.get('caption')})"
    assert {k: v for k, v in shown(nodes, "grad").items() if k in values} == grads, where
    assert {k: v for k, v in shown(nodes, "value").items() if k in values} == values, where
    caption = plain(page.locator("#caption").inner_text())
    for part in parts:
        assert part in caption, f"{where}: the caption {caption!r} does not state {part!r}"
    assert not [n["undrawn"] for n in nodes.values() if n["undrawn"]], where
    if step and (step["phase"] == "forward" or step.get("event") == "gate"):
        assert [k for k, n in nodes.items() if n["active"]] == [step["node"]], where
        written = ({step["node"]} if step["phase"] == "forward"
                   else {part["node"] for part in step["inputs"]})
        assert {k for k, n in nodes.items() if n["written"]} == written, where


SCALE = re.compile(r"scale\(([-\d.e]+)\)")  # the circuit's zoom, in its CSS transform


def open_app(page: Page, live_server: str, source: str, extra: str = "", *,
             values: dict[str, Any] | None = None, options: dict[str, Any] | None = None,
             wait: bool = True) -> dict[str, Any]:
    """The app at an address naming the program (the server draws it; no request needed), plus
    `values`/`options` and `extra` query text (`&step=3`), under Playwright's clock; with
    `wait`, once its output is drawn (a wide circuit's far end stays out of the page, tiles.js,
    so only for a small one). Returns the API's graph for it."""
    graph = api_graph(live_server, source, values=values, options=options)
    query = f"?source={quote(source)}"
    if values:
        query += f"&values={quote(json.dumps(values))}"
    if options:
        query += f"&options={quote(json.dumps(options))}"
    page.clock.install()
    page.goto(f"{live_server}/{query}{extra}")
    if wait and len(graph["nodes"]) < 40:
        output = next(n for n in graph["nodes"] if n["id"] == graph["output"])
        wait_for_output(page, graph["output"], fmt(output["value"]))
    return graph


def open_embed(page: Page, live_server: str, second_origin: str, query: str) -> Frame:
    """`/embed?{query}` in an iframe of a course page on the second origin."""
    embed = f"{live_server}/embed?{query}"
    page.goto(f"{second_origin}/host?src={quote(embed, safe='')}")
    frame = page.locator("iframe#app").element_handle().content_frame()
    assert frame is not None
    return frame


def watched_page(browser: Browser, watch: Watch, **context: Any) -> Iterator[Page]:
    """For a fixture to `yield from`: a page in a context of its own (`context`: Playwright's
    new_context options: a locale, a phone), failing the test on console and page errors as
    the `page` fixture does."""
    ctx = browser.new_context(**context)
    ctx.set_default_timeout(10_000)
    page = ctx.new_page()
    page.on("console", lambda m: m.type == "error" and watch.console_errors.append(m.text))
    page.on("pageerror", lambda e: watch.page_errors.append(str(e)))
    yield page
    ctx.close()
    assert not watch.problems(), watch.problems()


def scale_of(page: Page) -> float:
    """The circuit's current zoom."""
    transform = page.locator("#circuit svg.cgviz").evaluate("(svg) => svg.style.transform")
    match = SCALE.search(transform)
    assert match, transform
    return float(match.group(1))


def answered(page: Page, timeout: float = 20_000) -> None:
    """Wait until the app has no request running (`#circuit[aria-busy]`): typed key by key, a
    program's half-typed versions are answered and drawn before the last one is."""
    page.wait_for_selector("#circuit:not([aria-busy])", timeout=timeout)


def settle(page: Page) -> None:
    page.clock.run_for(100)  # panzoom writes its transform at the next animation frame


def enter_input(page: Page, name: str, text: str, output: str, expected: str) -> None:
    """Type `text` into the inputs panel's field for `name`, press Enter and wait for the output
    to read `expected`. The panel may still be redrawn for the first circuit: a value typed
    into the field it replaces is lost, so it is typed again (at most three times)."""
    field = page.locator(f'#inputs input[data-name="{name}"]:not([type=range])')
    for attempt in range(3):
        field.fill(text)
        field.press("Enter")
        try:
            wait_for_output(page, output, expected, timeout=4_000)
            return
        except PlaywrightTimeout:
            if attempt == 2:
                raise
