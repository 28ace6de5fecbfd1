"""A circuit wider than the course page's column stays readable in the embed: it is not
shrunk below 0.75, and stepping pans the view to the gate the step works on."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from e2e_support import screenshot
from playwright.sync_api import Frame, Page

pytestmark = pytest.mark.e2e

NEURON = ("w = [2, -3, -3]\nx = [-1, -2]\ndot = w[0]*x[0] + w[1]*x[1] + w[2]\n"
          "f = 1.0 / (1 + math.exp(-dot))")


def scale_of(frame: Frame) -> float:
    return float(frame.evaluate(
        "new DOMMatrix(getComputedStyle(document.querySelector('#circuit svg')).transform).a"))


def in_view(frame: Frame, selector: str) -> bool:
    return bool(frame.evaluate("""(sel) => {
        const box = document.querySelector(sel).getBoundingClientRect();
        const view = document.querySelector('#circuit').getBoundingClientRect();
        return box.left >= view.left && box.right <= view.right;
    }""", selector))


def open_wide(page: Page, live_server: str, second_origin: str, query: str = "") -> Frame:
    """The wide neuron embedded in an 800 px course page, once the fit has placed it."""
    page.set_viewport_size({"width": 800, "height": 700})
    embed = f"{live_server}/embed?source={quote(NEURON)}{query}"
    page.goto(f"{second_origin}/host?src={quote(embed, safe='')}")
    frame = page.locator("iframe#app").element_handle().content_frame()
    assert frame is not None
    frame.wait_for_selector("#circuit svg circle.gate")
    frame.wait_for_function(
        "() => new DOMMatrix(getComputedStyle(document.querySelector('#circuit svg'))"
        ".transform).a > 0")
    return frame


def test_a_wide_circuit_stays_readable_and_follows_the_step(
        page: Page, live_server: str, second_origin: str) -> None:
    frame = open_wide(page, live_server, second_origin, "&step=-1")
    assert scale_of(frame) >= 0.75
    output = frame.evaluate("""() => {
        const gates = [...document.querySelectorAll('#circuit circle.gate')];
        return gates.at(-1).dataset.node;
    }""")
    last = f'#circuit circle.gate[data-node="{output}"]'
    assert not in_view(frame, last)  # the output's gate starts out of sight, to the right
    frame.locator("button[data-action=last]").click()
    frame.locator("button[data-action=first]").click()
    steps = int(frame.evaluate("document.querySelector('#scrubber').max"))
    for _ in range(steps + 1):  # through the forward pass to the output's gate
        frame.locator("button[data-action=next]").click()
        if frame.locator(f"{last}.active").count():
            break
    assert frame.locator(f"{last}.active").count() == 1
    assert in_view(frame, last)
    screenshot(page, "embed-wide-follows-step")


def test_fit_to_view_shows_the_whole_wide_circuit_however_small(
        page: Page, live_server: str, second_origin: str) -> None:
    frame = open_wide(page, live_server, second_origin)
    assert scale_of(frame) >= 0.75
    frame.locator("button[data-action=fit]").click()
    frame.wait_for_function(
        "() => new DOMMatrix(getComputedStyle(document.querySelector('#circuit svg'))"
        ".transform).a < 0.75")
    last = frame.evaluate("[...document.querySelectorAll('#circuit circle.gate')].at(-1)"
                          ".dataset.node")
    assert in_view(frame, f'#circuit circle.gate[data-node="{last}"]')
