"""axe-core finds nothing serious or critical on the pages and in the states a student reaches,
and the buttons drawn in the picture are named by what they show, in the page's language."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from urllib.parse import quote

import pytest
from axe_audit import audit, failing, report
from e2e_support import (
    NEURON,
    NOTES_FIRST,
    api_graph,
    set_program,
    wait_for_frame,
    wait_for_output,
)
from playwright.sync_api import Page, expect
from quiz_support import answer

from cgviz.i18n import catalog

pytestmark = pytest.mark.e2e

BROKEN = "x = -2; y = 5; z = -4\nq = x + * y\nf = q * z"
TENSOR = ("import numpy as np\nW = np.array([[1., 2.], [3., 4.]]); x = np.array([1., -1.])\n"
          "f = np.sum(W @ x)")
NOTES = f"source={quote(NOTES_FIRST)}"


def drawn(page: Page) -> None:
    page.wait_for_function("() => performance.getEntriesByName('cgviz:drawn').length > 0")


def backward_half_way(page: Page, base: str) -> str:
    graph = api_graph(base, NOTES_FIRST)
    steps = graph["steps"]
    start = next(k for k, s in enumerate(steps) if s["phase"] == "backward")
    index = (start + len(steps) - 1) // 2
    page.goto(f"{base}/?{NOTES}&step={index}")
    drawn(page)
    wait_for_frame(page, graph, index)
    return f"/?{NOTES}&step={index}"


def quiz(path: str, given: str | None = None) -> Callable[[Page, str], str]:
    """A quiz at its first question, or with `given` answered to it (right or wrong, and why)."""
    def open_quiz(page: Page, base: str) -> str:
        page.goto(base + path)
        drawn(page)
        expect(page.locator("#quiz-question")).to_be_visible()
        if given is None:
            return path
        answer(page, given)
        expect(page.locator("#quiz-result .quiz-wrong")).to_be_visible()
        return f"{path} with {given} answered"
    return open_quiz


def typed_error(page: Page, base: str) -> str:
    page.goto(f"{base}/?{NOTES}")
    drawn(page)
    set_program(page, BROKEN)
    expect(page.locator("#error")).to_be_visible()
    expect(page.locator("#circuit")).to_have_class(re.compile(r"\bstale\b"))
    return "/ with a mistake typed into the program"


def served_error(path: str, alert: str) -> Callable[[Page, str], str]:
    """A page the server drew with the program's mistake, once the app has taken it over
    (`html.js`, set by app.js and embed.js as they start) and shows `alert`."""
    def open_error(page: Page, base: str) -> str:
        page.goto(base + path)
        page.wait_for_function("() => document.documentElement.classList.contains('js')")
        expect(page.locator(alert)).to_be_visible()
        return path
    return open_error


def value_editor(page: Page, base: str) -> str:
    page.goto(f"{base}/?{NOTES}&lang=ru")
    drawn(page)
    page.locator('#circuit text.value.editable[data-node="n0"]').click()
    expect(page.locator(".inplace-edit")).to_be_focused()
    return f"/?{NOTES}&lang=ru with x's value being edited in place"


def at(path: str) -> Callable[[Page, str], str]:
    def open_page(page: Page, base: str) -> str:
        page.goto(base + path)
        drawn(page)
        return path
    return open_page


STATES: dict[str, Callable[[Page, str], str]] = {
    "app": at("/"),
    "app-ru-dark": at("/?lang=ru&theme=dark"),
    "embed": at(f"/embed?{NOTES}"),
    "embed-ru-dark": at(f"/embed?{NOTES}&lang=ru&theme=dark"),
    "backward-half-way": backward_half_way,
    "quiz": quiz(f"/?{NOTES}&quiz=1"),
    "quiz-answered-wrong": quiz(f"/?{NOTES}&quiz=1", given="12345"),
    "embed-quiz": quiz(f"/embed?{NOTES}&quiz=1"),
    "typed-error": typed_error,
    "served-error": served_error(f"/?source={quote(BROKEN)}", "#error"),
    "embed-error": served_error(f"/embed?source={quote(BROKEN)}", "#circuit [role=alert]"),
    "ru-circuit": at(f"/?{NOTES}&lang=ru"),
    "ru-value-editor": value_editor,
    "tensors": at(f"/?source={quote(TENSOR)}"),
    "expanded-sigmoid": at(f"/?source={quote(NEURON)}&options="
                           + quote(json.dumps({"expand": ["sigmoid"]}))),
    "table": at(f"/?{NOTES}&view=table"),
    "embed-code": at(f"/embed?{NOTES}&options=" + quote(json.dumps({"code": True}))),
}


@pytest.mark.parametrize("state", STATES)
def test_axe_finds_nothing_serious_or_critical(page: Page, live_server: str,
                                               state: str) -> None:
    where = STATES[state](page, live_server)
    problems = failing(audit(page))
    if problems:
        pytest.fail(report(problems, where), pytrace=False)


def test_a_value_in_the_picture_is_a_button_named_by_its_number_and_edited_from_the_keyboard(
        page: Page, live_server: str) -> None:
    graph = api_graph(live_server, NOTES_FIRST)
    page.goto(f"{live_server}/?{NOTES}&lang=ru")
    drawn(page)
    ru = catalog("ru")
    x = page.locator('#circuit text.value.editable[data-node="n0"]')
    shown = x.text_content() or ""
    # named by what it shows, then what it does, in the page's language
    expect(page.get_by_role("button", name=ru["ui.edit_value_button"].format(
        value=shown, name="x"), exact=True)).to_have_count(1)

    x.focus()
    page.keyboard.press("Enter")
    field = page.get_by_role("spinbutton", name=ru["ui.edit_value"].format(name="x"))
    expect(field).to_be_focused()
    expect(page.locator("main .inplace-edit")).to_have_count(1)  # in the main landmark
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("-3")
    page.keyboard.press("Enter")
    wait_for_output(page, graph["output"], "-8.00")
    # the focus is back on the value, whose name says its new number
    expect(x).to_be_focused()
    shown = x.text_content() or ""
    assert shown.replace("\u2212", "-") == "-3.00"
    expect(x).to_have_attribute("aria-label", ru["ui.edit_value_button"].format(
        value=shown, name="x"))


def test_the_picture_is_a_group_named_and_described_in_the_page_language(
        page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/?{NOTES}&lang=ru")
    drawn(page)
    ru = catalog("ru")
    name = ru["ui.circuit_title"].format(program=NOTES_FIRST)
    picture = page.get_by_role("group", name=name, exact=True)
    expect(picture).to_have_count(1)
    expect(picture).to_have_attribute("class", re.compile(r"\bcgviz\b"))
    expect(picture.locator(":scope > desc")).to_contain_text(
        ru["ui.circuit_desc"].format(wires=5, gates=2))
