"""The pages run from their bundle (docs/frontend.md, "The bundle"): a first visit of `/` or
`/embed` asks for at most 5 scripts and stylesheets. (The embed's bundle inlined into one
offline file: tests/e2e/test_offline_in_browser.py.)"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from e2e_support import NOTES_FIRST
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
