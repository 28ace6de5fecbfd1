"""The address holds the whole view: program, values and step survive a reload; "Share"
copies it; parameters the page does not understand fall back to defaults."""

from __future__ import annotations

import re
from typing import Any

import pytest
from e2e_support import (
    NEURON,
    api_graph,
    enter_input,
    program_of,
    read_circuit,
    screenshot,
    set_program,
    wait_for_output,
    wait_for_program,
)
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def view_of(page: Page) -> dict[str, Any]:
    """What a student sees: the program, the input fields, the step, the caption, the numbers."""
    return {
        "program": program_of(page),
        "inputs": page.locator("#inputs input[data-name]:not([type=range])").evaluate_all(
            "(els) => els.map((el) => [el.dataset.name, Number(el.value)])"),
        "scrubber": page.locator("input#scrubber").input_value(),
        "caption": page.locator("#caption").inner_text(),
        "circuit": read_circuit(page),
    }


def taken_over(page: Page) -> None:
    """The app has taken the server's picture over, so what is typed next is its input (typed
    earlier, in the first frame, it waits for the takeover; under load that raced the test)."""
    # (the class app.js sets as it starts: a test with Playwright's clock has no marks)
    page.wait_for_function("() => document.documentElement.classList.contains('js')")


def test_program_values_and_step_survive_a_reload(page: Page, live_server: str) -> None:
    page.clock.install()
    page.goto(f"{live_server}/")
    graph = api_graph(live_server, NEURON)
    taken_over(page)
    set_program(page, NEURON)
    wait_for_output(page, graph["output"], "0.73")
    enter_input(page, "w0", "3", graph["output"], "0.50")  # sigmoid(0)
    page.locator('button[data-action="first"]').click()
    for _ in range(11):  # into the backward pass
        page.locator('button[data-action="next"]').click()
    page.clock.run_for(1000)
    expect(page).to_have_url(re.compile(r"(?=.*w0)(?=.*step)"))  # the app wrote its state
    before = view_of(page)
    screenshot(page, "url-state-before-reload")

    page.reload()
    wait_for_output(page, graph["output"], "0.50")
    page.clock.run_for(1000)
    expect(page.locator("input#scrubber")).to_have_value(before["scrubber"])
    assert view_of(page) == before


def test_share_copies_the_address_of_the_current_view(page: Page, live_server: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"{live_server}/")
    graph = api_graph(live_server, NEURON)
    taken_over(page)
    set_program(page, NEURON)
    wait_for_output(page, graph["output"], "0.73")
    page.locator('button[data-action="share"]').click()
    page.wait_for_function("async () => (await navigator.clipboard.readText()).length > 0")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.url


@pytest.mark.parametrize("query", [
    "step=banana&values=%7Bnot-json&theme=purple&speed=-3&zzz=1",
    "step=999999&hide=everything&lang=xx",
])
def test_unknown_or_invalid_parameters_fall_back_to_defaults(page: Page, live_server: str,
                                                             query: str) -> None:
    page.goto(f"{live_server}/?{query}")
    expect(page.locator("#circuit svg.cgviz")).to_be_visible()
    expect(page.locator("#error")).to_be_hidden()
    wait_for_program(page, "(text) => text !== ''")
