"""The teaching tools in the browser: a click expands σ and collapses it again, the staged code
follows the Player, the gradient check shows numeric gradients and calls relu at 0 a kink, and
gradient descent trains the notes' neuron and two-layer network while a chart plots the loss."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from e2e_support import api_graph, fmt, open_app, plain, read_circuit, screenshot
from playwright.sync_api import Page

from cgviz.teach.examples import NETWORK, NEURON_SIGMOID

pytestmark = pytest.mark.e2e


def input_grads(page: Page) -> dict[str, str]:
    return {n["label"]: plain(n["grad"]) for n in read_circuit(page).values()
            if n["label"] and n["grad"] is not None and n["label"].startswith(("w", "x"))}


def options_in_address(page: Page) -> dict[str, Any]:
    raw = parse_qs(urlsplit(page.url).query).get("options", ["{}"])[0]
    return json.loads(raw)  # type: ignore[no-any-return]


def gates(page: Page, cls: str) -> int:
    return page.locator(f"#circuit svg.cgviz circle.gate.{cls}").count()


def test_clicking_sigma_expands_it_and_clicking_any_of_its_gates_collapses_it(
        page: Page, live_server: str) -> None:
    open_app(page, live_server, NEURON_SIGMOID)
    fused = input_grads(page)
    assert fused == {"w0": "-0.20", "x0": "0.39", "w1": "-0.39", "x1": "-0.59", "w2": "0.20"}
    assert gates(page, "expandable") == 1
    page.locator("#circuit circle.gate.expandable").click()
    page.wait_for_function("() => document.querySelectorAll('#circuit circle.gate.collapsible')"
                           ".length === 4")
    assert options_in_address(page) == {"expand": ["sigmoid"]}
    assert input_grads(page) == fused  # the notes' two pictures, the same gradients
    screenshot(page, "teaching-sigma-expanded")
    # Enter on a focused gate of the expansion folds the whole function back into one σ
    page.locator("#circuit circle.gate.collapsible").nth(2).focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('#circuit circle.gate.expandable')"
                           ".length === 1")
    assert gates(page, "collapsible") == 0
    assert "expand" not in options_in_address(page)
    assert input_grads(page) == fused


def current_line(page: Page) -> tuple[str, int] | None:
    return page.evaluate("""() => {
      const row = document.querySelector("#code-panel .line.current");
      if (!row) return null;
      const part = row.closest(".code-part").classList.contains("code-forward")
        ? "forward" : "backward";
      return [part, Number(row.dataset.line)];
    }""")


def test_the_code_panel_highlights_the_line_of_each_step_as_you_step(
        page: Page, live_server: str) -> None:
    options = {"code": True}
    graph = open_app(page, live_server, NEURON_SIGMOID, options=options)
    page.locator('button[data-action="first"]').click()
    page.clock.run_for(1000)
    panel = page.locator("#code-panel")
    assert panel.is_visible()
    assert "dw0" in panel.inner_text() and "sigmoid" in panel.inner_text()
    assert current_line(page) is None  # before the first step nothing runs
    for index, step in enumerate(graph["steps"]):
        page.locator('button[data-action="next"]').click()
        page.clock.run_for(1000)
        expected = ("forward" if step["phase"] == "forward" else "backward", step["code_line"])
        page.wait_for_function("""([part, line]) => {
          const row = document.querySelector("#code-panel .line.current");
          return row && row.closest(".code-" + part) && Number(row.dataset.line) === line;
        }""", arg=list(expected))
        if index == len(graph["steps"]) - 3:
            screenshot(page, "teaching-code-panel")
    # the toggle turns it off, and the address forgets options.code
    page.locator('.toolbar button[data-action="code"]').click()
    page.wait_for_function("() => document.querySelector('#code-panel').hidden")
    assert "code" not in options_in_address(page)


RELU_AT_ZERO = "x = 0; w = 2\nf = relu(x) * w"


def test_gradcheck_shows_numeric_gradients_and_flags_relu_at_zero_as_a_kink(
        page: Page, live_server: str) -> None:
    graph = open_app(page, live_server, RELU_AT_ZERO)
    page.locator('.toolbar button[data-action="gradcheck"]').click()
    summary = page.locator("#gradcheck")
    summary.locator('li[data-node]').first.wait_for()
    assert options_in_address(page) == {"gradcheck": True}
    checked = {n["label"]: n for n in api_graph(live_server, RELU_AT_ZERO,
                                                options={"gradcheck": True})["nodes"]
               if n["kind"] == "input"}
    assert checked["x"]["gradcheck"] == "kink" and checked["w"]["gradcheck"] == "ok"
    kink = summary.locator(f'li[data-node="{checked["x"]["id"]}"]')
    assert "⚠" in kink.inner_text()  # flagged by a sign and the note, not by colour alone
    assert checked["x"]["gradcheck_note"] in kink.inner_text()
    # the table: numeric gradient and relative error beside the analytic one
    page.locator('button[data-action="table"]').click()
    row = page.locator(f'#node-table tr[data-node="{checked["x"]["id"]}"]')
    assert row.locator("td.grad").inner_text() == fmt(checked["x"]["grad"])
    assert row.locator("td.numeric").inner_text() == fmt(checked["x"]["numeric_grad"])
    assert "⚠" in row.locator("td.verdict").inner_text()
    w_row = page.locator(f'#node-table tr[data-node="{checked["w"]["id"]}"]')
    assert "✓" in w_row.locator("td.verdict").inner_text()
    screenshot(page, "teaching-gradcheck-table")
    # the tooltip of a wire says the same
    page.locator('button[data-action="table"]').click()
    page.locator(f'#circuit text.label[data-node="{checked["x"]["id"]}"]').hover()
    tip = page.locator(".cgviz-tooltip")
    tip.wait_for()
    assert fmt(checked["x"]["numeric_grad"]) in tip.inner_text() and "⚠" in tip.inner_text()
    assert graph["nodes"]  # drawn from the server's graph first


def loss_points(page: Page) -> list[tuple[float, float]]:
    raw = page.get_attribute("#descent polyline.loss-line", "points") or ""
    return [(float(x), float(y)) for x, y in (p.split(",") for p in raw.split())]


def train(page: Page, names: list[str], lr: str) -> None:
    page.locator('.toolbar button[data-action="descent"]').click()
    for name in names:
        page.locator(f'#descent input[type=checkbox][data-name="{name}"]').check()
    page.locator("#learning-rate").fill(lr)
    page.locator('#descent button[data-action="descent-run"]').click()
    page.wait_for_function("() => document.querySelectorAll('#descent polyline.loss-line').length")


def test_descent_on_the_one_neuron_example_lowers_the_loss_and_moves_w(
        page: Page, live_server: str) -> None:
    open_app(page, live_server, NEURON_SIGMOID)
    train(page, ["w0", "w1", "w2"], "1")
    points = loss_points(page)
    assert len(points) == 51
    assert points[-1][1] > points[0][1]  # SVG y grows downwards: the loss fell
    page.wait_for_function("() => new URLSearchParams(location.search).has('values')")
    values = json.loads(parse_qs(urlsplit(page.url).query)["values"][0])
    assert set(values) == {"w0", "w1", "w2"} and values["w0"] != 2
    # the circuit shows the trained w0
    page.wait_for_function("""(w0) => [...document.querySelectorAll('#circuit text.label')]
      .some((l) => l.textContent.trim() === 'w0'
        && document.querySelector(`#circuit text.value[data-node="${l.dataset.node}"]`)
             .textContent.replace('\\u2212', '-') === w0)""", arg=fmt(values["w0"]))
    screenshot(page, "teaching-descent-neuron")
    # one more Step continues the same chart
    page.locator('#descent button[data-action="descent-step"]').click()
    page.wait_for_function("() => document.querySelector('#descent polyline.loss-line')"
                           ".getAttribute('points').split(' ').length === 52")


def test_descent_trains_the_two_layer_network(page: Page, live_server: str) -> None:
    open_app(page, live_server, NETWORK)
    train(page, ["W1", "b1", "W2", "b2"], "2")
    points = loss_points(page)
    assert points[-1][1] > points[0][1]
    chart = page.locator("#descent svg.loss-chart")
    first, last = float(chart.get_attribute("data-first") or "nan"), float(
        chart.get_attribute("data-last") or "nan")
    assert last < 0.5 * first  # 50 steps of the notes' network: the loss more than halves
    screenshot(page, "teaching-descent-network")
