"""Groups in the browser (docs/language.md): a function of the program is a titled box, a click or a
key on the title collapses it into one gate with its name (and back), the address keeps the choice,
and stepping through a collapsed function reads upstream × local = downstream."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from e2e_support import (
    api_graph,
    open_app,
    plain,
    read_circuit,
    screenshot,
    wait_for_frame,
)
from playwright.sync_api import Page

pytestmark = pytest.mark.e2e

# the micrograd lecture's neuron as the lecture prints it (its origin is the file's first line)
LECTURE_NEURON = (Path(__file__).parents[1] / "language" / "corpus"
                  / "micrograd_lecture_neuron.py").read_text("utf-8")

NEURON_DEF = """\
from micrograd.engine import Value
def neuron(x1, x2, w1, w2, b):
    n = x1*w1 + x2*w2 + b
    return n.tanh()
x1 = Value(2.0); x2 = Value(0.0)
w1 = Value(-3.0); w2 = Value(1.0); b = Value(6.8813735870195432)
o = neuron(x1, x2, w1, w2, b)
o.backward()
"""





def options_in_address(page: Page) -> dict[str, Any]:
    raw = parse_qs(urlsplit(page.url).query).get("options", ["{}"])[0]
    return json.loads(raw)  # type: ignore[no-any-return]


def input_grads(page: Page) -> dict[str, str]:
    return {n["label"]: plain(n["grad"]) for n in read_circuit(page).values()
            if n["label"] in ("x1", "x2", "w1", "w2", "b") and n["grad"] is not None}


def wait_for_pill(page: Page, count: int) -> None:
    page.wait_for_function("(n) => document.querySelectorAll('#circuit rect.gate.pill').length"
                           " === n", arg=count)


def test_the_lecture_neuron_expands_its_tanh_into_a_titled_box(
        page: Page, live_server: str) -> None:
    open_app(page, live_server, LECTURE_NEURON)
    fused = input_grads(page)
    assert fused == {"x1": "-1.50", "x2": "0.50", "w1": "1.00", "w2": "0.00", "b": "0.50"}
    screenshot(page, "groups-lecture-neuron")
    page.locator("#circuit circle.gate.expandable").click()
    page.wait_for_function("() => document.querySelector('#circuit .groups .group-title')"
                           "?.textContent === 'tanh'")
    assert options_in_address(page) == {"expand": ["tanh"]}
    assert input_grads(page) == fused
    screenshot(page, "groups-lecture-neuron-tanh-expanded")


def test_a_function_box_collapses_by_its_title_and_opens_again_by_its_gate(
        page: Page, live_server: str) -> None:
    open_app(page, live_server, NEURON_DEF)
    expanded = input_grads(page)
    title = page.locator("#circuit .groups .group-title.collapsible", has_text="neuron")
    assert title.count() == 1
    screenshot(page, "groups-def-expanded")
    title.click()
    wait_for_pill(page, 1)
    assert options_in_address(page) == {"collapse": ["neuron"]}
    assert page.locator("#circuit .groups .group-box").count() == 0
    pill = page.locator("#circuit rect.gate.pill.expandable")
    assert page.locator("#circuit text.symbol", has_text="neuron").count() == 1
    assert input_grads(page) == expanded  # the same gradients either way
    screenshot(page, "groups-def-collapsed")
    # the keyboard: Enter on the focused gate opens the box, Enter on its title closes it
    pill.focus()
    page.keyboard.press("Enter")
    wait_for_pill(page, 0)
    assert "collapse" not in options_in_address(page)
    page.locator("#circuit .groups .group-title.collapsible").focus()
    page.keyboard.press(" ")
    wait_for_pill(page, 1)
    assert options_in_address(page) == {"collapse": ["neuron"]}


def test_the_address_reopens_a_collapsed_function_collapsed(
        page: Page, live_server: str) -> None:
    open_app(page, live_server, NEURON_DEF, options={"collapse": ["neuron"]})
    wait_for_pill(page, 1)
    page.reload()
    wait_for_pill(page, 1)
    assert options_in_address(page) == {"collapse": ["neuron"]}


def test_stepping_through_a_collapsed_function_reads_upstream_times_local(
        page: Page, live_server: str) -> None:
    options = {"collapse": ["neuron"]}
    graph = api_graph(live_server, NEURON_DEF, options=options)
    gate = next(n for n in graph["nodes"] if n["op"] == "group")
    index = next(i for i, s in enumerate(graph["steps"])
                 if s.get("event") == "gate" and s["node"] == gate["id"])
    open_app(page, live_server, NEURON_DEF, f"&step={index}", options=options, wait=False)
    wait_for_frame(page, graph, index)
    caption = plain(page.locator("#caption").inner_text())
    assert "neuron(x1, x2, w1, w2, b)" in caption
    assert "upstream 1.00 × local -1.50 = -1.50" in caption  # ∂o/∂x1 through the whole box
    screenshot(page, "groups-def-collapsed-step")


def test_the_embed_opens_a_collapsed_function_by_a_click_and_keeps_it_in_its_address(
        page: Page, live_server: str) -> None:
    options = quote(json.dumps({"collapse": ["neuron"]}))
    page.goto(f"{live_server}/embed?source={quote(NEURON_DEF)}&options={options}")
    wait_for_pill(page, 1)
    page.locator("#circuit rect.gate.pill.expandable").click()
    wait_for_pill(page, 0)
    page.wait_for_function("() => document.querySelector('#circuit .groups .group-title')"
                           "?.textContent === 'neuron'")
    assert "collapse" not in options_in_address(page)
    page.locator("#circuit .groups .group-title.collapsible").click()
    wait_for_pill(page, 1)
    assert options_in_address(page) == {"collapse": ["neuron"]}
