"""Syntax tree → graph nodes: names resolved, functions looked up, constants folded into gates.

Walks every expression with an explicit stack (no recursion: a 5,000-deep parenthesis is just
a tall stack). Constant subexpressions are computed here, so `x = 2 * 3` is an input of 6 and
`x + 1` becomes one `+1` gate, the way the CS231n figures draw it.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import CircuitError
from ..graph import Node
from ..i18n import message
from ..ops import MAX_DIMS, OPS, ShapeError, broadcast_shape
from ..settings import Settings
from ..suggest import did_you_mean
from . import ast
from .functions import (
    BARE_CONSTANTS,
    CONSTANTS,
    FUNCTIONS,
    INITIALIZERS,
    METHODS,
    MODULES,
    known_names,
)

PRIMES = "′″‴"
_UNUSED_LISTED = 10  # `values` the program does not use, named one by one in the warnings


@dataclass(slots=True)
class Const:
    """A value known while lowering (a literal, or arithmetic on literals)."""

    value: np.ndarray | np.float64


Value = int | Const  # a node index, or a constant not yet given a node

# (op of `node ∘ c`, op of `c ∘ node`) for a binary operator with one scalar constant side
_FOLD = {
    "add": ("addc", "addc"),
    "sub": ("addc", "rsubc"),  # x - c is x + (-c)
    "mul": ("mulc", "mulc"),
    "div": ("divc", "rdivc"),
    "pow": ("powc", "rpowc"),
    "max": ("maxc", "maxc"),
    "min": ("minc", "minc"),
}
_SYMBOLS = {"add": "+", "sub": "-", "mul": "*", "div": "/", "matmul": "@", "pow": "**"}


class Lowering:
    def __init__(self, source: str, values: dict[str, Any] | None, settings: Settings) -> None:
        self.source = source
        self.values = dict(values or {})
        self.settings = settings
        self.nodes: list[Node] = []
        self.env: dict[str, Value] = {}
        self.assigned_at: dict[str, ast.Assign] = {}  # first assignment of each name
        self.times_assigned: dict[str, int] = {}
        self.warnings: list[str] = []
        self.used_values: set[str] = set()
        self.edges = 0  # arrows into gates so far (max_edges)

    # ---- statements -------------------------------------------------------------------

    def run(self, statements: list[ast.Stmt]) -> int:
        if not statements:
            raise CircuitError("syntax", "error.syntax.empty", 1, 1)
        for st in statements:
            if isinstance(st, ast.Assign) and st.name not in self.assigned_at:
                self.assigned_at[st.name] = st
        result: Value = 0
        last: ast.Expr | None = None
        for st in statements:
            last = st.value
            result = self._evaluate(st.value)
            if isinstance(st, ast.Assign):
                result = self._bind(st, result)
        if isinstance(result, Const):
            assert last is not None
            result = self._const_node(result, last)
        self._warn_unused()
        return result

    def _warn_unused(self) -> None:
        """A warning for each of the first few `values` the program does not use, then one
        that counts the rest: a request may hold 200,000 of them."""
        unused = sorted(set(self.values) - self.used_values)
        for name in unused[:_UNUSED_LISTED]:
            self.warnings.append(message("warning.unused_value", name=f"{name!r:.60}"))
        if len(unused) > _UNUSED_LISTED:
            self.warnings.append(message("warning.more_unused",
                                         count=len(unused) - _UNUSED_LISTED))

    def _bind(self, st: ast.Assign, result: Value) -> Value:
        n = self.times_assigned.get(st.name, 0)
        self.times_assigned[st.name] = n + 1
        label = st.name + _version_mark(n)
        if isinstance(result, Const):
            result = self._input(st.name, label, result.value, st.line, st.column, st.value)
        elif self.nodes[result].label is None and self.nodes[result].kind == "op":
            self.nodes[result].label = label
        # else: `a = x` makes `a` another name for the wire x
        self.env[st.name] = result
        return result

    # ---- nodes ------------------------------------------------------------------------

    def _node(self, kind: str, expr: ast.Expr | None, **fields: Any) -> int:
        if len(self.nodes) >= self.settings.max_nodes:
            line, column = (expr.line, expr.column) if expr else (1, 1)
            raise CircuitError("limit", "error.limit.nodes", line, column,
                               max=self.settings.max_nodes)
        self.edges += len(fields.get("inputs", ()))
        if self.edges > self.settings.edge_limit:
            line, column = (expr.line, expr.column) if expr else (1, 1)
            raise CircuitError("limit", "error.limit.edges", line, column,
                               max=self.settings.edge_limit)
        if expr is not None:
            fields.setdefault("text", _clip(self.source, expr.start, expr.end))
            fields.setdefault("line", expr.line)
            fields.setdefault("column", expr.column)
        node = Node(index=len(self.nodes), kind=kind, **fields)  # type: ignore[arg-type]
        self.nodes.append(node)
        return node.index

    def _input(self, name: str, label: str, value: np.ndarray | np.float64, line: int, column: int,
               expr: ast.Expr | None) -> int:
        warning = None
        if name in self.values:
            value = self._given_value(name, line, column)
        elif value is None:
            value = np.float64(1.0)
            warning = message("warning.unassigned_input", name=name)
            self.warnings.append(warning)
        return self._node("input", expr, label=label, value=value, line=line, column=column,
                          text=name, warning=warning)

    def _given_value(self, name: str, line: int, column: int) -> np.ndarray:
        self.used_values.add(name)
        raw = self.values[name]
        try:
            # numbers only: NumPy reads True as 1 and None as NaN; ints past int64 are objects
            value = np.asarray(raw)
            kind = value.dtype.kind
            if kind not in "iuf" and not (kind == "O" and all(type(v) is int for v in value.flat)):
                raise ValueError
            value = value.astype(np.float64)
        except (ValueError, TypeError, OverflowError):
            raise CircuitError("type", "error.type.value", line, column, name=name,
                               value=f"{raw!r:.60}") from None
        self._check_size(value.size, line, column)
        self._check_dims(value.ndim, line, column)
        return value

    def _const_node(self, c: Const, expr: ast.Expr) -> int:
        return self._node("const", expr, value=c.value)

    def _gate(self, op_name: str, inputs: list[Value], expr: ast.Expr,
              params: dict[str, Any] | None = None) -> int:
        ids = [self._const_node(v, expr) if isinstance(v, Const) else v for v in inputs]
        op = OPS[op_name]
        params = params or {}
        return self._node("op", expr, op=op_name, inputs=ids, params=params,
                          symbol=op.text(op.symbol, [], params))

    # ---- expressions ------------------------------------------------------------------

    def _evaluate(self, root: ast.Expr) -> Value:
        """Post-order walk with an explicit stack: children first, then `_combine`."""
        results: list[Value] = []
        stack: list[tuple[ast.Expr, int]] = [(root, -1)]
        while stack:
            expr, n_children = stack.pop()
            if n_children >= 0:
                args = results[len(results) - n_children:]
                del results[len(results) - n_children:]
                results.append(self._combine(expr, args))
                continue
            children = self._children(expr)
            if not children:
                results.append(self._leaf(expr))
                continue
            stack.append((expr, len(children)))
            stack.extend((c, -1) for c in reversed(children))
        return results[0]

    def _children(self, e: ast.Expr) -> list[ast.Expr]:
        if isinstance(e, ast.BinOp):
            return [e.left, e.right]
        if isinstance(e, ast.UnaryOp):
            return [e.operand]
        if isinstance(e, ast.Call):
            obj = self._method_object(e)
            return ([obj] if obj is not None else []) + e.args
        if isinstance(e, ast.Attr):
            return [] if _module_name(e.obj) else [e.obj]
        if isinstance(e, ast.Index):
            return [e.obj, *e.indices]
        if isinstance(e, ast.Array):
            return list(e.items)
        return []

    def _leaf(self, e: ast.Expr) -> Value:
        if isinstance(e, ast.Num):
            return Const(np.float64(e.value))
        if isinstance(e, ast.Name):
            return self._name(e)
        if isinstance(e, ast.Attr):  # math.pi, np.e
            if e.name in CONSTANTS:
                return Const(np.float64(CONSTANTS[e.name]))
            if e.name in FUNCTIONS:
                raise CircuitError("type", "error.type.is_function", e.line, e.column,
                                   name=_dotted(e))
            raise CircuitError("name", "error.name.unknown", e.line, e.column, name=_dotted(e),
                               suggestion=did_you_mean(e.name, [*CONSTANTS, *known_names()]))
        if isinstance(e, ast.Call):
            return self._call(e, [])
        if isinstance(e, ast.Array):
            raise CircuitError("syntax", "error.syntax.empty_list", e.line, e.column)
        raise CircuitError("syntax", "error.syntax.not_expression", e.line, e.column)

    def _name(self, e: ast.Name) -> Value:
        if e.id in self.env:
            return self.env[e.id]
        first = self.assigned_at.get(e.id)
        if first is not None:
            raise CircuitError("name", "error.name.before_assignment", e.line, e.column,
                               name=e.id, line=first.line, column=first.column)
        if e.id in BARE_CONSTANTS:
            return Const(np.float64(CONSTANTS[e.id]))
        if e.id in FUNCTIONS or e.id in INITIALIZERS:
            raise CircuitError("type", "error.type.is_function", e.line, e.column, name=e.id)
        if e.id in MODULES:
            raise CircuitError("name", "error.name.module", e.line, e.column, name=e.id)
        # used but never assigned: an input whose value comes from `values`, else 1.0
        index = self._input(e.id, e.id, None, e.line, e.column, e)  # type: ignore[arg-type]
        self.env[e.id] = index
        return index

    def _combine(self, e: ast.Expr, args: list[Value]) -> Value:
        if isinstance(e, ast.BinOp):
            return self._binary(e.op, args[0], args[1], e)
        if isinstance(e, ast.UnaryOp):
            if e.op == "pos":
                return args[0]
            if isinstance(args[0], Const):
                return Const(-args[0].value)
            return self._gate("mulc", args, e, {"c": -1.0})  # the notes draw negation as *-1
        if isinstance(e, ast.Attr):
            if e.name == "T":
                return self._apply("transpose", args, e)
            raise CircuitError("name", "error.name.unknown_attribute", e.line, e.column,
                               name=e.name, suggestion=did_you_mean(e.name, ["T"]))
        if isinstance(e, ast.Call):
            return self._call(e, args)
        if isinstance(e, ast.Index):
            return self._index(e, args)
        if isinstance(e, ast.Array):
            return self._array(e, args)
        raise AssertionError(f"unexpected syntax node {type(e).__name__}")

    def _binary(self, op: str, a: Value, b: Value, e: ast.Expr) -> Value:
        a_scalar = isinstance(a, Const) and a.value.ndim == 0
        b_scalar = isinstance(b, Const) and b.value.ndim == 0
        if isinstance(a, Const) and isinstance(b, Const):
            return self._fold(op, [a, b], e)
        if op in _FOLD and (a_scalar or b_scalar):
            if b_scalar:
                node, c = a, float(b.value)  # type: ignore[union-attr]
                name, first = _FOLD[op][0], True
                if op == "sub":
                    c = -c
            else:
                node, c = b, float(a.value)  # type: ignore[union-attr]
                name, first = _FOLD[op][1], False
            params: dict[str, Any] = {"c": c}
            if name in ("maxc", "minc"):
                params["first"] = first
            return self._gate(name, [node], e, params)
        return self._gate(op, [a, b], e)

    def _fold(self, op: str, args: list[Const], e: ast.Expr, **params: Any) -> Const:
        """Compute an op on constants now (shape errors point at the operator)."""
        spec = OPS[op]
        shapes = [a.value.shape for a in args]
        try:
            if spec.shape is not None:
                shape = spec.shape(*shapes, **params)
            elif len(args) == 2:
                shape = broadcast_shape(*shapes, symbol=_SYMBOLS.get(op, op))
            else:
                shape = shapes[0]
        except ShapeError as err:
            raise CircuitError("shape", err.key, e.line, e.column, **err.params) from None
        self._check_size(int(np.prod(shape)), e.line, e.column)
        with np.errstate(all="ignore"):
            out = np.asarray(spec.forward(*(a.value for a in args), **params), np.float64)
        self._check_size(out.size, e.line, e.column)
        return Const(out)

    def _apply(self, op: str, args: list[Value], e: ast.Expr, **params: Any) -> Value:
        if all(isinstance(a, Const) for a in args):
            return self._fold(op, args, e, **params)  # type: ignore[arg-type]
        if op in _FOLD and len(args) == 2:
            return self._binary(op, args[0], args[1], e)
        return self._gate(op, args, e, params)

    # ---- calls, indexing, arrays ------------------------------------------------------

    def _method_object(self, e: ast.Call) -> ast.Expr | None:
        f = e.func
        if isinstance(f, ast.Attr) and not _module_name(f.obj):
            return f.obj
        return None

    def _function_name(self, e: ast.Call) -> tuple[str, bool]:
        """(name, is_method) of the called function, or a name/type error."""
        f = e.func
        if isinstance(f, ast.Name):
            if f.id in self.env:
                raise CircuitError("type", "error.type.variable_called", f.line, f.column,
                                   name=f.id)
            return f.id, False
        if isinstance(f, ast.Attr):
            if _module_name(f.obj):
                return f.name, False
            return f.name, True
        raise CircuitError("type", "error.type.not_callable", e.line, e.column)

    def _call(self, e: ast.Call, args: list[Value]) -> Value:
        name, is_method = self._function_name(e)
        f = e.func
        if is_method:
            if name not in METHODS:
                raise CircuitError("name", "error.name.unknown_method", f.line, f.column,
                                   name=name, suggestion=did_you_mean(name, list(METHODS)))
            op = METHODS[name]
        elif name in INITIALIZERS:
            return self._initializer(name, args, e)
        elif name in FUNCTIONS:
            op = FUNCTIONS[name]
        else:
            raise CircuitError("name", "error.name.unknown_function", f.line, f.column,
                               name=name, suggestion=did_you_mean(name, known_names()))
        arity = OPS[op].arity
        if len(args) != arity:
            written = f".{name}()" if is_method else f"{name}()"
            wanted = arity - 1 if is_method else arity
            raise CircuitError("type", "error.type.arity", f.line, f.column, function=written,
                               count=_count(wanted), got=len(args) - (1 if is_method else 0))
        return self._apply(op, args, e)

    def _initializer(self, name: str, args: list[Value], e: ast.Call) -> Const:
        dims: list[int] = []
        for a in args:
            if not isinstance(a, Const) or a.value.ndim != 0 or not float(a.value).is_integer() \
                    or float(a.value) < 0:
                raise CircuitError("domain", "error.domain.sizes", e.line, e.column, name=name)
            dims.append(int(a.value))
        if not dims:
            raise CircuitError("type", "error.type.sizes_missing", e.line, e.column, name=name)
        self._check_dims(len(dims), e.line, e.column)
        self._check_size(math.prod(dims), e.line, e.column)
        # An empty tensor has no elements, but NumPy still refuses sizes whose product overflows
        # (`zeros(0, 2**62)`, `zeros(10**20, 0)`), so the other sizes must fit the limit too.
        others = math.prod(d for d in dims if d)
        if others > self.settings.max_tensor_elements:
            raise CircuitError("limit", "error.limit.tensor_empty", e.line, e.column, name=name,
                               sizes=", ".join(f"{d:.3g}" if d >= 10**18 else str(d)
                                               for d in dims), size=others,
                               max=self.settings.max_tensor_elements)
        if name == "zeros":
            return Const(np.zeros(dims))
        if name == "ones":
            return Const(np.ones(dims))
        # seeded by the text of the call and its place, so the same program draws the same numbers
        seed = zlib.crc32(f"{e.start}:{self.source[e.start:e.end]}".encode())
        return Const(np.random.default_rng(seed).standard_normal(dims))

    def _index(self, e: ast.Index, args: list[Value]) -> Value:
        obj, *indices = args
        index: list[int] = []
        for i in indices:
            if not isinstance(i, Const) or i.value.ndim != 0 or not float(i.value).is_integer():
                raise CircuitError("type", "error.type.index", e.line, e.column)
            index.append(int(i.value))
        return self._apply("index", [obj], e, index=tuple(index))

    def _array(self, e: ast.Array, items: list[Value]) -> Value:
        if all(isinstance(i, Const) for i in items):
            shapes = {i.value.shape for i in items}  # type: ignore[union-attr]
            if len(shapes) > 1:
                raise CircuitError("shape", "error.shape.ragged", e.line, e.column)
            self._check_dims(items[0].value.ndim + 1, e.line, e.column)  # type: ignore[union-attr]
            value = np.array([i.value for i in items])  # type: ignore[union-attr]
            self._check_size(value.size, e.line, e.column)
            return Const(value)
        return self._gate("stack", items, e, {"n": len(items)})

    def _check_dims(self, ndim: int, line: int, column: int) -> None:
        if ndim > MAX_DIMS:
            raise CircuitError("shape", "error.shape.too_many_dims", line, column, ndim=ndim,
                               max=MAX_DIMS)

    def _check_size(self, size: int, line: int, column: int) -> None:
        if size > self.settings.max_tensor_elements:
            raise CircuitError("limit", "error.limit.tensor", line, column, size=size,
                               max=self.settings.max_tensor_elements)


_TEXT_CHARS = 80


def _clip(source: str, start: int, end: int) -> str:
    """A gate's source text, for captions and tooltips, cut short: in a 5,000-deep expression
    every gate's whole span made the graph JSON and the SVG grow with the square of the depth."""
    if end - start <= _TEXT_CHARS:
        return source[start:end]
    return source[start:start + _TEXT_CHARS - 1] + "…"


def _version_mark(n: int) -> str:
    """'', ′, ″, ‴, then ⁽⁴⁾, ⁽⁵⁾, … as after f‴ in calculus: bounded, where "′" * n made a
    program of 16,000 `a = a + 1` lines hold 128 million characters of labels."""
    if n <= len(PRIMES):
        return ("", *PRIMES)[n]
    return f"⁽{str(n).translate(_SUPERSCRIPTS)}⁾"


_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _module_name(e: ast.Expr) -> bool:
    """`math`, `np`, `numpy`, or `np.random` — prefixes to look through."""
    if isinstance(e, ast.Name):
        return e.id in MODULES
    return isinstance(e, ast.Attr) and e.name == "random" and _module_name(e.obj)


def _dotted(e: ast.Expr) -> str:
    parts: list[str] = []
    while isinstance(e, ast.Attr):
        parts.append(e.name)
        e = e.obj
    if isinstance(e, ast.Name):
        parts.append(e.id)
    return ".".join(reversed(parts))


_COUNTS = {0: "count.arguments.0", 1: "count.arguments.1", 2: "count.arguments.2"}


def _count(n: int) -> str:
    return message(_COUNTS.get(n, "count.arguments.n"), count=n)
