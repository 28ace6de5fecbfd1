"""The browser draws the server's picture: frontend/js/circuit.js, given the graph JSON, puts the
same texts, wires, gates and arrows at the same coordinates as `/api/graph.svg` (one visual
spec), for the notes' circuits, tensors, warnings and every digits setting.

circuit.js is loaded on its own (circuit_scratch.py), so this holds whatever the app page
around it does.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from circuit_scratch import open_scratch
from e2e_support import NEURON, NOTES_FIRST, REUSED, api_graph
from playwright.sync_api import Page

pytestmark = pytest.mark.e2e

SVG = "{http://www.w3.org/2000/svg}"
STAGED = """x = 3 # example values
y = -4
sigy = 1.0 / (1 + math.exp(-y))
num = x + sigy
sigx = 1.0 / (1 + math.exp(-x))
xpy = x + y
xpysqr = xpy**2
den = sigx + xpysqr
invden = 1.0 / den
f = num * invden"""

CIRCUITS: dict[str, tuple[str, dict[str, Any]]] = {
    "notes-first": (NOTES_FIRST, {}),
    "neuron": (NEURON, {}),
    "neuron-sigmoid-gate": ("w0 = 2; x0 = -1; w1 = -3; x1 = -2; w2 = -3\n"
                            "f = sigmoid(w0*x0 + w1*x1 + w2)", {}),
    "neuron-expanded": ("w0 = 2; x0 = -1; w1 = -3; x1 = -2; w2 = -3\n"
                        "f = sigmoid(w0*x0 + w1*x1 + w2)", {"expand": ["sigmoid"]}),
    "staged": (STAGED, {}),
    "max-gate": ("x = 3; y = -4; z = 2; w = -1; f = 2 * (x*y + max(z, w))", {}),
    "reused": (REUSED, {}),
    "square": ("a = 3; f = a * a", {}),
    "matmul": ("W = [[1, 2], [3, 4], [5, 6]]\nX = [[1, -1, 0.5], [2, 0, -3]]\nD = W @ X", {}),
    "network": ("W1 = [[0.15, 0.20], [0.25, 0.30]]; b1 = [0.35, 0.35]\n"
                "W2 = [[0.40, 0.45]]; b2 = [0.60]; x = [0.05, 0.10]; t = [0.01]\n"
                "h = sigmoid(W1 @ x + b1)\ny = sigmoid(W2 @ h + b2)\nL = 0.5 * sum((y - t)**2)",
                {}),
    "softmax": ("z = [1.0, 2.0, 0.5]\nt = [0, 1, 0]\np = softmax(z)\nL = -sum(t * log(p))", {}),
    "warning": ("x = -1; a = x * x; y = log(x) + a", {}),
    "unicode": ("θ = 0.5; μ = 2; Δ = θ * μ - 1\nL = Δ**2", {}),
    "digits-4": (NOTES_FIRST, {"digits": 4}),
    "digits-0": ("x = 0.4; y = 123456.7; f = x * y", {"digits": 0}),
    # groups (docs/language.md): nested boxes, a collapsed function's pill, an expanded built-in
    "groups": ("def neuron(x, w, b):\n    return (x * w + b).tanh()\n"
               "def layer(x, w):\n    return neuron(x, w, 1.0) + neuron(w, x, -1.0)\n"
               "def double(v):\n    return v * 2\nx = 0.5; w = -1.5\n"
               "y = double(layer(x, w)) + sigmoid(x)", {"expand": ["sigmoid"],
                                                         "collapse": ["double"]}),
}

# What both pictures must agree on, per element kind: its attributes and, for text, its words.
ATTRS = {
    "text": ("class", "data-node", "x", "y", "font-size"),
    "line": ("class", "data-node", "data-source", "data-port", "x1", "y1", "x2", "y2"),
    "circle": ("class", "data-node", "cx", "cy", "r"),
    "rect": ("class", "data-node", "x", "y", "width", "height", "rx"),
}
# The boxes of expanded groups, keyed by data-group instead.
BOX_ATTRS = {"rect": ("class", "data-group", "x", "y", "width", "height"),
             "text": ("class", "data-group", "x", "y")}

READ_BROWSER = """
([ATTRS, BOXES]) => {
  const rows = [];
  const svg = document.querySelector("#circuit svg.cgviz");
  const ours = svg.querySelectorAll(".hits [data-node], .marks *");
  for (const el of svg.querySelectorAll("[data-node]")) {
    if ([...ours].includes(el)) continue;
    const row = [el.tagName, ...ATTRS[el.tagName].map((a) => el.getAttribute(a))];
    if (el.tagName === "text") {  // its own words, not those of a <title> inside it
      row.push([...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join(""));
    }
    rows.push(row);
  }
  const boxes = [...svg.querySelectorAll(".groups [data-group]")].map((el) => [
    el.tagName, ...BOXES[el.tagName].map((a) => el.getAttribute(a)),
    el.tagName === "text" ? el.textContent : ""]);
  return {rows, boxes, width: svg.getAttribute("width"), height: svg.getAttribute("height"),
          viewBox: svg.getAttribute("viewBox")};
}
"""


def server_picture(base: str, source: str, options: dict[str, Any]) -> dict[str, Any]:
    query = urllib.parse.urlencode({"source": source, "options": json.dumps(options)})
    with urllib.request.urlopen(f"{base}/api/graph.svg?{query}", timeout=30) as response:
        root = ET.fromstring(response.read())
    rows = []
    boxes = []
    for el in root.iter():
        tag = el.tag.removeprefix(SVG)
        if el.get("data-group") is not None:
            boxes.append([tag, *(el.get(a) for a in BOX_ATTRS[tag]),
                          el.text or "" if tag == "text" else ""])
            continue
        if el.get("data-node") is None or tag not in ATTRS:
            continue
        row: list[Any] = [tag, *(el.get(a) for a in ATTRS[tag])]
        if tag == "text":
            row.append((el.text or "") + "".join(child.tail or "" for child in el))
        rows.append(row)
    return {"rows": rows, "boxes": boxes, "width": root.get("width"), "height": root.get("height"),
            "viewBox": root.get("viewBox")}


@pytest.fixture
def scratch(page: Page, live_server: str) -> Page:
    return open_scratch(page, live_server)


@pytest.mark.parametrize("name", list(CIRCUITS))
def test_the_browser_puts_every_text_and_line_where_the_server_does(
        scratch: Page, live_server: str, name: str) -> None:
    source, options = CIRCUITS[name]
    graph = api_graph_with_options(live_server, source, options)
    scratch.evaluate("([g, digits]) => window.circuit.drawCircuit("
                     "document.querySelector('#circuit'), g, {digits})",
                     [graph, options.get("digits", 2)])
    browser = scratch.evaluate(READ_BROWSER, [{k: list(v) for k, v in ATTRS.items()},
                                              {k: list(v) for k, v in BOX_ATTRS.items()}])
    server = server_picture(live_server, source, options)
    assert len(server["rows"]) >= 2 * len(graph["nodes"])  # a wire and a value at least
    assert {k: browser[k] for k in ("width", "height", "viewBox")} == \
        {k: server[k] for k in ("width", "height", "viewBox")}
    # Order inside a layer is node order on both sides; layers paint in the same order too.
    assert sorted(map(tuple, browser["rows"]), key=repr) == \
        sorted(map(tuple, server["rows"]), key=repr)
    assert [r for r in browser["rows"] if r[0] == "text"] == \
        [r for r in server["rows"] if r[0] == "text"]
    assert browser["boxes"] == server["boxes"]
    if name == "groups":
        assert len(server["boxes"]) == 2 * 4  # layer, two neurons, sigmoid: box and title
        assert any(r[0] == "rect" for r in server["rows"])  # double's pill


def test_a_dark_theme_is_a_class_and_the_colours_follow_the_servers_palette(
        scratch: Page, live_server: str) -> None:
    graph = api_graph(live_server, NOTES_FIRST)
    colours = scratch.evaluate("""(g) => {
        const view = window.circuit.drawCircuit(document.querySelector('#circuit'), g,
                                                {theme: 'dark'});
        const fill = (sel) => getComputedStyle(view.svg.querySelector(sel)).fill;
        return {cls: view.svg.getAttribute('class'), value: fill('text.value'),
                grad: fill('text.grad'), background: fill('rect.background')};
    }""", graph)
    assert "cgviz-dark" in colours["cls"].split()
    assert colours["value"] == "rgb(123, 216, 143)"  # svg.THEMES["dark"].value, #7bd88f
    assert colours["grad"] == "rgb(255, 123, 123)"
    assert colours["background"] == "rgb(21, 24, 30)"


def api_graph_with_options(base: str, source: str, options: dict[str, Any]) -> dict[str, Any]:
    if not options:
        return api_graph(base, source)
    body = json.dumps({"source": source, "options": options}).encode()
    request = urllib.request.Request(f"{base}/api/graph", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())  # type: ignore[no-any-return]
