"""The program box is a code editor (CodeMirror, frontend/js/editor.js): line numbers, Python
highlighted, brackets matched, an undo that redraws, the error underlined at its line and
column, the ✓/✗ of a hand-written backward pass on their lines; a named textbox for a screen
reader; and the server's textarea in its place, to the pixel, until the app takes over."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from e2e_support import (
    EDITOR,
    NOTES_FIRST,
    answered,
    api_error,
    api_graph,
    editor_line_at,
    editor_ready,
    open_app,
    open_embed,
    program_of,
    screenshot,
    set_program,
    wait_for_output,
    wait_for_program,
)
from playwright.sync_api import Browser, Locator, Page, expect

from cgviz.teach.examples import BACKWARD

pytestmark = pytest.mark.e2e

THREE = "x = -2; y = 5; z = -4\nq = x + y\nf = q * z"
BROKEN = "x = -2; y = 5; z = -4\nq = x + * y\nf = q * z"
PYTHON = ("import numpy as np\n"
          "def neuron(w, x):  # a box of gates per call\n"
          "    return np.tanh(w * x + 0.5)\n"
          "w = 2.0; x = -1\n"
          "f = neuron(w, x)")


def middle(locator: Locator) -> float:
    box = locator.bounding_box()
    assert box is not None, locator
    return box["y"] + box["height"] / 2


def colour(locator: Locator) -> str:
    return str(locator.evaluate("(el) => getComputedStyle(el).color"))


def palette(page: Page, name: str) -> str:
    """The app's colour `--name` as the browser resolves it (app.css, per theme)."""
    return str(page.evaluate("""(name) => {
      const probe = document.createElement("span");
      probe.style.color = `var(--${name})`;
      document.body.append(probe);
      const found = getComputedStyle(probe).color;
      probe.remove();
      return found;
    }""", name))


def test_the_lines_are_numbered_beside_the_lines_they_number(page: Page,
                                                             live_server: str) -> None:
    open_app(page, live_server, THREE)
    editor_ready(page)
    numbers = page.locator(".cm-lineNumbers .cm-gutterElement", has_text="2")
    expect(numbers.first).to_be_visible()
    for line in (1, 2, 3):
        number = page.locator(".cm-lineNumbers .cm-gutterElement").filter(
            has_text=str(line)).last
        text = page.locator(".cm-line").nth(line - 1)
        assert abs(middle(number) - middle(text)) < 1, line
        assert editor_line_at(page, middle(text)) == line
    assert program_of(page) == THREE


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_python_is_highlighted_in_the_apps_colours(page: Page, live_server: str,
                                                   theme: str) -> None:
    open_app(page, live_server, PYTHON, f"&theme={theme}", wait=False)
    editor_ready(page)
    keyword = page.locator(f"{EDITOR} .tok-keyword", has_text="def")
    expect(keyword).to_have_count(1)
    expect(page.locator(f"{EDITOR} .tok-keyword", has_text="return")).to_have_count(1)
    number = page.locator(f"{EDITOR} .tok-number", has_text="0.5")
    comment = page.locator(f"{EDITOR} .tok-comment")
    expect(comment).to_have_text("# a box of gates per call")
    plain_text = page.locator(f"{EDITOR} .cm-line").last
    assert colour(keyword) == palette(page, "code-keyword")
    assert colour(number) == palette(page, "code-number")
    assert colour(comment) == palette(page, "muted")
    assert colour(plain_text) == palette(page, "fg")
    assert len({colour(keyword), colour(number), colour(comment), colour(plain_text),
                palette(page, "value"), palette(page, "grad")}) == 6
    screenshot(page, f"code-editor-python-{theme}")


def test_the_bracket_at_the_caret_and_its_partner_are_marked(page: Page,
                                                             live_server: str) -> None:
    source = "a = 2\nf = (a * (a + 1)) * 3"
    open_app(page, live_server, source)
    editor_ready(page)
    page.locator(EDITOR).press("ControlOrMeta+End")
    for _ in range(len(" * 3")):  # the caret just after the outer `)`
        page.keyboard.press("ArrowLeft")
    pair = page.locator(f"{EDITOR} .cm-matchingBracket")
    expect(pair).to_have_count(2)
    assert pair.all_text_contents() == ["(", ")"]
    boxes = [b for b in (pair.nth(0).bounding_box(), pair.nth(1).bounding_box()) if b]
    line = page.locator(".cm-line").nth(1).bounding_box()
    assert line and len(boxes) == 2
    # the outer pair: the first `(` of the line and the last `)`, not the inner ones
    assert boxes[0]["x"] < boxes[1]["x"]
    assert boxes[1]["x"] - boxes[0]["x"] > 10 * boxes[0]["width"]
    page.keyboard.press("End")
    page.keyboard.type(")")  # one too many: no partner
    expect(page.locator(f"{EDITOR} .cm-nonmatchingBracket")).to_have_count(1)


def test_undo_brings_the_program_back_and_redraws_it(page: Page, live_server: str) -> None:
    graph = open_app(page, live_server, NOTES_FIRST)
    editor_ready(page)
    longer = NOTES_FIRST + "; g = f * 2"
    page.locator(EDITOR).press("End")
    page.keyboard.type("; g = f * 2")
    wait_for_output(page, api_graph(live_server, longer)["output"], "-24.00")
    assert parse_qs(urlsplit(page.url).query)["source"] == [longer]

    page.keyboard.press("ControlOrMeta+z")
    wait_for_program(page, "(text, want) => text === want", NOTES_FIRST)
    wait_for_output(page, graph["output"], "-12.00")
    page.wait_for_function("(want) => new URLSearchParams(location.search).get('source') "
                           "=== want", arg=NOTES_FIRST)
    page.keyboard.press("ControlOrMeta+Shift+z")  # and redo
    wait_for_output(page, api_graph(live_server, longer)["output"], "-24.00")


def error_place(page: Page) -> dict[str, Any]:
    """The underline: its text, the line it is on (by the line numbers beside it) and its
    column (1-based, in code points: the text of its line before it, plus one)."""
    mark = page.locator(".error-mark").first
    expect(mark).to_be_visible()
    before = mark.evaluate("""(mark) => {
      const range = document.createRange();
      range.setStart(mark.closest(".cm-line"), 0);
      range.setEndBefore(mark);
      return range.toString();
    }""")
    return {"text": mark.text_content(), "line": editor_line_at(page, middle(mark)),
            "column": len(before) + 1}


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_error_is_underlined_at_its_line_and_column(page: Page, live_server: str,
                                                        theme: str) -> None:
    error = api_error(live_server, BROKEN)
    assert (error["line"], error["column"]) == (2, 9)
    open_app(page, live_server, NOTES_FIRST, f"&theme={theme}")
    editor_ready(page)
    set_program(page, BROKEN)
    expect(page.locator("#error")).to_be_visible()
    assert error_place(page) == {"text": "*", "line": 2, "column": 9}
    expect(page.locator(EDITOR)).to_have_attribute("aria-invalid", "true")
    screenshot(page, f"code-editor-error-{theme}")

    set_program(page, NOTES_FIRST)  # fixed: the underline goes
    expect(page.locator("#error")).to_be_hidden()
    expect(page.locator(".error-mark")).to_have_count(0)
    expect(page.locator(EDITOR)).not_to_have_attribute("aria-invalid", "true")


def test_columns_are_counted_as_python_counts_them(page: Page, live_server: str) -> None:
    source = "θ = 1; 𝑥 = 2\nf = 𝑥 *+* θ"  # 𝑥 is one code point, two UTF-16 units
    error = api_error(live_server, source)
    open_app(page, live_server, NOTES_FIRST)
    editor_ready(page)
    set_program(page, source)
    expect(page.locator("#error")).to_be_visible()
    place = error_place(page)
    assert (place["line"], place["column"]) == (error["line"], error["column"])
    assert place["text"] == source.split("\n")[1][error["column"] - 1]


def test_a_missing_token_is_underlined_past_the_end_of_its_line(page: Page,
                                                                live_server: str) -> None:
    source = "a = 2\nf = a +\ng = 1"
    error = api_error(live_server, source)
    line_text = source.split("\n")[error["line"] - 1]
    assert error["column"] == len(line_text) + 1  # past the end: nothing there to underline
    open_app(page, live_server, NOTES_FIRST)
    editor_ready(page)
    set_program(page, source)
    mark = page.locator(".error-mark").first
    expect(mark).to_be_visible()
    line = page.locator(".cm-line").nth(error["line"] - 1)
    assert line.text_content() == line_text  # the mark adds no text to the program
    last = line.locator("span:not(.error-mark)").last  # the line's last token, `+`
    mark_box, last_box = mark.bounding_box(), last.bounding_box()
    assert last.text_content() == "+" and mark_box and last_box and mark_box["width"] > 0
    assert mark_box["x"] >= last_box["x"] + last_box["width"] - 1  # after it
    assert editor_line_at(page, middle(mark)) == error["line"]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_hand_written_backward_pass_is_marked_on_its_lines(page: Page, live_server: str,
                                                               theme: str) -> None:
    page.goto(f"{live_server}/?theme={theme}")
    page.select_option("#examples", "backward")
    wait_for_program(page, "(text) => text.includes('# backprop invden')")
    editor_ready(page)
    heading = "# backprop f = num * invden\n"
    line = BACKWARD[: BACKWARD.index(heading) + len(heading)].count("\n") + 1
    page.locator(EDITOR).press("ControlOrMeta+Home")
    for _ in range(line - 1):
        page.keyboard.press("ArrowDown")
    page.keyboard.type("dnum = invden\ndinvden = 2 * num")
    answered(page)  # (a half-typed line is marked too: `2 * nu` is wrong as well)
    page.wait_for_selector(f'.check-mark.wrong[data-line="{line + 1}"]')
    right = page.locator(f'.check-gutter .check-mark.ok[data-line="{line}"]')
    wrong = page.locator(f'.check-gutter .check-mark.wrong[data-line="{line + 1}"]')
    expect(right).to_have_text("✓")
    expect(wrong).to_have_text("✗")
    expect(page.locator(".check-gutter .check-mark")).to_have_count(2)
    # each beside the line it marks, as the numbers show it and as typed
    for mark, text in ((right, "dnum = invden"), (wrong, "dinvden = 2 * num")):
        at = editor_line_at(page, middle(mark))
        assert at == int(mark.get_attribute("data-line") or 0)
        assert page.locator(".cm-line").nth(at - 1).text_content() == text
    assert colour(right) == palette(page, "value") and colour(wrong) == palette(page, "grad")
    screenshot(page, f"code-editor-checks-{theme}")
    # a line typed above moves the marks down with their lines, until the next answer
    page.locator(EDITOR).press("ControlOrMeta+Home")  # (back in the editor, after the shot)
    page.keyboard.press("Enter")
    for _ in range(line + 1):  # back down to the marked line, as the student reads it: the
        page.keyboard.press("ArrowDown")  # editor draws its gutter near the lines in view
    answered(page)
    page.wait_for_selector(f'.check-mark.wrong[data-line="{line + 2}"]', timeout=20_000)
    moved = page.locator(f'.check-gutter .check-mark.wrong[data-line="{line + 2}"]')
    assert editor_line_at(page, middle(moved)) == line + 2


def test_a_screen_reader_meets_a_named_multiline_textbox(page: Page, live_server: str) -> None:
    open_app(page, live_server, NOTES_FIRST)
    editor_ready(page)
    box = page.get_by_role("textbox", name="Program")
    expect(box).to_have_count(1)
    expect(box).to_have_attribute("id", "source")
    expect(box).to_have_attribute("aria-multiline", "true")
    described = (box.get_attribute("aria-describedby") or "").split()
    assert "error" in described and "editor-hint" in described
    page.get_by_text("Program", exact=True).first.click()  # its label focuses it
    assert page.evaluate("document.activeElement.id") == "source"


def test_the_editor_takes_the_textareas_place_to_the_pixel(browser: Browser,
                                                           live_server: str) -> None:
    """Without JavaScript the server's form is the editor; with it, CodeMirror replaces the
    textarea in the same box, so nothing on the page moves when the app takes over."""
    source = "\n".join(f"x{i} = {i}" for i in range(6)) + "\nf = x1 * x2"
    boxes = []
    for js in (False, True):
        context = browser.new_context(java_script_enabled=js, viewport={"width": 1280,
                                                                         "height": 860})
        try:
            page = context.new_page()
            page.goto(f"{live_server}/?source={quote(source)}")
            if js:
                page.wait_for_selector(f"{EDITOR}.cm-content")
            else:
                expect(page.locator("textarea#source")).to_have_value(source)
                expect(page.locator("form#program button[type=submit]")).to_be_visible()
            boxes.append(page.locator(".code > *").first.bounding_box())
        finally:
            context.close()
    without, with_js = boxes
    assert without and with_js
    for key in ("x", "y", "width", "height"):
        assert abs(without[key] - with_js[key]) < 1, (key, without, with_js)


def test_the_form_draws_the_program_without_javascript(browser: Browser,
                                                       live_server: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{live_server}/")
        page.locator("textarea#source").fill(NOTES_FIRST.replace("z = -4", "z = 2"))
        page.locator("form#program button[type=submit]").click()
        page.wait_for_url("**source=**")
        graph = api_graph(live_server, NOTES_FIRST.replace("z = -4", "z = 2"))
        label = page.locator(f'#circuit text.value[data-node="{graph["output"]}"]')
        expect(label).to_have_text("6.00")
    finally:
        context.close()


def test_the_embed_has_the_same_editor(page: Page, live_server: str,
                                       second_origin: str) -> None:
    frame = open_embed(page, live_server, second_origin, f"source={quote(NOTES_FIRST)}")
    graph = api_graph(live_server, NOTES_FIRST)
    wait_for_output(frame, graph["output"], "-12.00")
    frame.locator("details.embed-edit summary").click()
    editor_ready(frame)  # CodeMirror, made when the reader opens it
    editor = frame.get_by_role("textbox", name="Program")
    expect(editor).to_be_visible()
    expect(frame.locator(".cm-lineNumbers .cm-gutterElement", has_text="1").last).to_be_visible()
    editor.press("End")
    page.keyboard.type("; g = f * 2")
    wait_for_output(frame, api_graph(live_server, NOTES_FIRST + "; g = f * 2")["output"],
                    "-24.00")
    page.keyboard.type(" *")
    expect(frame.locator(".error-mark")).to_be_visible()
    screenshot(page, "code-editor-embed")


def test_an_example_chosen_from_the_menu_gets_room_for_its_lines(page: Page,
                                                                  live_server: str) -> None:
    page.goto(f"{live_server}/")
    editor_ready(page)
    box = page.locator(".code .cm-editor")
    before = (box.bounding_box() or {"height": 0})["height"]
    page.select_option("#examples", "backward")  # 30-odd lines: 12 rows, as the server sizes
    wait_for_program(page, "(text) => text.includes('# backprop invden')")
    expect(box).to_have_css("--rows", "12")
    after = (box.bounding_box() or {"height": 0})["height"]
    assert after > 2 * before
