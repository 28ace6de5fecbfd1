"""Keyboard only: load an example, step through it, open the table view, never touching the
mouse, with a visible focus on every control on the way."""

from __future__ import annotations

import re

import pytest
from e2e_support import (
    EDITOR,
    fmt,
    graph_in_address,
    plain,
    program_of,
    screenshot,
    set_program,
    wait_for_output,
    wait_for_program,
)
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

# The program editor's ring is drawn around its whole box (gutters and all), not around the
# text area that has the focus inside it.
FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return {tag: "BODY", editor: false, matches: false, ring: false};
  const editor = el.closest(".cm-editor");
  const s = getComputedStyle(editor ?? el);
  const after = getComputedStyle(el, "::after");  // a ring on a layer above the content
  const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0)
    || s.outlineStyle === "auto" || s.boxShadow !== "none"
    || (after.content !== "none" && after.boxShadow !== "none");
  return {tag: el.tagName, id: el.id, editor: Boolean(editor), ring,
          action: el.dataset.action || null, matches: el.matches(SELECTOR)};
}"""


def tab_to(page: Page, selector: str, limit: int = 80) -> None:
    """Press Tab until `selector` has the focus. In the editor Tab indents (as in a code
    editor), so Escape first leaves it, the usual way out; a trap fails the test."""
    probe = FOCUS.replace("SELECTOR", repr(selector))
    before = page.evaluate(probe)
    for _ in range(limit):
        if before["editor"]:
            page.keyboard.press("Escape")
        page.keyboard.press("Tab")
        now = page.evaluate(probe)
        if now["editor"] and before["editor"]:
            pytest.fail("Tab is trapped in the editor: Escape then Tab must move on")
        if now["tag"] != "BODY":
            assert now["ring"], f"no visible focus on {now}"
        if now["matches"]:
            return
        before = now
    pytest.fail(f"{selector} was not reached with {limit} presses of Tab")


def scrubber(page: Page) -> int:
    return int(float(page.locator("input#scrubber").input_value()))


def test_keyboard_alone_loads_an_example_steps_and_opens_the_table(page: Page,
                                                                   live_server: str) -> None:
    page.clock.install()
    page.goto(f"{live_server}/")
    page.wait_for_selector(f"{EDITOR}.cm-content")  # the app's editor, which has the focus
    first_program = program_of(page)

    tab_to(page, "select#examples")
    # a closed <select> changes its option with the arrows; the second example differs from
    # the page's default program
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    wait_for_program(page, "(text, first) => text !== first", first_program)
    # the example's program, values and options, as the address now holds them
    expect(page).to_have_url(re.compile(r"[?&]source="))
    graph = graph_in_address(live_server, page.url)
    output = next(n for n in graph["nodes"] if n["id"] == graph["output"])
    if output["shape"] == []:
        wait_for_output(page, graph["output"], fmt(output["value"]))

    tab_to(page, 'button[data-action="first"]')
    page.keyboard.press("Enter")
    page.clock.run_for(1000)
    start = scrubber(page)
    page.keyboard.press("ArrowRight")
    page.clock.run_for(1000)
    assert scrubber(page) == start + 1
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowLeft")
    page.clock.run_for(1000)
    assert scrubber(page) == start + 1
    caption = page.locator("#caption").inner_text()
    page.keyboard.press("ArrowRight")
    page.clock.run_for(1000)
    expect(page.locator("#caption")).not_to_have_text(caption)  # each step has its caption
    page.keyboard.press("End")
    page.clock.run_for(1000)
    end = scrubber(page)
    # "first" may mean before the first step (-1) or the first step (0); End is the last one
    assert end - start in (len(graph["steps"]) - 1, len(graph["steps"]))
    page.keyboard.press("Home")
    page.clock.run_for(1000)
    assert scrubber(page) == start
    screenshot(page, "keyboard-stepped")
    page.keyboard.press("End")  # the table shows the current frame: the end has every number
    page.clock.run_for(1000)

    tab_to(page, 'button[data-action="table"]')
    page.keyboard.press("Enter")
    table = page.locator("table#node-table")
    expect(table).to_be_visible()
    text = plain(table.inner_text())
    for node in graph["nodes"]:
        if node["label"] and node["shape"] == []:
            assert node["label"] in text
            assert fmt(node["value"]) in text and fmt(node["grad"]) in text, node["label"]
    screenshot(page, "keyboard-table-view")


def test_the_caption_is_a_polite_live_region(page: Page, live_server: str) -> None:
    page.goto(f"{live_server}/")
    expect(page.locator("#caption")).to_have_attribute("aria-live", "polite")


def test_tab_indents_the_editor_and_shift_tab_outdents(page: Page, live_server: str) -> None:
    """In the editor Tab is a code editor's Tab: it indents the selected lines (two spaces) and
    Shift+Tab takes them back, without leaving the field."""
    page.goto(f"{live_server}/")
    page.wait_for_function("() => performance.getEntriesByName('cgviz:drawn').length > 0")
    set_program(page, "x = 1\ny = 2\nf = x * y")
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.press("Tab")
    wait_for_program(page, "(text, want) => text === want", "  x = 1\n  y = 2\n  f = x * y")
    assert page.evaluate("document.activeElement.id") == "source"
    page.keyboard.press("Shift+Tab")
    wait_for_program(page, "(text, want) => text === want", "x = 1\ny = 2\nf = x * y")
    page.keyboard.press("ControlOrMeta+Home")
    page.keyboard.press("Tab")  # at a caret: two spaces typed there
    wait_for_program(page, "(text, want) => text === want", "  x = 1\ny = 2\nf = x * y")


def test_escape_then_tab_leaves_the_editor_however_long_after(page: Page,
                                                              live_server: str) -> None:
    """The escape hatch waits for the Tab (CodeMirror's own lasts two seconds); any other key
    in between makes Tab indent again."""
    page.clock.install()
    page.goto(f"{live_server}/")
    set_program(page, "x = 1")
    page.keyboard.press("ControlOrMeta+Home")
    page.keyboard.press("Escape")
    page.keyboard.press("ArrowRight")  # a key after Escape: Tab is Tab again
    page.keyboard.press("Tab")
    wait_for_program(page, "(text, want) => text === want", "x   = 1")
    assert page.evaluate("document.activeElement.id") == "source"
    page.keyboard.press("Escape")
    page.clock.run_for(5_000)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") != "source"
    assert program_of(page) == "x   = 1"
    page.keyboard.press("Shift+Tab")  # back in: Tab indents again
    assert page.evaluate("document.activeElement.id") == "source"
    page.keyboard.press("Tab")
    assert program_of(page).count(" ") > "x   = 1".count(" ")
