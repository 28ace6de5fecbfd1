"""Messages that stay long enough to read: the "link too long" toast until dismissed, a short
one going by itself."""

from __future__ import annotations

import re

import pytest
from e2e_support import (
    NOTES_FIRST,
    api_graph,
    open_app,
    screenshot,
    set_program,
    wait_for_output,
)
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def test_the_link_too_long_toast_stays_six_seconds_until_dismissed_and_embed_warns(
        page: Page, live_server: str) -> None:
    open_app(page, live_server, NOTES_FIRST)
    long_source = NOTES_FIRST + "  # " + "a" * 61_000
    set_program(page, long_source)
    wait_for_output(page, api_graph(live_server, NOTES_FIRST)["output"], "-12.00")

    page.locator('.toolbar button[data-action="share"]').click()
    toast = page.locator("#toast")
    expect(toast).to_have_class(re.compile(r"\bshow\b"))
    expect(toast).to_contain_text("60")
    page.clock.run_for(6_000)
    expect(toast).to_have_class(re.compile(r"\bshow\b"))
    screenshot(page, "polish-long-toast")
    toast.locator("button.toast-close").click()
    expect(toast).not_to_have_class(re.compile(r"\bshow\b"))

    page.locator('.toolbar button[data-action="embed"]').click()
    warning = page.locator("#embed-dialog .embed-warning")
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("60")
    screenshot(page, "polish-embed-too-long")


def test_a_short_toast_still_goes_by_itself(page: Page, live_server: str) -> None:
    open_app(page, live_server, NOTES_FIRST)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.locator('.toolbar button[data-action="share"]').click()
    toast = page.locator("#toast")
    expect(toast).to_have_class(re.compile(r"\bshow\b"))
    expect(toast.locator("button.toast-close")).to_have_count(0)
    page.clock.run_for(2_500)
    expect(toast).not_to_have_class(re.compile(r"\bshow\b"))
    page.locator('.toolbar button[data-action="embed"]').click()
    expect(page.locator("#embed-dialog .embed-warning")).to_be_hidden()
