"""The canonical functions that are neither elementwise nor reductions: Python's builtins for
loops, array makers, linear algebra, shape changes and the networks' functions
(docs/language.md)."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

import numpy as np

from .values import Const, Seq, Value, static

if TYPE_CHECKING:
    from .lower import Lowering

_MAKERS = ("zeros", "ones", "full", "eye", "arange", "linspace", "zeros_like", "ones_like")


def other(lo: Lowering, fn: str, args: list[Value], kw: dict[str, Value], e: ast.Call,
          module: str) -> Value:
    if fn in ("randn", "rand", "normal", "uniform", "randint"):
        return lo.random(fn, args, kw, e)
    if fn == "one_hot":
        return _one_hot(lo, args, kw, e)
    if fn in _MAKERS:
        return _maker(lo, fn, args, kw, e)
    if fn == "clip":
        return _clip(lo, args, kw, e)
    for k in kw:
        if k != "axis" or fn not in ("softmax", "log_softmax", "transpose"):
            raise lo.error("type", "error.type.keyword", e, function=fn, name=k)
    if fn in ("range", "zip", "enumerate", "len", "list", "int", "reversed"):
        return _builtin(lo, fn, args, e)
    if fn in ("dot", "matmul", "outer"):
        lo._arity(fn, args, 2, e)
        a, b = (lo.tensor(x, e) for x in args)
        if fn == "dot" and (lo.shape(a, e) == () or lo.shape(b, e) == ()):
            return lo.binary("mul", a, b, e)  # np.dot of a scalar is a product
        return lo.apply(fn, [a, b], e)
    if fn == "transpose":
        return lo.apply("transpose", args[:1], e)
    if fn == "reshape":
        lo._arity(fn, args, 2, e)
        shape = args[1]
        dims = tuple(lo.integer(d, e) for d in (shape.items if isinstance(shape, Seq)
                                                 else [shape]))
        return lo.apply("reshape", args[:1], e, shape=dims)
    if fn in ("softmax", "log_softmax"):
        return _softmax(lo, fn, args, kw, e)
    if fn == "cross_entropy":
        lo._arity(fn, args, 2, e)
        targets = lo.static_value(args[1], e)
        if isinstance(args[1], int) and lo.nodes[args[1]].kind == "input":
            lo.nodes[args[1]].kind = "const"
        target = tuple(int(t) for t in np.atleast_1d(targets))
        return lo.apply("cross_entropy", args[:1], e, target=target)
    if fn == "mse_loss":
        lo._arity(fn, args, 2, e)
        return lo.apply("mse_loss", args, e)
    if fn == "binary_cross_entropy_with_logits":
        lo._arity(fn, args, 2, e)
        return lo.apply("bce_logits", args, e)
    raise lo.error("name", "error.name.unknown_function", e.func, name=fn, suggestion="")


def _builtin(lo: Lowering, fn: str, args: list[Value], e: ast.Call) -> Value:
    if fn == "range":
        bounds = [lo.integer(a, e) for a in args]
        r = range(*bounds)
        if len(r) > lo.settings.max_nodes:
            raise lo.error("limit", "error.limit.iterations", e, max=lo.settings.max_nodes)
        return Seq([static(i) for i in r])
    if fn == "len":
        lo._arity(fn, args, 1, e)
        if isinstance(args[0], Seq) and args[0].node is None:
            return static(len(args[0].items))
        shape = lo.shape(args[0], e)
        if not shape:
            raise lo.error("type", "error.type.not_iterable", e)
        return static(shape[0])
    if fn == "int":
        lo._arity(fn, args, 1, e)
        return static(int(lo.static_value(args[0], e)))
    lists = [lo.iterate(a, e) for a in args]
    if fn == "zip":
        return Seq([Seq(list(t), is_tuple=True) for t in zip(*lists, strict=False)])
    if fn == "enumerate":
        return Seq([Seq([static(i), v], is_tuple=True) for i, v in enumerate(lists[0])])
    if fn == "reversed":
        return Seq(list(reversed(lists[0])))
    return Seq(list(lists[0]) if lists else [])  # list(...)


def _maker(lo: Lowering, fn: str, args: list[Value], kw: dict[str, Value], e: ast.Call) -> Value:
    if fn == "linspace" and len(args) == 2 and ("num" in kw or "steps" in kw):
        args = [*args, kw.pop("num", None) or kw.pop("steps")]
    for k in kw:
        raise lo.error("type", "error.type.keyword", e, function=fn, name=k)
    if fn in ("zeros_like", "ones_like"):
        shape = lo.shape(args[0], e)
        return Const(np.zeros(shape) if fn == "zeros_like" else np.ones(shape))
    if fn == "full":
        dims = lo.sizes(args[:1], e, fn)
        return Const(np.full(dims, float(lo.static_value(args[1], e))))
    if fn in ("zeros", "ones"):
        if not args:
            raise lo.error("type", "error.type.sizes_missing", e, name=fn)
        dims = lo.sizes(args, e, fn)
        return Const(np.zeros(dims) if fn == "zeros" else np.ones(dims))
    numbers = [float(lo.static_value(a, e)) for a in args]
    line, column = lo.pos(e)
    if fn == "eye":
        n = lo.sizes(args[:1], e, fn)[0]
        lo.check_size(n * n, line, column)
        return Const(np.eye(n))
    if fn == "linspace":
        count = int(numbers[2]) if len(numbers) > 2 else 50
        lo.check_size(count, line, column)
        return Const(np.linspace(numbers[0], numbers[1], count))
    lo.check_size(max(int(np.ceil(_arange_count(numbers))), 0), line, column)
    return Const(np.arange(*numbers, dtype=np.float64))


def _arange_count(n: list[float]) -> float:
    start, stop, step = (0.0, n[0], 1.0) if len(n) == 1 else (n[0], n[1], n[2] if len(n) > 2
                                                                  else 1.0)
    return (stop - start) / step if step else 0.0


_CLIP_BOUNDS = {"min": "lo", "a_min": "lo", "max": "hi", "a_max": "hi"}  # torch, NumPy < 2


def _clip(lo: Lowering, args: list[Value], kw: dict[str, Value], e: ast.Call) -> Value:
    """np.clip(x, lo, hi), torch.clamp(x, min=…, max=…), x.clamp(min=0): a bound left out (or
    None) does not bound; one bound is a max or min gate, both a clip gate."""
    if not 1 <= len(args) <= 3:
        lo._arity("clip", args, 3, e)
    bounds: dict[str, Value | None] = {"lo": args[1] if len(args) > 1 else None,
                                       "hi": args[2] if len(args) > 2 else None}
    for k, v in kw.items():
        if k not in _CLIP_BOUNDS or bounds[_CLIP_BOUNDS[k]] is not None:
            raise lo.error("type", "error.type.keyword", e, function="clip", name=k)
        bounds[_CLIP_BOUNDS[k]] = v
    x = args[0]
    lo_v, hi_v = bounds["lo"], bounds["hi"]
    lo_n = None if lo_v is None else float(lo.static_value(lo_v, e))
    hi_n = None if hi_v is None else float(lo.static_value(hi_v, e))
    if lo_n is not None and hi_n is not None:
        return lo.apply("clip", [x], e, lo=lo_n, hi=hi_n)
    if lo_n is not None:
        return lo.binary("max", x, Const(np.float64(lo_n)), e)
    if hi_n is not None:
        return lo.binary("min", x, Const(np.float64(hi_n)), e)
    return x


def _softmax(lo: Lowering, fn: str, args: list[Value], kw: dict[str, Value], e: ast.Call) -> Value:
    x = args[0]
    axis = kw.get("axis", args[1] if len(args) > 1 else None)
    ndim = len(lo.shape(x, e))
    if axis is not None and lo.integer(axis, e) % max(ndim, 1) != max(ndim, 1) - 1:
        raise lo.error("unsupported", "error.unsupported.softmax_axis", e, name=fn)
    return lo.apply(fn, [x], e)



def _one_hot(lo: Lowering, args: list[Value], kw: dict[str, Value], e: ast.Call) -> Const:
    """`F.one_hot(classes, num_classes)`: data, one row of zeros and a 1 per class index (the
    backprop-ninja exercise routes `dlogit_maxes` with it)."""
    if not args:
        raise lo.error("type", "error.type.arity", e.func, function="one_hot()", count="1",
                       got=0)
    classes = lo.static_value(args[0], e)
    if classes.size and (not np.all(np.mod(classes, 1) == 0) or classes.min() < 0):
        raise lo.error("type", "error.type.index", e)
    count = kw.pop("num_classes", args[1] if len(args) > 1 else None)
    for k in kw:
        raise lo.error("type", "error.type.keyword", e, function="one_hot", name=k)
    n = lo.integer(count, e) if count is not None else int(classes.max(initial=-1)) + 1
    if classes.size and classes.max() >= n:
        raise lo.error("shape", "error.shape.index_range", e, index=int(classes.max()),
                       axis=0, length=n, last=n - 1)
    line, column = lo.pos(e)
    lo.check_size(classes.size * n, line, column)
    return Const(np.eye(n)[classes.astype(np.int64)], static=True)
