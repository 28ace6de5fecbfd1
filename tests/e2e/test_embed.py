"""The embed in a course page on another origin (another port): the postMessage protocol
(docs/embed.md) both ways, and the Content-Security-Policy that lets only /embed be framed."""

from __future__ import annotations

import html
import json
import re
import urllib.request
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from e2e_support import (
    NOTES_FIRST,
    Watch,
    api_error,
    api_graph,
    open_embed,
    origin_of,
    screenshot,
    wait_for_frame,
    wait_for_output,
)
from playwright.sync_api import Page

pytestmark = pytest.mark.e2e

SMALL = "a = 2; b = 3; f = a * b"
BROKEN = "a = 2\nf = a * * 3"


def messages(page: Page, app: str, kind: str) -> list[dict[str, Any]]:
    """The messages of one type the course page received, each checked to come from the app."""
    found = page.evaluate("(kind) => window.messages.filter((m) => m.data && "
                          "(m.data.type === kind || m.data.subject === kind))", kind)
    assert all(m["origin"] == app for m in found), found
    return [m["data"] for m in found]


def wait_message(page: Page, kind: str, **fields: Any) -> None:
    page.wait_for_function(
        """([kind, fields]) => window.messages.some((m) => m.data
             && (m.data.type === kind || m.data.subject === kind)
             && Object.entries(fields).every(([k, v]) => m.data[k] === v))""",
        arg=[kind, fields], timeout=10_000)


def test_the_embed_says_ready_and_its_height_to_a_page_on_another_origin(
        page: Page, live_server: str, second_origin: str) -> None:
    app = origin_of(live_server)
    graph = api_graph(live_server, NOTES_FIRST)
    frame = open_embed(page, live_server, second_origin, f"source={quote(NOTES_FIRST)}")
    wait_for_output(frame, graph["output"], "-12.00")
    wait_message(page, "cgviz:ready")
    page.wait_for_function("() => window.messages.some((m) => m.data && m.data.type === "
                           "'cgviz:resize' && m.data.height > 0)")
    page.wait_for_function("() => window.messages.some((m) => m.data && m.data.subject === "
                           "'lti.frameResize' && m.data.height > 0)")
    heights = [m["height"] for m in messages(page, app, "cgviz:resize")]
    assert all(isinstance(h, int | float) and h > 0 for h in heights)
    screenshot(page, "embed-on-a-course-page")


def test_the_course_page_sets_the_program_moves_the_step_and_hears_about_it(
        page: Page, live_server: str, second_origin: str) -> None:
    app = origin_of(live_server)
    frame = open_embed(page, live_server, second_origin, f"source={quote(NOTES_FIRST)}")
    wait_message(page, "cgviz:ready")

    graph = api_graph(live_server, SMALL)
    page.evaluate("(m) => window.send(m)", {"type": "cgviz:set", "source": SMALL})
    wait_for_output(frame, graph["output"], "6.00")

    target = len(graph["steps"]) - 2  # the seed: the embed opens at the end, so this moves
    step = graph["steps"][target]
    page.evaluate("(m) => window.send(m)", {"type": "cgviz:goto", "index": target})
    wait_message(page, "cgviz:step", index=target, phase=step["phase"], node=step["node"])
    wait_for_frame(frame, graph, target)
    screenshot(page, "embed-after-goto")

    error = api_error(live_server, BROKEN)
    page.evaluate("(m) => window.send(m)", {"type": "cgviz:set", "source": BROKEN})
    wait_message(page, "cgviz:error", line=error["line"], column=error["column"])
    assert messages(page, app, "cgviz:error")[-1]["message"] == error["message"]


def test_play_and_pause_from_the_course_page_run_and_stop_the_animation(
        page: Page, live_server: str, second_origin: str) -> None:
    page.clock.install()
    app = origin_of(live_server)
    open_embed(page, live_server, second_origin, f"source={quote(SMALL)}")
    wait_message(page, "cgviz:ready")
    page.evaluate("(m) => window.send(m)", {"type": "cgviz:goto", "index": -1})
    page.evaluate("(m) => window.send(m)", {"type": "cgviz:play"})
    page.clock.run_for(30_000)  # the whole trace at any speed
    graph = api_graph(live_server, SMALL)
    wait_message(page, "cgviz:step", index=len(graph["steps"]) - 1)
    indices = [m["index"] for m in messages(page, app, "cgviz:step")]
    assert indices[-len(graph["steps"]):] == list(range(len(graph["steps"])))

    page.evaluate("(m) => window.send(m)", {"type": "cgviz:goto", "index": -1})
    page.evaluate("(m) => window.send(m)", {"type": "cgviz:play"})
    page.evaluate("(m) => window.send(m)", {"type": "cgviz:pause"})
    count = len(messages(page, app, "cgviz:step"))
    page.clock.run_for(30_000)
    assert len(messages(page, app, "cgviz:step")) <= count + 1  # at most the step in flight


def test_the_main_page_refuses_to_be_framed_by_another_origin(
        page: Page, live_server: str, second_origin: str, watch: Watch) -> None:
    watch.expect_console(r"frame-ancestors")  # Chromium reports the refusal, as it should
    with page.expect_console_message(lambda m: "frame-ancestors" in m.text):
        page.goto(f"{second_origin}/host?src={quote(live_server + '/', safe='')}")
    frame = page.locator("iframe#app").element_handle().content_frame()
    # Chromium replaces a refused frame by its own error page
    assert frame is None or frame.url.startswith("chrome-error:"), frame.url


def test_the_embed_dialog_gives_an_iframe_and_an_image_of_the_current_state(
        page: Page, live_server: str) -> None:
    """The main page's Embed dialog writes the `<iframe>` snippet with the program and values
    now on screen, and the `<img src="/api/graph.svg?…">` alternative; both open."""
    graph = api_graph(live_server, SMALL)
    values = quote(json.dumps({"a": 5}))
    page.goto(f"{live_server}/?source={quote(SMALL)}&values={values}")
    page.wait_for_function("() => performance.getEntriesByName('cgviz:drawn').length > 0")
    page.locator('button[data-action="embed"]').click()
    iframe = page.locator("#embed-iframe").input_value()
    img = page.locator("#embed-img").input_value()
    frame_src = re.search(r'<iframe src="([^"]+)"', iframe)
    img_src = re.search(r'<img src="([^"]+)"', img)
    assert frame_src and img_src, (iframe, img)
    frame_url, img_url = (html.unescape(m.group(1)) for m in (frame_src, img_src))
    assert frame_url.startswith(f"{live_server}/embed?") and "/api/graph.svg?" in img_url
    for url in (frame_url, img_url):
        query = parse_qs(urlsplit(url).query)
        assert query["source"] == [SMALL] and json.loads(query["values"][0]) == {"a": 5}, url
    with urllib.request.urlopen(img_url, timeout=30) as answer:
        svg = answer.read().decode()
    assert answer.status == 200 and "<svg" in svg and ">15.00<" in svg  # f = 5 * 3
    embed = page.context.new_page()
    embed.goto(frame_url)
    wait_for_output(embed, graph["output"], "15.00")
    screenshot(page, "embed-dialog")
    embed.close()
