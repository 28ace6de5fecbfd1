"""The picture of groups (docs/language.md): a titled box around an expanded group's gates, nested
boxes for nested calls, and a collapsed group as one gate that fits its name."""

from __future__ import annotations

import re

import pytest

import cgviz
from cgviz.render.layout import GATE_RADIUS, PILL_FONT, gate_half_width, text_width

NESTED = """\
def neuron(x, w, b):
    return (x * w + b).tanh()
def layer(x, w):
    return neuron(x, w, 1.0) + neuron(w, x, -1.0)
x = 0.5; w = -1.5
y = layer(x, w) * x
"""


def _attrs(tag: str) -> dict[str, str]:
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag))


def _rects(svg: str, cls: str) -> list[dict[str, str]]:
    return [_attrs(t) for t in re.findall(rf'<rect class="{cls}"[^>]*>', svg)]


def test_an_expanded_function_is_a_titled_box_around_its_gates() -> None:
    g = cgviz.build(NESTED)
    svg = g.to_svg()
    boxes = {b["data-group"]: b for b in _rects(svg, "group-box")}
    assert set(boxes) == {"g0", "g1", "g2"}
    titles = re.findall(r'<text class="group-title" data-group="(g\d)"[^>]*>(\w+)</text>', svg)
    assert titles == [("g0", "layer"), ("g1", "neuron"), ("g2", "neuron")]
    for k, group in enumerate(g.groups):
        if group.collapsed:  # the tanh inside each neuron: one gate, no box
            continue
        box = boxes[f"g{k}"]
        x, y = float(box["x"]), float(box["y"])
        right, bottom = x + float(box["width"]), y + float(box["height"])
        for i in group.nodes:
            node = g.nodes[i]
            gate_left = node.x - g.gate_gap - 2 * gate_half_width(node.symbol)
            assert x < gate_left and node.x + g.wire_length < right, node.id
            assert y < node.y - 20 and node.y + 17 < bottom, node.id


def test_nested_calls_draw_boxes_inside_their_callers_box() -> None:
    boxes = {b["data-group"]: b for b in _rects(cgviz.build(NESTED).to_svg(), "group-box")}
    outer = boxes["g0"]
    for inner in (boxes["g1"], boxes["g2"]):
        assert float(outer["x"]) < float(inner["x"])
        assert float(outer["y"]) < float(inner["y"])
        assert (float(inner["y"]) + float(inner["height"])
                < float(outer["y"]) + float(outer["height"]))
    # the two sibling boxes do not overlap
    first, second = sorted((boxes["g1"], boxes["g2"]), key=lambda b: float(b["y"]))
    assert float(first["y"]) + float(first["height"]) < float(second["y"])


def test_the_titles_stay_inside_the_picture() -> None:
    g = cgviz.build(NESTED)
    assert min(b[1] for b in (grp.box for grp in g.groups) if b) >= 12


def test_a_collapsed_function_is_a_pill_as_wide_as_its_name() -> None:
    g = cgviz.build(NESTED, options={"collapse": ["layer"]})
    svg = g.to_svg()
    assert not _rects(svg, "group-box")
    (pill,) = _rects(svg, "gate pill")
    gate = next(n for n in g.nodes if n.op == "group")
    assert pill["data-node"] == gate.id
    assert float(pill["width"]) >= text_width("layer", PILL_FONT) + 2 * 8
    assert float(pill["height"]) == 2 * GATE_RADIUS
    # its right end is where a circle's would be: the output arrow starts there
    assert float(pill["x"]) + float(pill["width"]) == pytest.approx(gate.x - g.gate_gap, abs=0.01)
    symbol = re.search(rf'<text class="symbol" data-node="{gate.id}"[^>]*>([^<]*)<', svg)
    assert symbol is not None and symbol.group(1) == "layer"


def test_arrows_into_a_pill_end_at_its_left_cap() -> None:
    g = cgviz.build("x = 1.0\ny = softmax([x, 2.0 * x])[0]")
    svg = g.to_svg()
    (pill,) = _rects(svg, "gate pill")
    edges = [_attrs(t) for t in re.findall(r'<line class="edge"[^>]*>', svg)
             if f'data-node="{pill["data-node"]}"' in t]
    left = float(pill["x"])
    for e in edges:
        assert left - 0.01 <= float(e["x2"]) <= left + 2 * GATE_RADIUS


def test_short_symbols_keep_the_notes_circles() -> None:
    svg = cgviz.build("x = 1.0\ny = exp(x) * tanh(x)").to_svg()
    assert not _rects(svg, "gate pill")
    assert svg.count('<circle class="gate"') == 3


def test_long_names_widen_the_columns_so_arrows_keep_their_run() -> None:
    g = cgviz.build("def a_rather_long_function_name(v):\n    return v * 2\nx = 1.0\n"
                    "y = a_rather_long_function_name(x) + 1",
                    options={"collapse": ["a_rather_long_function_name"]})
    gate = next(n for n in g.nodes if n.op == "group")
    source = g.nodes[gate.inputs[0]]
    left = gate.x - g.gate_gap - 2 * gate_half_width(gate.symbol)
    assert left - (source.x + g.wire_length) >= 40 - 1e-9
