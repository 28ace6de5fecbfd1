"""Reductions over all elements or over an axis (`np.sum(x, axis=0)`, `x.max(1, keepdim=True)`).

`axis` is None (every element), an int or a tuple of ints; `keepdims` keeps the reduced axes
as 1s. The gradient is the upstream gradient put back on the reduced axes and broadcast:
all ones for sum, 1/n for mean, and for max/min a one at the winning element — the first one
on a tie.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import domains as D
from .registry import Code, Kink, Op, ShapeError


def _axes(ndim: int, axis: Any) -> tuple[int, ...]:
    if axis is None:
        return tuple(range(ndim))
    axes = axis if isinstance(axis, tuple) else (axis,)
    out = []
    for a in axes:
        if not -max(ndim, 1) <= a < max(ndim, 1):
            raise ShapeError("error.shape.axis", axis=a, ndim=ndim)
        out.append(a % ndim if ndim else 0)
    return tuple(sorted(set(out)))


def reduced_shape(shape: tuple[int, ...], axis: Any = None, keepdims: bool = False
                  ) -> tuple[int, ...]:
    axes = _axes(len(shape), axis)
    if keepdims:
        return tuple(1 if i in axes else n for i, n in enumerate(shape))
    return tuple(n for i, n in enumerate(shape) if i not in axes)


def _nonempty_shape(shape: tuple[int, ...], axis: Any = None, keepdims: bool = False
                    ) -> tuple[int, ...]:
    axes = _axes(len(shape), axis)
    if any(shape[i] == 0 for i in axes):
        raise ShapeError("error.shape.empty_reduction")
    return reduced_shape(shape, axis, keepdims)


def _spread(g: np.ndarray, a: np.ndarray, axis: Any, keepdims: bool) -> np.ndarray:
    """The upstream gradient with the reduced axes put back, broadcast to the input."""
    g = np.asarray(g, dtype=np.float64)
    if not keepdims and a.ndim:
        g = g.reshape(reduced_shape(a.shape, axis, keepdims=True))
    return np.broadcast_to(g, a.shape)


def _count(a: np.ndarray, axis: Any) -> int:
    n = 1
    for i in _axes(a.ndim, axis):
        n *= a.shape[i] if a.ndim else 1
    return n


def _winner(a: np.ndarray, axis: Any, pick: Any) -> np.ndarray:
    """1 at the first winning element of each reduced slice, 0 elsewhere."""
    axes = _axes(a.ndim, axis)
    if a.ndim == 0:
        return np.ones_like(a)
    rest = [i for i in range(a.ndim) if i not in axes]
    moved = np.transpose(a, rest + list(axes))
    flat = moved.reshape(moved.shape[:len(rest)] + (-1,))
    first = pick(flat, axis=-1)
    mask = np.zeros_like(flat)
    np.put_along_axis(mask, first[..., None], 1.0, axis=-1)
    return np.transpose(mask.reshape(moved.shape), np.argsort(rest + list(axes)))


def _caption(name: str):  # type: ignore[no-untyped-def]
    def text(p: dict[str, Any]) -> str:
        extra = ""
        if p.get("axis") is not None:
            extra += f", axis={p['axis']}"
        if p.get("keepdims"):
            extra += ", keepdims=True"
        return name + "({0}" + extra + ")"
    return text


def _code_spread(p: dict[str, Any]) -> str:
    """The upstream gradient with a reduction's axes put back, broadcast to the input, as a
    new array (a later `dx += …` writes into it; np.broadcast_to's view is read-only)."""
    axis = p.get("axis")
    if axis is None or p.get("keepdims"):
        return "np.ones_like({0}) * {up}"
    return f"np.ones_like({{0}}) * np.expand_dims({{up}}, {axis})"


def _code(fn: str, downstream: Any, name: str = "") -> Code:
    def forward(p: dict[str, Any]) -> str:
        extra = "" if p.get("axis") is None else f", axis={p['axis']}"
        extra += ", keepdims=True" if p.get("keepdims") else ""
        return f"np.{fn}({{0}}{extra})"
    return Code(forward, downstream=downstream, name=name)


def _code_winner(p: dict[str, Any], shapes: Any) -> tuple[str]:
    keep = "" if p.get("axis") is None or p.get("keepdims") else \
        f"np.expand_dims({{out}}, {p['axis']})"
    winner = "({0} == " + (keep or "{out}") + ")"
    return (_code_spread(p) + " * " + winner + "  # every tied element",)


def _winner_side(pick: Any):  # type: ignore[no-untyped-def]
    def side(a, axis=None, keepdims=False):  # type: ignore[no-untyped-def]
        return _winner(np.asarray(a), axis, pick)
    return side


def _extreme(name: str, fn: str, reduce: Any, pick: Any, local: str) -> Op:
    """max or min over an axis: the gradient goes to the first winning element of each slice,
    so a tie is a kink of the gradient check."""
    return Op(name, 1, lambda a, axis=None, keepdims=False: reduce(a, axis=axis,
                                                                  keepdims=keepdims),
              lambda g, out, a, axis=None, keepdims=False:
              (_spread(g, a, axis, keepdims) * _winner(a, axis, pick),),
              fn, _caption(fn), (local,), elementwise=False, shape=_nonempty_shape,
              code=_code(fn, _code_winner),
              kink=Kink(_winner_side(pick), "gradcheck.convention_tie_element"),
              domain=D.distinct)


OPS = [
    Op("sum", 1, lambda a, axis=None, keepdims=False: np.sum(a, axis=axis, keepdims=keepdims),
       lambda g, out, a, axis=None, keepdims=False: (_spread(g, a, axis, keepdims),),
       "sum", _caption("sum"), ("1",), elementwise=False, shape=reduced_shape,
       code=_code("sum", lambda p, shapes: (_code_spread(p),), "total"), kink=None,
       domain=D.reduced(D.ANY)),
    # the sum over the count, as np.mean computes it, without its "Mean of empty slice" warning:
    # an empty tensor's mean is 0/0, NaN, and its node says so
    Op("mean", 1, lambda a, axis=None, keepdims=False:
       np.sum(a, axis=axis, keepdims=keepdims) / _count(a, axis),
       lambda g, out, a, axis=None, keepdims=False:
       (_spread(g, a, axis, keepdims) / max(1, _count(a, axis)),),
       "mean", _caption("mean"), ("1/n",), elementwise=False, shape=reduced_shape,
       code=_code("mean", lambda p, shapes: (
           _code_spread(p) + " * ({out}.size / {0}.size)",)), kink=None,
       domain=D.reduced(D.ANY)),
    _extreme("amax", "max", np.max, np.argmax, "1 at the largest element, 0 elsewhere"),
    _extreme("amin", "min", np.min, np.argmin, "1 at the smallest element, 0 elsewhere"),
]
