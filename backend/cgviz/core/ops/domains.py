"""Where each op's gradient is tested: the inputs its record's `domain` draws.

The generic property test (tests/core/ops/test_gradients.py) runs every op on inputs drawn from its
domain and compares the engine's gradients with central differences, as HIPS/autograd's
`check_grads` does. A domain keeps away from kinks and poles (so a finite difference means
something) and covers scalars, vectors, matrices and every way NumPy broadcasts.

A domain is a function of a `Draw`, the few choices it needs. The test passes one backed by
hypothesis (so failures shrink); nothing here imports it, so the package needs no test library.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import numpy as np

T = TypeVar("T")
Shape = tuple[int, ...]
Sample = tuple[list[np.ndarray], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Floats:
    """Floats in [lo, hi]; with `away`, only those at least `away` from 0."""

    lo: float
    hi: float
    away: float = 0.0


@dataclass(frozen=True, slots=True)
class Parity:
    """2k + u for an integer k in [-2, 2] and u in [0, 0.49]; odd: 2k + 1 + u. An even and an
    odd element are never closer than 0.5, however they broadcast."""

    odd: bool


@dataclass(frozen=True, slots=True)
class OneOf:
    """One of a few given values."""

    values: tuple[float, ...]


Elements = Floats | Parity | OneOf


class Draw(Protocol):
    def choice(self, options: Sequence[T]) -> T: ...
    def integer(self, lo: int, hi: int) -> int: ...
    def boolean(self) -> bool: ...
    def number(self, elements: Elements) -> float: ...
    def array(self, shape: Shape, elements: Elements) -> np.ndarray: ...
    def permutation(self, n: int) -> list[int]: ...


Domain = Callable[[Draw], Sample]

SCALAR, VECTOR, MATRIX = (), (3,), (2, 3)
UNARY_SHAPES: list[Shape] = [SCALAR, VECTOR, MATRIX]
BINARY_SHAPES: list[tuple[Shape, Shape]] = [  # equal shapes, then every way NumPy broadcasts
    (SCALAR, SCALAR), (VECTOR, VECTOR), (MATRIX, MATRIX),
    (MATRIX, VECTOR), (VECTOR, MATRIX), ((2, 1), (1, 3)), ((4, 1), (3,)),
    (SCALAR, MATRIX), (MATRIX, SCALAR), (VECTOR, SCALAR),
]
MATMUL_SHAPES: list[tuple[Shape, Shape]] = [
    ((2, 3), (3, 4)), ((3,), (3, 2)), ((2, 3), (3,)), ((3,), (3,)), ((1, 1), (1, 1))]
REDUCED_SHAPES: list[Shape] = [VECTOR, MATRIX, (2, 3, 2)]

ANY = Floats(-2, 2)
NONZERO = Floats(-2, 2, away=0.3)  # relu, abs: 0 is their kink; 1/x: 0 is its pole
POSITIVE = Floats(0.3, 2)  # log, sqrt, the base of a power


def unary(elements: Elements, shapes: Sequence[Shape] = UNARY_SHAPES) -> Domain:
    def draw(d: Draw) -> Sample:
        return [d.array(d.choice(shapes), elements)], {}
    return draw


def binary(left: Elements, right: Elements,
           shapes: Sequence[tuple[Shape, Shape]] = BINARY_SHAPES) -> Domain:
    def draw(d: Draw) -> Sample:
        a, b = d.choice(shapes)
        return [d.array(a, left), d.array(b, right)], {}
    return draw


def separated(d: Draw) -> Sample:
    """max/min: no two elements closer than 0.5, and either side may be the larger."""
    odd = d.boolean()
    return binary(Parity(odd), Parity(not odd))(d)


def with_c(x: Elements, c: Elements) -> Domain:
    """A gate with a constant folded in (`x + c`, `c / x`, …): the input and its `c`."""
    def draw(d: Draw) -> Sample:
        return [d.array(d.choice(UNARY_SHAPES), x)], {"c": d.number(c)}
    return draw


def separated_from_c(d: Draw) -> Sample:
    """maxc/minc: every element at least 0.3 from `c`, with `c` on either side."""
    c = d.number(ANY)
    x = c + d.array(d.choice(UNARY_SHAPES), NONZERO)
    return [np.asarray(x)], {"c": c, "first": d.boolean()}


def reduced(elements: Elements) -> Domain:
    """sum/mean over everything or an axis, with or without keepdims."""
    def draw(d: Draw) -> Sample:
        shape = d.choice(REDUCED_SHAPES)
        axis = d.choice([None, 0, -1, (0, 1)][:4 if len(shape) > 1 else 3])
        return [d.array(shape, elements)], {"axis": axis, "keepdims": d.boolean()}
    return draw


def distinct(d: Draw) -> Sample:
    """max/min reductions: elements at least 0.3 apart, so no tie or swap within h."""
    shape = d.choice(REDUCED_SHAPES)
    order = d.permutation(int(np.prod(shape)))
    x = np.asarray(order, dtype=np.float64).reshape(shape) * 0.3
    return [x], {"axis": d.choice([None, 0, -1]), "keepdims": d.boolean()}


def indexed(d: Draw) -> Sample:
    """Integer indices half the time; otherwise slices, None and integer arrays with repeats
    (their gradients add up)."""
    if d.boolean():
        shape = d.choice(REDUCED_SHAPES)
        n_indices = d.integer(1, len(shape))
        index: tuple[Any, ...] = tuple(d.integer(-n, n - 1) for n in shape[:n_indices])
        return [d.array(shape, ANY)], {"index": index}
    index = d.choice([
        (slice(None), 0), (slice(1, 3),), (None, 1), ((0, 1, 1), (2, 0, 2)), ((1, 1, 0),),
        (slice(None, None, -1), slice(0, 2)),
    ])
    return [d.array(MATRIX, ANY)], {"index": index}


def stacked(d: Draw) -> Sample:
    n = d.integer(1, 3)
    shape = d.choice(UNARY_SHAPES)
    return [d.array(shape, ANY) for _ in range(n)], {"n": n}


def clipped(d: Draw) -> Sample:
    """clip to [-0.75, 1.25]: elements on either side of both bounds, none near them."""
    x = d.array(d.choice(UNARY_SHAPES), OneOf((-1.7, -1.1, -0.4, 0.3, 0.9, 1.6)))
    return [x], {"lo": -0.75, "hi": 1.25}


def targets(d: Draw) -> Sample:
    rows = d.integer(1, 3)
    target = tuple(d.integer(0, 3) for _ in range(rows))
    return [d.array((rows, 4), ANY)], {"target": target}


def reshaped(d: Draw) -> Sample:
    return [d.array(MATRIX, ANY)], {"shape": d.choice([(-1,), (3, 2), (1, 6), (6, 1)])}


def grouped(d: Draw) -> Sample:
    """A collapsed function: tanh(x * w + b) · 0.5 · sum(x), over shapes that broadcast, so its
    backward pass unbroadcasts inside the body."""
    from .group import Body, BodyNode

    shape = d.choice(UNARY_SHAPES)
    x, w, b = d.array(shape, ANY), d.array(shape[-1:], ANY), d.array(SCALAR, ANY)
    nodes = (BodyNode("mul", (0, 1)), BodyNode("add", (3, 2)), BodyNode("tanh", (4,)),
             BodyNode(None, value=np.array(0.5)), BodyNode("mul", (5, 6)),
             BodyNode("sum", (0,), {"axis": None, "keepdims": False}),
             BodyNode("mul", (7, 8)))
    return [x, w, b], {"body": Body("f", 3, nodes, 9, shape)}
