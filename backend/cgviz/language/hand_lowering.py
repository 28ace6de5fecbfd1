"""The evaluation of a hand-written backward part (language/backward_part.py finds it).

`HandLowering` evaluates that part. It is the same lowering as the forward part's, with every
forward value replaced by its numbers: each expression then folds into numbers through the
ops' own forward functions, shape checks and messages, and nothing is drawn. What a backward
pass writes and a forward pass does not — item assignment into a gradient, elementwise
comparisons (`dout * (x > 0)`, `dx[x <= 0] = 0`) — is added here, with NumPy's meaning.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..core.budget import current_budget
from ..core.format import format_shape
from ..errors import CircuitError
from ..i18n import message
from ..settings import Settings
from .backward_part import is_report
from .functions import STORAGE_KEYWORDS
from .lower import BINOPS, Lowering, suggest
from .source import Positions
from .values import Const, MaxPair, Seq, Value


@dataclass(slots=True)
class Mask(Const):
    """An elementwise comparison (`x > 0`): 1.0 where it holds. In arithmetic it is those
    numbers; as an index it picks the elements where it holds (NumPy's boolean indexing)."""


@dataclass(slots=True)
class Overwrite:
    """A plain `=` to a d-name that already had a value: the line and the value it dropped."""

    line: int
    dropped: np.ndarray


class HandLowering(Lowering):
    """The lowering of the backward part: names are forward values as numbers, and d-names as
    the part assigns them (see the module's docstring)."""

    def __init__(self, forward: Lowering, values: list[np.ndarray], d_names: set[str],
                 settings: Settings) -> None:
        super().__init__(forward.source, None, settings)
        self.positions: Positions = forward.positions
        self.imports = dict(forward.imports)
        self.seed = forward.seed
        self.random_calls = forward.random_calls
        self.globals = {name: as_data(v, values) for name, v in forward.globals.items()}
        self.env = self.globals
        self.d_names = d_names
        self.assigned: set[str] = set()  # d-names given a value so far
        self.overwrites: dict[str, Overwrite] = {}  # the last `=` over a value, per d-name
        self.updating = False  # the statement being run is an augmented one (`+=`)
        self.budget = current_budget(settings)

    # names ----------------------------------------------------------------------------------

    def name(self, e: ast.Name) -> Value:
        if e.id in self.d_names and e.id not in self.env:
            raise self.error("name", "error.name.hand_unassigned", e, name=e.id)
        return super().name(e)

    def input(self, name: str, label: str, value: Any, e: ast.AST | None,
              where: tuple[int, int] | None = None) -> int:
        """A name the forward part never had: nothing is drawn here, so it is a mistake
        (the base class makes such a name an input of 1.0)."""
        line, column = where or (self.pos(e) if e is not None else (1, 1))
        raise CircuitError("name", "error.name.hand_unknown", line, column, name=name,
                           suggestion=suggest(name, sorted(self.globals)))

    def bind(self, target: ast.Name, value: Value) -> Value:
        name = target.id
        if self.env is self.globals and name in self.d_names:
            if name in self.assigned and not self.updating:
                previous = self.env.get(name)
                if isinstance(previous, Const):
                    self.overwrites[name] = Overwrite(self.positions.start(target)[0],
                                                      np.asarray(previous.value, np.float64))
            self.assigned.add(name)
        self.env[name] = value
        return value

    # statements -----------------------------------------------------------------------------

    def run_statement(self, st: ast.stmt) -> None:
        """Run one top-level statement of the part (a `for` loop whole)."""
        self.execute([st], in_function=False)

    def statement(self, st: ast.stmt, run: Any) -> None:
        if isinstance(st, ast.Expr) and is_report(st):
            return
        self.budget.check_time(*self.pos(st))  # a loop body that folds nothing runs too
        self.updating = isinstance(st, ast.AugAssign)
        try:
            super().statement(st, run)
        finally:
            self.updating = False

    def assign(self, target: ast.expr, value: Value, st: ast.AST, loop: bool = False) -> Value:
        if isinstance(target, ast.Subscript):
            self.set_item(target, self.tensor(value, target), st)
            return value
        return super().assign(target, value, st, loop)

    def augmented(self, st: ast.AugAssign, run: Any) -> None:
        if not isinstance(st.target, ast.Subscript):
            super().augmented(st, run)
            return
        op = BINOPS.get(type(st.op))
        if op is None:
            raise self.unsupported(st)
        target = st.target
        current = self.subscript(target, self.evaluate(target.value),
                                 self.evaluate(target.slice))
        self.set_item(target, self.tensor(self.binary(op, current, self.evaluate(st.value), st),
                                          st), st)

    def set_item(self, target: ast.Subscript, value: Value, st: ast.AST) -> None:
        """`dlogprobs[range(n), Yb] = -1.0/n`: a copy of the array with those elements set,
        bound to the same name (NumPy's `a[key] = v`, so a repeated index is set once)."""
        if not isinstance(target.value, ast.Name):
            raise self.error("unsupported", "error.unsupported.hand_item", target)
        name = target.value.id
        array = self.name(target.value)
        if not isinstance(array, Const):
            raise self.error("type", "error.type.not_a_tensor", target.value, what=name)
        key = self.numpy_key(self.evaluate(target.slice), target)
        data = np.array(array.value, dtype=np.float64)
        new = np.asarray(value.value if isinstance(value, Const) else value, dtype=np.float64)
        shown = _key_text(self.text(target.slice))
        try:
            part = data[key]
        except (IndexError, TypeError, ValueError):
            raise self.error("shape", "error.shape.hand_index", target, name=name, index=shown,
                             shape=_shape_text(data.shape)) from None
        try:
            data[key] = new
        except ValueError:
            raise self.error("shape", "error.shape.hand_set", target, name=name, index=shown,
                             want=_shape_text(np.shape(part)),
                             got=_shape_text(new.shape)) from None
        line, column = self.pos(target)
        self.budget.charge(data.size, line, column)
        self.env[name] = Const(data)

    def numpy_key(self, key: Value, target: ast.Subscript) -> tuple[Any, ...]:
        parts = key.items if isinstance(key, Seq) and key.is_tuple else [key]
        out: list[Any] = []
        for p in self.unmasked(parts, target):
            part = self.index_part(p, target)
            out.append(np.asarray(part, dtype=np.intp) if isinstance(part, tuple) else part)
        return tuple(out)

    # expressions ----------------------------------------------------------------------------

    def call_children(self, e: ast.Call) -> list[ast.expr] | None:
        return super().call_children(_unstarred(e))

    def call(self, e: ast.Call, args: list[Value]) -> Value:
        """`np.random.randn(*D.shape)` (the notes' "gradient on D from above"): a starred
        argument's items are arguments of their own."""
        if not any(isinstance(a, ast.Starred) for a in e.args):
            return super().call(e, args)
        keywords = len([k for k in e.keywords if k.arg not in STORAGE_KEYWORDS])
        first = len(args) - len(e.args) - keywords  # the object of a method comes first
        spread: list[Value] = []
        exprs: list[ast.expr] = []
        for a, v in zip(e.args, args[first:first + len(e.args)], strict=True):
            if not isinstance(a, ast.Starred):
                spread.append(v)
                exprs.append(a)
                continue
            items = self.iterate(v, a.value)
            spread.extend(items)
            exprs.extend([a.value] * len(items))
        plain = ast.copy_location(ast.Call(e.func, exprs, e.keywords), e)
        return super().call(plain, [*args[:first], *spread, *args[len(args) - keywords:]])

    def compare(self, e: ast.Compare, args: list[Value]) -> Value:
        """Elementwise, as NumPy compares arrays: `x > 0` is a mask of x's shape."""
        if not all(isinstance(a, Const) for a in args):
            return super().compare(e, args)
        from .lower import _COMPARE

        result: np.ndarray | None = None
        for op, a, b in zip(e.ops, args, args[1:], strict=False):
            rule = _COMPARE.get(type(op))
            if rule is None:
                raise self.unsupported(e)
            self.fold("add", [a, b], e)  # shapes that do not broadcast are named as +'s are
            holds = rule(a.value, b.value)
            result = holds if result is None else np.logical_and(result, holds)
        return Mask(np.asarray(result, dtype=np.float64))

    def subscript(self, e: ast.Subscript, obj: Value, key: Value) -> Value:
        parts = key.items if isinstance(key, Seq) and key.is_tuple else [key]
        if any(isinstance(p, Mask) for p in parts):
            key = Seq(self.unmasked(parts, e), is_tuple=True)
        return super().subscript(e, obj, key)

    def unmasked(self, parts: list[Value], e: ast.Subscript) -> list[Value]:
        """A mask as an index is the indices where it holds, one array per axis it spans."""
        out: list[Value] = []
        for p in parts:
            if not isinstance(p, Mask):
                out.append(p)
                continue
            if np.ndim(p.value) == 0:
                raise self.error("type", "error.type.index", e)
            out.extend(Const(ix.astype(np.float64)) for ix in np.nonzero(p.value))
        return out

    def fold(self, op: str, args: list[Const], e: ast.AST, **params: Any) -> Const:
        """Constant folding is this part's evaluation: it spends the build's budget."""
        line, column = self.pos(e)
        self.budget.check_time(line, column)
        out = super().fold(op, args, e, **params)
        self.budget.charge(np.size(out.value), line, column)
        return out

    def gate(self, op_name: str, inputs: list[Value], e: ast.AST,
             params: dict[str, Any] | None = None) -> int:
        # Every value here is numbers, so the base class folds before it would draw a gate.
        raise self.error("unsupported", "error.unsupported.other", e, what=op_name)


def as_data(v: Value, values: list[np.ndarray]) -> Value:
    """A forward value as numbers: a wire → its value; lists, tuples and `x.max(1)` pairs
    keep their form with numbers inside (walked with a stack, as lists nest)."""
    if isinstance(v, int) and not isinstance(v, bool):
        return Const(values[v])
    if isinstance(v, MaxPair):
        return MaxPair(as_data(v.values, values), as_data(v.of, values), v.axis, v.keepdims,
                       v.argmin)
    if not isinstance(v, Seq):
        return v
    if v.node is not None:
        return Const(values[v.node])
    root = Seq([], v.is_tuple)
    stack: list[tuple[Seq, Seq]] = [(v, root)]
    while stack:
        src, dst = stack.pop()
        for item in src.items:
            if isinstance(item, Seq) and item.node is None:
                copy = Seq([], item.is_tuple)
                dst.items.append(copy)
                stack.append((item, copy))
            elif isinstance(item, Seq):
                dst.items.append(Const(values[item.node]))  # type: ignore[index]
            elif isinstance(item, int) and not isinstance(item, bool):
                dst.items.append(Const(values[item]))
            else:
                dst.items.append(as_data(item, values) if isinstance(item, MaxPair) else item)
    return root


def _unstarred(e: ast.Call) -> ast.Call:
    """The call with `*xs` read as `xs` (a copy: the parsed tree is shared and never changed)."""
    if not any(isinstance(a, ast.Starred) for a in e.args):
        return e
    args = [a.value if isinstance(a, ast.Starred) else a for a in e.args]
    return ast.copy_location(ast.Call(e.func, args, e.keywords), e)


def _shape_text(shape: tuple[int, ...]) -> str:
    return format_shape(shape) or message("shape.scalar")


def _key_text(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"
