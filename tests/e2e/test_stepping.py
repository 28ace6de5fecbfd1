"""Stepping through the trace: the red numbers appear gate by gate from the output back, the
caption states each step in numbers, and a reused variable shows the sum of its gradients."""

from __future__ import annotations

from typing import Any

import pytest
from e2e_support import (
    NEURON,
    REUSED,
    api_graph,
    fmt,
    plain,
    read_circuit,
    screenshot,
    set_program,
    wait_for_frame,
    wait_for_output,
)
from playwright.sync_api import Page

pytestmark = pytest.mark.e2e


def load(page: Page, live_server: str, source: str) -> dict[str, Any]:
    graph = api_graph(live_server, source)
    page.clock.install()
    page.goto(f"{live_server}/")
    set_program(page, source)
    output = next(n for n in graph["nodes"] if n["id"] == graph["output"])
    wait_for_output(page, graph["output"], fmt(output["value"]))
    return graph


def press(page: Page, action: str) -> None:
    button = page.locator(f'button[data-action="{action}"]')
    if button.is_enabled():  # "last" at the end is disabled, as it should be: nothing to do
        button.click()
    page.clock.run_for(1000)  # run any timer the step started, in the page's (fake) time


def test_stepping_the_neuron_backward_shows_each_gates_gradients_in_order(
        page: Page, live_server: str) -> None:
    graph = load(page, live_server, NEURON)
    steps = graph["steps"]
    press(page, "first")
    wait_for_frame(page, graph, -1)
    first_backward = next(i for i, s in enumerate(steps) if s["phase"] == "backward")
    for index in range(len(steps)):
        press(page, "next")
        wait_for_frame(page, graph, index)
        if index == first_backward + 3:
            screenshot(page, "stepping-neuron-backward")
    # the notes' numbers, at the end: w0 -0.20, x0 0.39, w1 -0.39, x1 -0.59, w2 0.20
    labels = {n["id"]: n["label"] for n in graph["nodes"] if n["kind"] == "input"}
    grads = {labels[k]: plain(n["grad"]) for k, n in read_circuit(page).items() if k in labels}
    assert grads == {"w0": "-0.20", "x0": "0.39", "w1": "-0.39", "x1": "-0.59", "w2": "0.20"}


def test_stepping_back_and_to_the_ends_shows_the_same_frames(page: Page, live_server: str
                                                               ) -> None:
    graph = load(page, live_server, NEURON)
    last = len(graph["steps"]) - 1
    press(page, "last")
    wait_for_frame(page, graph, last)
    press(page, "prev")
    wait_for_frame(page, graph, last - 1)
    press(page, "first")
    wait_for_frame(page, graph, -1)


def test_a_reused_variable_shows_its_partial_sum_then_the_sum_with_a_plus_equals_caption(
        page: Page, live_server: str) -> None:
    graph = load(page, live_server, REUSED)
    steps = graph["steps"]
    accumulate = next(i for i, s in enumerate(steps) if s.get("event") == "accumulate")
    press(page, "last")
    for _ in range(len(steps) - 1 - accumulate):
        press(page, "prev")
    wait_for_frame(page, graph, accumulate)
    caption = plain(page.locator("#caption").inner_text())
    assert "6.00 + 8.00 = 14.00" in caption
    screenshot(page, "stepping-accumulation")
    # before the last contribution, x shows the partial sum from b = x + 1 alone
    x = next(n["id"] for n in graph["nodes"] if n["label"] == "x")
    b_step = next(i for i, s in enumerate(steps)
                  if s.get("event") == "gate" and [p["node"] for p in s["inputs"]] == [x])
    for _ in range(accumulate - b_step):
        press(page, "prev")
    wait_for_frame(page, graph, b_step)
    assert plain(read_circuit(page)[x]["grad"]) == "6.00"


def test_reduced_motion_turns_transitions_off_and_play_still_steps(
        page: Page, live_server: str) -> None:
    """prefers-reduced-motion: no fades or colour transitions, and ▶ still walks the trace."""
    transition = """() => getComputedStyle(
        document.querySelector('#circuit svg.cgviz text.value')).transitionDuration"""
    load(page, live_server, NEURON)
    assert page.evaluate(transition) not in ("", "0s")  # animated by default
    page.emulate_media(reduced_motion="reduce")
    assert page.evaluate(transition) == "0s"
    page.locator('button[data-action="first"]').click()
    page.clock.run_for(500)
    start = page.evaluate("document.querySelector('.cg-count').textContent")
    page.locator('button[data-action="play"]').click()
    page.clock.run_for(5_000)
    assert page.evaluate("document.querySelector('.cg-count').textContent") != start
