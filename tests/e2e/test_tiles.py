"""A big circuit is laid out only where it is seen (backend/cgviz/render/tiles.py, circuit.js
`cull`): the server's first paint is already the app's first view with the far tiles left
empty; the app keeps in the page the tiles that meet the view as it pans, fits or follows a step
(drawing the far ones from the graph JSON when first reached); exports hold every tile; and
without JavaScript the page shows the whole picture as an image."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import pytest
from e2e_support import Watch, api_graph, screenshot
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.e2e

# 200 inputs summed pairwise into a tree: ~14,000 px tall, three tiles wide at most, and a
# program long enough for its page to be sent head first (web/page.py).
INPUTS = 200


def tree() -> str:
    lines = [f"x{i} = {1 + (i % 7) / 10}" for i in range(INPUTS)]
    names, k = [f"x{i}" for i in range(INPUTS)], 0
    while len(names) > 1:
        nxt = []
        for i in range(0, len(names) - 1, 2):
            lines.append(f"v{k} = {names[i]} + {names[i + 1]}")
            nxt.append(f"v{k}")
            k += 1
        names = nxt + names[len(names) - len(names) % 2:]
    return "\n".join(lines)


# The tiles whose elements are in the page (an empty group is a tile held apart).
SHOWN = """() => [...document.querySelectorAll('#circuit svg.cgviz g.tile')]
  .filter((g) => g.firstElementChild).map((g) => g.dataset.tile)"""
EMPTY = """() => [...document.querySelectorAll('#circuit svg.cgviz g.tile')]
  .filter((g) => !g.firstElementChild).map((g) => g.dataset.tile)"""
# Where the first gate is drawn, relative to the circuit's box, and how big.
GATE = """() => {
  const gates = document.querySelectorAll('#circuit circle.gate');
  const gate = gates[0].getBoundingClientRect();
  const box = document.querySelector('#circuit').getBoundingClientRect();
  return [gate.left - box.left, gate.top - box.top, gate.width].map(Math.round);
}"""
# Whether an element is in the page (its tile is) and inside the circuit's box.
ON_SCREEN = """(selector) => {
  const e = document.querySelector(selector);
  if (!e) return false;
  const r = e.getBoundingClientRect();
  const box = document.querySelector('#circuit').getBoundingClientRect();
  return r.width > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom
    && r.bottom > box.top;
}"""


def drawn(page: Page) -> None:
    page.wait_for_function("() => performance.getEntriesByName('cgviz:drawn').length > 0")
    page.wait_for_function("""() => {
        const s = getComputedStyle(document.querySelector('#circuit svg.cgviz')).transform;
        return s !== 'none';
    }""")
    page.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")


def test_the_first_paint_is_the_apps_first_view_with_far_tiles_apart(
        page: Page, live_server: str, watch: Watch) -> None:
    url = f"{live_server}/?source={quote(tree())}"
    page.route("**/*.js", lambda route: route.abort())  # the server's page alone
    watch.expect_console(r"net::ERR_FAILED")  # the scripts refused on purpose
    page.goto(url)
    before = page.evaluate(GATE)
    empty = page.evaluate(EMPTY)  # the far tiles, left for the app to draw
    assert empty and page.evaluate(SHOWN)
    page.unroute("**/*.js")
    response = page.goto(url)
    # computed once: the second load comes whole from the server's cache (web/cache.py)
    assert response and "etag" in response.headers
    drawn(page)
    # The first gate is drawn where the first paint put it, at the same size.
    after = page.evaluate(GATE)
    assert after == pytest.approx(before, abs=2)
    shown = set(page.evaluate(SHOWN))
    total = page.evaluate("document.querySelectorAll('#circuit svg.cgviz g.tile').length")
    assert shown and len(shown) < total / 2  # most of the circuit is not in the page
    screenshot(page, "tiles-first-view")


def test_panning_and_stepping_show_the_tiles_they_reach(page: Page, live_server: str) -> None:
    source = tree()
    graph = api_graph(live_server, source)
    page.goto(f"{live_server}/?source={quote(source)}&step=0")
    drawn(page)
    low = max((n for n in graph["nodes"] if n["kind"] == "input"), key=lambda n: n["y"])
    label = f'#circuit text.label[data-node="{low["id"]}"]'
    assert not page.evaluate(ON_SCREEN, label)  # the lowest input is far below the view
    page.locator("#circuit").focus()
    for _ in range(80):  # pan down with the keyboard until it shows
        page.keyboard.press("Shift+ArrowDown")
        if page.evaluate(ON_SCREEN, label):
            break
    assert page.evaluate(ON_SCREEN, label)
    screenshot(page, "tiles-panned")
    page.keyboard.press("0")  # fit the whole circuit: every tile meets the view
    page.evaluate("new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    total = page.evaluate("document.querySelectorAll('#circuit g.tile').length")
    assert len(page.evaluate(SHOWN)) == total
    # Stepping follows the active gate: one step onto the gate that adds the two lowest
    # inputs brings its tile in.
    gate = next(n for n in graph["nodes"] if n["kind"] == "op" and low["id"] in n["inputs"])
    index = next(i for i, s in enumerate(graph["steps"]) if s["node"] == gate["id"])
    page.goto(f"{live_server}/?source={quote(source)}&step={index - 1}")
    drawn(page)
    circle = f'#circuit circle.gate[data-node="{gate["id"]}"]'
    assert not page.evaluate(ON_SCREEN, circle)
    page.locator('button[data-action="next"]').focus()  # ←/→ step, as anywhere but a field
    page.keyboard.press("ArrowRight")
    page.wait_for_function(ON_SCREEN, arg=circle)
    screenshot(page, "tiles-stepped")


def test_an_export_holds_every_tile(page: Page, live_server: str, tmp_path: Path) -> None:
    source = tree()
    graph = api_graph(live_server, source)
    page.goto(f"{live_server}/?source={quote(source)}")
    drawn(page)
    shown = page.evaluate(SHOWN)
    with page.expect_download() as download:
        page.locator('button[data-action="export-svg"]').click()
    path = tmp_path / "tree.svg"
    download.value.save_as(path)
    root = ET.fromstring(path.read_text("utf-8"))
    ns = "{http://www.w3.org/2000/svg}"
    values = [e.get("data-node") for e in root.iter(f"{ns}text")
              if "value" in (e.get("class") or "").split()]
    assert sorted(values) == sorted(n["id"] for n in graph["nodes"])  # every wire's value
    assert all(len(g) for g in root.iter(f"{ns}g") if g.get("class") == "tile")
    assert page.evaluate(SHOWN) == shown  # and the page keeps only the tiles in view again


def test_without_javascript_the_page_shows_the_whole_picture(
        browser: Browser, live_server: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280,
                                                                       "height": 900})
    try:
        page = context.new_page()
        page.goto(f"{live_server}/?source={quote(tree())}")
        image = page.locator("#circuit img.whole")
        expect(image).to_be_visible()
        assert page.evaluate("document.querySelector('#circuit img.whole').naturalWidth") > 0
        assert not page.locator("#circuit svg.cgviz").is_visible()
        # at its own size, readable, in a box that scrolls to the rest of it
        assert page.evaluate("""() => { const box = document.querySelector('#circuit');
            return box.scrollHeight > 2 * box.clientHeight
              && getComputedStyle(box).overflowY === 'auto'; }""")
        screenshot(page, "tiles-no-javascript")
    finally:
        context.close()
