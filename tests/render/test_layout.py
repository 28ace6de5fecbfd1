"""The layout pipeline (rank → order → position → size) on hand-built graphs.

Graphs are built node by node with NumPy values, so these tests do not depend on the parser or
the engine. The reference geometry is the CS231n notes' first figure, `(x+y)*z`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cgviz.core.graph import Graph, Node
from cgviz.render.layout import (
    GATE_GAP,
    LEFT,
    ROW,
    TOP,
    WIRE,
    Layout,
    _columns,
    apply_layout,
    layout,
    measure,
    order,
    position,
    rank,
    text_width,
    wire_texts,
)


def scalar(v: float) -> np.ndarray:
    return np.array(float(v))


def leaf(i: int, label: str, value: float = 1.0, grad: float = 0.0) -> Node:
    return Node(i, "input", label=label, text=label, value=scalar(value), grad=scalar(grad))


def gate(i: int, inputs: list[int], symbol: str = "+", label: str | None = None,
         value: float = 1.0, grad: float = 0.0) -> Node:
    return Node(i, "op", op="op", label=label, inputs=inputs, symbol=symbol, text=f"t{i}",
                value=scalar(value), grad=scalar(grad))


def notes_first_figure() -> list[Node]:
    """x = -2, y = 5, z = -4; q = x + y; f = q * z, with the notes' gradients."""
    return [
        leaf(0, "x", -2, -4), leaf(1, "y", 5, -4), leaf(2, "z", -4, 3),
        gate(3, [0, 1], "+", "q", 3, -4), gate(4, [3, 2], "*", "f", -12, 1),
    ]


def chain(n: int) -> list[Node]:
    return [leaf(0, "x")] + [gate(i, [i - 1], "*2") for i in range(1, n)]


def random_dag(n: int, seed: int = 0, inputs: int = 10, window: int = 50) -> list[Node]:
    rng = np.random.default_rng(seed)
    nodes = [leaf(i, f"x{i}") for i in range(min(inputs, n))]
    for i in range(len(nodes), n):
        arity = int(rng.integers(1, 4))
        nodes.append(gate(i, sorted(rng.integers(max(0, i - window), i, size=arity).tolist())))
    return nodes


def crossings(nodes: Sequence[Node], xs: Sequence[float], ys: Sequence[float]) -> int:
    """How many pairs of edges cross, each edge a segment from the input wire's right end to
    the gate's centre."""
    segments = [((xs[j] + WIRE, ys[j]), (xs[i] - GATE_GAP - 20, ys[i]))
                for i, node in enumerate(nodes) for j in node.inputs]

    def side(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    count = 0
    for a in range(len(segments)):
        for b in range(a + 1, len(segments)):
            (p1, p2), (q1, q2) = segments[a], segments[b]
            if {p1, p2} & {q1, q2}:
                continue  # sharing an end is not a crossing
            if side(p1, p2, q1) * side(p1, p2, q2) < 0 and side(q1, q2, p1) * side(q1, q2, p2) < 0:
                count += 1
    return count


def test_the_notes_first_figure_lands_where_the_notes_draw_it() -> None:
    result = layout(notes_first_figure())
    assert result.xs == [40, 40, 40, 210, 380]
    assert result.ys == [30, 100, 170, 65, 117.5]
    assert (result.wire_length, result.gate_gap) == (WIRE, GATE_GAP)
    assert result.width == 380 + WIRE + 20
    assert result.height == 220  # the notes' viewBox height


def test_inputs_keep_source_order_top_to_bottom_in_column_zero() -> None:
    nodes = [leaf(0, "b"), gate(1, [0], "exp"), leaf(2, "a"), leaf(3, "c"), gate(4, [2, 3])]
    result = layout(nodes)
    assert [result.xs[i] for i in (0, 2, 3)] == [LEFT] * 3
    assert [result.ys[i] for i in (0, 2, 3)] == [TOP, TOP + ROW, TOP + 2 * ROW]


def test_each_gate_sits_one_column_after_its_deepest_input() -> None:
    nodes = [leaf(0, "a"), leaf(1, "b"), gate(2, [0]), gate(3, [2]), gate(4, [3, 1]),
             gate(5, [1, 1]), gate(6, [])]
    assert rank(nodes) == [0, 0, 1, 2, 3, 1, 1]
    result = layout(nodes)
    pitch = result.xs[2] - result.xs[0]
    assert pitch == pytest.approx(170)
    for i, r in enumerate(rank(nodes)):
        assert result.xs[i] == pytest.approx(LEFT + r * pitch)


def test_an_input_that_comes_after_its_gate_is_rejected() -> None:
    with pytest.raises(ValueError, match="n1: input n2"):
        rank([leaf(0, "a"), gate(1, [2]), leaf(2, "b")])


def test_the_same_nodes_always_give_the_same_layout() -> None:
    first = layout(random_dag(2000, seed=3))
    again = layout(random_dag(2000, seed=3))
    assert first == again


def test_a_5000_deep_chain_lays_out_without_recursion(
        recursion_limit: Callable[[int], AbstractContextManager[None]]) -> None:
    nodes = chain(5000)
    with recursion_limit(100):  # any recursion over the graph would fail here
        result = layout(nodes)
    assert result.xs[-1] == pytest.approx(LEFT + 4999 * 170)
    assert set(result.ys) == {TOP}


@pytest.mark.slow
def test_a_100000_node_graph_lays_out_in_a_couple_of_seconds(
        recursion_limit: Callable[[int], AbstractContextManager[None]]) -> None:
    nodes = random_dag(100_000, seed=1, inputs=1000)
    start = time.perf_counter()
    with recursion_limit(100):
        result = layout(nodes)
    assert time.perf_counter() - start < 10  # ~1.5 s here; generous for a loaded machine
    assert len(result.xs) == len(result.ys) == 100_000


def test_barycenter_ordering_reduces_crossings() -> None:
    # Sorting each column by index would put p (fed by c, d) above q (fed by a, b).
    nodes = [leaf(0, "a"), leaf(1, "b"), leaf(2, "c"), leaf(3, "d"),
             gate(4, [2, 3]), gate(5, [0, 1]), gate(6, [4, 5])]
    ranks = rank(nodes)
    metrics = measure(nodes, wire_texts(nodes))
    naive_xs, naive_ys = position(nodes, _columns(ranks), metrics)
    xs, ys = position(nodes, order(nodes, ranks), metrics)
    assert crossings(nodes, naive_xs, naive_ys) > 0
    assert crossings(nodes, xs, ys) == 0


def test_gates_that_tie_are_ordered_by_where_their_consumers_go() -> None:
    # u and v have the same inputs (a tie); u then meets c at the bottom, v meets a at the top.
    nodes = [leaf(0, "a"), leaf(1, "b"), leaf(2, "c"), gate(3, [0, 1]), gate(4, [0, 1]),
             gate(5, [3, 2]), gate(6, [4, 0])]
    ranks = rank(nodes)
    assert order(nodes, ranks, sweeps=0)[1] == [3, 4]  # by index alone
    columns = order(nodes, ranks)
    assert columns[1] == [4, 3]
    metrics = measure(nodes, wire_texts(nodes))
    xs, ys = position(nodes, columns, metrics)
    naive_xs, naive_ys = position(nodes, order(nodes, ranks, sweeps=0), metrics)
    assert crossings(nodes, xs, ys) < crossings(nodes, naive_xs, naive_ys)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.lists(st.integers(0, 10_000), max_size=3)),
                min_size=1, max_size=60))
def test_no_two_wires_in_one_column_overlap(spec: list[tuple[bool, list[int]]]) -> None:
    nodes: list[Node] = []
    for i, (is_input, picks) in enumerate(spec):
        if is_input or i == 0:
            nodes.append(leaf(i, f"x{i}"))
        else:
            nodes.append(gate(i, [p % i for p in picks]))
    result = layout(nodes)
    columns: dict[float, list[float]] = {}
    for x, y in zip(result.xs, result.ys, strict=True):
        columns.setdefault(x, []).append(y)
    for ys in columns.values():
        ys.sort()
        assert all(b - a >= ROW - 1e-6 for a, b in zip(ys, ys[1:], strict=False))
    assert min(result.ys) == pytest.approx(TOP)
    assert result.height >= max(result.ys) + 40


def test_nodes_not_connected_to_the_output_are_placed_too() -> None:
    nodes = notes_first_figure() + [leaf(5, "u"), gate(6, [5], "exp")]
    result = layout(nodes)
    assert result.xs[5] == LEFT and result.ys[5] == TOP + 3 * ROW
    assert result.xs[6] == result.xs[3]
    assert abs(result.ys[6] - result.ys[3]) >= ROW


def test_a_graph_of_only_inputs_is_one_column() -> None:
    result = layout([leaf(i, f"x{i}") for i in range(4)])
    assert result.xs == [LEFT] * 4
    assert result.ys == [TOP + k * ROW for k in range(4)]
    assert result.width == LEFT + WIRE + 20


def test_an_empty_graph_has_an_empty_layout() -> None:
    assert layout([]) == Layout([], [], LEFT + WIRE + 20, TOP + 50)


def test_apply_layout_writes_every_node_and_the_graph_size() -> None:
    graph = Graph(source="q = x + y\nf = q * z", nodes=notes_first_figure(), output=4)
    apply_layout(graph)
    assert [(n.x, n.y) for n in graph.nodes][-1] == (380, 117.5)
    assert (graph.width, graph.height) == (470, 220)


def test_a_long_intermediate_name_widens_the_gap_between_gate_and_wire() -> None:
    nodes = notes_first_figure()
    nodes[3].label = "hidden_sum"
    result = layout(nodes)
    assert result.gate_gap >= text_width("hidden_sum", 16) + 5
    assert result.xs[4] - result.xs[3] == result.xs[3] - result.xs[0]  # one pitch per graph


def test_a_long_input_name_widens_the_left_margin() -> None:
    nodes = notes_first_figure()
    nodes[0].label = "learning_rate"
    assert layout(nodes).xs[0] >= text_width("learning_rate", 16) + 10


def test_a_tensor_summary_lengthens_every_wire_of_the_graph() -> None:
    nodes = notes_first_figure()
    nodes[1].value = np.array([0.1, -0.2, 0.3, 0.4])
    result = layout(nodes)
    assert result.wire_length > text_width("[0.10, -0.20, 0.30, 0.40]", 14)
    assert result.xs[3] - result.xs[0] == result.xs[4] - result.xs[3]
