"""The app in front of a class: zoom buttons on the circuit, no error flashing mid-word, short
trained values in the address, and long messages that stay long enough to read."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from e2e_support import NEURON, NOTES_FIRST, api_error, api_graph, fmt, screenshot, wait_for_output
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

SCALE = re.compile(r"scale\(([-\d.e]+)\)")


def open_app(page: Page, live_server: str, source: str, extra: str = "") -> dict:
    graph = api_graph(live_server, source)
    page.clock.install()
    page.goto(f"{live_server}/?source={quote(source)}{extra}")
    output = next(n for n in graph["nodes"] if n["id"] == graph["output"])
    wait_for_output(page, graph["output"], fmt(output["value"]))
    return graph


def scale_of(page: Page) -> float:
    transform = page.locator("#circuit svg.cgviz").evaluate("(svg) => svg.style.transform")
    match = SCALE.search(transform)
    assert match, transform
    return float(match.group(1))


def settle(page: Page) -> None:
    page.clock.run_for(100)  # panzoom writes its transform at the next animation frame


# ---- 1. zoom controls --------------------------------------------------------------------


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


# ---- 2. typing: a new error waits for a pause --------------------------------------------


def test_an_error_mid_word_waits_for_a_pause_and_a_good_circuit_shows_at_once(
        page: Page, live_server: str) -> None:
    open_app(page, live_server, NOTES_FIRST)
    error = page.locator("#error")
    page.locator("textarea#source").fill("x = -2; y = 5; z = -4; q = x + y; f = q * ")
    page.wait_for_selector("#error[data-pending]", state="attached")  # the answer is in
    expect(error).to_be_hidden()
    expect(page.locator("#circuit")).not_to_have_class(re.compile(r"\bstale\b"))
    page.clock.run_for(450)
    expect(error).to_be_visible()
    expect(page.locator("#circuit")).to_have_class(re.compile(r"\bstale\b"))

    # an error already shown follows the text at once
    worse = "x = -2; y = 5; z = -4; q = x + y; f = q * * z"
    page.locator("textarea#source").fill(worse)
    expect(error).to_contain_text(api_error(live_server, worse)["message"][:30])
    # and a good program is drawn at once, the error gone
    source = NOTES_FIRST.replace("z = -4", "z = 2")
    page.locator("textarea#source").fill(source)
    graph = api_graph(live_server, source)
    wait_for_output(page, graph["output"], "6.00")
    expect(error).to_be_hidden()


def test_keys_typed_during_the_pause_start_it_again(page: Page, live_server: str) -> None:
    open_app(page, live_server, NOTES_FIRST)
    page.locator("textarea#source").fill("x = -2; y = 5; z = -4; q = x + y; f = q *")
    page.wait_for_selector("#error[data-pending]", state="attached")
    page.clock.run_for(300)
    page.locator("textarea#source").press("End")
    with page.expect_response("**/api/graph**") as answer:
        page.keyboard.type(" ")  # one more key at 300 ms: the pause starts again
    answer.value.finished()
    page.clock.run_for(300)
    expect(page.locator("#error")).to_be_hidden()
    page.clock.run_for(500)
    expect(page.locator("#error")).to_be_visible()


# ---- 3. descent: short values, ticks and rate in the address ------------------------------


def test_descent_ticks_the_weights_writes_six_digits_and_keeps_ticks_and_rate_in_the_address(
        page: Page, live_server: str) -> None:
    open_app(page, live_server, NEURON)
    page.locator('.toolbar button[data-action="descent"]').click()
    box = lambda name: page.locator(f'#descent input[type=checkbox][data-name="{name}"]')  # noqa: E731
    for name in ("w0", "w1", "w2"):
        expect(box(name)).to_be_checked()
    for name in ("x0", "x1"):
        expect(box(name)).not_to_be_checked()

    page.locator('#descent button[data-action="descent-step"]').click()
    page.wait_for_function("() => new URLSearchParams(location.search).has('values')")
    values = json.loads(parse_qs(urlsplit(page.url).query)["values"][0])
    assert set(values) == {"w0", "w1", "w2"}
    for value in values.values():
        digits = re.sub(r"[^0-9]", "", f"{value!r}".split("e")[0]).lstrip("0")
        assert len(digits) <= 6, value
    field = page.locator('#inputs input[type=number][data-name="w0"]')
    expect(field).to_have_value(str(values["w0"]))

    box("w2").uncheck()
    box("x0").check()
    page.locator("#learning-rate").fill("0.1")
    page.locator("#learning-rate").press("Tab")
    page.wait_for_function("() => new URLSearchParams(location.search).get('lr') === '0.1'")
    query = parse_qs(urlsplit(page.url).query)
    assert query["train"] == ["w0,x0,w1"]  # in the program's order

    page.reload()
    page.locator('.toolbar button[data-action="descent"]').click()
    expect(box("x0")).to_be_checked()
    expect(box("w2")).not_to_be_checked()
    expect(page.locator("#learning-rate")).to_have_value("0.1")


# ---- 4. long messages stay -----------------------------------------------------------------


def test_the_link_too_long_toast_stays_six_seconds_until_dismissed_and_embed_warns(
        page: Page, live_server: str) -> None:
    open_app(page, live_server, NOTES_FIRST)
    long_source = NOTES_FIRST + "  # " + "a" * 61_000
    page.locator("textarea#source").fill(long_source)
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
