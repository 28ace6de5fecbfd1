"""The teaching panels in the embed: a course page turns them on through `options` in the
frame's address (no buttons in the frame), and the frame's height follows them."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import pytest
from e2e_support import api_graph, screenshot
from playwright.sync_api import Frame, Page

from cgviz.teach.examples import NEURON_SIGMOID

pytestmark = pytest.mark.e2e

RELU_AT_ZERO = "x = 0; w = 2\nf = relu(x) * w"


def open_embed(page: Page, live_server: str, second_origin: str, source: str,
               options: dict[str, Any]) -> Frame:
    embed = (f"{live_server}/embed?source={quote(source)}"
             f"&options={quote(json.dumps(options, separators=(',', ':')))}")
    page.goto(f"{second_origin}/host?src={quote(embed, safe='')}")
    page.wait_for_function(
        "() => window.messages.some((m) => m.data && m.data.type === 'cgviz:ready')")
    frame = page.locator("iframe#app").element_handle().content_frame()
    assert frame is not None
    return frame


def last_height(page: Page) -> int:
    return int(page.evaluate("""() => window.messages.filter((m) => m.data
      && m.data.type === "cgviz:resize").at(-1).data.height"""))


def frame_fits(page: Page, frame: Frame) -> None:
    """The last height the frame reported is the height of its content, panels included."""
    page.wait_for_function("""() => window.messages.some((m) => m.data
      && m.data.type === "cgviz:resize")""")
    page.clock.run_for(500)
    content = frame.evaluate(
        "Math.ceil(document.querySelector('.embed-view').getBoundingClientRect().height)")
    page.wait_for_function("""(h) => window.messages.filter((m) => m.data
      && m.data.type === "cgviz:resize").at(-1).data.height === h""", arg=content)


def test_an_embed_with_options_code_highlights_the_line_of_the_step_the_page_moves_to(
        page: Page, live_server: str, second_origin: str) -> None:
    graph = api_graph(live_server, NEURON_SIGMOID, options={"code": True})
    frame = open_embed(page, live_server, second_origin, NEURON_SIGMOID, {"code": True})
    panel = frame.locator("#code-panel")
    panel.locator(".line").first.wait_for()
    assert panel.is_visible() and "dw0" in panel.inner_text()
    assert frame.locator("button[data-action='code']").count() == 0  # no new chrome
    for index in (0, len(graph["steps"]) // 2, len(graph["steps"]) - 3):
        step = graph["steps"][index]
        page.evaluate("(m) => window.send(m)", {"type": "cgviz:goto", "index": index})
        part = "forward" if step["phase"] == "forward" else "backward"
        frame.wait_for_function("""([part, line]) => {
          const rows = document.querySelectorAll("#code-panel .line.current");
          return rows.length === 1 && rows[0].closest(".code-" + part)
            && Number(rows[0].dataset.line) === line;
        }""", arg=[part, step["code_line"]])
    # the course page sizes the frame from the reported height: the panel is inside it
    frame_fits(page, frame)
    inner = page.evaluate("document.querySelector('iframe#app').clientHeight")  # no border
    assert inner == last_height(page)
    screenshot(page, "embed-code-panel")


def test_an_embed_with_options_gradcheck_shows_numeric_gradients_and_flags_relu_at_zero(
        page: Page, live_server: str, second_origin: str) -> None:
    checked = {n["label"]: n for n in api_graph(live_server, RELU_AT_ZERO,
                                                options={"gradcheck": True})["nodes"]
               if n["kind"] == "input"}
    assert checked["x"]["gradcheck"] == "kink"
    frame = open_embed(page, live_server, second_origin, RELU_AT_ZERO, {"gradcheck": True})
    summary = frame.locator("#gradcheck")
    kink = summary.locator(f'li[data-node="{checked["x"]["id"]}"]')
    kink.wait_for()
    assert "⚠" in kink.inner_text() and checked["x"]["gradcheck_note"] in kink.inner_text()
    assert frame.locator("#code-panel").is_hidden()  # only what the options ask for
    frame_fits(page, frame)
    screenshot(page, "embed-gradcheck")
    # the wire's tooltip has the numeric gradient beside the analytic one
    frame.locator(f'#circuit text.label[data-node="{checked["x"]["id"]}"]').hover()
    tip = frame.locator(".cgviz-tooltip")
    tip.wait_for()
    assert "⚠" in tip.inner_text()
    numeric = frame.evaluate("""() => [...document.querySelectorAll(".cgviz-tooltip dd")]
      .some((dd) => dd.classList.contains("numeric"))""")
    assert numeric


def test_an_embed_without_teaching_options_shows_neither_panel(
        page: Page, live_server: str, second_origin: str) -> None:
    frame = open_embed(page, live_server, second_origin, RELU_AT_ZERO, {})
    frame.locator("#circuit svg.cgviz").wait_for()
    page.clock.run_for(500)
    assert frame.locator("#code-panel").is_hidden()
    assert frame.locator("#gradcheck").is_hidden()
