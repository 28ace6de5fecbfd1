"""Typing in the program box: a new error waits for a pause instead of flashing mid-word, and a
good circuit shows at once."""

from __future__ import annotations

import re

import pytest
from e2e_support import (
    NOTES_FIRST,
    api_error,
    api_graph,
    open_app,
    set_program,
    wait_for_output,
)
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def test_an_error_mid_word_waits_for_a_pause_and_a_good_circuit_shows_at_once(
        page: Page, live_server: str) -> None:
    open_app(page, live_server, NOTES_FIRST)
    error = page.locator("#error")
    set_program(page, "x = -2; y = 5; z = -4; q = x + y; f = q * ")
    page.wait_for_selector("#error[data-pending]", state="attached")  # the answer is in
    expect(error).to_be_hidden()
    expect(page.locator("#circuit")).not_to_have_class(re.compile(r"\bstale\b"))
    page.clock.run_for(450)
    expect(error).to_be_visible()
    expect(page.locator("#circuit")).to_have_class(re.compile(r"\bstale\b"))

    # an error already shown follows the text at once
    worse = "x = -2; y = 5; z = -4; q = x + y; f = q * * z"
    set_program(page, worse)
    expect(error).to_contain_text(api_error(live_server, worse)["message"][:30])
    # and a good program is drawn at once, the error gone
    source = NOTES_FIRST.replace("z = -4", "z = 2")
    set_program(page, source)
    graph = api_graph(live_server, source)
    wait_for_output(page, graph["output"], "6.00")
    expect(error).to_be_hidden()


def test_keys_typed_during_the_pause_start_it_again(page: Page, live_server: str) -> None:
    open_app(page, live_server, NOTES_FIRST)
    set_program(page, "x = -2; y = 5; z = -4; q = x + y; f = q *")
    page.wait_for_selector("#error[data-pending]", state="attached")
    page.clock.run_for(300)
    page.locator("#source").press("End")
    with page.expect_response("**/api/graph**") as answer:
        page.keyboard.type(" ")  # one more key at 300 ms: the pause starts again
    answer.value.finished()
    page.clock.run_for(300)
    expect(page.locator("#error")).to_be_hidden()
    page.clock.run_for(500)
    expect(page.locator("#error")).to_be_visible()
