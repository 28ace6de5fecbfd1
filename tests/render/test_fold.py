"""A wide circuit folded into bands for a slide (render/fold.py, breaks.py, slides.py):
`to_svg(width=…)` and `to_svg(width=…, fit=True)`, read back from the SVG alone."""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from contextlib import AbstractContextManager

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from svg_checks import (
    assert_drawn_whole,
    assert_no_overlaps,
    by_class,
    parse,
    scale,
    shown_font_sizes,
)

import cgviz
from cgviz.core.graph import Graph, Node
from cgviz.render.breaks import breaks
from cgviz.render.fold import fold
from cgviz.render.layout import apply_layout, measure, wire_texts
from cgviz.render.slides import MIN_TEXT, picture

# The notes' sigmoid network written out in scalars (2 inputs, 3 hidden units, 3 outputs,
# MSE), each sigmoid drawn as its gates: 87 wires, 3,868 × 1,550 px unfolded — a slide of
# 1,600 px would show its text at 6 px.
NETWORK = """\
x1 = 0.05; x2 = 0.10
w1 = 0.15; w2 = 0.20; w3 = 0.25; w4 = 0.30; w5 = 0.35; w6 = 0.40
v1 = 0.40; v2 = 0.45; v3 = 0.50; v4 = 0.55; v5 = 0.60; v6 = 0.65; v7 = 0.70; v8 = 0.75; v9 = 0.80
b1 = 0.35; b2 = 0.60
t1 = 0.01; t2 = 0.99; t3 = 0.50
h1 = sigmoid(w1*x1 + w2*x2 + b1)
h2 = sigmoid(w3*x1 + w4*x2 + b1)
h3 = sigmoid(w5*x1 + w6*x2 + b1)
o1 = sigmoid(v1*h1 + v2*h2 + v3*h3 + b2)
o2 = sigmoid(v4*h1 + v5*h2 + v6*h3 + b2)
o3 = sigmoid(v7*h1 + v8*h2 + v9*h3 + b2)
E = 0.5*(t1 - o1)**2 + 0.5*(t2 - o2)**2 + 0.5*(t3 - o3)**2
"""
SLIDE = 1600


@pytest.fixture(scope="module")
def network() -> Graph:
    return cgviz.build(NETWORK, options={"expand": ["sigmoid"]})


def width_of(svg: str) -> float:
    return float(parse(svg).attrib["width"])


def test_the_network_is_too_wide_for_a_slide_unfolded(network: Graph) -> None:
    root = parse(network.to_svg())
    assert len(network.nodes) == 87
    assert float(root.attrib["width"]) > 2 * SLIDE
    assert min(shown_font_sizes(root)) * SLIDE / float(root.attrib["width"]) < 6


def test_folded_for_a_slide_the_network_fits_its_width_with_text_of_12_px_or_more(
    network: Graph,
) -> None:
    svg = network.to_svg(width=SLIDE)
    root = parse(svg)
    assert scale(root) == 1  # folded, not scaled: every text at its own size
    assert width_of(svg) <= SLIDE
    assert min(shown_font_sizes(root)) >= MIN_TEXT
    assert len(by_class(root, "route")) > 0  # edges from one band into the next
    assert_drawn_whole(svg, network)
    assert_no_overlaps(svg)


def test_fitted_to_a_slide_the_network_is_exactly_its_width(network: Graph) -> None:
    svg = network.to_svg(width=SLIDE, fit=True)
    root = parse(svg)
    assert width_of(svg) == SLIDE
    view = [float(v) for v in root.attrib["viewBox"].split()]
    assert float(root.attrib["height"]) == pytest.approx(view[3] * SLIDE / view[2], abs=0.01)
    assert min(shown_font_sizes(root)) >= MIN_TEXT
    assert_drawn_whole(svg, network)
    assert_no_overlaps(svg)


def test_a_group_cut_by_a_fold_has_a_box_in_each_of_its_bands() -> None:
    body = "(" * 12 + "x" + " * 2)" * 12
    g = cgviz.build(f"def f(x):\n    return {body}\nx = 3\ny = f(x)")
    svg = g.to_svg(width=800)
    boxes = by_class(parse(svg), "group-box")
    assert len(boxes) > 1 and {b.get("data-group") for b in boxes} == {"g0"}
    assert len(by_class(parse(svg), "group-title")) == len(boxes)


def test_a_circuit_that_already_fits_is_drawn_exactly_as_without_a_width(
    network: Graph,
) -> None:
    assert network.to_svg(width=4000) == network.to_svg()
    small = cgviz.build("x = -2; y = 5; z = -4; q = x + y; f = q * z")
    fitted = small.to_svg(width=940, fit=True)  # only its size doubles
    assert fitted == small.to_svg().replace('width="470" height="220"',
                                            'width="940" height="440"')


def test_fit_shrinks_a_little_rather_than_fold_while_text_stays_12_px() -> None:
    g = cgviz.build("x = 1.5\n" + "\n".join(f"x = x * {k}" for k in range(2, 10)))
    natural = float(parse(g.to_svg()).attrib["width"])
    assert SLIDE < natural < SLIDE * 16 / 12  # the smallest text of this one is 16 px
    root = parse(g.to_svg(width=SLIDE, fit=True))
    assert not by_class(root, "route"), "one band, scaled down"
    assert scale(root) == pytest.approx(SLIDE / natural)
    assert min(shown_font_sizes(root)) >= MIN_TEXT
    folded = parse(g.to_svg(width=SLIDE))  # unscaled: it must fold
    assert len(by_class(folded, "route")) == 1


def test_a_chain_folds_into_even_bands_one_route_between_each() -> None:
    g = cgviz.build("x = 1.0\n" + "\n".join(f"x = x * {k}" for k in range(2, 40)))
    svg = g.to_svg(width=SLIDE)
    root = parse(svg)
    routes = by_class(root, "route")
    rows: dict[float, int] = {}
    for wire in by_class(root, "wire"):
        rows[float(wire.attrib["y1"])] = rows.get(float(wire.attrib["y1"]), 0) + 1
    assert len(rows) == len(routes) + 1  # one row of wires per band
    counts = sorted(rows.values())
    assert counts[-1] - counts[0] <= 2  # the input's band holds it besides its gates
    assert_drawn_whole(svg, g)


def test_folds_cut_where_the_fewest_edges_cross() -> None:
    # ranks 1-6 cost 5 edges to cut except after rank 3, which costs 1
    assert breaks([0, 5, 5, 1, 5, 5, 0], per=4) == [1, 4]
    assert breaks([0, 1, 1, 1, 1, 1, 1, 1, 0], per=4) == [1, 5]  # all equal: even bands


def test_too_narrow_a_width_is_met_as_nearly_as_it_can_be_with_a_note(
    network: Graph,
) -> None:
    drawn = picture(network, width=150)
    assert drawn.width > 150 and drawn.notes
    assert "one column of gates per band" in drawn.notes[0]
    fitted = picture(network, width=150, fit=True)
    assert fitted.width == 150
    assert "smallest text" in fitted.notes[0]
    with pytest.warns(UserWarning, match="one column of gates per band"):
        network.to_svg(width=150)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        network.to_svg(width=SLIDE, fit=True)  # met: no warning


@pytest.mark.parametrize(("width", "fit"), [(None, True), (0, False), (99, False),
                                            (float("nan"), True), (10**6, False)])
def test_bad_widths_are_refused(network: Graph, width: float | None, fit: bool) -> None:
    with pytest.raises(ValueError, match="width"):
        network.to_svg(width=width, fit=fit)


def scalar(v: float) -> np.ndarray:
    return np.array(float(v))


def test_a_5000_gate_chain_folds_in_seconds_without_recursion(
        recursion_limit: Callable[[int], AbstractContextManager[None]]) -> None:
    nodes = [Node(0, "input", label="x", value=scalar(1), grad=scalar(1))]
    nodes += [Node(i, "op", op="mul", inputs=[i - 1], symbol="*2", value=scalar(i),
                   grad=scalar(1)) for i in range(1, 5000)]
    graph = Graph(source="", nodes=nodes, output=len(nodes) - 1)
    apply_layout(graph)
    metrics = measure(nodes, wire_texts(nodes))
    start = time.perf_counter()
    with recursion_limit(100):  # any recursion over the graph would fail here
        folded = fold(graph, metrics, SLIDE)
    assert time.perf_counter() - start < 10  # ~1 s here; generous for a loaded machine
    assert folded is not None and folded.width <= SLIDE
    assert len(folded.routes) == folded.bands - 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.lists(st.integers(0, 10_000), min_size=1,
                                                      max_size=3)), min_size=2, max_size=60),
       st.sampled_from([400, 700, 1000]))
def test_any_circuit_folds_with_every_edge_drawn_and_nothing_overlapping(
    spec: list[tuple[int, list[int]]], width: int,
) -> None:
    """Gates mostly read the last few wires (deep circuits, to fold), now and then any."""
    nodes: list[Node] = []
    for i, (kind, picks) in enumerate(spec):
        if kind == 0 or i == 0:
            nodes.append(Node(i, "input", label=f"x{i}", value=scalar(i), grad=scalar(0)))
            continue
        inputs = [p % i if kind == 1 else i - 1 - p % min(i, 4) for p in picks]
        symbol = "softmax" if kind == 2 else "+"  # a pill now and then
        nodes.append(Node(i, "op", op="add", inputs=inputs, symbol=symbol, value=scalar(1),
                          grad=scalar(1)))
    graph = Graph(source="", nodes=nodes, output=len(nodes) - 1)
    apply_layout(graph)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a narrow width may not be met
        svg = graph.to_svg(width=width)
    assert_drawn_whole(svg, graph)
    assert_no_overlaps(svg)
