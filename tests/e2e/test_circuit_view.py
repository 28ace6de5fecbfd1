"""The circuit view on its own (circuit_scratch.py): a frame hides, shows and marks in place;
hovering a wire tells its numbers; a tensor opens its matrices; the view pans and zooms
without eating clicks; the exported SVG stands alone."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from circuit_scratch import open_scratch
from e2e_support import NEURON, NOTES_FIRST, REUSED, api_graph, fmt, ids_by_label, screenshot
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

TENSOR = "W = [[1, 2], [3, 4], [5, 6]]; x = [1, -1]; y = W @ x; L = sum(y * y)"

SETUP = """(g) => {
  window.clicked = [];
  const view = circuit.drawCircuit(document.querySelector('#circuit'), g,
    {onInputValueClick: (id) => window.clicked.push(id)});
  window.view = view;
  window.pz = panzoom.attachPanZoom(view);
  window.tip = tooltip.attachTooltip(view);
  window.pop = popover.attachPopover(view);
  window.g = g;
}"""


def draw(page: Page, base: str, source: str) -> dict[str, Any]:
    open_scratch(page, base)
    graph = api_graph(base, source)
    page.evaluate(SETUP, graph)
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => r()))")  # fitted
    return graph


def goto(page: Page, index: int) -> None:
    page.evaluate("(i) => view.show(frames.frameAt(g, i))", index)


def test_a_frame_hides_pending_numbers_at_once_and_marks_the_active_gate(
        page: Page, live_server: str) -> None:
    graph = draw(page, live_server, NEURON)
    steps = graph["steps"]
    gate = next(i for i, s in enumerate(steps) if s.get("event") == "gate")
    goto(page, gate)
    step = steps[gate]
    state = page.evaluate("""(active) => {
      const svg = view.svg;
      const hidden = [...svg.querySelectorAll('text.pending')]
        .every((el) => getComputedStyle(el).visibility === 'hidden');
      return {hidden, pending: svg.querySelectorAll('text.grad.pending').length,
              active: [...svg.querySelectorAll('circle.gate.active')].map((e) => e.dataset.node),
              written: [...svg.querySelectorAll('line.wire.written')].map((e) => e.dataset.node),
              flow: svg.querySelectorAll('line.edge.flow').length};
    }""", step["node"])
    assert state["hidden"], "a .pending number must not be drawn, even during a transition"
    assert state["pending"] > 0
    assert state["active"] == [step["node"]]
    assert sorted(state["written"]) == sorted({p["node"] for p in step["inputs"]})
    assert state["flow"] == len(step["inputs"])
    goto(page, len(steps) - 1)
    assert page.locator("#circuit text.pending").count() == 0


def test_a_frame_updates_texts_in_place_and_shows_the_partial_sum_of_a_reused_variable(
        page: Page, live_server: str) -> None:
    graph = draw(page, live_server, REUSED)
    x = ids_by_label(graph)["x"]
    steps = graph["steps"]
    accumulate = next(i for i, s in enumerate(steps) if s.get("event") == "accumulate")
    grad = page.locator(f'#circuit text.grad[data-node="{x}"]')
    handle = grad.element_handle()
    first = next(i for i, s in enumerate(steps)
                 if s.get("event") == "gate" and [p["node"] for p in s["inputs"]] == [x])
    goto(page, first)  # b = x + 1 has given x its first contribution: the partial sum
    expect(grad).to_have_text(fmt(steps[first]["inputs"][0]["grad"]))
    goto(page, accumulate)
    expect(grad).to_have_text(fmt(steps[accumulate]["grad"]))
    assert page.evaluate("(el) => el.isConnected", handle), "the text was replaced, not updated"
    expect(page.locator(f'#circuit line.wire.accumulating[data-node="{x}"]')).to_have_count(1)
    expect(page.locator("#circuit .accumulate-mark")).to_have_text("+=")
    screenshot(page, "circuit-view-accumulation")


def test_hovering_a_wire_tells_its_name_value_gradient_and_shape(
        page: Page, live_server: str) -> None:
    graph = draw(page, live_server, TENSOR)
    y = ids_by_label(graph)["y"]
    # A horizontal line has a zero-height box, which Playwright deems invisible: point at it.
    box = page.locator(f'#circuit line.hit[data-node="{y}"]').bounding_box()
    assert box
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 3)
    tip = page.locator(".cgviz-tooltip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("y = W @ x")
    expect(tip).to_contain_text("[-1.00, -1.00, -1.00]")
    expect(tip).to_contain_text("gradient")
    expect(tip).to_contain_text("3")
    screenshot(page, "circuit-view-tooltip")
    page.mouse.move(5, 700)
    expect(tip).to_be_hidden()


def test_a_tensor_opens_its_matrices_and_esc_closes_them_returning_focus(
        page: Page, live_server: str) -> None:
    graph = draw(page, live_server, TENSOR)
    w = ids_by_label(graph)["W"]
    value = page.locator(f'#circuit text.value[data-node="{w}"]')
    value.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    expect(dialog.locator("table.value td")).to_have_text(
        ["1.00", "2.00", "3.00", "4.00", "5.00", "6.00"])
    expect(dialog.locator("table.grad td")).to_have_count(6)
    expect(dialog.locator("button.close")).to_be_focused()
    screenshot(page, "circuit-view-popover")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(value).to_be_focused()
    value.click()
    expect(dialog).to_be_visible()
    dialog.locator("button.close").click()
    expect(dialog).to_be_hidden()


def test_dragging_pans_without_clicking_and_a_click_still_edits_an_input(
        page: Page, live_server: str) -> None:
    graph = draw(page, live_server, NOTES_FIRST)
    x = ids_by_label(graph)["x"]
    before = page.evaluate("pz.transform()")
    box = page.locator("#circuit").bounding_box()
    assert box
    page.mouse.move(box["x"] + 300, box["y"] + 380)
    page.mouse.down()
    page.mouse.move(box["x"] + 360, box["y"] + 340, steps=6)
    page.mouse.up()
    after = page.evaluate("pz.transform()")
    assert (after["x"] - before["x"], after["y"] - before["y"]) == (60, -40)
    assert page.evaluate("window.clicked") == []
    page.locator(f'#circuit text.value[data-node="{x}"]').click()
    assert page.evaluate("window.clicked") == [x]
    page.locator("#circuit").focus()
    page.keyboard.press("+")
    assert page.evaluate("pz.transform().scale") > after["scale"]
    page.keyboard.press("0")
    assert page.evaluate("pz.transform()") == before


def test_the_exported_svg_stands_alone_with_the_frame_it_showed(
        page: Page, live_server: str, tmp_path: Path) -> None:
    graph = draw(page, live_server, NEURON)
    steps = graph["steps"]
    gate = next(i for i, s in enumerate(steps) if s.get("event") == "gate")
    goto(page, gate)
    with page.expect_download() as download:
        page.evaluate("exporter.downloadSVG(view.svg, 'neuron.svg')")
    path = tmp_path / "neuron.svg"
    download.value.save_as(path)
    root = ET.fromstring(path.read_text("utf-8"))
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    assert root.find(f".//{ns}g[@class='hits']") is None
    assert not [e for e in root.iter() if e.get("tabindex") or "var(" in str(e.attrib)]
    values = root.find(f".//{ns}g[@class='values']")
    assert values is not None and values.get("fill") == "rgb(46, 125, 50)"
    active = root.find(f".//{ns}circle[@class='gate active']")
    assert active is not None and "stroke-width:3px" in (active.get("style") or "")
    pending = [e for e in root.iter(f"{ns}text") if "pending" in (e.get("class") or "")]
    assert pending and all(e.get("visibility") == "hidden" for e in pending)
    # Opened alone, in a page of its own, it draws the same numbers.
    browser = page.context.browser
    assert browser
    own = browser.new_context()  # no app, no stylesheet, no route: the file alone
    alone = own.new_page()
    alone.goto(path.as_uri())
    shown = alone.evaluate("""() => [...document.querySelectorAll('text.grad')]
        .filter((e) => getComputedStyle(e).visibility !== 'hidden').length""")
    assert shown == page.locator("#circuit text.grad:not(.pending)").count()
    alone.screenshot(path=str(tmp_path / "alone.png"))
    own.close()
    with page.expect_download() as png:
        page.evaluate("exporter.downloadPNG(view.svg, 'neuron.png', 2)")
    data = Path(png.value.path()).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    assert width == 2 * round(float(graph["layout"]["width"]))
