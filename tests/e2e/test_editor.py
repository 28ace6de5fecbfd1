"""Typing a program: the circuit follows, a mistake is shown where it is, a fix brings it back."""

from __future__ import annotations

import re
from typing import Any

import pytest
from e2e_support import (
    NOTES_FIRST,
    api_error,
    api_graph,
    by_label,
    editor_line_at,
    plain,
    read_circuit,
    screenshot,
    set_program,
    wait_for_output,
)
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

BROKEN = "x = -2; y = 5; z = -4\nq = x + * y\nf = q * z"


def test_typing_the_notes_first_program_shows_every_value_and_gradient(
        page: Page, live_server: str) -> None:
    graph = api_graph(live_server, NOTES_FIRST)
    # not the default program, which is this one: its circuit would be there before the first
    # key, and an answer to a half-typed program could replace it after the check below
    page.goto(f"{live_server}/?source=a%20%3D%201")
    set_program(page, NOTES_FIRST, typed=True)
    wait_for_output(page, graph["output"], "-12.00")
    wires = by_label(read_circuit(page))
    seen = {name: (plain(w["value"] or ""), plain(w["grad"] or "")) for name, w in wires.items()}
    assert seen == {
        "x": ("-2.00", "-4.00"), "y": ("5.00", "-4.00"), "z": ("-4.00", "3.00"),
        "q": ("3.00", "-4.00"), "f": ("-12.00", "1.00"),
    }
    expect(page.locator("#error")).to_be_hidden()
    screenshot(page, "editor-notes-first-circuit")


def test_a_syntax_error_is_marked_at_its_line_and_the_last_circuit_stays_dimmed(
        page: Page, live_server: str) -> None:
    error = api_error(live_server, BROKEN)
    assert error["line"] == 2
    page.goto(f"{live_server}/")
    set_program(page, NOTES_FIRST)
    wait_for_output(page, api_graph(live_server, NOTES_FIRST)["output"], "-12.00")

    set_program(page, BROKEN)
    message = page.locator("#error")
    expect(message).to_be_visible()
    expect(message).to_have_attribute("role", "alert")
    expect(message).to_contain_text(error["message"][:40])
    expect(page.locator("#circuit")).to_have_class(_has("stale"))
    expect(page.locator("#circuit svg.cgviz")).to_be_visible()  # the last good circuit stays

    mark = page.locator(".error-mark").first
    expect(mark).to_be_visible()
    box = mark.bounding_box()
    assert box is not None
    assert editor_line_at(page, box["y"] + box["height"] / 2) == error["line"]
    screenshot(page, "editor-syntax-error")

    set_program(page, NOTES_FIRST.replace("z = -4", "z = 2"))
    graph = api_graph(live_server, NOTES_FIRST.replace("z = -4", "z = 2"))
    wait_for_output(page, graph["output"], "6.00")
    expect(message).to_be_hidden()
    expect(page.locator(".error-mark")).to_have_count(0)
    expect(page.locator("#circuit")).not_to_have_class(_has("stale"))


def _has(cls: str) -> re.Pattern[str]:
    return re.compile(rf"(^|\s){cls}(\s|$)")


def test_the_circuit_is_busy_while_its_answer_is_on_the_way(page: Page,
                                                            live_server: str) -> None:
    held: list[Any] = []
    page.goto(f"{live_server}/?source=a%20%3D%201")
    set_program(page, "a = 2")
    page.wait_for_selector("#circuit:not([aria-busy])")
    page.route("**/api/graph", lambda route: held.append(route))  # the next answer waits
    set_program(page, "a = 3")
    expect(page.locator("#circuit")).to_have_attribute("aria-busy", "true")
    page.wait_for_function("() => true")  # (let the held request register)
    assert held
    held[0].continue_()
    expect(page.locator("#circuit")).not_to_have_attribute("aria-busy", "true")
    wait_for_output(page, api_graph(live_server, "a = 3")["output"], "3.00")
