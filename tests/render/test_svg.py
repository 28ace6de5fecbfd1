"""The SVG picture, parsed back with ElementTree: the anatomy of the CS231n figures.

Graphs are built by hand with NumPy values (no parser, no engine) and laid out by
`apply_layout`; the first figure of the notes, `(x+y)*z`, is the running example.
"""

from __future__ import annotations

import math
import re
import time
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from svg_normalise import assert_golden, normalise_svg

import cgviz
from cgviz.core.graph import Graph, Node
from cgviz.render.layout import GATE_GAP, TEXT_INSET, R, apply_layout, text_width
from cgviz.render.svg import SYMBOL_ROOM, THEMES, render_svg

SVG = "{http://www.w3.org/2000/svg}"


def scalar(v: float) -> np.ndarray:
    return np.array(float(v))


def leaf(i: int, label: str, value: float = 1.0, grad: float | None = 0.0) -> Node:
    return Node(i, "input", label=label, text=label, value=scalar(value),
                grad=None if grad is None else scalar(grad))


def gate(i: int, inputs: list[int], symbol: str, label: str | None = None, value: float = 1.0,
         grad: float = 0.0, text: str = "") -> Node:
    return Node(i, "op", op="op", label=label, inputs=inputs, symbol=symbol,
                text=text or f"t{i}", value=scalar(value), grad=scalar(grad))


def laid_out(nodes: list[Node], source: str = "", output: int | None = None) -> Graph:
    graph = Graph(source=source, nodes=nodes, output=len(nodes) - 1 if output is None else output)
    apply_layout(graph)
    return graph


def notes_first_figure() -> Graph:
    """x = -2, y = 5, z = -4; q = x + y; f = q * z, with its gradients x = -4, y = -4, z = 3."""
    return laid_out([
        leaf(0, "x", -2, -4), leaf(1, "y", 5, -4), leaf(2, "z", -4, 3),
        gate(3, [0, 1], "+", "q", 3, -4, "x + y"), gate(4, [3, 2], "*", "f", -12, 1, "q * z"),
    ], source="x = -2; y = 5; z = -4\nq = x + y\nf = q * z")


class Picture:
    """A parsed SVG with lookups by class and node, and inherited presentation attributes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.root = ET.fromstring(text)
        self.parent = {child: parent for parent in self.root.iter() for child in parent}

    def all(self, cls: str, node: str | None = None) -> list[ET.Element]:
        return [e for e in self.root.iter()
                if cls in e.get("class", "").split() and node in (None, e.get("data-node"))]

    def one(self, cls: str, node: str | None) -> ET.Element:
        found = self.all(cls, node)
        assert len(found) == 1, f"{len(found)} elements of class {cls} for {node}"
        return found[0]

    def style(self, element: ET.Element, name: str) -> str | None:
        """A presentation attribute, looked up the ancestors as SVG inherits it."""
        e: ET.Element | None = element
        while e is not None:
            if name in e.attrib:
                return e.attrib[name]
            e = self.parent.get(e)
        return None


def num(element: ET.Element, name: str) -> float:
    return float(element.attrib[name])


def test_every_wire_has_its_name_at_its_left_end() -> None:
    pic = Picture(render_svg(notes_first_figure()))
    for node, name in [("n0", "x"), ("n1", "y"), ("n2", "z"), ("n3", "q"), ("n4", "f")]:
        wire, label = pic.one("wire", node), pic.one("label", node)
        assert label.text == name
        assert pic.style(label, "text-anchor") == "end"
        assert num(label, "x") < num(wire, "x1") < num(wire, "x2")
        assert num(wire, "y1") == num(wire, "y2")


def test_values_are_green_above_and_gradients_red_below_each_wire() -> None:
    pic = Picture(render_svg(notes_first_figure()))
    expected = {"n0": ("-2.00", "-4.00"), "n1": ("5.00", "-4.00"), "n2": ("-4.00", "3.00"),
                "n3": ("3.00", "-4.00"), "n4": ("-12.00", "1.00")}
    for node, (value_text, grad_text) in expected.items():
        y = num(pic.one("wire", node), "y1")
        value, grad = pic.one("value", node), pic.one("grad", node)
        assert (value.text, grad.text) == (value_text, grad_text)
        assert num(value, "y") < y < num(grad, "y") - 10  # a baseline below clears the line
        assert pic.style(value, "fill") == "#2e7d32"
        assert pic.style(grad, "fill") == "#c62828"


def test_the_picture_matches_the_notes_first_figure_geometry() -> None:
    pic = Picture(render_svg(notes_first_figure()))
    assert pic.root.get("viewBox") == "0 0 470 220"
    q, plus = pic.one("wire", "n3"), pic.one("gate", "n3")
    assert (num(q, "x1"), num(q, "x2"), num(q, "y1")) == (210, 280, 65)
    assert (num(plus, "cx"), num(plus, "cy"), num(plus, "r")) == (170, 65, 20)
    out = pic.one("out", "n3")
    assert (num(out, "x1"), num(out, "x2")) == (190, 210)


def test_each_gate_is_a_circle_with_its_symbol_inside() -> None:
    pic = Picture(render_svg(notes_first_figure()))
    assert len(pic.all("gate")) == 2
    for node, symbol in [("n3", "+"), ("n4", "*")]:
        circle, text = pic.one("gate", node), pic.one("symbol", node)
        wire = pic.one("wire", node)
        assert text.text == symbol
        assert num(circle, "cx") == num(wire, "x1") - GATE_GAP - R == num(text, "x")
        assert abs(num(text, "y") - num(circle, "cy")) < R
        assert pic.style(text, "text-anchor") == "middle"
        assert pic.style(circle, "fill") == "#ffffff"


def test_one_arrow_per_edge_ending_on_the_circle() -> None:
    pic = Picture(render_svg(notes_first_figure()))
    arrows = pic.all("edge")
    assert [(a.get("data-source"), a.get("data-node")) for a in arrows] == [
        ("n0", "n3"), ("n1", "n3"), ("n3", "n4"), ("n2", "n4")]
    for arrow in arrows:
        src = pic.one("wire", arrow.attrib["data-source"])
        circle = pic.one("gate", arrow.attrib["data-node"])
        assert (num(arrow, "x1"), num(arrow, "y1")) == (num(src, "x2"), num(src, "y1"))
        end, centre = (num(arrow, "x2"), num(arrow, "y2")), (num(circle, "cx"), num(circle, "cy"))
        assert math.dist(end, centre) == pytest.approx(R, abs=0.02)
    assert "arrow" in (pic.style(arrows[0], "marker-end") or "")


def test_a_plus_a_draws_two_distinct_arrows() -> None:
    pic = Picture(render_svg(laid_out([leaf(0, "a", 3, 2), gate(1, [0, 0], "+", "b", 6, 1)])))
    arrows = pic.all("edge", "n1")
    assert [a.get("data-port") for a in arrows] == ["0", "1"]
    ends = {(a.get("x2"), a.get("y2")) for a in arrows}
    assert len(ends) == 2  # fanned out, so both show


def test_the_dark_theme_uses_light_strokes_on_a_dark_ground() -> None:
    pic = Picture(render_svg(notes_first_figure(), theme="dark"))
    dark = THEMES["dark"]
    assert pic.one("background", None).get("fill") == dark.background
    assert pic.style(pic.one("wire", "n0"), "stroke") == dark.line == "#e6e9ee"
    assert pic.style(pic.one("value", "n0"), "fill") == dark.value
    assert pic.style(pic.one("grad", "n0"), "fill") == dark.grad
    assert pic.style(pic.one("gate", "n3"), "fill") == dark.gate_fill
    marker_path = pic.root.find(f"{SVG}defs/{SVG}marker/{SVG}path")
    assert marker_path is not None and marker_path.get("fill") == dark.line


def test_an_unknown_theme_is_refused() -> None:
    with pytest.raises(ValueError, match="theme"):
        render_svg(notes_first_figure(), theme="sepia")


def test_user_text_is_escaped() -> None:
    nodes = [leaf(0, "a<b&c"), gate(1, [0], "<", "\"q'", text="a<b & </text>")]
    nodes[1].warning = "x < 0 & <script>"
    text = render_svg(laid_out(nodes, source="<svg onload=alert(1)>"))
    pic = Picture(text)  # parses
    assert pic.one("label", "n0").text == "a<b&c"
    assert pic.one("label", "n1").text == "\"q'"
    assert pic.one("symbol", "n1").text == "<"
    assert "a&lt;b&amp;c" in text
    assert "<script" not in text and "onload=" not in text.replace("onload=alert", "")


def test_unicode_names_survive() -> None:
    pic = Picture(render_svg(laid_out([leaf(0, "θ"), leaf(1, "μ"), gate(2, [0, 1], "*", "Δ")])))
    assert [pic.one("label", n).text for n in ("n0", "n1", "n2")] == ["θ", "μ", "Δ"]


def test_non_finite_values_print_as_nan_and_infinity() -> None:
    nodes = [leaf(0, "a", math.inf, -math.inf), gate(1, [0], "log", "b", math.nan, 1)]
    pic = Picture(render_svg(laid_out(nodes)))
    assert (pic.one("value", "n0").text, pic.one("grad", "n0").text) == ("∞", "-∞")
    assert pic.one("value", "n1").text == "NaN"


def test_a_warning_gets_a_marker_and_a_hover_title() -> None:
    nodes = [leaf(0, "a", -1, 0), gate(1, [0], "log", "b", math.nan, 1)]
    nodes[1].warning = "log is defined only for positive numbers"
    pic = Picture(render_svg(laid_out(nodes)))
    marker = pic.one("warning", "n1")
    assert "⚠" in "".join(marker.itertext())
    title = marker.find(f"{SVG}title")
    assert title is not None and title.text == "log is defined only for positive numbers"
    assert num(marker, "x") > num(pic.one("value", "n1"), "x")
    assert not pic.all("warning", "n0")


def test_tensor_wires_show_their_shape_and_a_short_summary() -> None:
    nodes = [
        Node(0, "input", label="v", value=np.array([0.1, -0.2, 0.3]), grad=np.array([1.0, 0, 0])),
        Node(1, "input", label="W", value=np.full((3, 2), 0.12), grad=np.zeros((3, 2))),
        Node(2, "op", symbol="@", inputs=[1, 0], value=np.arange(6.0), grad=np.ones(6)),
    ]
    pic = Picture(render_svg(laid_out(nodes)))
    assert pic.one("value", "n0").text == "[0.10, -0.20, 0.30]"
    assert pic.one("grad", "n0").text == "[1.00, 0.00, 0.00]"
    assert pic.one("value", "n1").text == "mean 0.12"
    assert pic.one("value", "n2").text == "mean 2.50"
    assert [pic.one("shape", n).text for n in ("n0", "n1", "n2")] == ["3", "3×2", "6"]
    shape, label = pic.one("shape", "n1"), pic.one("label", "n1")
    assert float(pic.style(shape, "font-size") or 0) < float(pic.style(label, "font-size") or 0)
    assert num(shape, "x") == num(label, "x")  # right under the name
    wire = pic.one("wire", "n0")
    width = text_width("[0.10, -0.20, 0.30]", 14)
    assert num(wire, "x2") - num(wire, "x1") >= width + TEXT_INSET  # the summary fits its wire


def test_constants_show_their_value_in_grey_and_no_gradient() -> None:
    nodes = [leaf(0, "x", 3, 1), Node(1, "const", value=scalar(0), grad=scalar(0), text="0"),
             gate(2, [1, 0], "max", "m", 3, 1)]
    pic = Picture(render_svg(laid_out(nodes)))
    value = pic.one("value", "n1")
    assert value.text == "0.00"
    assert pic.style(value, "fill") == THEMES["light"].muted
    assert pic.style(pic.one("wire", "n1"), "stroke") == THEMES["light"].muted
    assert not pic.all("grad", "n1") and not pic.all("label", "n1")
    assert len(pic.all("edge", "n2")) == 2


def test_unnamed_intermediates_show_no_name_but_their_expression_on_hover() -> None:
    nodes = [leaf(0, "x", 3, 1), gate(1, [0], "exp", None, 20.09, 1, text="exp(x)")]
    pic = Picture(render_svg(laid_out(nodes)))
    assert not pic.all("label", "n1")
    title = pic.one("gate", "n1").find(f"{SVG}title")
    assert title is not None and title.text == "exp(x)"


def test_long_symbols_shrink_to_fit_inside_the_circle() -> None:
    nodes = [leaf(0, "x")] + [gate(i, [0], s) for i, s in enumerate(["+", "max", "1/x", "relu"], 1)]
    pic = Picture(render_svg(laid_out(nodes)))
    sizes = {}
    for i, symbol in enumerate(["+", "max", "1/x", "relu"], 1):
        size = float(pic.one("symbol", f"n{i}").attrib["font-size"])
        assert text_width(symbol, size) <= SYMBOL_ROOM
        sizes[symbol] = size
    assert sizes["+"] == 20 and sizes["relu"] < sizes["max"] < 20


def test_the_svg_stands_alone_and_describes_itself() -> None:
    text = render_svg(notes_first_figure())
    pic = Picture(text)
    root = pic.root
    assert root.tag == f"{SVG}svg"
    assert (root.get("width"), root.get("height")) == ("470", "220")
    assert "DejaVu Sans" in (root.get("font-family") or "")
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and "q = x + y" in (title.text or "")
    assert desc is not None and "f = -12.00" in (desc.text or "")
    assert "<script" not in text and "href" not in text and "http://" not in text.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")


def test_the_same_graph_gives_the_same_bytes() -> None:
    assert render_svg(notes_first_figure()) == render_svg(notes_first_figure())
    assert notes_first_figure().to_svg(theme="dark") == render_svg(notes_first_figure(), "dark")


def test_digits_choose_how_many_decimals_are_shown() -> None:
    pic = Picture(render_svg(notes_first_figure(), digits=0))
    assert pic.one("value", "n4").text == "-12"


def test_the_notes_first_figure_matches_its_golden() -> None:
    assert_golden("notes_first_figure.svg", render_svg(notes_first_figure()))


def test_normalising_rounds_decimals_but_not_ids_colours_or_shapes() -> None:
    text = 'x1="152.72" y="-0.04" data-node="n12" fill="#2e7d32" 3×2 1.23e-5 40 -12.00'
    assert normalise_svg(text) == (
        'x1="152.7" y="0.0" data-node="n12" fill="#2e7d32" 3×2 1.23e-5 40 -12.0')


@pytest.mark.slow
def test_a_100000_node_chain_lays_out_and_renders_in_seconds() -> None:
    nodes = [leaf(0, "x", 0.5, 1)] + [gate(i, [i - 1], "*2", value=i, grad=1 / i)
                                       for i in range(1, 100_000)]
    graph = Graph(source="chain", nodes=nodes, output=len(nodes) - 1)
    start = time.perf_counter()
    apply_layout(graph)
    text = render_svg(graph)
    assert time.perf_counter() - start < 20  # ~4 s here; generous for a loaded machine
    assert text.count('class="wire"') == 100_000
    assert text.endswith("</svg>\n")


@pytest.mark.parametrize("digits", [0, 2, 4])
def test_the_texts_the_layout_measured_draw_the_same_picture(digits: int) -> None:
    """svg.py reuses the layout's texts at the graph's own digits (graph.texts)."""
    g = cgviz.build("w = [[1, 2], [3, 4]]; x = [0.5, -1]; y = w @ x; L = sum(y * y) / 3",
                    options={"digits": 2})
    reused = g.to_svg(digits=digits)
    g.texts = None  # measured again from the nodes
    assert g.to_svg(digits=digits) == reused


def test_data_a_program_names_is_drawn_as_a_constant_with_its_name() -> None:
    g = cgviz.build("x = [[1.0, 2.0], [3.0, 4.0]]\nf = x[range(n), Yb].sum()",
                    values={"n": 2, "Yb": [1, 0]})
    svg = g.to_svg()
    for node in g.nodes:
        if node.kind == "const":
            assert re.search(rf'class="label" data-node="{node.id}"[^>]*>{node.label}<', svg)
            assert not re.search(rf'class="grad" data-node="{node.id}"', svg)  # nothing learns it
