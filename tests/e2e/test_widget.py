"""The notebook widget (frontend/js/widget.js) in a minimal widget host: a page that imports
the widget's module, makes a model of the state a notebook saved (tests/conftest.py runs it in
a kernel) with anywidget's get / set / on / off / save_changes, and calls `render({model, el})`
as JupyterLab, Notebook 7, VS Code and Colab do through anywidget. The model moves the circuit
in the frame, and the frame's step buttons and quiz move the model."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from e2e_support import Watch, origin_of, screenshot, wait_for_frame, watched_page
from playwright.sync_api import Browser, Frame, Page, expect
from quiz_support import answer, questions

pytestmark = pytest.mark.e2e

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"

HOST = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>widget host</title>
<link rel="icon" href="data:,"></head>
<body><h1>A notebook's output area</h1><div id="output"></div>
<script type="module">
  import widget from "/widget.js";
  const cell = new URLSearchParams(location.search).get("cell");
  const state = await (await fetch(`/state/${cell}.json`)).json();
  const listeners = new Map();
  window.saved = [];  // what the view sent the kernel, in order
  window.model = {
    get: (name) => state[name],
    set: (name, value) => {
      const changed = JSON.stringify(state[name]) !== JSON.stringify(value);
      state[name] = value;
      if (changed) for (const fn of listeners.get(`change:${name}`) ?? []) fn();
    },
    on: (event, fn) => listeners.set(event, [...(listeners.get(event) ?? []), fn]),
    off: (event, fn) => listeners.set(event, (listeners.get(event) ?? []).filter((f) => f !== fn)),
    save_changes: () => window.saved.push({step: state.step, score: state.score}),
  };
  window.cleanup = widget.render({model: window.model,
                                  el: document.getElementById("output")});
</script></body></html>
"""


def saved_states(nb: Any) -> list[dict[str, Any]]:
    """Each code cell's widget state, as the notebook saved it."""
    states = nb.metadata["widgets"][WIDGET_STATE]["state"]
    found = []
    for cell in nb.cells:
        [out] = [o for o in cell.outputs if o["output_type"] == "execute_result"]
        found.append(states[out["data"][WIDGET_VIEW]["model_id"]]["state"])
    return found


def graph_in(html: str) -> dict[str, Any]:
    """The graph JSON the one-file page carries (the API's, drawn in English)."""
    match = re.search(r'<script type="application/json" id="cgviz-graph">(.*?)</script>', html,
                      re.S)
    assert match
    return json.loads(match.group(1))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def host(executed_notebook: Any) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A server for the host page, the widget's module (the saved `_esm`) and the states."""
    states = saved_states(executed_notebook)
    files = {"/": ("text/html", HOST), "/widget.js": ("text/javascript", states[0]["_esm"])}
    files.update({f"/state/{k}.json": ("application/json", json.dumps(s))
                  for k, s in enumerate(states)})

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            kind, text = files.get(self.path.split("?")[0], ("", ""))
            if not kind:
                self.send_error(404)
                return
            body = text.encode()
            self.send_response(200)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", states
    server.shutdown()
    server.server_close()


@pytest.fixture
def host_page(browser: Browser, host: tuple[str, list[dict[str, Any]]]) -> Iterator[Page]:
    watch = Watch({origin_of(host[0])})
    for page in watched_page(browser, watch, viewport={"width": 1000, "height": 900}):
        def on_route(route: Any) -> None:
            url = route.request.url
            if url.startswith(("data:", "about:")) or origin_of(url) in watch.allowed_origins:
                route.continue_()
            else:  # the widget needs no network: nothing may leave the machine
                watch.foreign_requests.append(url)
                route.abort()

        page.context.route("**/*", on_route)
        yield page
        assert not watch.foreign_requests, watch.foreign_requests


def open_widget(page: Page, base: str, cell: int) -> Frame:
    page.goto(f"{base}/?cell={cell}")
    frame = page.locator("#output iframe.cgviz-widget").element_handle().content_frame()
    assert frame is not None
    frame.locator('#controls button[data-action="play"]').wait_for()
    return frame


def model_step(page: Page) -> int:
    return int(page.evaluate("window.model.get('step')"))


def test_the_model_moves_the_circuit_and_the_frames_buttons_move_the_model(
        host_page: Page, host: tuple[str, list[dict[str, Any]]]) -> None:
    base, states = host
    graph = graph_in(states[0]["html"])
    frame = open_widget(host_page, base, 0)
    iframe = host_page.locator("#output iframe.cgviz-widget")
    assert iframe.get_attribute("sandbox") == "allow-scripts allow-forms"
    assert iframe.get_attribute("srcdoc") == states[0]["html"]
    last = len(graph["steps"]) - 1
    wait_for_frame(frame, graph, last)
    assert model_step(host_page) == last == states[0]["step"]

    host_page.evaluate("window.model.set('step', 1)")  # the kernel sets w.step = 1
    wait_for_frame(frame, graph, 1)

    frame.locator('#controls button[data-action="next"]').click()
    wait_for_frame(frame, graph, 2)
    host_page.wait_for_function("window.model.get('step') === 2")
    frame.locator('#controls button[data-action="first"]').click()
    host_page.wait_for_function("window.model.get('step') === -1")
    assert host_page.evaluate("window.saved.at(-1)") == {"step": -1, "score": None}
    # the frame is as tall as the circuit and its controls say, not the first guess
    height = iframe.evaluate("(f) => f.getBoundingClientRect().height")
    assert height != 360 and height > 150
    screenshot(host_page, "widget-host")


def test_a_quiz_in_the_widget_sends_its_score_to_the_model(
        host_page: Page, host: tuple[str, list[dict[str, Any]]]) -> None:
    base, states = host
    graph = graph_in(states[1]["html"])
    frame = open_widget(host_page, base, 1)
    expect(frame.locator("#quiz")).to_be_visible()
    host_page.wait_for_function("window.model.get('score')?.total === 2")
    asked = questions(graph)
    assert model_step(host_page) == 0  # where it was asked to open, before any question
    # the kernel asks for the end: the quiz holds the frame at its first question, and the
    # model hears where it stopped
    host_page.evaluate(f"window.model.set('step', {len(graph['steps']) - 1})")
    host_page.wait_for_function(f"window.model.get('step') === {asked[0].step}")
    answer(frame, str(asked[0].expected))
    host_page.wait_for_function("window.model.get('score')?.correct === 1")
    answer(frame, "0")  # wrong
    host_page.wait_for_function("window.model.get('score')?.answered === 2")
    assert host_page.evaluate("window.model.get('score')") == \
        {"correct": 1, "total": 2, "answered": 2, "done": True}
