"""On a phone (docs/frontend.md "On a phone"): Chromium emulating a 390×844 phone (touch, a
mobile viewport, device scale 2), as a student opening a course link would. Everything is read
from the page's geometry — bounding boxes, the circuit's drawn size — never from pixels; each
test also saves screenshots, in both languages and both themes, to look at."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from e2e_support import NEURON, Watch, api_graph, editor_ready, screenshot, watched_page
from playwright.sync_api import Browser, CDPSession, Frame, Page, expect

pytestmark = pytest.mark.e2e

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2,
         "is_mobile": True, "has_touch": True}
READABLE_PX = 11
THUMB_PX = 44
LOOKS = [("en", "light"), ("ru", "dark"), ("en", "dark"), ("ru", "light")]


@pytest.fixture
def phone(browser: Browser, watch: Watch) -> Iterator[Page]:
    """A page in a phone's context, failing on console errors like the `page` fixture."""
    yield from watched_page(browser, watch, **PHONE)


def settled(page: Page | Frame) -> None:
    """The app has taken over the picture and its first fit is written."""
    page.wait_for_function("() => performance.getEntriesByName('cgviz:drawn').length > 0")
    page.wait_for_function(
        "() => (document.querySelector('#circuit svg.cgviz')?.style.transform || '') !== ''")
    page.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")


def box(page: Page, selector: str) -> dict[str, float]:
    found = page.locator(selector).first.bounding_box()
    assert found is not None, f"{selector} is not rendered"
    return found


# The page is no wider than the screen: nothing sticks out to scroll sideways to.
OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"

# Every visible control a thumb may press, outside the circuit's own picture, that is less
# than 44 px tall: [description, height]. A checkbox is pressed through its label.
SMALL_CONTROLS = """(least) => [...document.querySelectorAll(
    'button, select, input, textarea, [contenteditable=true], summary, a[href],'
    + ' [role=button]')]
  .filter((e) => !e.closest('svg'))
  .filter((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility === 'visible';
  })
  .map((e) => [e, e.matches('[type=checkbox], [type=radio]') && e.closest('label') || e])
  .map(([e, target]) => [e.outerHTML.slice(0, 90), target.getBoundingClientRect().height])
  .filter(([, h]) => h < least - 0.5)"""

# The smallest text of the circuit as drawn, in CSS px: its font size times the scale the view
# chose (the picture's drawn width over its own width).
SMALLEST_TEXT = """() => {
  const svg = document.querySelector('#circuit svg.cgviz');
  const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
  const sizes = [...svg.querySelectorAll('text')]
    .filter((t) => t.textContent.trim() && getComputedStyle(t).display !== 'none')
    .map((t) => parseFloat(getComputedStyle(t).fontSize));
  return {scale, least: Math.min(...sizes) * scale, count: sizes.length};
}"""

# Whether the element is wholly inside the circuit's box.
INSIDE = """(selector) => {
  const e = document.querySelector(selector);  // a tile far out of view is not in the page
  if (!e) return false;
  const r = e.getBoundingClientRect();
  const v = document.querySelector('#circuit').getBoundingClientRect();
  return r.width > 0 && r.left >= v.left && r.right <= v.right && r.top >= v.top
    && r.bottom <= v.bottom;
}"""


def assert_thumb_sized(page: Page) -> None:
    small = page.evaluate(SMALL_CONTROLS, THUMB_PX)
    assert not small, f"controls under {THUMB_PX} px tall: {small}"


def assert_readable(page: Page) -> float:
    text = page.evaluate(SMALLEST_TEXT)
    assert text["count"] > 0
    assert text["least"] >= READABLE_PX - 0.01, text
    return float(text["scale"])


def output_of(graph: dict[str, Any]) -> str:
    return str(graph["output"])


# ---- the app ----------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "theme"), LOOKS)
def test_the_app_puts_the_circuit_and_its_step_controls_on_the_first_screen(
        phone: Page, live_server: str, lang: str, theme: str) -> None:
    page = phone
    page.goto(f"{live_server}/?source={quote(NEURON)}&lang={lang}&theme={theme}")
    settled(page)
    height = page.viewport_size["height"] if page.viewport_size else 844
    circuit = box(page, "#circuit")
    assert circuit["y"] < 120  # right under the header
    assert circuit["y"] + circuit["height"] <= height
    for control in ["first", "prev", "play", "next", "last"]:
        button = box(page, f'button[data-action="{control}"]')
        assert button["y"] + button["height"] <= height, control
    caption = box(page, "#caption")
    assert caption["y"] < height
    # the program and the inputs are one tap away, under the circuit, in the document too
    expect(page.locator("#source")).to_be_hidden()
    expect(page.locator("#inputs")).to_be_hidden()
    fold = page.locator(".fold-toggle")
    expect(fold).to_be_visible()
    expect(fold).to_have_attribute("aria-expanded", "false")
    assert box(page, ".fold-toggle")["y"] > caption["y"]
    assert page.evaluate("""() => Boolean(document.querySelector('#caption')
        .compareDocumentPosition(document.querySelector('.fold-toggle'))
        & Node.DOCUMENT_POSITION_FOLLOWING)""")
    # the toolbar is folded into the menu
    expect(page.locator('button[data-action="share"]')).to_be_hidden()
    expect(page.locator(".menu-toggle")).to_be_visible()
    assert page.evaluate(OVERFLOW) <= 0
    assert_thumb_sized(page)
    assert_readable(page)
    screenshot(page, f"phone-app-{lang}-{theme}")

    page.locator(".menu-toggle").tap()
    expect(page.locator('button[data-action="share"]')).to_be_visible()
    menu = box(page, "#bar-menu")
    assert menu["x"] >= 0 and menu["x"] + menu["width"] <= 390
    assert page.evaluate(OVERFLOW) <= 0
    assert_thumb_sized(page)
    screenshot(page, f"phone-app-menu-{lang}-{theme}")
    page.locator(".menu-toggle").tap()
    expect(page.locator('button[data-action="share"]')).to_be_hidden()

    fold.tap()
    expect(fold).to_have_attribute("aria-expanded", "true")
    source = page.locator("#source")
    editor_ready(page)
    expect(source).to_be_visible()
    expect(page.locator("#inputs")).to_be_visible()
    # the program wraps: no line is cut at the box's edge to scroll sideways to
    assert source.evaluate("(t) => { const box = t.closest('.cm-scroller');"
                           " return box.scrollWidth <= box.clientWidth; }")
    assert page.evaluate(OVERFLOW) <= 0
    assert_thumb_sized(page)
    screenshot(page, f"phone-app-program-{lang}-{theme}")


def test_the_menu_works_by_keyboard_and_escape_closes_it(phone: Page, live_server: str) -> None:
    page = phone
    page.goto(f"{live_server}/?source={quote(NEURON)}")
    settled(page)
    toggle = page.locator(".menu-toggle")
    expect(toggle).to_have_accessible_name("Menu")
    controls = toggle.get_attribute("aria-controls")
    assert controls and page.locator(f"#{controls}").count() == 1
    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")  # into the menu: the examples first
    assert page.evaluate("document.activeElement.id") == "examples"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.action") == "share"
    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(page.locator('button[data-action="share"]')).to_be_hidden()
    assert page.evaluate("document.activeElement.classList.contains('menu-toggle')")
    # Space opens it too; a tool chosen closes it and does its work
    page.keyboard.press(" ")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.locator('button[data-action="table"]').focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(page.locator("table#node-table")).to_be_visible()


def test_the_teaching_panels_and_the_embed_dialog_fit_a_phone(
        phone: Page, live_server: str) -> None:
    page = phone
    options = quote('{"code": true, "gradcheck": true}')
    page.goto(f"{live_server}/?source={quote(NEURON)}&options={options}&lang=ru")
    settled(page)
    page.locator(".menu-toggle").tap()
    page.locator('button[data-action="descent"]').tap()
    expect(page.locator("#descent")).to_be_visible()
    expect(page.locator("#code-panel")).to_be_visible()
    expect(page.locator("#gradcheck")).to_be_visible()
    assert page.evaluate(OVERFLOW) <= 0
    assert_thumb_sized(page)
    screenshot(page, "phone-app-teaching-ru-light")
    page.locator(".menu-toggle").tap()
    page.locator('button[data-action="embed"]').tap()
    expect(page.locator("dialog#embed-dialog")).to_be_visible()
    dialog = box(page, "dialog#embed-dialog")
    assert dialog["x"] >= 0 and dialog["x"] + dialog["width"] <= 390
    assert_thumb_sized(page)
    page.keyboard.press("Escape")
    expect(page.locator("dialog#embed-dialog")).to_be_hidden()
    # the Embed button is folded away again: the focus goes back to the menu's button
    page.wait_for_function("() => document.activeElement.classList.contains('menu-toggle')")


def test_a_tap_outside_the_open_menu_closes_it(phone: Page, live_server: str) -> None:
    page = phone
    page.goto(f"{live_server}/?source={quote(NEURON)}")
    settled(page)
    page.locator(".menu-toggle").tap()
    expect(page.locator(".bar")).to_have_class("bar menu-open")
    menu = box(page, "#bar-menu")
    page.touchscreen.tap(195, menu["y"] + menu["height"] + 20)  # the page under the menu
    expect(page.locator(".menu-toggle")).to_have_attribute("aria-expanded", "false")


def test_the_program_unfolds_by_itself_to_show_a_mistake(phone: Page, live_server: str) -> None:
    page = phone
    page.goto(f"{live_server}/?source={quote('a = 2; f = a * * 3')}")
    expect(page.locator("#error")).to_be_visible()
    expect(page.locator(".fold-toggle")).to_have_attribute("aria-expanded", "true")
    # not focused for the reader: a phone's keyboard would cover the page
    assert page.evaluate("document.activeElement.id") != "source"
    assert page.evaluate(OVERFLOW) <= 0
    screenshot(page, "phone-app-error")


def test_the_app_on_a_phone_centres_the_step_of_its_address(
        phone: Page, live_server: str) -> None:
    page = phone
    graph = api_graph(live_server, NEURON)
    seed = next(i for i, s in enumerate(graph["steps"]) if s.get("event") == "seed")
    page.goto(f"{live_server}/?source={quote(NEURON)}&step={seed}")
    settled(page)
    out = output_of(graph)
    assert page.evaluate(INSIDE, f'#circuit line.wire[data-node="{out}"]')
    assert page.evaluate(INSIDE, f'#circuit text.grad[data-node="{out}"]')
    assert_readable(page)
    # stepping back through the pass keeps each step's gate in view
    for _ in range(4):
        page.locator('button[data-action="next"]').tap()
        active = page.locator("#circuit .gate.active")
        expect(active).to_have_count(1)
        node = active.get_attribute("data-node")
        assert page.evaluate(INSIDE, f'#circuit .gate[data-node="{node}"]'), node
    screenshot(page, "phone-app-stepped")


def test_a_phone_turned_into_a_wide_screen_gets_the_wide_layout_back(
        phone: Page, live_server: str) -> None:
    page = phone
    page.goto(f"{live_server}/?source={quote(NEURON)}")
    settled(page)
    page.set_viewport_size({"width": 1280, "height": 860})
    expect(page.locator(".menu-toggle")).to_be_hidden()
    expect(page.locator(".fold-toggle")).to_be_hidden()
    expect(page.locator('button[data-action="share"]')).to_be_visible()
    expect(page.locator("#source")).to_be_visible()
    assert page.evaluate("""() => Boolean(document.querySelector('.workbench')
        .compareDocumentPosition(document.querySelector('.stage'))
        & Node.DOCUMENT_POSITION_FOLLOWING)""")  # the editor before the circuit again
    page.wait_for_function("() => document.querySelector('#circuit').style.height === ''")
    assert box(page, "#circuit")["height"] >= 280  # app.css's height, not the phone's


# ---- the embed --------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "theme"), LOOKS)
def test_the_embed_shows_the_step_its_caption_talks_about(
        phone: Page, live_server: str, lang: str, theme: str) -> None:
    page = phone
    graph = api_graph(live_server, NEURON)
    seed = next(i for i, s in enumerate(graph["steps"]) if s.get("event") == "seed")
    page.goto(f"{live_server}/embed?source={quote(NEURON)}&step={seed}&lang={lang}"
              f"&theme={theme}")
    settled(page)
    expect(page.locator("#caption")).to_contain_text("∂f/∂f = 1.00")
    out = output_of(graph)
    assert page.evaluate(INSIDE, f'#circuit line.wire[data-node="{out}"]')
    assert page.evaluate(INSIDE, f'#circuit text.grad[data-node="{out}"]')
    # the circuit is wider than the frame: the left edge says that it goes on
    scale = assert_readable(page)
    assert 1320 * scale > box(page, "#circuit")["width"]
    expect(page.locator('.edge-fade[data-edge="left"]')).to_be_visible()
    expect(page.locator('.edge-fade[data-edge="right"]')).to_be_hidden()
    assert page.evaluate(OVERFLOW) <= 0
    assert_thumb_sized(page)
    # the zoom buttons sit in a strip of their own, under the picture
    svg = box(page, "#circuit svg.cgviz")
    zoom = box(page, "#circuit .zoom-controls")
    assert zoom["y"] >= svg["y"] + svg["height"] - 1
    screenshot(page, f"phone-embed-{lang}-{theme}")


COURSE_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>notes</title>
<link rel="icon" href="data:,"></head><body style="margin: 0; font: 16px sans-serif">
<p style="margin: 16px">The notes' neuron, gate by gate:</p>
<iframe src="{src}" title="cgviz" style="display: block; width: 100%; border: 0"
        height="420"></iframe>
<p style="margin: 16px">The notes go on.</p>
<script>
  addEventListener("message", (e) => {{
    if (e.data && e.data.type === "cgviz:resize")
      document.querySelector("iframe").style.height = e.data.height + "px";
  }});
</script></body></html>"""


def test_goto_from_the_course_page_centres_the_step_it_names(
        phone: Page, live_server: str) -> None:
    page = phone
    graph = api_graph(live_server, NEURON)
    seed = next(i for i, s in enumerate(graph["steps"]) if s.get("event") == "seed")
    embed = f"{live_server}/embed?source={quote(NEURON)}&step=-1"
    page.route(f"{live_server}/course-page",
               lambda route: route.fulfill(content_type="text/html",
                                           body=COURSE_PAGE.format(src=embed)))
    page.goto(f"{live_server}/course-page")
    page.frame_locator("iframe").locator("#circuit svg.cgviz").wait_for()
    handle = page.locator("iframe").element_handle()
    inner = handle.content_frame() if handle else None
    assert inner is not None
    settled(inner)
    out = output_of(graph)
    wire = f'#circuit line.wire[data-node="{out}"]'
    assert not inner.evaluate(INSIDE, wire)  # before the first step: the inputs
    page.evaluate("(i) => document.querySelector('iframe').contentWindow.postMessage("
                  "{type: 'cgviz:goto', index: i}, '*')", seed)
    inner.wait_for_function(f"(sel) => ({INSIDE})(sel)", arg=wire)
    first = next(n for n in graph["nodes"] if n["kind"] == "op")
    last = len(graph["steps"]) - 1
    page.evaluate("(i) => document.querySelector('iframe').contentWindow.postMessage("
                  "{type: 'cgviz:goto', index: i}, '*')", last)
    gate = f'#circuit .gate[data-node="{first["id"]}"]'
    inner.wait_for_function(f"(sel) => ({INSIDE})(sel)", arg=gate)
    screenshot(page, "phone-embed-in-course-page")


# ---- touch ------------------------------------------------------------------------------


def touch(fingers: CDPSession, kind: str, points: list[tuple[float, float]]) -> None:
    """Touch events as a touch screen sends them, through the browser's own gesture and
    touch-action handling (Playwright's tap() has one finger and no move)."""
    fingers.send("Input.dispatchTouchEvent", {
        "type": kind,
        "touchPoints": [{"x": x, "y": y, "id": i} for i, (x, y) in enumerate(points)]})


def transform(page: Page) -> dict[str, float]:
    return dict(page.evaluate("""() => {
        const svg = document.querySelector('#circuit svg');
        const m = new DOMMatrix(getComputedStyle(svg).transform);
        return {x: m.e, y: m.f, scale: m.a};
    }"""))


def test_one_finger_pans_and_two_fingers_pinch_the_embedded_circuit(
        phone: Page, live_server: str) -> None:
    page = phone
    page.goto(f"{live_server}/embed?source={quote(NEURON)}&step=-1")
    settled(page)
    view = box(page, "#circuit")
    cx, cy = view["x"] + view["width"] / 2, view["y"] + view["height"] / 3
    # nothing above or below the view: an upright swipe is the page's, sideways the circuit's
    assert page.evaluate("getComputedStyle(document.querySelector('#circuit')).touchAction") \
        == "pan-y"
    fingers = page.context.new_cdp_session(page)
    before = transform(page)
    touch(fingers, "touchStart", [(cx, cy)])
    for k in range(1, 9):
        touch(fingers, "touchMove", [(cx - 20 * k, cy)])
    touch(fingers, "touchEnd", [])
    page.wait_for_function("(x) => new DOMMatrix(getComputedStyle("
                           "document.querySelector('#circuit svg')).transform).e < x - 100",
                           arg=before["x"])
    panned = transform(page)
    assert panned["scale"] == pytest.approx(before["scale"])
    expect(page.locator('.edge-fade[data-edge="left"]')).to_be_visible()
    touch(fingers, "touchStart", [(cx - 20, cy), (cx + 20, cy)])
    for k in range(1, 9):
        touch(fingers, "touchMove", [(cx - 20 - 6 * k, cy), (cx + 20 + 6 * k, cy)])
    touch(fingers, "touchEnd", [])
    page.wait_for_function("(s) => new DOMMatrix(getComputedStyle("
                           "document.querySelector('#circuit svg')).transform).a > s * 1.5",
                           arg=panned["scale"])
    # zoomed in, the circuit goes on below too: a drag is all the circuit's now
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('#circuit')).touchAction === 'none'")
    screenshot(page, "phone-embed-pinched")
