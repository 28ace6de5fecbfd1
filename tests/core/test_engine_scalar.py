"""The engine's scalar path (engine.py) gives the very bits of the ops' NumPy rules.

A gate of scalars, of a common elementwise op, runs on Python floats. Every property here
runs the same circuit twice, once as it is and once with the scalar path switched off (its
tables emptied, so every gate takes the op's own NumPy rule on 0-d arrays), and compares
values, gradients, local gradients, contributions, warnings, the budget's count and the
trace, bit for bit: NaN, ±∞, -0.0 and subnormals included.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cgviz
from cgviz.core import engine
from cgviz.core.budget import budgeted
from cgviz.core.engine import backward, forward
from cgviz.core.graph import Node
from cgviz.core.trace import trace
from cgviz.settings import Settings

SETTINGS = Settings()
SCALAR_OPS = sorted(engine._FORWARD)
BINARY = [name for name in SCALAR_OPS if engine.OPS[name].arity == 2]
UNARY = [name for name in SCALAR_OPS if engine.OPS[name].arity == 1]

floats = st.floats(allow_nan=True, allow_infinity=True, allow_subnormal=True)
# mostly ordinary numbers, where the arithmetic is exercised rather than NaN's propagation
numbers = st.one_of(floats, st.floats(-10, 10), st.sampled_from([0.0, -0.0, 1.0, -1.0, 2.0]))


@contextmanager
def numpy_path() -> Iterator[None]:
    saved = engine._FORWARD, engine._LOCAL
    engine._FORWARD, engine._LOCAL = {}, {}
    try:
        yield
    finally:
        engine._FORWARD, engine._LOCAL = saved


def bits(a: Any) -> str:
    return "None" if a is None else np.asarray(a, dtype=np.float64).tobytes().hex()


def run(nodes: list[Node], output: int, seed: float | None) -> dict[str, Any]:
    """Everything the engine hands on, with every number as its bits."""
    with budgeted(SETTINGS) as budget:
        fwd = forward(nodes, SETTINGS)
        back = backward(nodes, fwd.values, output, SETTINGS,
                        None if seed is None else np.array(seed))
    for v in [*fwd.values, *back.grads]:
        assert type(v) is np.ndarray and v.dtype == np.float64
    steps = trace(nodes, fwd.values, output, back, 2, 1000,
                  None if seed is None else np.array(seed))
    return {
        "values": [bits(v) for v in fwd.values],
        "grads": [bits(g) for g in back.grads],
        "contributions": [[(i, port, bits(local), bits(c)) for i, port, local, c in visited]
                          for visited in back.contributions],
        "order": back.order,
        "warnings": (fwd.warnings, back.warnings),
        "elements": budget.elements,
        "steps": json.dumps(steps, ensure_ascii=False),
    }


def both_ways(nodes: list[Node], output: int, seed: float | None = None) -> None:
    fast = run(nodes, output, seed)
    with numpy_path():
        slow = run(nodes, output, seed)
    assert fast == slow


def leaf(i: int, x: float) -> Node:
    return Node(i, "input", label=f"x{i}", value=np.array(x), text=f"x{i}")


def gate(i: int, op: str, inputs: list[int], params: dict[str, Any] | None = None) -> Node:
    return Node(i, "op", op=op, inputs=inputs, params=params or {}, symbol=op,
                text=f"g{i}", label=f"v{i}")


def params_for(op: str, draw: st.DrawFn) -> dict[str, Any]:
    """A constant gate's `c` (and, for max and min, which side it was written on)."""
    p: dict[str, Any] = {}
    if op.endswith("c"):
        p["c"] = draw(numbers)
    if op in ("maxc", "minc"):
        p["first"] = draw(st.booleans())
    return p


def test_the_scalar_path_covers_the_common_ops() -> None:
    assert {"add", "sub", "mul", "div", "exp", "tanh", "sigmoid", "addc", "mulc"} <= set(
        SCALAR_OPS)
    assert set(engine._FORWARD) == set(engine._LOCAL)


@pytest.mark.parametrize("op", BINARY)
@settings(max_examples=150, deadline=None)
@given(a=numbers, b=numbers, seed=numbers)
def test_a_binary_gate_gives_numpys_bits(op: str, a: float, b: float, seed: float) -> None:
    both_ways([leaf(0, a), leaf(1, b), gate(2, op, [0, 1])], 2, seed)
    both_ways([leaf(0, a), gate(1, op, [0, 0])], 1)  # `a * a`: two contributions to one wire


@pytest.mark.parametrize("op", UNARY)
@settings(max_examples=150, deadline=None)
@given(data=st.data(), a=numbers, seed=numbers)
def test_a_unary_gate_gives_numpys_bits(op: str, data: st.DataObject, a: float,
                                        seed: float) -> None:
    both_ways([leaf(0, a), gate(1, op, [0], params_for(op, data.draw))], 1, seed)


@st.composite
def circuits(draw: st.DrawFn) -> tuple[list[Node], int]:
    """Chains of scalar gates, reusing earlier wires, with now and then a gate the scalar path
    does not take (a stack and its sum, a scalar times a vector summed back) in between."""
    n_inputs = draw(st.integers(1, 4))
    nodes = [leaf(i, draw(numbers)) for i in range(n_inputs)]
    scalars = list(range(n_inputs))
    for _ in range(draw(st.integers(1, 12))):
        i = len(nodes)
        kind = draw(st.sampled_from(["unary", "binary", "binary", "tensor"]))
        if kind == "tensor":
            a, b = draw(st.sampled_from(scalars)), draw(st.sampled_from(scalars))
            nodes.append(gate(i, "stack", [a, b], {"n": 2}))
            nodes.append(Node(i + 1, "const", value=np.array([0.5, -2.0]), text="c"))
            nodes.append(gate(i + 2, "mul", [i, i + 1]))
            nodes.append(gate(i + 3, "sum", [i + 2]))
            scalars.append(i + 3)
            continue
        op = draw(st.sampled_from(UNARY if kind == "unary" else BINARY))
        args = [draw(st.sampled_from(scalars[-4:] + scalars[:1])) for _ in range(
            engine.OPS[op].arity)]
        nodes.append(gate(i, op, args, params_for(op, draw)))
        scalars.append(i)
    return nodes, len(nodes) - 1


@settings(max_examples=300, deadline=None)
@given(circuit=circuits(), seed=st.one_of(st.none(), numbers))
def test_a_circuit_of_many_gates_gives_numpys_bits(circuit: tuple[list[Node], int],
                                                   seed: float | None) -> None:
    nodes, output = circuit
    both_ways(nodes, output, seed)


@pytest.mark.parametrize("source", [
    "x = 0\nf = 1 / x",  # a division by zero goes the NumPy way: ∞ and a warning
    "x = 0\ny = 0\nf = x / y",
    "x = 0\nf = sqrt(x) * 2",  # sqrt's local gradient 0.5 / 0
    "x = 0\nf = log(x) + x",
    "x = 1e300\nf = x * x - exp(x)",
    "x = -1\nf = log(x) + x ** 0.5",
    "x = 2\ny = 3\nf = (x * y + x) / (y - 3) + max(x, y) + min(x, 2) + relu(-x) + abs(y)",
])
def test_a_whole_build_is_the_same_either_way(source: str) -> None:
    fast = cgviz.build(source).to_dict()
    with numpy_path():
        slow = cgviz.build(source).to_dict()
    assert json.dumps(fast) == json.dumps(slow)
