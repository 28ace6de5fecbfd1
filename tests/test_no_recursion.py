"""No recursion over the syntax tree or the graph (micrograd's recursive topological sort fails
with a RecursionError at a depth of ~1,000).

Deep and long programs are built under a recursion limit only FRAMES frames above the test's
own depth: lowering, the engine, the trace, the layout, the JSON and the SVG together need
about 18 (measured), so nothing can walk a 5,000-deep expression recursively and pass. Python's
own parser recurses in C; language/source.py lifts the limit for that one call.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

import cgviz
from cgviz import CircuitError, Settings
from cgviz.core.graph import Graph
from cgviz.core.ops import MAX_DIMS
from cgviz.language.parser import _parse_cached

FRAMES = 60
DEPTH = 5_000


def _depth() -> int:
    frame, n = sys._getframe(), 0
    while frame is not None:
        frame, n = frame.f_back, n + 1
    return n


@contextmanager
def shallow_stack(frames: int = FRAMES) -> Iterator[None]:
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(_depth() + frames)
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


@pytest.fixture(autouse=True)
def _parse_under_the_limit() -> None:
    """Compile the grammar and the SVG template once at the normal limit (their loaders may
    recurse; that is not about the user's program), and forget cached parses so that each test
    parses its source under the limit."""
    cgviz.build("x + 1").to_svg()
    _parse_cached.cache_clear()


def build_shallow(source: str, **kw: object) -> tuple[Graph, dict[str, object]]:
    """Build, serialize and draw a program with only FRAMES frames to spare."""
    with shallow_stack():
        g = cgviz.build(source, **kw)  # type: ignore[arg-type]
        d = g.to_dict()
        text = json.dumps(d, allow_nan=False)
        svg = g.to_svg()
    assert text and "<svg" in svg[:200]
    return g, d


def test_the_stack_guard_really_stops_recursion() -> None:
    def down(n: int) -> int:
        return 0 if n == 0 else 1 + down(n - 1)

    with shallow_stack(), pytest.raises(RecursionError):
        down(FRAMES + 10)


# Python's tokenizer stops at 200 nested brackets (a `limit` error, below); deeper trees
# without brackets still build. BRACKETS is as deep as Python lets brackets go.
BRACKETS = 198


@pytest.mark.parametrize(("name", "source", "value", "dx"), [
    ("parentheses", "(" * BRACKETS + "x" + ")" * BRACKETS, 2.0, 1.0),
    ("negations", "-(" * BRACKETS + "x" + ")" * BRACKETS, 2.0, 1.0),
    ("unary minus", "-" * (DEPTH - 1) + "x", -2.0, -1.0),
    ("right-nested sums", "1+(" * BRACKETS + "x" + ")" * BRACKETS, BRACKETS + 2.0, 1.0),
    ("left-nested sums", "x" + " + 1" * DEPTH, DEPTH + 2.0, 1.0),
    ("nested calls", "relu(" * BRACKETS + "x" + ")" * BRACKETS, 2.0, 1.0),
    ("postfix chain", "x" + ".T" * DEPTH, 2.0, 1.0),
    ("power tower", "x" + " ** 1" * 2_000, 2.0, 1.0),
])
def test_a_5000_deep_expression_builds_without_recursion(name: str, source: str, value: float,
                                                         dx: float) -> None:
    g, d = build_shallow(source, values={"x": 2})
    assert float(g.nodes[g.output].value) == value  # type: ignore[arg-type]
    assert float(g.nodes[0].grad) == dx  # type: ignore[arg-type]
    assert d["nodes"][0]["label"] == "x"  # type: ignore[index]
    # and the JSON grows with the source and the number of nodes, not with depth × nodes
    assert len(json.dumps(d)) < 2 * len(source) + 1_500 * len(g.nodes)


def test_a_5000_deep_hand_written_backward_line_is_checked_without_recursion() -> None:
    source = ("x = 2\nf = x * " + str(DEPTH) + "\ndx = 0" + " + 1" * DEPTH + "\n"
              + "dx = " + "(" * BRACKETS + "dx" + ")" * BRACKETS + "\n")
    _, d = build_shallow(source)
    assert [(c["name"], c["ok"]) for c in d["checks"]] == [("dx", True)]  # type: ignore[index]


def test_a_list_nested_through_names_is_a_shape_error_not_a_recursion_error() -> None:
    # `a = [a]` nests lists without a bracket in the text to stop it. Making a tensor of a list
    # recurses one level at a time (a call and its comprehension: two frames a level), and a
    # level is a dimension, so it stops at MAX_DIMS.
    source = "a = 1.0\n" + "a = [a]\n" * DEPTH + "f = a * 2"
    with shallow_stack(FRAMES + 2 * MAX_DIMS), pytest.raises(CircuitError) as info:
        cgviz.build(source)
    assert (info.value.kind, info.value.line) == ("shape", DEPTH + 2)
    assert f"{DEPTH} dimensions" in info.value.message  # the input's stack gate, then the lists

    deepest = "a = 1.0\n" + "a = [a]\n" * MAX_DIMS + "f = a * 2"
    with shallow_stack(FRAMES + 2 * MAX_DIMS):
        g = cgviz.build(deepest)
    assert g.nodes[g.output].shape == (1,) * MAX_DIMS


def test_deep_nesting_in_a_named_program_keeps_every_statement() -> None:
    source = "x = 3\ny = " + "(" * BRACKETS + "x * 2" + ")" * BRACKETS + "\nf = y + x"
    g, _ = build_shallow(source)
    assert float(g.nodes[g.output].value) == 9.0  # type: ignore[arg-type]
    assert float(g.nodes[0].grad) == 3.0  # type: ignore[arg-type]


def test_an_error_deep_in_brackets_is_reported_at_its_position() -> None:
    with shallow_stack(), pytest.raises(CircuitError) as info:
        cgviz.build("x = 1\ny = " + "(" * BRACKETS + "exq(x)" + ")" * BRACKETS)
    assert (info.value.kind, info.value.line, info.value.column) == ("name", 2, BRACKETS + 5)

    with shallow_stack(), pytest.raises(CircuitError) as info:
        cgviz.build("x = 1\ny = " + "(" * BRACKETS + "x")
    assert (info.value.kind, info.value.line, info.value.column) == ("syntax", 2, BRACKETS + 4)
    assert "was never closed" in info.value.message


def test_5000_brackets_deep_is_a_limit_error_at_the_bracket_python_stops_at() -> None:
    with shallow_stack(), pytest.raises(CircuitError) as info:
        cgviz.build("x = 1\ny = " + "(" * DEPTH + "x" + ")" * DEPTH)
    assert (info.value.kind, info.value.line) == ("limit", 2)
    assert info.value.column == 5 + 200  # the 201st '('
    assert "200" in info.value.message


def chain(n: int) -> str:
    return "x0 = 1\n" + "\n".join(f"x{i} = x{i - 1} + 1" for i in range(1, n))


def test_a_100000_statement_chain_is_a_limit_error_with_default_settings() -> None:
    source = chain(100_000)
    with shallow_stack(), pytest.raises(CircuitError) as info:
        cgviz.build(source)
    assert (info.value.kind, info.value.line, info.value.column) == ("limit", 1, 1)
    assert "max_source_chars" in info.value.message


def test_a_chain_past_the_node_limit_is_a_limit_error_not_a_recursion_error() -> None:
    source = "x = 1\nf = x" + " + x" * 25_000  # 100,000 characters, 25,000 gates
    with shallow_stack(), pytest.raises(CircuitError) as info:
        cgviz.build(source)
    assert info.value.kind == "limit"
    assert "max_nodes" in info.value.message
    assert info.value.line == 2


@pytest.mark.slow
def test_a_100000_statement_chain_builds_with_raised_limits() -> None:
    source = chain(100_000)
    settings = Settings(max_source_chars=len(source), max_nodes=100_000, max_eval_seconds=120)
    start = time.perf_counter()
    with shallow_stack():
        g = cgviz.build(source, settings=settings)
        json.dumps(g.to_dict(), allow_nan=False)
    elapsed = time.perf_counter() - start
    assert len(g.nodes) == 100_000
    assert g.nodes[g.output].label == "x99999"
    assert float(g.nodes[g.output].value) == 100_000.0  # type: ignore[arg-type]
    assert float(g.nodes[0].grad) == 1.0  # type: ignore[arg-type]
    assert len(g.steps) == 99_999 + 1 + 99_999  # forward gates, the seed, backward gates
    assert elapsed < 120, f"{elapsed:.1f} s"
