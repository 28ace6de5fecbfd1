"""Ops that are not elementwise: matrix products (matmul, dot, outer), transpose, softmax,
indexing, reshape and stacking. The reductions are in reduce.py."""

from __future__ import annotations

from typing import Any

import numpy as np

from ...i18n import message
from ..format import format_shape
from . import domains as D
from .registry import MAX_DIMS, Code, Op, ShapeError


def _matmul_shape(a: tuple[int, ...], b: tuple[int, ...], symbol: str = "@") -> tuple[int, ...]:
    def show(s: tuple[int, ...]) -> str:
        return format_shape(s) or message("shape.a_scalar")

    if not a or not b:
        raise ShapeError("error.shape.matmul_scalar", symbol=symbol, left=show(a), right=show(b))
    if len(a) > 2 or len(b) > 2:
        raise ShapeError("error.shape.matmul_dims", symbol=symbol, left=show(a), right=show(b))
    if a[-1] != b[0]:
        raise ShapeError("error.shape.matmul_fit", symbol=symbol, left=show(a), right=show(b),
                         left_last=a[-1], right_first=b[0])
    return a[:-1] + b[1:]


def _matmul_vjp(g, out, a, b):  # type: ignore[no-untyped-def]
    # dA = g @ B.T, dB = A.T @ g, with vectors promoted to matrices as np.matmul does
    a2 = a.reshape(1, -1) if a.ndim == 1 else a
    b2 = b.reshape(-1, 1) if b.ndim == 1 else b
    g2 = np.reshape(g, (a2.shape[0], b2.shape[1]))
    return (g2 @ b2.T).reshape(a.shape), (a2.T @ g2).reshape(b.shape)


def _softmax(a):  # type: ignore[no-untyped-def]
    # `initial` lets an empty tensor (`softmax(zeros(0))`, a (3, 0) matrix) give an empty
    # answer instead of NumPy's "zero-size array to reduction" error; on any other row the
    # maximum is the same.
    e = np.exp(a - np.max(a, axis=-1, keepdims=True, initial=-np.inf))
    return e / np.sum(e, axis=-1, keepdims=True)


def _softmax_vjp(g, out, a):  # type: ignore[no-untyped-def]
    # Jacobian diag(s) - s sᵀ applied to g, along the last axis
    return (out * (g - np.sum(g * out, axis=-1, keepdims=True)),)


def index_key(index: tuple[Any, ...]) -> tuple[Any, ...]:
    """The NumPy key of an `index` param: integer arrays are kept as nested tuples (params are
    plain data), so they become arrays here."""
    return tuple(np.asarray(i, dtype=np.intp) if isinstance(i, tuple) else i for i in index)


def index_text(index: tuple[Any, ...]) -> str:
    """`0`, `:, 0`, `1:3`, `None`, `[1, 3, 0]`: the index as NumPy code writes it."""
    parts = []
    for i in index:
        if isinstance(i, slice):
            text = ":".join("" if v is None else str(v) for v in (i.start, i.stop, i.step))
            parts.append(text[:-1] if i.step is None else text)
        elif isinstance(i, tuple):
            parts.append(str(np.asarray(i).tolist()))
        else:
            parts.append(str(i))
    return ", ".join(parts)


def _index_shape(a: tuple[int, ...], index: tuple[Any, ...]) -> tuple[int, ...]:
    if all(isinstance(i, int) for i in index):
        if len(index) > len(a):
            raise ShapeError("error.shape.too_many_indices", indices=", ".join(map(str, index)),
                             shape=format_shape(a) or message("shape.scalar"))
        for axis, (i, n) in enumerate(zip(index, a, strict=False)):
            if n == 0:
                raise ShapeError("error.shape.index_empty", index=i, axis=axis)
            if not -n <= i < n:
                raise ShapeError("error.shape.index_range", index=i, axis=axis, length=n,
                                 last=n - 1)
        return a[len(index):]
    try:  # a zero-strided view: NumPy works out the shape without the data
        return tuple(np.broadcast_to(np.empty(()), a)[index_key(index)].shape)
    except IndexError as e:
        raise ShapeError("error.shape.index", index=index_text(index),
                         shape=format_shape(a) or message("shape.scalar"), why=str(e)) from None


def _index_vjp(g, out, a, index):  # type: ignore[no-untyped-def]
    grad = np.zeros_like(a)
    np.add.at(grad, index_key(index), g)  # a repeated index receives every contribution
    return (grad,)


def _reshape_shape(a: tuple[int, ...], shape: tuple[int, ...]) -> tuple[int, ...]:
    try:
        return tuple(np.broadcast_to(np.empty(()), a).reshape(shape).shape)
    except ValueError:
        raise ShapeError("error.shape.reshape", shape=format_shape(a) or message("shape.scalar"),
                         to=format_shape(shape) or message("shape.scalar")) from None


def _outer_shape(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    return (int(np.prod(a)), int(np.prod(b)))


def _outer_vjp(g, out, a, b):  # type: ignore[no-untyped-def]
    return (g @ b.ravel()).reshape(a.shape), (a.ravel() @ g).reshape(b.shape)


def _stack_shape(*shapes: tuple[int, ...], n: int) -> tuple[int, ...]:
    # `n` (the number of items) is the param the caption needs; the shapes already say it
    if any(s != shapes[0] for s in shapes):
        listed = ", ".join(format_shape(s) or message("shape.scalar") for s in shapes)
        raise ShapeError("error.shape.stack_ragged", shapes=listed)
    if len(shapes[0]) >= MAX_DIMS:
        raise ShapeError("error.shape.stack_dims", ndim=len(shapes[0]) + 1, max=MAX_DIMS)
    return (len(shapes),) + shapes[0]


def _index_symbol(p: dict[str, Any]) -> str:
    return "[" + index_text(p["index"]).replace(", ", ",") + "]"


def _code_matmul(p: dict[str, Any], shapes: list[tuple[int, ...]]) -> tuple[str, str]:
    # dA = dout @ Bᵀ and dB = Aᵀ @ dout, written for the vector cases as NumPy needs them
    a, b = len(shapes[0]), len(shapes[1])
    if a == 1 and b == 1:
        return "{1} * {up}", "{0} * {up}"
    if a == 2 and b == 1:
        return "np.outer({up}, {1})", "{0}.T @ {up}"
    if a == 1:
        return "{1} @ {up}", "np.outer({0}, {up})"
    return "{up} @ {1}.T", "{0}.T @ {up}"


SOFTMAX_DEF = ("def softmax(z):", "    e = np.exp(z - np.max(z, axis=-1, keepdims=True))",
               "    return e / np.sum(e, axis=-1, keepdims=True)")


OPS = [
    Op("matmul", 2, np.matmul, _matmul_vjp,
       "@", "{0} @ {1}", ("upstream @ {1}ᵀ", "{0}ᵀ @ upstream"), elementwise=False,
       shape=lambda a, b: _matmul_shape(a, b, "@"),
       code=Code("{0} @ {1}", downstream=_code_matmul, name="prod"), kink=None,
       domain=D.binary(D.ANY, D.ANY, D.MATMUL_SHAPES)),
    Op("dot", 2, np.matmul, _matmul_vjp,
       "dot", "dot({0}, {1})", ("upstream @ {1}ᵀ", "{0}ᵀ @ upstream"), elementwise=False,
       shape=lambda a, b: _matmul_shape(a, b, "dot"),
       code=Code("np.dot({0}, {1})", downstream=_code_matmul), kink=None,
       domain=D.binary(D.ANY, D.ANY, D.MATMUL_SHAPES)),
    Op("transpose", 1, np.transpose, lambda g, out, a: (np.transpose(g),),
       "T", "{0}.T", ("upstreamᵀ",), elementwise=False,
       shape=lambda a: tuple(reversed(a)),
       code=Code("{0}.T", downstream=lambda p, shapes: ("{up}.T.copy()",), name="tr"),
       kink=None, domain=D.unary(D.ANY, [D.SCALAR, D.VECTOR, D.MATRIX, (3, 1)])),
    Op("softmax", 1, _softmax, _softmax_vjp,
       "softmax", "softmax({0})", ("diag(s) - s sᵀ",), elementwise=False,
       shape=lambda a: a,
       code=Code("softmax({0})", downstream=lambda p, shapes: (
           "{out} * ({up} - np.sum({up} * {out}, axis=-1, keepdims=True))",),
           name="probs", helper=SOFTMAX_DEF),
       kink=None, domain=D.unary(D.ANY, [D.VECTOR, D.MATRIX, (1,)])),
    Op("index", 1, lambda a, index: a[index_key(index)], _index_vjp,
       _index_symbol, lambda p: "{0}" + _index_symbol(p), ("1 at the index, 0 elsewhere",),
       elementwise=False, shape=lambda a, index: _index_shape(a, index),
       params={"index": (0,)},
       code=Code(lambda p: "{0}[" + index_text(p["index"]) + "]",
                 downstream=lambda p, shapes: ("{up}",), name="item", scatter=True),
       kink=None, domain=D.indexed),
    Op("outer", 2, lambda a, b: np.outer(a, b), _outer_vjp,
       "outer", "outer({0}, {1})", ("upstream @ {1}", "{0} @ upstream"), elementwise=False,
       shape=_outer_shape,
       code=Code("np.outer({0}, {1})", downstream=lambda p, shapes: (
           "({up} @ {1}.ravel()).reshape({0}.shape)", "({0}.ravel() @ {up}).reshape({1}.shape)")),
       kink=None,
       domain=D.binary(D.ANY, D.ANY, [(D.VECTOR, (2,)), (D.SCALAR, D.VECTOR),
                                      (D.MATRIX, D.VECTOR)])),
    Op("reshape", 1, lambda a, shape: np.reshape(a, shape),
       lambda g, out, a, shape: (np.reshape(g, a.shape),),
       lambda p: "reshape", lambda p: "{0}.reshape" + str(tuple(p["shape"])),
       ("upstream, reshaped back",), elementwise=False, shape=_reshape_shape,
       params={"shape": (-1,)},
       code=Code(lambda p: f"{{0}}.reshape({tuple(p['shape'])})",
                 downstream=lambda p, shapes: ("{up}.reshape({0}.shape)",)),
       kink=None, domain=D.reshaped),
    Op("stack", -1, lambda *xs, n: np.stack(xs),
       lambda g, out, *xs, n: tuple(g[i] for i in range(len(xs))),
       "[ ]", lambda p: "[" + ", ".join(f"{{{i}}}" for i in range(p["n"])) + "]",
       ("upstream[{port}]",), elementwise=False, shape=_stack_shape, params={"n": 2},
       code=Code(lambda p: "np.stack([" + ", ".join(f"{{{i}}}" for i in range(p["n"])) + "])",
                 downstream=lambda p, shapes: tuple(f"{{up}}[{i}].copy()"
                                                    for i in range(p["n"]))),
       kink=None, domain=D.stacked),
]
