"""Typing and the requests it makes: the first keystroke asks at once, keystrokes typed while
an answer is awaited become one follow-up request with the newest text, and a slow answer never
overwrites a newer one (editor.js, api.js).

Answers are held back with a Playwright route and released by the test, so no test sleeps."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from e2e_support import NOTES_FIRST, api_graph, plain, set_program, wait_for_output
from playwright.sync_api import Error, Page, Route

pytestmark = pytest.mark.e2e

SLOW = NOTES_FIRST.replace("z = -4", "z = 2")  # f = 6
TYPED = "; g = f * 2"  # appended key by key: g = -24


def _hold_first(page: Page) -> tuple[list[str], list[Route]]:
    """Route /api/graph: note every program asked for; hold the first answer back."""
    sources: list[str] = []
    held: list[Route] = []

    def on_route(route: Route) -> None:
        body: dict[str, Any] = json.loads(route.request.post_data or "{}")
        sources.append(body.get("source", ""))
        if len(sources) == 1:
            held.append(route)
        else:
            route.continue_()

    page.route("**/api/graph", on_route)
    return sources, held


def _open(page: Page, base: str) -> None:
    """The app, once it has taken over from the server's first paint: keys typed before that
    are read at start-up, a moment later, which on a busy machine is more than a round trip."""
    page.goto(f"{base}/")
    page.wait_for_function("() => performance.getEntriesByName('cgviz:drawn').length > 0")


def _output_text(page: Page, output: str) -> str:
    return plain(page.locator(f'#circuit svg.cgviz text.value[data-node="{output}"]')
                 .text_content() or "")


def test_keys_typed_while_an_answer_is_awaited_make_one_request_with_the_newest_text(
        page: Page, live_server: str) -> None:
    final = NOTES_FIRST + TYPED
    graph = api_graph(live_server, final)
    _open(page, live_server)
    sources, held = _hold_first(page)
    editor = page.locator("#source")
    set_program(page, NOTES_FIRST)  # one change: asked at once, and held
    page.wait_for_function("() => true")  # a round trip, so the route has been seen
    assert sources == [NOTES_FIRST]
    editor.press("End")
    page.keyboard.type(TYPED)  # eleven keystrokes while the first answer is awaited
    assert len(held) == 1 and sources == [NOTES_FIRST]
    held[0].continue_()
    wait_for_output(page, graph["output"], "-24.00")
    assert sources == [NOTES_FIRST, final]  # one follow-up, with everything typed


def test_a_slow_answer_never_overwrites_a_newer_one(page: Page, live_server: str) -> None:
    newer = api_graph(live_server, NOTES_FIRST)
    _open(page, live_server)
    sources, held = _hold_first(page)
    editor = page.locator("#source")
    set_program(page, SLOW)  # asked at once; its answer is held back
    page.wait_for_function("() => true")
    assert sources == [SLOW]
    set_program(page, NOTES_FIRST)
    editor.press("ControlOrMeta+Enter")  # redraw now: a second request while the first waits
    wait_for_output(page, newer["output"], "-12.00")

    # The slow answer arrives last (the browser has dropped its request; fulfilling it may
    # fail, which is the point).
    slow_body = json.dumps(api_graph(live_server, SLOW))
    with contextlib.suppress(Error):
        held[0].fulfill(status=200, content_type="application/json", body=slow_body)
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))")
    assert _output_text(page, newer["output"]) == "-12.00"
    assert "z%20%3D%20-4" in page.url or "z+%3D+-4" in page.url
