# mypy: disable-error-code="misc"
# (the mixins annotate `self` as the `Lowering` they are part of)
"""Calls, attributes and indexing (docs/language.md): a spelling is looked up in functions.py,
then the canonical function is lowered by one small handler below.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Any

import numpy as np

from .functions import (
    BUILTINS,
    FUNCTIONS,
    KEYWORDS,
    METHODS,
    MODULES,
    STORAGE_KEYWORDS,
    TRANSFORMS,
    known_names,
)
from .values import (
    Callable,
    Const,
    Function,
    MaxPair,
    Module,
    RandomGenerator,
    Seq,
    Value,
    static,
)

if TYPE_CHECKING:
    from .lower import Lowering

_UNARY = ("exp", "log", "sqrt", "abs", "sin", "cos", "tanh", "sigmoid", "relu")
_BINARY = {"maximum": "max", "minimum": "min", "pow": "pow", "add": "add", "sub": "sub",
           "mul": "mul", "div": "div"}
_REDUCE = {"sum": "sum", "mean": "mean", "max": "amax", "min": "amin"}
_RANDOM = ("randn", "rand", "normal", "uniform")
_MODULE_DEPTH = 6  # names in the longest module path, `torch.nn.functional.…`, and room


class Calls:
    seed: int | None

    # ---- what is called ---------------------------------------------------------------

    def module_path(self: Lowering, e: ast.expr) -> str | None:
        """`np`, `torch.nn.functional`, `np.random` as the module they name, or None."""
        parts: list[str] = []
        while isinstance(e, ast.Attribute):
            if len(parts) == _MODULE_DEPTH:  # `x.T.T.T…`: no module is this deep, and walking
                return None  # every chain whole made a chain of n attributes cost n²
            parts.append(e.attr)
            e = e.value
        if not isinstance(e, ast.Name) or e.id in self.env or e.id in self.globals:
            return None
        root = self.imports.get(e.id, e.id)
        if root not in MODULES and e.id not in self.imports:
            return None
        path = ".".join([root, *reversed(parts)])
        return path if path in MODULES or not parts else _longest_module(path)

    def call_children(self: Lowering, e: ast.Call) -> list[ast.expr] | None:
        for a in e.args:
            if isinstance(a, ast.Starred):
                raise self.error("unsupported", "error.unsupported.starred", a)
        for k in e.keywords:
            if k.arg is None:
                raise self.error("unsupported", "error.unsupported.starred", k.value)
            if k.arg == "reduction" and not (isinstance(k.value, ast.Constant)
                                             and k.value.value == "mean"):
                # the losses take the mean, PyTorch's default; "sum" or "none" would change
                # what is computed, so it is refused rather than ignored
                raise self.error("unsupported", "error.unsupported.other", k.value,
                                 what=f"reduction={ast.unparse(k.value)[:40]}")
        f = e.func
        obj: list[ast.expr] = []
        if isinstance(f, ast.Attribute) and self.module_path(f.value) is None:
            obj = [f.value]  # a method: its object is evaluated first
        elif not isinstance(f, ast.Name | ast.Attribute):
            obj = [f]
        children = obj + list(e.args) + [k.value for k in _meaningful(e.keywords)]
        return children or None

    def call(self: Lowering, e: ast.Call, args: list[Value]) -> Value:
        f = e.func
        keywords = _meaningful(e.keywords)
        n_kw = len(keywords)
        kwargs = {k.arg or "": v for k, v in zip(keywords, args[len(args) - n_kw:],
                                                  strict=True)}
        args = args[:len(args) - n_kw]
        if isinstance(f, ast.Attribute) and self.module_path(f.value) is not None:
            module = MODULES.get(self.module_path(f.value) or "", "")
            return self.function(f.attr, args, kwargs, e, module=module)
        if isinstance(f, ast.Attribute):
            obj, *rest = args
            if isinstance(obj, Module):  # unreachable: modules are resolved above
                return self.function(f.attr, rest, kwargs, e, module=obj.path)
            return self.method(f.attr, obj, rest, kwargs, e)
        if isinstance(f, ast.Name):
            target = self.name(f) if (f.id in self.env or f.id in self.globals
                                      or f.id in self.imports) else Callable(f.id)
            if isinstance(target, Function):
                return self.inline(target, args, kwargs, e)
            if isinstance(target, Callable):
                return self.function(target.name, args, kwargs, e, module="")
            raise self.error("type", "error.type.variable_called", f, name=f.id)
        raise self.error("type", "error.type.not_callable", e)

    def method(self: Lowering, name: str, obj: Value, args: list[Value],
               kwargs: dict[str, Value], e: ast.Call) -> Value:
        canonical = METHODS.get(name)
        if canonical is None:
            from .lower import suggest

            if name in ("numpy", "tolist"):
                raise self.error("unsupported", "error.unsupported.item", e.func, name=name)
            raise self.error("name", "error.name.unknown_method", e.func, name=name,
                             suggestion=suggest(name, list(METHODS)))
        if canonical == "same":
            return obj
        if canonical == "detach":  # PyTorch's detach(): the same numbers as a new leaf
            if isinstance(obj, int):
                return Const(self.value_now(obj, freeze=False))
            return obj
        if canonical == "manual_seed":  # torch.Generator().manual_seed(n): seeds what follows
            self._arity(name, args, 1, e)
            self.seed = self.integer(args[0], e.args[0])
            return obj
        kwargs = {KEYWORDS.get(k, k): v for k, v in kwargs.items() if k not in STORAGE_KEYWORDS}
        if canonical in _REDUCE:
            return self.reduce(canonical, obj, args, kwargs, e, torch_pair=True)
        if canonical == "reshape" and len(args) > 1:
            args = [Seq(list(args), is_tuple=True)]
        return self.function(canonical, [obj, *args], kwargs, e, module="", canonical=True)

    def function(self: Lowering, name: str, args: list[Value], kwargs: dict[str, Value],
                 e: ast.Call, module: str, canonical: bool = False) -> Value:
        fn = name if canonical else FUNCTIONS.get(name)
        if fn is None or (fn in BUILTINS and module) or (fn == "input" and name == "float"
                                                           and module):
            from .lower import suggest  # only for a message: an import costs ~1 µs a call

            if name in ("print", "manual_seed", "seed"):
                return None
            if name in TRANSFORMS:
                raise self.error("unsupported", "error.unsupported.transform", e.func, name=name)
            if name[:1].isupper():
                raise self.error("name", "error.name.unknown_constructor", e.func, name=name,
                                 suggestion=suggest(name, [*FUNCTIONS, "Value"]))
            raise self.error("name", "error.name.unknown_function", e.func, name=name,
                             suggestion=suggest(name, known_names()))
        kw = {KEYWORDS.get(k, k): v for k, v in kwargs.items() if k not in STORAGE_KEYWORDS}
        label = kw.pop("label", None)
        if fn == "generator":  # torch.Generator(): only its seed matters (method above)
            return RandomGenerator()
        if fn == "input":
            return self.make_input(args, label, e)
        if label is not None:
            raise self.error("type", "error.type.keyword", e, function=name, name="label")
        if fn in _UNARY:
            self._arity(name, args, 1, e)
            return self.apply(fn, args, e)
        if fn == "square":
            self._arity(name, args, 1, e)
            return self.binary("pow", args[0], Const(np.float64(2.0)), e)
        if fn in _BINARY:
            self._arity(name, args, 2, e)
            return self.binary(_BINARY[fn], args[0], args[1], e)
        if fn in _REDUCE:
            return self.reduce(fn, args[0] if args else None, args[1:], kw, e,
                               torch_pair=module == "torch", python=module == "")
        from .library import other

        return other(self, fn, args, kw, e, module)

    def _arity(self: Lowering, name: str, args: list[Value], n: int, e: ast.Call) -> None:
        if len(args) != n:
            counts = {0: "count.arguments.0", 1: "count.arguments.1", 2: "count.arguments.2"}
            from ..i18n import message

            count = message(counts.get(n, "count.arguments.n"), count=n)
            raise self.error("type", "error.type.arity", e.func, function=f"{name}()",
                             count=count, got=len(args))

    # ---- sum, mean, max, min ----------------------------------------------------------

    def reduce(self: Lowering, fn: str, x: Value, args: list[Value], kw: dict[str, Value],
               e: ast.Call, torch_pair: bool = False, python: bool = False) -> Value:
        if x is None:
            raise self.error("type", "error.type.arity", e.func, function=f"{fn}()",
                             count="1", got=0)
        if python and isinstance(x, Seq):  # Python's own sum/max/min over a list
            return self._fold_list(fn, x.items, args, kw, e)
        if python and fn in ("max", "min") and args:  # max(a, b): elementwise
            value = x
            for other in args:
                value = self.binary(fn, value, other, e)
            return value
        if python and fn == "sum" and args:
            return self.binary("add", self.apply("sum", [x], e), args[0], e)
        axis = kw.pop("axis", args[0] if args else None)
        if fn in ("max", "min") and isinstance(axis, int | Seq) and not python:
            # torch.max(a, b) of two tensors is elementwise
            return self.binary(fn, x, axis, e)
        keepdims = bool(self.truth(kw.pop("keepdims", Const(np.float64(0))), e))
        for k in kw:
            raise self.error("type", "error.type.keyword", e, function=fn, name=k)
        params: dict[str, Any] = {}
        if axis is not None:
            params["axis"] = self.axis(axis, e)
        if keepdims:
            params["keepdims"] = True
        out = self.apply(_REDUCE[fn], [x], e, **params)
        if torch_pair and fn in ("max", "min") and axis is not None:
            return MaxPair(out, x, params["axis"], keepdims, fn == "min")
        return out

    def indices(self: Lowering, pair: MaxPair, e: ast.AST) -> Const:
        """`.indices` of `x.max(dim)`: which element won, as integer data (first on a tie, as
        the gradient routes it; docs/language.md)."""
        if isinstance(pair.axis, tuple):
            raise self.error("unsupported", "error.unsupported.indices", e)
        x = pair.of
        value = self.value_now(x, freeze=False) if isinstance(x, int) else \
            np.asarray(self.static_value(x, e))
        pick = np.argmin if pair.argmin else np.argmax
        return Const(pick(value, axis=pair.axis, keepdims=pair.keepdims).astype(np.float64),
                     static=True)

    def axis(self: Lowering, v: Value, e: ast.AST) -> int | tuple[int, ...]:
        if isinstance(v, Seq):
            return tuple(self.integer(i, e) for i in v.items)
        return self.integer(v, e)

    def _fold_list(self: Lowering, fn: str, items: list[Value], args: list[Value],
                   kw: dict[str, Value], e: ast.Call) -> Value:
        start = args[0] if args else kw.get("start")
        if not items and start is None:
            if fn == "sum":
                return Const(np.float64(0.0))
            raise self.error("type", "error.type.empty_sequence", e, function=fn)
        value = start if start is not None else items[0]
        rest = items if start is not None else items[1:]
        op = {"sum": "add", "max": "max", "min": "min", "mean": "add"}[fn]
        for item in rest:
            value = self.binary(op, value, item, e)
        return value

    # ---- inputs -------------------------------------------------------------------------

    def make_input(self: Lowering, args: list[Value], label: Value, e: ast.Call) -> Value:
        if len(args) != 1:
            raise self.error("type", "error.type.constructor", e.func)
        value = args[0]
        if isinstance(value, Seq):
            value = self.tensor(value, e)
        if isinstance(label, str) and isinstance(value, Const):
            return Const(value.value, label=label)
        if isinstance(label, str) and isinstance(value, int):
            self.nodes[value].label = label
        return value

    # ---- attributes and indexing --------------------------------------------------------

    def attribute(self: Lowering, e: ast.Attribute, obj: Value) -> Value:
        name = e.attr
        if isinstance(obj, MaxPair):
            if name == "values":
                return obj.values
            if name == "indices":
                return self.indices(obj, e)
        if isinstance(obj, Seq) and obj.node is None and name in ("shape", "ndim", "size"):
            obj = self.tensor(obj, e)
        if name == "T":
            return self.apply("transpose", [obj], e)
        if name == "data":
            return obj
        if name in ("shape", "ndim", "size"):
            shape = self.shape(obj, e)
            if name == "shape":
                return Seq([static(n) for n in shape], is_tuple=True)
            return static(len(shape) if name == "ndim" else int(np.prod(shape)))
        if name == "grad":
            raise self.error("unsupported", "error.unsupported.grad", e)
        from .lower import suggest

        raise self.error("name", "error.name.unknown_attribute", e, name=name,
                         suggestion=suggest(name, ["T", "shape", "ndim", "size", "values"]))

    def subscript(self: Lowering, e: ast.Subscript, obj: Value, key: Value) -> Value:
        if isinstance(obj, MaxPair):
            which = self.integer(key, e.slice)
            if which in (0, -2):
                return obj.values
            if which in (1, -1):
                return self.indices(obj, e)
            raise self.error("shape", "error.shape.index_range", e, index=which, axis=0,
                             length=2, last=1)
        if isinstance(obj, Seq) and obj.node is None:
            if isinstance(key, slice):
                return Seq(obj.items[key], obj.is_tuple)
            i = self.integer(key, e.slice)
            if not -len(obj.items) <= i < len(obj.items):
                raise self.error("shape", "error.shape.index_range", e, index=i, axis=0,
                                 length=len(obj.items), last=len(obj.items) - 1)
            return obj.items[i]
        parts = key.items if isinstance(key, Seq) and key.is_tuple else [key]
        index = tuple(self.index_part(p, e) for p in parts)
        return self.apply("index", [obj], e, index=index)

    def index_part(self: Lowering, p: Value, e: ast.Subscript) -> Any:
        if p is None or isinstance(p, slice) or p is Ellipsis:
            return p
        value = self.static_value(p, e.slice)
        if isinstance(p, int) and self.nodes[p].kind == "input" and value.ndim:
            self.nodes[p].kind = "const"  # integer arrays used as indices are data
        if value.size and not np.all(np.equal(np.mod(value, 1), 0)):
            raise self.error("type", "error.type.index", e)
        if value.ndim == 0:
            return int(value)
        return _nested_tuple(value.astype(np.int64))


def _nested_tuple(a: np.ndarray) -> Any:
    """An integer index array as plain data (params stay comparable and printable)."""
    if a.ndim == 1:
        return tuple(int(i) for i in a)
    return tuple(tuple(int(i) for i in row.ravel()) if row.ndim == 1 else
                 tuple(tuple(int(i) for i in r) for r in row) for row in a)


def _meaningful(keywords: list[ast.keyword]) -> list[ast.keyword]:
    """The keywords that say what a call computes: how to store the result (`dtype=torch.int64`,
    `device="cuda"`, `generator=g`) is never evaluated, so any spelling of it is fine."""
    return [k for k in keywords if k.arg not in STORAGE_KEYWORDS]


def _longest_module(path: str) -> str | None:
    parts = path.split(".")
    for n in range(len(parts), 0, -1):
        if ".".join(parts[:n]) in MODULES:
            return ".".join(parts[:n]) if n == len(parts) else None
    return None
