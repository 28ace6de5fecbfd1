"""Every op's gradient against central differences, through the engine (STYLE habit 6).

One generic property test, after HIPS/autograd's `check_grads`: for each op in `OPS`, draw
inputs from the op's DOMAIN entry (scalar, vector, matrix and broadcast shapes, kept away from
kinks and poles), run the engine's forward and backward on the tiny circuit
`sum(op(inputs) * R)` for a random R, and compare each input's gradient — the op's `vjp`
followed by the engine's `unbroadcast` — with central differences of the same function.
A new op without a DOMAIN entry fails `test_every_registered_op_has_a_domain`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import hypothesis.extra.numpy as hnp
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cgviz.engine import backward, forward
from cgviz.graph import Node
from cgviz.ops import OPS, unbroadcast
from cgviz.settings import Settings

SETTINGS = Settings()
EPS = 1e-6
Inputs = tuple[list[np.ndarray], dict[str, Any]]
Domain = Callable[[st.DataObject], Inputs]

# ---- strategies ---------------------------------------------------------------------------

SCALAR, VECTOR, MATRIX = (), (3,), (2, 3)
UNARY_SHAPES = [SCALAR, VECTOR, MATRIX]
BINARY_SHAPES = [  # equal shapes, then every way NumPy broadcasts
    (SCALAR, SCALAR), (VECTOR, VECTOR), (MATRIX, MATRIX),
    (MATRIX, VECTOR), (VECTOR, MATRIX), ((2, 1), (1, 3)), ((4, 1), (3,)),
    (SCALAR, MATRIX), (MATRIX, SCALAR), (VECTOR, SCALAR),
]


def _floats(lo: float, hi: float, away: float = 0.0) -> st.SearchStrategy[float]:
    """Floats in [lo, hi]; with `away`, only those at least `away` from 0 (kinks, poles)."""
    if not away:
        return st.floats(lo, hi)
    return st.one_of(st.floats(max(lo, away), hi), st.floats(lo, min(hi, -away)))


def _array(data: st.DataObject, shape: tuple[int, ...], elements: st.SearchStrategy[float]
           ) -> np.ndarray:
    return data.draw(hnp.arrays(np.float64, shape, elements=elements))


ANY = _floats(-2, 2)
NONZERO = _floats(-2, 2, away=0.3)
POSITIVE = _floats(0.3, 2)
# max/min: one side on even, the other on odd integers (plus under 0.5), so no pair is closer
# than 0.5 however they broadcast
EVEN = st.builds(lambda k, u: 2.0 * k + u, st.integers(-2, 2), st.floats(0, 0.49))
ODD = st.builds(lambda k, u: 2.0 * k + 1.0 + u, st.integers(-2, 2), st.floats(0, 0.49))


def unary(elements: st.SearchStrategy[float], shapes: list[tuple[int, ...]] = UNARY_SHAPES
          ) -> Domain:
    def draw(data: st.DataObject) -> Inputs:
        shape = data.draw(st.sampled_from(shapes))
        return [_array(data, shape, elements)], {}
    return draw


def binary(left: st.SearchStrategy[float], right: st.SearchStrategy[float],
           shapes: list[tuple[tuple[int, ...], tuple[int, ...]]] = BINARY_SHAPES) -> Domain:
    def draw(data: st.DataObject) -> Inputs:
        a, b = data.draw(st.sampled_from(shapes))
        return [_array(data, a, left), _array(data, b, right)], {}
    return draw


def separated(data: st.DataObject) -> Inputs:
    """max/min: no two elements closer than 0.5, and either side may be the larger."""
    left, right = (EVEN, ODD) if data.draw(st.booleans()) else (ODD, EVEN)
    return binary(left, right)(data)


def with_c(x: st.SearchStrategy[float], c: st.SearchStrategy[float]) -> Domain:
    """A gate with a constant folded in (`x + c`, `c / x`, …): the input and its `c`."""
    def draw(data: st.DataObject) -> Inputs:
        shape = data.draw(st.sampled_from(UNARY_SHAPES))
        return [_array(data, shape, x)], {"c": data.draw(c)}
    return draw


def separated_from_c(data: st.DataObject) -> Inputs:
    """maxc/minc: every element at least 0.3 from `c`, with `c` on either side."""
    shape = data.draw(st.sampled_from(UNARY_SHAPES))
    c = data.draw(ANY)
    x = np.asarray(c + _array(data, shape, _floats(-2, 2, away=0.3)))
    return [x], {"c": c, "first": data.draw(st.booleans())}


MATMUL_SHAPES = [((2, 3), (3, 4)), ((3,), (3, 2)), ((2, 3), (3,)), ((3,), (3,)), ((1, 1), (1, 1))]


def indexed(data: st.DataObject) -> Inputs:
    shape = data.draw(st.sampled_from([VECTOR, MATRIX, (2, 3, 2)]))
    n_indices = data.draw(st.integers(1, len(shape)))
    index = tuple(data.draw(st.integers(-n, n - 1)) for n in shape[:n_indices])
    return [_array(data, shape, ANY)], {"index": index}


def stacked(data: st.DataObject) -> Inputs:
    n = data.draw(st.integers(1, 3))
    shape = data.draw(st.sampled_from(UNARY_SHAPES))
    return [_array(data, shape, ANY) for _ in range(n)], {"n": n}


def reduced(elements: st.SearchStrategy[float]) -> Domain:
    """sum/mean/max/min over everything or an axis, with or without keepdims."""
    def draw(data: st.DataObject) -> Inputs:
        shape = data.draw(st.sampled_from([VECTOR, MATRIX, (2, 3, 2)]))
        axis = data.draw(st.sampled_from([None, 0, -1, (0, 1)][:4 if len(shape) > 1 else 3]))
        return [_array(data, shape, elements)], {"axis": axis,
                                                 "keepdims": data.draw(st.booleans())}
    return draw


def distinct(data: st.DataObject) -> Inputs:
    """max/min reductions: elements at least 0.1 apart, so no tie or swap within h."""
    shape = data.draw(st.sampled_from([VECTOR, MATRIX, (2, 3, 2)]))
    n = int(np.prod(shape))
    order = data.draw(st.permutations(list(range(n))))
    x = np.asarray(order, dtype=np.float64).reshape(shape) * 0.3
    axis = data.draw(st.sampled_from([None, 0, -1]))
    return [x], {"axis": axis, "keepdims": data.draw(st.booleans())}


def fancy_indexed(data: st.DataObject) -> Inputs:
    """Slices, None and integer arrays with repeats (their gradients add up)."""
    index = data.draw(st.sampled_from([
        (slice(None), 0), (slice(1, 3),), (None, 1), ((0, 1, 1), (2, 0, 2)), ((1, 1, 0),),
        (slice(None, None, -1), slice(0, 2)),
    ]))
    return [_array(data, MATRIX, ANY)], {"index": index}


def clipped(data: st.DataObject) -> Inputs:
    shape = data.draw(st.sampled_from(UNARY_SHAPES))
    x = data.draw(hnp.arrays(np.float64, shape, elements=st.sampled_from(
        [-1.7, -1.1, -0.4, 0.3, 0.9, 1.6])))
    return [x], {"lo": -0.75, "hi": 1.25}


def targets(data: st.DataObject) -> Inputs:
    rows = data.draw(st.integers(1, 3))
    target = tuple(data.draw(st.integers(0, 3)) for _ in range(rows))
    return [_array(data, (rows, 4), ANY)], {"target": target}


def reshaped(data: st.DataObject) -> Inputs:
    shape = data.draw(st.sampled_from([(-1,), (3, 2), (1, 6), (6, 1)]))
    return [_array(data, MATRIX, ANY)], {"shape": shape}


def grouped(data: st.DataObject) -> Inputs:
    """A collapsed function (ops/group.py): tanh(x * w + b) · sum(x) with a constant, over
    shapes that broadcast, so its backward pass unbroadcasts inside the body."""
    from cgviz.ops.group import Body, BodyNode

    shape = data.draw(st.sampled_from([SCALAR, VECTOR, MATRIX]))
    x, w = _array(data, shape, _floats(-2, 2)), _array(data, shape[-1:], _floats(-2, 2))
    b = _array(data, SCALAR, _floats(-2, 2))
    nodes = (BodyNode("mul", (0, 1)), BodyNode("add", (3, 2)), BodyNode("tanh", (4,)),
             BodyNode(None, value=np.array(0.5)), BodyNode("mul", (5, 6)),
             BodyNode("sum", (0,), {"axis": None, "keepdims": False}),
             BodyNode("mul", (7, 8)))
    body = Body("f", 3, nodes, 9, shape)
    return [x, w, b], {"body": body}


DOMAIN: dict[str, Domain] = {
    "group": grouped,
    # elementwise, two inputs
    "add": binary(ANY, ANY),
    "sub": binary(ANY, ANY),
    "mul": binary(ANY, ANY),
    "div": binary(ANY, NONZERO),
    "pow": binary(POSITIVE, ANY),
    "max": separated,
    "min": separated,
    # elementwise, one input
    "exp": unary(ANY),
    "log": unary(POSITIVE),
    "sqrt": unary(POSITIVE),
    "abs": unary(NONZERO),
    "sigmoid": unary(_floats(-4, 4)),
    "tanh": unary(ANY),
    "relu": unary(NONZERO),
    "sin": unary(_floats(-3, 3)),
    "cos": unary(_floats(-3, 3)),
    # a constant folded in
    "addc": with_c(ANY, ANY),
    "mulc": with_c(ANY, ANY),
    "rsubc": with_c(ANY, ANY),
    "divc": with_c(ANY, NONZERO),
    "rdivc": with_c(NONZERO, ANY),
    "powc": with_c(POSITIVE, _floats(-3, 3)),
    "rpowc": with_c(ANY, POSITIVE),
    "maxc": separated_from_c,
    "minc": separated_from_c,
    # shape-changing
    "sum": reduced(ANY),
    "mean": reduced(ANY),
    "amax": distinct,
    "amin": distinct,
    "clip": clipped,
    "outer": binary(ANY, ANY, [(VECTOR, (2,)), (SCALAR, VECTOR), (MATRIX, VECTOR)]),
    "reshape": reshaped,
    "log_softmax": unary(ANY, [VECTOR, MATRIX]),
    "cross_entropy": targets,
    "mse_loss": binary(ANY, ANY, [(VECTOR, VECTOR), (MATRIX, MATRIX), (MATRIX, VECTOR)]),
    "bce_logits": binary(ANY, _floats(0, 1), [(VECTOR, VECTOR), (MATRIX, MATRIX)]),
    "transpose": unary(ANY, [SCALAR, VECTOR, MATRIX, (3, 1)]),
    "softmax": unary(ANY, [VECTOR, MATRIX, (1,)]),
    "matmul": binary(ANY, ANY, MATMUL_SHAPES),
    "dot": binary(ANY, ANY, MATMUL_SHAPES),
    "index": lambda data: (indexed if data.draw(st.booleans()) else fancy_indexed)(data),
    "stack": stacked,
}

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


def test_every_registered_op_has_a_domain() -> None:
    missing = sorted(set(OPS) - set(DOMAIN))
    assert not missing, f"add a DOMAIN entry in {__file__} for: {', '.join(missing)}"
    assert not set(DOMAIN) - set(OPS), "DOMAIN names an op that is not registered"


@pytest.mark.parametrize("name", sorted(OPS))
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_op_gradient_matches_central_differences(name: str, data: st.DataObject) -> None:
    inputs, params = DOMAIN[name](data)
    out_shape = np.shape(OPS[name].forward(*inputs, **params))
    upstream = _array(data, out_shape, ANY)

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
    g = _array(data, target, ANY)
    x = _array(data, shape, ANY)
    reduced = unbroadcast(g, shape)
    assert reduced.shape == shape
    np.testing.assert_allclose(np.sum(reduced * x), np.sum(g * np.broadcast_to(x, target)),
                               rtol=1e-12, atol=1e-12)
