"""Every op's gradient against central differences, through the engine.

One generic property test, after HIPS/autograd's `check_grads`: for each op in `OPS`, draw
inputs from the op record's `domain` (scalar, vector, matrix and broadcast shapes, kept away
from kinks and poles), run the engine's forward and backward on the tiny circuit
`sum(op(inputs) * R)` for a random R, and compare each input's gradient — the op's `vjp`
followed by the engine's `unbroadcast` — with central differences of the same function.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

import hypothesis.extra.numpy as hnp
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cgviz.core.engine import backward, forward
from cgviz.core.graph import Node
from cgviz.core.ops import OPS, unbroadcast
from cgviz.core.ops import domains as D
from cgviz.settings import Settings

SETTINGS = Settings()
EPS = 1e-6
T = TypeVar("T")

# ---- drawing from an op's domain --------------------------------------------------------


class HypothesisDraw:
    """The `Draw` an op's domain (cgviz/core/ops/domains.py) asks for, backed by hypothesis, so a
    failing example shrinks to a small one."""

    def __init__(self, data: st.DataObject) -> None:
        self.data = data

    def choice(self, options: Sequence[T]) -> T:
        return self.data.draw(st.sampled_from(options))

    def integer(self, lo: int, hi: int) -> int:
        return self.data.draw(st.integers(lo, hi))

    def boolean(self) -> bool:
        return self.data.draw(st.booleans())

    def number(self, elements: D.Elements) -> float:
        return self.data.draw(strategy(elements))

    def array(self, shape: tuple[int, ...], elements: D.Elements) -> np.ndarray:
        return self.data.draw(hnp.arrays(np.float64, shape, elements=strategy(elements)))

    def permutation(self, n: int) -> list[int]:
        return self.data.draw(st.permutations(list(range(n))))


def strategy(elements: D.Elements) -> st.SearchStrategy[float]:
    if isinstance(elements, D.Floats):
        lo, hi, away = elements.lo, elements.hi, elements.away
        if not away:
            return st.floats(lo, hi)
        return st.one_of(st.floats(max(lo, away), hi), st.floats(lo, min(hi, -away)))
    if isinstance(elements, D.Parity):
        return st.builds(lambda k, u: 2.0 * k + elements.odd + u, st.integers(-2, 2),
                         st.floats(0, 0.49))
    return st.sampled_from(elements.values)


def sample(name: str, data: st.DataObject) -> D.Sample:
    inputs, params = OPS[name].domain(HypothesisDraw(data))
    return [np.asarray(x, dtype=np.float64) for x in inputs], params


def _array(data: st.DataObject, shape: tuple[int, ...], elements: D.Elements = D.ANY
           ) -> np.ndarray:
    return HypothesisDraw(data).array(shape, elements)


# ---- the check ----------------------------------------------------------------------------


def engine_gradients(name: str, inputs: list[np.ndarray], params: dict[str, Any],
                     upstream: np.ndarray) -> list[np.ndarray]:
    """Gradients of sum(op(inputs) * upstream) from the engine: the op's gate then `* R`, `sum`."""
    op = OPS[name]
    nodes = [Node(index=i, kind="input", label=f"x{i}", value=v) for i, v in enumerate(inputs)]
    gate = len(nodes)
    nodes += [
        Node(index=gate, kind="op", op=name, inputs=list(range(gate)), params=params,
             symbol=op.text(op.symbol, [], params)),
        Node(index=gate + 1, kind="const", value=upstream),
        Node(index=gate + 2, kind="op", op="mul", inputs=[gate, gate + 1], symbol="*"),
        Node(index=gate + 3, kind="op", op="sum", inputs=[gate + 2], symbol="sum"),
    ]
    fwd = forward(nodes, SETTINGS)
    assert not fwd.warnings, f"{name}: the domain produced non-finite values {fwd.warnings}"
    back = backward(nodes, fwd.values, gate + 3, SETTINGS)
    return back.grads[:gate]


def numeric_gradients(name: str, inputs: list[np.ndarray], params: dict[str, Any],
                      upstream: np.ndarray) -> list[np.ndarray]:
    """Central differences of sum(op(inputs) * upstream), one element at a time."""
    forward_ = OPS[name].forward

    def f(xs: list[np.ndarray]) -> float:
        return float(np.sum(np.asarray(forward_(*xs, **params)) * upstream))

    grads = []
    for i, x in enumerate(inputs):
        grad = np.zeros_like(x)
        for j in np.ndindex(x.shape):
            plus, minus = [a.copy() for a in inputs], [a.copy() for a in inputs]
            plus[i][j] += EPS
            minus[i][j] -= EPS
            grad[j] = (f(plus) - f(minus)) / (2 * EPS)
        grads.append(grad)
    return grads


@pytest.mark.parametrize("name", sorted(OPS))
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_op_gradient_matches_central_differences(name: str, data: st.DataObject) -> None:
    inputs, params = sample(name, data)
    out_shape = np.shape(OPS[name].forward(*inputs, **params))
    upstream = _array(data, out_shape)

    analytic = engine_gradients(name, inputs, params, upstream)
    numeric = numeric_gradients(name, inputs, params, upstream)

    assert len(analytic) == len(inputs)
    for x, a, n in zip(inputs, analytic, numeric, strict=True):
        assert a.shape == x.shape  # the engine summed any broadcast back to the input's shape
        np.testing.assert_allclose(a, n, rtol=1e-5, atol=1e-6)


# ---- unbroadcast --------------------------------------------------------------------------


@pytest.mark.parametrize(("grad_shape", "shape", "expected"), [
    ((2, 3), (3,), np.full((3,), 2.0)),
    ((2, 3), (2, 1), np.full((2, 1), 3.0)),
    ((2, 3), (1, 3), np.full((1, 3), 2.0)),
    ((2, 3), (), np.array(6.0)),
    ((4, 2, 3), (1, 3), np.full((1, 3), 8.0)),
    ((4, 2, 3), (2, 1), np.full((2, 1), 12.0)),
    ((2, 3), (2, 3), np.ones((2, 3))),
])
def test_unbroadcast_sums_ones_over_the_broadcast_axes(
        grad_shape: tuple[int, ...], shape: tuple[int, ...], expected: np.ndarray) -> None:
    got = unbroadcast(np.ones(grad_shape), shape)
    assert got.shape == shape
    np.testing.assert_array_equal(got, expected)


def test_unbroadcast_adds_the_rows_a_bias_was_copied_to() -> None:
    g = np.array([[1.0, 2.0, 3.0], [10.0, 20.0, 30.0]])
    np.testing.assert_array_equal(unbroadcast(g, (3,)), [11.0, 22.0, 33.0])
    np.testing.assert_array_equal(unbroadcast(g, (2, 1)), [[6.0], [60.0]])
    assert unbroadcast(g, ()) == 66.0


@st.composite
def broadcast_pairs(draw: st.DrawFn) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(shape, a shape it broadcasts to): 1s stretched, leading axes added."""
    shape = draw(hnp.array_shapes(min_dims=0, max_dims=3, min_side=1, max_side=3))
    stretched = tuple(draw(st.integers(1, 3)) if d == 1 else d for d in shape)
    lead = draw(hnp.array_shapes(min_dims=0, max_dims=2, min_side=1, max_side=3))
    return shape, lead + stretched


@settings(max_examples=50, deadline=None)
@given(pair=broadcast_pairs(), data=st.data())
def test_unbroadcast_is_the_adjoint_of_broadcasting(
        pair: tuple[tuple[int, ...], tuple[int, ...]], data: st.DataObject) -> None:
    # <unbroadcast(G), x> = <G, broadcast(x)>: exactly the chain rule through a broadcast
    shape, target = pair
    g = _array(data, target)
    x = _array(data, shape)
    reduced = unbroadcast(g, shape)
    assert reduced.shape == shape
    np.testing.assert_allclose(np.sum(reduced * x), np.sum(g * np.broadcast_to(x, target)),
                               rtol=1e-12, atol=1e-12)
