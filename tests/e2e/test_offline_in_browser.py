"""The one-file export (web/offline.py; docs/embed.md, "One file, offline") opened from
`file://` in a browser with no network: it steps the backward pass, runs a quiz, speaks
Russian and goes dark when its address asks, and asks for nothing but itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from e2e_support import NEURON, Watch, fmt, plain, wait_for_frame
from playwright.sync_api import Browser, Page, expect
from quiz_support import answer, questions, scrubber

import cgviz
from cgviz.i18n.catalog import catalog

pytestmark = pytest.mark.e2e

SMALL = "a = 2; b = 3; f = a * b"
SIGMOID = "w = 2; x = -1; b = -3\nf = sigmoid(w*x + b)"


class Offline:
    """A browser page with the network off, and every request it made."""

    def __init__(self, page: Page, tmp_path: Path) -> None:
        self.page = page
        self.tmp_path = tmp_path
        self.asked: list[str] = []
        page.on("request", lambda request: self.asked.append(request.url))

    def open(self, source: str, query: str = "", **view: Any) -> dict[str, Any]:
        """Export `source` with `view`, open the file with `query`; the graph JSON (the API's)."""
        graph = cgviz.build(source)
        path = self.tmp_path / "circuit.html"
        path.write_text(graph.to_html(**view), encoding="utf-8")
        self.page.goto(path.as_uri() + query)
        self.page.locator('#controls button[data-action="play"]').wait_for()
        return graph.to_dict()

    def others(self) -> list[str]:
        return [url for url in self.asked if not url.startswith("file:")]


@pytest.fixture
def offline(browser: Browser, tmp_path: Path) -> Iterator[Offline]:
    watch = Watch(set())
    context = browser.new_context(offline=True, viewport={"width": 1000, "height": 760})
    context.set_default_timeout(10_000)
    # nothing but the file itself may load; anything else would fail here, and the test after
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url.startswith("file:") else route.abort())
    page = context.new_page()
    page.on("console", lambda m: m.type in ("error", "warning")
            and watch.console_errors.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    found = Offline(page, tmp_path)
    yield found
    context.close()
    assert not watch.problems(), watch.problems()
    assert not found.others(), found.others()


def test_the_file_steps_the_whole_trace_with_its_captions(offline: Offline) -> None:
    graph = offline.open(NEURON)
    page = offline.page
    wait_for_frame(page, graph, len(graph["steps"]) - 1)  # it opens at the end
    page.locator('#controls button[data-action="first"]').click()
    wait_for_frame(page, graph, -1)
    for index in range(len(graph["steps"])):
        page.locator('#controls button[data-action="next"]').click()
        wait_for_frame(page, graph, index)  # green and red numbers, caption, active gate
    assert [url for url in offline.asked] == [offline.asked[0]]  # the file, once


def test_the_file_opens_at_the_step_its_address_names_over_the_exported_one(
        offline: Offline) -> None:
    graph = offline.open(NEURON, "?step=2", step=5)
    wait_for_frame(offline.page, graph, 2)


def test_a_quiz_in_the_file_asks_judges_and_reveals(offline: Offline) -> None:
    graph = offline.open(SMALL, quiz=True)
    page = offline.page
    asked = questions(graph)
    expect(page.locator("#quiz")).to_be_visible()
    assert scrubber(page) == asked[0].step
    answer(page, fmt(asked[0].expected))
    expect(page.locator("#quiz-result .quiz-right")).to_be_visible()
    answer(page, "5")  # b's gradient is a = 2
    expect(page.locator("#quiz-result .quiz-wrong")).to_be_visible()
    expect(page.locator("#quiz-score")).to_contain_text("1")
    wait_for_frame(page, graph, scrubber(page))  # over: every number shows


def test_the_address_asks_the_file_for_russian_and_the_dark_theme(offline: Offline) -> None:
    graph = offline.open(SMALL, "?lang=ru&theme=dark&step=end")
    page = offline.page
    ru = cgviz.build(SMALL, options={"lang": "ru"}).to_dict()
    caption = plain(page.locator("#caption").inner_text())
    assert plain(ru["steps"][-1]["caption"]) in caption and "восходящий" in caption
    wait_for_frame(page, graph, len(graph["steps"]) - 1)
    expect(page.locator(".embed-offline")).to_have_text(catalog("ru")["ui.offline_note"])
    assert "theme-dark" in (page.locator("html").get_attribute("class") or "")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background != "rgb(255, 255, 255)"


def test_the_file_says_editing_needs_the_server_and_draws_no_group_as_clickable(
        offline: Offline) -> None:
    graph = offline.open(SIGMOID)
    page = offline.page
    expect(page.locator(".embed-offline")).to_have_text(catalog("en")["ui.offline_note"])
    assert page.locator("textarea, #inputs").count() == 0
    sigma = next(n for n in graph["nodes"] if n.get("op") == "sigmoid")
    gate = page.locator(f'#circuit .gates [data-node="{sigma["id"]}"]')
    assert "expandable" not in (gate.get_attribute("class") or "")
    gate.click(force=True)  # does nothing, asks nothing
    page.wait_for_timeout(300)
    assert page.locator("#circuit .group-box").count() == 0


def test_a_summarised_tensor_says_its_numbers_need_the_server(offline: Offline) -> None:
    offline.open("x = randn(40, 40)\nf = sum(x * x)", hide=("caption",))
    page = offline.page
    page.locator('#circuit text.value[data-node="n0"]').click()
    expect(page.locator(".cgviz-popover")).to_contain_text(catalog("en")["ui.numbers_unknown"])


PARENT = """<!doctype html><meta charset="utf-8"><title>course page</title>
<link rel="icon" href="data:,">
<script>
  window.messages = [];
  addEventListener("message", (e) => window.messages.push(e.data));
  window.send = (m) => document.querySelector("iframe").contentWindow.postMessage(m, "*");
</script>
<iframe src="circuit.html" width="900" height="500"></iframe>
"""


def test_a_page_framing_the_file_steps_it_and_hears_that_a_new_program_needs_the_server(
        offline: Offline) -> None:
    graph = cgviz.build(SMALL)
    (offline.tmp_path / "circuit.html").write_text(graph.to_html(), encoding="utf-8")
    parent = offline.tmp_path / "course.html"
    parent.write_text(PARENT, encoding="utf-8")
    page = offline.page
    page.goto(parent.as_uri())
    page.wait_for_function("window.messages.some((m) => m.type === 'cgviz:ready')")
    inner = page.locator("iframe").element_handle().content_frame()
    assert inner is not None
    page.evaluate("window.send({type: 'cgviz:set', step: 0})")  # the same graph: it steps
    wait_for_frame(inner, graph.to_dict(), 0)
    page.evaluate("window.send({type: 'cgviz:set', source: 'f = 2 * 3'})")
    page.wait_for_function("window.messages.some((m) => m.type === 'cgviz:error')")
    [error] = page.evaluate("window.messages.filter((m) => m.type === 'cgviz:error')")
    assert error["message"] == catalog("en")["ui.offline_note"]
    wait_for_frame(inner, graph.to_dict(), 0)  # the circuit stays
