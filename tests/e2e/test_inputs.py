"""Editing an input's value, in place on the circuit or in the inputs panel, recomputes it."""

from __future__ import annotations

import re

import pytest
from e2e_support import (
    NOTES_FIRST,
    api_graph,
    enter_input,
    fmt,
    ids_by_label,
    screenshot,
    set_program,
    wait_for_output,
)
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def open_notes_first(page: Page, live_server: str) -> dict[str, str]:
    graph = api_graph(live_server, NOTES_FIRST)
    page.goto(f"{live_server}/")
    set_program(page, NOTES_FIRST)
    wait_for_output(page, graph["output"], "-12.00")
    return ids_by_label(graph)


def test_clicking_an_inputs_green_value_edits_it_in_place(page: Page, live_server: str) -> None:
    ids = open_notes_first(page, live_server)
    page.locator(f'#circuit svg.cgviz text.value[data-node="{ids["x"]}"]').click()
    focused = page.evaluate("document.activeElement && document.activeElement.tagName")
    assert focused == "INPUT", "clicking x's green value should focus a field to type in"
    screenshot(page, "inputs-edit-in-place")
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("1")
    page.keyboard.press("Enter")
    wait_for_output(page, ids["f"], "-24.00")  # (1 + 5) * -4
    wait_for_output(page, ids["x"], "1.00")


def test_the_inputs_panel_number_field_recomputes_the_circuit(page: Page, live_server: str
                                                               ) -> None:
    ids = open_notes_first(page, live_server)
    field = page.locator('#inputs input[data-name="z"]:not([type=range])')
    expect(field).to_have_value(re.compile(r"^-4(\.0*)?$"))
    enter_input(page, "z", "2", ids["f"], "6.00")  # (-2 + 5) * 2
    screenshot(page, "inputs-panel")


def test_the_inputs_panel_slider_moves_by_keyboard_and_recomputes(page: Page, live_server: str
                                                                  ) -> None:
    ids = open_notes_first(page, live_server)
    slider = page.locator('input[type=range][data-name="y"]')
    slider.focus()
    slider.press("ArrowRight")
    y = float(slider.input_value())
    assert y > 5, "ArrowRight on y's slider should raise y from 5"
    wait_for_output(page, ids["f"], fmt((-2 + y) * -4))
    field = page.locator('#inputs input[data-name="y"]:not([type=range])')
    assert float(field.input_value()) == pytest.approx(y)
