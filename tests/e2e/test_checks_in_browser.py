"""A hand-written backward pass in the browser: a ✓ or ✗ beside each of its lines in the
editor, the wrong gradient struck through on its wire next to the true one, and a click on a
✗ stepping the player to the step that computes that gradient."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from e2e_support import (
    EDITOR,
    editor_ready,
    fmt,
    open_app,
    plain,
    read_circuit,
    screenshot,
    wait_for_program,
)
from playwright.sync_api import Page

from cgviz.teach.examples import BACKWARD

pytestmark = pytest.mark.e2e

CORPUS = Path(__file__).parents[1] / "language" / "corpus"
STAGED = (CORPUS / "backward" / "cs231n_staged.py").read_text(encoding="utf-8")
DROPPED = STAGED.replace("dx += (1) * dnum", "dx = (1) * dnum")  # the notes' warning


def open_checked(page: Page, live_server: str, source: str, query: str = "",
                 values: dict[str, Any] | None = None) -> dict[str, Any]:
    """The app on a program with a backward part, once its checks are drawn: the summary and
    the ✓/✗ gutter come together (CodeMirror draws the gutter's marks of the lines near its
    view only)."""
    graph = open_app(page, live_server, source, query, values=values)
    page.wait_for_selector("#checks:not([hidden])")
    editor_ready(page)  # whose gutter holds the marks
    return graph


def marks(page: Page) -> dict[int, str]:
    """Line → its mark: "✓", "✗" (the line to look at) or "(✗)" (another line of a wrong
    gradient)."""
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        '.check-gutter .check-mark')].map((m) => [m.dataset.line,
        m.classList.contains('also') ? '(✗)' : m.textContent]))""")


def aligned(page: Page) -> list[tuple[int, float]]:
    """Each mark's distance from the middle of its line, in pixels, with the editor scrolled
    as it is: from the middle of the line-number gutter's box that shows the mark's line."""
    return page.evaluate("""() => {
      const numbers = new Map([...document.querySelectorAll(
          '.cm-lineNumbers .cm-gutterElement')]
        .filter((el) => el.style.visibility !== 'hidden')
        .map((el) => [el.textContent, el.getBoundingClientRect()]));
      return [...document.querySelectorAll('.check-gutter .check-mark')].map((m) => {
        const r = m.getBoundingClientRect(), line = numbers.get(m.dataset.line);
        return [Number(m.dataset.line),
                line ? (r.top + r.height / 2) - (line.top + line.height / 2) : Infinity];
      });
    }""")


def scroll_editor(page: Page, dy: int) -> None:
    """Scroll the program with the mouse wheel over it (down for dy > 0), and wait a frame."""
    page.locator(EDITOR).hover()
    page.mouse.wheel(0, dy)
    page.wait_for_timeout(50)  # a scroll event is delivered with the next frame


def test_the_notes_backward_pass_as_printed_is_all_right_line_by_line(
        page: Page, live_server: str) -> None:
    graph = open_checked(page, live_server, STAGED)
    assert {c["name"] for c in graph["checks"]} == {
        "dnum", "dinvden", "dden", "dsigx", "dxpysqr", "dxpy", "dx", "dy", "dsigy"}
    lines = sorted({line for c in graph["checks"] for line in c["lines"]})
    assert marks(page) == {str(line): "✓" for line in lines}
    assert plain(page.locator("#checks").inner_text()) == \
        "Your backward pass: 9 of 9 gradients right ✓"
    assert page.locator("#circuit svg.cgviz g.checks").count() == 0
    assert all(abs(off) < 2 for _, off in aligned(page)), aligned(page)
    scroll_editor(page, 5000)  # to its end: the marks scroll with their lines
    assert page.locator(f'.check-gutter .check-mark[data-line="{lines[-1]}"]').is_visible()
    assert all(abs(off) < 2 for _, off in aligned(page)), aligned(page)
    screenshot(page, "checks-notes-all-right")


def test_dropping_the_notes_plus_equals_marks_its_line_and_strikes_the_gradient_on_x(
        page: Page, live_server: str) -> None:
    graph = open_checked(page, live_server, DROPPED)
    dx = next(c for c in graph["checks"] if c["name"] == "dx")
    assert (dx["ok"], dx["line"], dx["lines"]) == (False, 32, [27, 30, 32])
    shown = marks(page)
    assert (shown["27"], shown["30"], shown["32"]) == ("(✗)", "(✗)", "✗")
    assert [v for k, v in shown.items() if k not in ("27", "30", "32")] == ["✓"] * 9
    summary = plain(page.locator("#checks").inner_text())
    assert summary.startswith("Your backward pass: 8 of 9 gradients right")
    assert "✗ dx · line 32" in summary and "write += there" in summary
    # on the circuit: x's true gradient, and under it what the program computed, crossed out
    x = read_circuit(page)[dx["node"]]
    assert plain(x["grad"]) == fmt(dx["want"])
    struck = page.locator(f'#circuit g.check-got[data-node="{dx["node"]}"]')
    assert plain(struck.locator("text.check-value").text_content() or "") == fmt(dx["got"])
    assert struck.locator("text.check-name").text_content() == "dx"
    assert struck.locator("line").count() == 1
    value_box = struck.locator("text.check-value").bounding_box()
    strike_box = struck.locator("line").bounding_box()
    assert value_box and strike_box
    assert strike_box["width"] >= value_box["width"]  # through the whole number
    assert value_box["y"] < strike_box["y"] < value_box["y"] + value_box["height"]
    screenshot(page, "checks-dropped-plus-equals")


def test_clicking_a_wrong_mark_steps_to_the_gradients_step_and_shows_its_line(
        page: Page, live_server: str) -> None:
    graph = open_checked(page, live_server, DROPPED)
    dx = next(c for c in graph["checks"] if c["name"] == "dx")
    step = graph["steps"][dx["step"]]
    assert (step["event"], step["node"]) == ("accumulate", dx["node"])
    page.locator("#controls [data-action=first]").click()  # the start: nothing shown yet
    struck = page.locator(f'#circuit g.check-got[data-node="{dx["node"]}"]')
    assert "pending" in (struck.get_attribute("class") or "")
    scroll_editor(page, -5000)  # to its top: line 32 is out of view
    page.locator("#checks .check-goto", has_text="dx").click()
    page.wait_for_function("(k) => new URLSearchParams(location.search).get('step') === k",
                           arg=str(dx["step"]))
    caption = plain(page.locator("#caption").inner_text())
    assert f"x: 1.55 + 0.51 = {fmt(dx['want'])}" in caption  # the += the program dropped
    assert "pending" not in (struck.get_attribute("class") or "")  # shown with the gradient
    assert "focused" in (struck.get_attribute("class") or "")
    assert all(abs(off) < 2 for _, off in aligned(page))
    line_32 = page.locator('.check-gutter .check-mark[data-line="32"]')
    box, editor = line_32.bounding_box(), page.locator(".code .cm-editor").bounding_box()
    assert box and editor and editor["y"] <= box["y"] <= editor["y"] + editor["height"]
    # and the gutter's own ✗, once in view, does the same from the start
    page.locator("#controls [data-action=first]").click()
    line_32.click()
    page.wait_for_function("(k) => new URLSearchParams(location.search).get('step') === k",
                           arg=str(dx["step"]))
    screenshot(page, "checks-clicked-wrong-mark")


def test_writing_the_backward_pass_from_the_examples_menu_marks_each_line_as_typed(
        page: Page, live_server: str) -> None:
    page.clock.install()
    page.goto(f"{live_server}/?lang=ru&theme=dark")
    page.select_option("#examples", "backward")
    wait_for_program(page, "(text) => text.includes('# backprop invden')")
    editor_ready(page)
    assert page.locator(".check-gutter .check-mark").count() == 0
    assert page.locator("#checks").is_hidden()
    heading = "# backprop f = num * invden\n"
    at = BACKWARD.index(heading) + len(heading)
    line = BACKWARD[:at].count("\n") + 1
    page.locator(EDITOR).press("ControlOrMeta+Home")  # the caret to the line under the heading
    for _ in range(line - 1):
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Home")
    page.keyboard.type("dnum = invden\ndinvden = 2 * num")
    # each key redraws; the last one's answer says what 2 * num is wrong about
    page.wait_for_function("() => document.querySelector('#checks').textContent"
                           ".includes('∂f/∂invden')")
    assert marks(page) == {str(line): "✓", str(line + 1): "✗"}
    summary = plain(page.locator("#checks").inner_text())
    assert summary.startswith("Ваш обратный проход: верно 1 из 2 градиентов")
    assert "∂f/∂invden" in summary
    screenshot(page, "checks-example-typed-dark-ru")
    page.keyboard.press("End")
    for _ in range(len("2 * num")):
        page.keyboard.press("Backspace")
    page.keyboard.type("num")
    page.wait_for_function("() => [...document.querySelectorAll('.check-mark')]"
                           ".every((m) => m.textContent === '✓')")
    assert plain(page.locator("#checks").inner_text()).endswith("верно 2 из 2 градиентов ✓")


def test_a_shape_mistake_in_the_ninja_chain_names_both_shapes(
        page: Page, live_server: str) -> None:
    source = ((CORPUS / "ninja_forward.py").read_text(encoding="utf-8") + "\n"
              + (CORPUS / "backward" / "ninja_backward.py").read_text(encoding="utf-8"))
    source = source.replace("dbnmeani = (-dbndiff).sum(0, keepdim=True)",
                            "dbnmeani = (-dbndiff).sum(0)")
    values = json.loads((CORPUS / "ninja_forward.json").read_text(encoding="utf-8"))
    graph = open_checked(page, live_server, source, "&theme=dark", values=values)
    wrong = [c for c in graph["checks"] if not c["ok"]]
    assert [c["name"] for c in wrong] == ["dbnmeani"]
    summary = plain(page.locator("#checks").inner_text())
    assert "25 of 26 gradients right" in summary
    assert "dbnmeani has shape 4, but ∂loss/∂bnmeani has shape 1×4" in summary
    page.locator("#checks .check-goto").click()
    query = parse_qs(urlsplit(page.url).query)
    assert query["step"] == [str(wrong[0]["step"])]
    struck = page.locator(f'#circuit g.check-got[data-node="{wrong[0]["node"]}"]')
    assert struck.count() == 1 and "focused" in (struck.get_attribute("class") or "")
    screenshot(page, "checks-ninja-shape-dark")
