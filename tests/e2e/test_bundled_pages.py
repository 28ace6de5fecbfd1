"""The pages run from their bundle (docs/frontend.md, "The bundle"): a first visit of `/` or
`/embed` asks for at most 5 scripts and stylesheets, and the embed's bundle, inlined as it is
into one file with the page's markup and graph, runs offline."""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from e2e_support import NOTES_FIRST, api_graph, wait_for_frame
from playwright.sync_api import Page, Request

pytestmark = pytest.mark.e2e

CODE = {"script", "stylesheet"}  # what Chromium calls a module, a modulepreload, a stylesheet
BUDGET = 5


@pytest.mark.parametrize("path", ["/", "/embed"])
def test_a_first_visit_asks_for_at_most_five_scripts_and_stylesheets(
        page: Page, live_server: str, path: str) -> None:
    asked: list[str] = []

    def on_request(request: Request) -> None:
        if request.resource_type in CODE:
            asked.append(request.url.removeprefix(live_server))

    page.on("request", on_request)  # a fresh context: nothing is cached yet
    page.goto(f"{live_server}{path}?source={quote(NOTES_FIRST)}", wait_until="networkidle")
    # the bundle ran: the step controls are the app's, not the server's
    page.locator('#controls button[data-action="play"]').wait_for()
    page.wait_for_load_state("networkidle")  # anything the running app asks for, too
    assert len(asked) <= BUDGET, asked
    bundle = "app" if path == "/" else "embed"
    for kind in ("js", "css"):
        assert any(re.fullmatch(rf"/static/v-[0-9a-f]{{12}}/dist/{bundle}\.{kind}", url)
                   for url in asked), asked


def one_file(live_server: str, query: str) -> str:
    """The embed's page with its stylesheet and module put inside it, byte for byte: the
    offline .html the bundle is made to allow (no CSP applies to a file)."""
    with urllib.request.urlopen(f"{live_server}/embed?{query}") as response:
        page = response.read().decode()

    def inlined(url: str) -> str:
        with urllib.request.urlopen(f"{live_server}{url}") as response:
            return str(response.read().decode())

    page, styles = re.subn(r'<link rel="stylesheet" href="([^"]+/dist/embed\.css)">',
                           lambda m: f"<style>{inlined(m.group(1))}</style>", page)
    page, scripts = re.subn(r'<script type="module" src="([^"]+/dist/embed\.js)"></script>',
                            lambda m: f'<script type="module">{inlined(m.group(1))}</script>',
                            page)
    assert (styles, scripts) == (1, 1)
    assert "/static/" not in page.split("</head>")[0]
    return page


def test_the_embed_bundle_inlined_into_one_file_runs_offline(
        page: Page, live_server: str, tmp_path: Path) -> None:
    export = tmp_path / "circuit.html"
    export.write_text(one_file(live_server, f"source={quote(NOTES_FIRST)}"), encoding="utf-8")
    graph = api_graph(live_server, NOTES_FIRST)
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(export.as_uri())
    page.locator('#controls button[data-action="first"]').click()
    page.locator('#controls button[data-action="next"]').click()
    wait_for_frame(page, graph, 0)  # the bundle steps the trace the page carries
    # and its stylesheet is the page's: embed.css pads the view
    assert page.evaluate("getComputedStyle(document.querySelector('.embed-view')).paddingTop") \
        == "6px"
    assert all(url.startswith(("file:", "data:")) for url in asked), asked
