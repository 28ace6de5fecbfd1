"""A circuit with many inputs shows a compact inputs panel: the first rows and "show all"."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from e2e_support import api_graph, ids_by_label, screenshot, wait_for_output
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

SHOWN = 24  # inputs.js
COUNT = 40
MANY = "\n".join([f"x{i} = {i}" for i in range(COUNT)]
                 + ["f = " + " + ".join(f"x{i}" for i in range(COUNT))])


def open_many(page: Page, live_server: str) -> dict[str, str]:
    graph = api_graph(live_server, MANY)
    page.goto(f"{live_server}/?source={quote(MANY)}")
    page.wait_for_function("() => performance.getEntriesByName('cgviz:drawn').length > 0")
    # The 40-input circuit is taller than the view, and only the tiles in view are in the
    # page (circuit.js cull): fit it whole, as a reader would to see the output.
    page.locator("#circuit").focus()
    page.keyboard.press("0")
    wait_for_output(page, graph["output"], f"{sum(range(COUNT)):.2f}")
    return ids_by_label(graph)


def test_many_inputs_show_the_first_rows_and_a_button_for_all(page: Page, live_server: str
                                                              ) -> None:
    open_many(page, live_server)
    expect(page.locator("#inputs .input-row")).to_have_count(SHOWN)
    more = page.locator("#inputs button.inputs-more")
    expect(more).to_have_text(f"Show all {COUNT} inputs")
    screenshot(page, "inputs-many")
    more.click()
    expect(page.locator("#inputs .input-row")).to_have_count(COUNT)
    expect(more).to_have_count(0)
    focused = page.evaluate("document.activeElement.dataset.name")
    assert focused == f"x{SHOWN}", "the keyboard should land on the first row that was hidden"


def test_an_input_beyond_the_first_rows_can_be_edited_after_show_all(page: Page,
                                                                     live_server: str) -> None:
    ids = open_many(page, live_server)
    page.locator("#inputs button.inputs-more").click()
    field = page.locator(f'#inputs input[data-name="x{COUNT - 1}"]:not([type=range])')
    field.fill("0")
    field.press("Enter")
    wait_for_output(page, ids["f"], f"{sum(range(COUNT - 1)):.2f}")
    # the panel stays expanded across the redraw
    expect(page.locator("#inputs .input-row")).to_have_count(COUNT)
