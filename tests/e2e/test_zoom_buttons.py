"""Zoom buttons in the circuit's corner: in, out and fit, by mouse and keyboard, in both
languages and in the embed."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from e2e_support import (
    NOTES_FIRST,
    open_app,
    scale_of,
    screenshot,
    settle,
)
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e


def test_zoom_buttons_in_the_circuits_corner_zoom_in_out_and_fit_by_mouse_and_keyboard(
        page: Page, live_server: str) -> None:
    open_app(page, live_server, NOTES_FIRST)
    settle(page)
    fitted = scale_of(page)
    zoom_in = page.locator('#circuit .zoom-controls button[data-action="zoom-in"]')
    expect(zoom_in).to_have_attribute("aria-label", "Zoom in")
    zoom_in.click()
    settle(page)
    assert scale_of(page) == pytest.approx(fitted * 1.25, rel=1e-3)

    # the keyboard reaches them: focus "zoom out", press Enter twice
    zoom_out = page.locator('#circuit button[data-action="zoom-out"]')
    zoom_out.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    settle(page)
    assert scale_of(page) == pytest.approx(fitted / 1.25, rel=1e-3)

    page.locator('#circuit button[data-action="fit"]').click()
    settle(page)
    assert scale_of(page) == pytest.approx(fitted, rel=1e-3)
    screenshot(page, "polish-zoom-controls")


def test_zoom_buttons_speak_russian_and_the_embed_has_them_unless_controls_are_hidden(
        page: Page, live_server: str) -> None:
    open_app(page, live_server, NOTES_FIRST, "&lang=ru")
    expect(page.locator('#circuit button[data-action="fit"]')).to_have_attribute(
        "aria-label", "Вписать в окно")
    page.goto(f"{live_server}/embed?source={quote(NOTES_FIRST)}")
    expect(page.locator('#circuit button[data-action="fit"]')).to_be_visible()
    page.goto(f"{live_server}/embed?source={quote(NOTES_FIRST)}&hide=controls")
    page.wait_for_selector("#circuit svg.cgviz")
    page.clock.run_for(100)
    expect(page.locator("#circuit .zoom-controls")).to_have_count(0)
