"""A million-element program in the browser (docs/api.md, "Large tensors"): the graph JSON
only summarises W
(1000×1000), and the app and the embed still draw it, step its backward pass, show its
summary and then its numbers in the popover (from GET /api/graph/node), and list it in the
table view — with no console error and no request outside the app."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from e2e_support import (
    api_graph,
    expected_frame,
    fmt,
    ids_by_label,
    plain,
    read_circuit,
    screenshot,
    shown,
    wait_for_output,
)
from playwright.sync_api import Frame, Page, expect

from cgviz.core.format import format_number

pytestmark = pytest.mark.e2e

# W is summarised (10⁶ elements); x and W @ x (1,000 each) are at the limit, sent in full.
BIG = "W = randn(1000, 1000)\nx = randn(1000, 1)\nf = sum(W @ x)"


def node_requests(page: Page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url) if "/api/graph/node" in r.url else None)
    return seen


def open_app(page: Page, live_server: str) -> dict[str, Any]:
    graph = api_graph(live_server, BIG)
    page.emulate_media(reduced_motion="reduce")  # screenshots without a fade half-way
    page.clock.install()
    page.goto(f"{live_server}/?source={quote(BIG)}")
    out = next(n for n in graph["nodes"] if n["id"] == graph["output"])
    wait_for_output(page, graph["output"], fmt(out["value"]))
    return graph


def press(where: Page | Frame, page: Page, action: str) -> None:
    button = where.locator(f'button[data-action="{action}"]')
    if button.is_enabled():
        button.click()
    page.clock.run_for(1000)


def check_frame(where: Page | Frame, graph: dict[str, Any], index: int) -> None:
    """The wires show the frame's numbers (summaries as their mean) and a caption."""
    values, grads = expected_frame(graph, index)
    where.wait_for_function(
        """([values, grads]) => {
          const text = (kind, id) => {
            const el = document.querySelector(`#circuit text.${kind}[data-node="${id}"]`);
            return el && !el.classList.contains("pending")
              ? el.textContent.replace(/\\u2212/g, "-").trim() : null;
          };
          return Object.entries(values).every(([id, t]) => text("value", id) === t)
            && Object.entries(grads).every(([id, t]) => text("grad", id) === t);
        }""", arg=[values, grads], timeout=5000)
    nodes = read_circuit(where)
    assert {k: v for k, v in shown(nodes, "grad").items() if k in values} == grads, index
    if index >= 0:
        assert plain(where.locator("#caption").inner_text()) != ""


def test_the_app_steps_a_summarised_circuits_backward_pass(page: Page,
                                                           live_server: str) -> None:
    graph = open_app(page, live_server)
    w = ids_by_label(graph)["W"]
    assert set(graph["nodes"][0]["value"]) == {"summary", "sample"}
    value = page.locator(f'#circuit text.value[data-node="{w}"]')
    expect(value).to_have_text(fmt(graph["nodes"][0]["value"]))
    expect(page.locator(f'#circuit text.shape[data-node="{w}"]')).to_have_text("1000×1000")
    press(page, page, "first")
    check_frame(page, graph, -1)
    for index in range(len(graph["steps"])):
        press(page, page, "next")
        check_frame(page, graph, index)
        if graph["steps"][index].get("event") == "gate" and \
                graph["steps"][index]["node"] == graph["nodes"][2]["id"]:
            screenshot(page, "large-tensors-stepping")
    expect(page.locator(f'#circuit text.grad[data-node="{w}"]')).to_have_text(
        fmt(graph["nodes"][0]["grad"]))


def test_the_popover_shows_the_summary_then_the_first_numbers(page: Page,
                                                              live_server: str) -> None:
    asked = node_requests(page)
    graph = open_app(page, live_server)
    w = graph["nodes"][0]
    page.locator(f'#circuit text.value[data-node="{w["id"]}"]').click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    summary = dialog.locator("dl.summary.value")
    expect(summary.locator("dd").first).to_have_text(format_number(w["value"]["summary"]["min"]))
    expect(summary.locator("dt")).to_have_text(["min", "max", "mean", "norm"])
    cells = dialog.locator("table.value tr").first.locator("td")
    expect(cells).to_have_count(25)  # 24 numbers and "…": the row goes on
    sample = [format_number(v) for v in w["value"]["sample"]]
    assert cells.all_inner_texts()[:8] == sample
    expect(dialog.locator("table.value tr")).to_have_count(60)
    expect(dialog.locator("table.grad tr")).to_have_count(60)
    expect(dialog).to_contain_text("showing 60 of 1000 rows and 24 of 1000 columns")
    expect(dialog).to_contain_text("1,000,000 numbers")
    assert len(asked) == 1 and "rows=60" in asked[0] and "cols=24" in asked[0], asked
    screenshot(page, "large-tensors-popover")
    # a step (the click closes the popover) and the popover again: its numbers are kept
    press(page, page, "prev")
    expect(dialog).to_be_hidden()
    page.locator(f'#circuit text.value[data-node="{w["id"]}"]').click()
    expect(dialog.locator("table.value tr")).to_have_count(60)
    assert len(asked) == 1, asked
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()


def test_the_popover_of_a_gradient_not_yet_computed_says_so(page: Page,
                                                            live_server: str) -> None:
    graph = open_app(page, live_server)
    press(page, page, "first")
    page.locator(f'#circuit text.value[data-node="{graph["nodes"][0]["id"]}"]').click()
    dialog = page.get_by_role("dialog")
    expect(dialog.locator("table.value tr")).to_have_count(60)
    expect(dialog.locator("section", has=page.locator("table.value"))).to_be_visible()
    expect(dialog).to_contain_text("not yet computed at this step")
    expect(dialog.locator("table.grad")).to_have_count(0)


def test_the_table_view_lists_a_summarised_tensor_by_its_mean(page: Page,
                                                             live_server: str) -> None:
    graph = open_app(page, live_server)
    page.locator('button[data-action="table"]').click()
    table = page.locator("table#node-table")
    expect(table).to_be_visible()
    w = graph["nodes"][0]
    row = table.locator(f'tr[data-node="{w["id"]}"]')
    expect(row.locator("td.value")).to_have_text(fmt(w["value"]))
    expect(row.locator("td.grad")).to_have_text(fmt(w["grad"]))
    expect(row.locator("td.shape")).to_have_text("1000×1000")
    assert "min " in (row.locator("td.value").get_attribute("title") or "")
    screenshot(page, "large-tensors-table")


def test_the_inputs_panel_offers_no_field_to_edit_a_summarised_tensor(
        page: Page, live_server: str) -> None:
    open_app(page, live_server)
    field = page.locator('#inputs input[data-name="W"]')
    expect(field).to_be_disabled()
    expect(field).to_have_attribute("placeholder", "too large to edit here")
    expect(page.locator('#inputs input[data-name="x"]')).to_be_enabled()


def test_the_embed_steps_and_opens_a_summarised_tensor(page: Page, live_server: str,
                                                       second_origin: str) -> None:
    graph = api_graph(live_server, BIG)
    page.emulate_media(reduced_motion="reduce")
    page.clock.install()
    embed = f"{live_server}/embed?source={quote(BIG)}&step=-1"
    page.goto(f"{second_origin}/host?src={quote(embed, safe='')}")
    frame = page.locator("iframe#app").element_handle().content_frame()
    assert frame is not None
    frame.wait_for_selector("#circuit svg.cgviz")
    check_frame(frame, graph, -1)
    for index in range(len(graph["steps"])):
        press(frame, page, "next")
        check_frame(frame, graph, index)
    screenshot(page, "large-tensors-embed-stepped")
    w = graph["nodes"][0]
    frame.locator(f'#circuit text.value[data-node="{w["id"]}"]').click()
    dialog = frame.get_by_role("dialog")
    expect(dialog.locator("table.grad tr")).to_have_count(60)
    expect(dialog.locator("dl.summary.grad dd").nth(2)).to_have_text(
        format_number(w["grad"]["summary"]["mean"]))
    screenshot(page, "large-tensors-embed-popover")


def test_a_summarised_running_total_shows_its_summary_and_says_why_no_numbers(
        page: Page, live_server: str) -> None:
    # W (40×40 = 1,600 elements) feeds two gates: after the first of them its red number is a
    # running total, which the graph JSON summarises and nothing keeps the numbers of
    source = "W = randn(40, 40)\nf = sum(W) + sum(W * 2)"
    graph = api_graph(live_server, source)
    w = ids_by_label(graph)["W"]
    partial = next(k for k, s in enumerate(graph["steps"]) if s.get("event") == "gate"
                   and any(i["node"] == w for i in s["inputs"]))
    entry = next(i for i in graph["steps"][partial]["inputs"] if i["node"] == w)
    assert entry["grad"] != graph["nodes"][0]["grad"]  # the total so far, not the final one
    asked = node_requests(page)
    page.emulate_media(reduced_motion="reduce")
    page.clock.install()
    page.goto(f"{live_server}/?source={quote(source)}")
    wait_for_output(page, graph["output"], fmt(graph["nodes"][-1]["value"]))
    press(page, page, "first")
    for _ in range(partial + 1):
        press(page, page, "next")
    check_frame(page, graph, partial)
    expect(page.locator(f'#circuit text.grad[data-node="{w}"]')).to_have_text(fmt(entry["grad"]))
    page.locator(f'#circuit text.value[data-node="{w}"]').click()
    dialog = page.get_by_role("dialog")
    expect(dialog.locator("dl.summary.grad dd").nth(2)).to_have_text(
        format_number(entry["grad"]["summary"]["mean"]))
    expect(dialog).to_contain_text("A running total, summarised")
    expect(dialog.locator("table.grad")).to_have_count(0)
    expect(dialog.locator("table.value tr")).to_have_count(40)  # the value is final: fetched
    expect(dialog).to_contain_text("showing 40 of 40 rows and 24 of 40 columns")
    assert len(asked) == 1, asked
    screenshot(page, "large-tensors-running-total")
