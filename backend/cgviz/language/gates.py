# mypy: disable-error-code="misc"
# (the mixins annotate `self` as the `Lowering` they are part of)
"""What the values of a program become in the circuit: inputs (read from `values`), constants
and gates, each gate's shape checked as it is made. An op on constants is computed at once
instead (folded), and a scalar constant beside a wire becomes a one-input gate (`x + 1` is one
`+1` gate). lower.py walks the expressions; these methods make the nodes they turn into.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Any

import numpy as np

from ..core.graph import Node
from ..core.ops import MAX_DIMS, OPS, ShapeError, broadcast_shape
from ..errors import CircuitError
from ..i18n import message
from .values import Callable, Const, MaxPair, Module, Seq, Value

if TYPE_CHECKING:
    from .lower import Lowering

_SYMBOLS = {"add": "+", "sub": "-", "mul": "*", "div": "/", "matmul": "@", "pow": "**"}


class Gates:
    # ---- nodes --------------------------------------------------------------------------

    def _node(self: Lowering, kind: str, e: ast.AST | None, shape: tuple[int, ...],
              **fields: Any) -> int:
        index = len(self.nodes)
        self._check_room(e, fields.get("inputs"))
        if e is not None:
            if "text" not in fields:
                fields["text"] = self.text(e)
            if "line" not in fields:
                fields["line"], fields["column"] = self.pos(e)
        self.nodes.append(Node(index, kind, **fields))  # type: ignore[arg-type]
        self.shapes.append(shape)
        return index

    def _check_room(self: Lowering, e: ast.AST | None, inputs: list[int] | None) -> None:
        """A `limit` error if one more node, with arrows from `inputs`, is too many."""
        if len(self.nodes) >= self.max_nodes:
            line, column = self.pos(e) if e is not None else (1, 1)
            raise CircuitError("limit", "error.limit.nodes", line, column, max=self.max_nodes)
        if inputs:
            self.edges += len(inputs)
            if self.edges > self.edge_limit:
                line, column = self.pos(e) if e is not None else (1, 1)
                raise CircuitError("limit", "error.limit.edges", line, column,
                                   max=self.edge_limit)

    def input(self: Lowering, name: str, label: str, value: Any, e: ast.AST | None,
              where: tuple[int, int] | None = None) -> int:
        line, column = where or (self.pos(e) if e is not None else (1, 1))
        warning = None
        if name in self.values:
            value = self._given_value(name, line, column)
        elif value is None:
            value = np.float64(1.0)
            warning = message("warning.unassigned_input", name=name)
            self.warnings.append(warning)
        value = np.asarray(value, dtype=np.float64)
        return self._node("input", e, value.shape, label=label, value=value, line=line,
                          column=column, text=name, warning=warning)

    def _given_value(self: Lowering, name: str, line: int, column: int) -> np.ndarray:
        self.used_values.add(name)
        raw = self.values[name]
        if type(raw) is float:  # one number, as JSON sends most of them: no dtype to inspect
            self.check_size(1, line, column)
            return np.array(raw)
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
        self.check_size(value.size, line, column)
        self.check_dims(value.ndim, line, column)
        return value

    def const_node(self: Lowering, c: Const, e: ast.AST) -> int:
        value = np.asarray(c.value, dtype=np.float64)
        return self._node("const", e, value.shape, value=value, label=c.label)

    def gate(self: Lowering, op_name: str, inputs: list[Value], e: ast.AST,
             params: dict[str, Any] | None = None) -> int:
        ids = list(inputs)
        for v in inputs:
            if type(v) is not int:  # not only wires (the commonest case): every item a
                # tensor first (a list makes its stack gate), then constants' nodes
                tensors = [self.tensor(v, e) for v in inputs]
                ids = [self.const_node(v, e) if isinstance(v, Const) else v for v in tensors]
                break
        op = OPS[op_name]
        params = params or {}
        shapes = [self.shapes[i] for i in ids]
        try:
            if op.shape is not None:
                shape = tuple(op.shape(*shapes, **params))
            elif len(shapes) == 2 and shapes[0] != shapes[1]:  # equal shapes: nothing to check
                shape = broadcast_shape(*shapes, symbol=op.text(op.symbol, [], params))
            else:
                shape = shapes[0]
        except ShapeError as err:
            raise self.error("shape", err.key, e, **err.params) from None
        symbol = op.text(op.symbol, [], params)
        # as _node("op", …) does, without gathering keywords: most nodes are gates
        index = len(self.nodes)
        self._check_room(e, ids)
        line, column = self.pos(e)
        self.nodes.append(Node(index, "op", op_name, None, ids, params, symbol, self.text(e),
                               line, column))
        self.shapes.append(shape)
        return index

    def shape(self: Lowering, v: Value, e: ast.AST) -> tuple[int, ...]:
        t = self.tensor(v, e)
        return self.shapes[t] if isinstance(t, int) else tuple(np.shape(t.value))

    # ---- conversions ----------------------------------------------------------------------

    def tensor(self: Lowering, v: Value, e: ast.AST, depth: int = 0) -> int | Const:
        """A wire or a constant array: what a gate takes. A list of lists is made one level
        per call, `depth` levels down already: each level is a dimension, so past MAX_DIMS it is
        a shape error before the recursion goes deeper (`a = [a]` repeated nests lists with
        no brackets in the text)."""
        if isinstance(v, (int, Const)):
            return v
        if isinstance(v, MaxPair):
            return self.tensor(v.values, e)
        if isinstance(v, Seq):
            if v.node is not None:
                return v.node
            if depth == MAX_DIMS:
                levels, leaf = _levels(v)
                ndim = depth + levels + (len(self.shape(leaf, e)) if leaf is not None else 0)
                line, column = self.pos(e)
                raise CircuitError("shape", "error.shape.stack_dims", line, column, ndim=ndim,
                                   max=MAX_DIMS)
            items = [self.tensor(i, e, depth + 1) for i in v.items]
            if not items:
                raise self.error("syntax", "error.syntax.empty_list", e)
            if all(isinstance(i, Const) for i in items):
                return self.array([i for i in items if isinstance(i, Const)], e)
            v.node = self.gate("stack", items, e, {"n": len(items)})
            if v.name:  # `v = [a, b]` names the stack gate once one is needed
                self.nodes[v.node].label = v.name
            return v.node
        if isinstance(v, Callable):
            raise self.error("type", "error.type.is_function", e, name=v.name)
        if isinstance(v, Module):
            raise self.error("name", "error.name.module", e, name=v.path)
        raise self.not_a_tensor(v, e)

    def array(self: Lowering, items: list[Const], e: ast.AST) -> Const:
        shapes = {np.shape(i.value) for i in items}
        if len(shapes) > 1:
            raise self.error("shape", "error.shape.ragged", e)
        line, column = self.pos(e)
        self.check_dims(np.ndim(items[0].value) + 1, line, column)
        value = np.array([i.value for i in items], dtype=np.float64)
        self.check_size(value.size, line, column)
        return Const(value, static=all(i.static for i in items))

    def static_value(self: Lowering, v: Value, e: ast.AST) -> np.ndarray:
        """A value needed while lowering (a size, an index, a loop bound): a constant, or a
        wire's value for this drawing (`n = 32; range(n)`, `num=N*D`,
        `Yb = torch.tensor([1, 3, 0])` as an index). An input read this way is data: drawn as
        a constant, as docs/language.md says of integer arrays used as indices."""
        if isinstance(v, Seq) and v.node is None:
            v = self.tensor(v, e)
        if isinstance(v, Const):
            return np.asarray(v.value)
        if not isinstance(v, int):
            raise self.not_a_tensor(v, e)
        return self.value_now(v)

    def not_a_tensor(self: Lowering, v: Value, e: ast.AST) -> CircuitError:
        """A string is an `unsupported` use of Python (strings are labels and keywords here);
        None or a module where a number belongs is a `type` error."""
        if isinstance(v, str):
            return self.error("unsupported", "error.unsupported.constant", e)
        return self.error("type", "error.type.not_a_tensor", e, what=_kind(v))

    def value_now(self: Lowering, wire: int, freeze: bool = True) -> np.ndarray:
        """Forward over the wire's ancestors, in node order (no recursion). A value used as a
        size or an index is data, so by default the inputs it came from `freeze` into
        constants; `detach()` copies the numbers and leaves its inputs as they are."""
        needed: set[int] = set()
        stack = [wire]
        while stack:
            i = stack.pop()
            if i not in needed:
                needed.add(i)
                stack.extend(self.nodes[i].inputs)
        values: dict[int, np.ndarray] = {}
        with np.errstate(all="ignore"):
            for i in sorted(needed):
                node = self.nodes[i]
                if node.kind != "op":
                    if node.kind == "input" and freeze:
                        node.kind = "const"
                    values[i] = np.asarray(node.value, dtype=np.float64)
                    continue
                op = OPS[node.op or ""]
                values[i] = np.asarray(op.forward(*(values[j] for j in node.inputs),
                                                  **node.params), dtype=np.float64)
        return values[wire]

    def integer(self: Lowering, v: Value, e: ast.AST) -> int:
        value = self.static_value(v, e)
        if value.ndim != 0 or not float(value).is_integer():
            raise self.error("type", "error.type.index", e)
        return int(value)

    # ---- gates of operators and functions -------------------------------------------------

    def binary(self: Lowering, op: str, a: Value, b: Value, e: ast.AST) -> Value:
        if type(a) is int and type(b) is int:  # two wires: nothing to fold
            return self.gate(op, [a, b], e)
        a, b = self.tensor(a, e), self.tensor(b, e)
        if isinstance(a, Const) and isinstance(b, Const):
            return self.fold(op, [a, b], e)
        a_scalar = isinstance(a, Const) and a.value.ndim == 0
        b_scalar = isinstance(b, Const) and b.value.ndim == 0
        folds = OPS[op].folds
        if folds and (a_scalar or b_scalar):
            if b_scalar:
                node, c = a, float(b.value)  # type: ignore[union-attr]
                name, first = folds[0], True
                if op == "sub":
                    c = -c
            else:
                node, c = b, float(a.value)  # type: ignore[union-attr]
                name, first = folds[1], False
            params: dict[str, Any] = {"c": c}
            if name in ("maxc", "minc"):
                params["first"] = first
            return self.gate(name, [node], e, params)
        return self.gate(op, [a, b], e)

    def fold(self: Lowering, op: str, args: list[Const], e: ast.AST, **params: Any) -> Const:
        """Compute an op on constants now (shape errors point at the operator)."""
        spec = OPS[op]
        shapes = [np.shape(a.value) for a in args]
        line, column = self.pos(e)
        try:
            if spec.shape is not None:
                shape = spec.shape(*shapes, **params)
            elif len(args) == 2:
                shape = broadcast_shape(*shapes, symbol=_SYMBOLS.get(op, op))
            else:
                shape = shapes[0]
        except ShapeError as err:
            raise CircuitError("shape", err.key, line, column, **err.params) from None
        self.check_size(int(np.prod(shape)), line, column)
        with np.errstate(all="ignore"):
            out = np.asarray(spec.forward(*(a.value for a in args), **params), np.float64)
        self.check_size(out.size, line, column)
        return Const(out, static=any(a.static for a in args))

    def apply(self: Lowering, op: str, args: list[Value], e: ast.AST, **params: Any) -> Value:
        args = [self.tensor(a, e) for a in args]
        if all(isinstance(a, Const) for a in args):
            return self.fold(op, args, e, **params)
        if OPS[op].folds and len(args) == 2 and not params:
            return self.binary(op, args[0], args[1], e)
        return self.gate(op, args, e, params)

    def check_dims(self: Lowering, ndim: int, line: int, column: int) -> None:
        if ndim > MAX_DIMS:
            raise CircuitError("shape", "error.shape.too_many_dims", line, column, ndim=ndim,
                               max=MAX_DIMS)

    def check_size(self: Lowering, size: int, line: int, column: int) -> None:
        if size > self.settings.max_tensor_elements:
            raise CircuitError("limit", "error.limit.tensor", line, column, size=size,
                               max=self.settings.max_tensor_elements)


def _levels(v: Seq) -> tuple[int, Value]:
    """How deep a list nests along its first items (the dimensions it adds), and the first
    item that is not such a list (None for an empty one). A loop, however deep."""
    n, item = 0, v
    while isinstance(item, Seq) and item.node is None:
        if not item.items:
            return n + 1, None
        n, item = n + 1, item.items[0]
    return n, item


def _kind(v: Value) -> str:
    return {str: "a string", type(None): "None", Module: "a module"}.get(type(v), "this value")
