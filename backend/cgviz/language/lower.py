"""Python syntax tree → graph nodes: names resolved, functions looked up, constants folded.

Expressions are walked with an explicit stack (no recursion: a 5,000-term sum is a tall
stack). Constant subexpressions are computed here, so `x = 2 * 3` is an input of 6 and
`x + 1` becomes one `+1` gate, the way the CS231n figures draw it. Statements (statements.py),
calls (calls.py) and the nodes values become (gates.py) are mixins of the same `Lowering`;
what a name may stand for is in values.py, every spelling of a function in functions.py.

Only comprehensions, conditional expressions and calls of the program's own functions walk
a nested expression with a nested call; their depth is the nesting of such constructs in the
text, capped at MAX_NESTING (a recursive function is a `limit` error). Two helpers of the
same `Lowering` recurse on what a value holds, each to a bounded depth: `assign` into a nested
target (`a, (b, c) = …`), as deep as its brackets, which Python's tokenizer stops at 200; and
`tensor`, making a list of lists into one tensor (gates.py), at most MAX_DIMS levels, one per
dimension.
"""

from __future__ import annotations

import ast
import sys
from typing import Any

import numpy as np

from ..core.graph import Node
from ..core.groups import Call
from ..errors import CircuitError
from ..settings import Settings
from ..suggest import did_you_mean
from .calls import Calls
from .functions import BARE_CONSTANTS, CONSTANTS, FUNCTIONS, MODULES
from .gates import Gates
from .randoms import RandomInputs
from .source import Positions
from .statements import MAX_NESTING, Statements
from .values import Callable, Const, Module, Seq, Value, static

_MISSING = object()  # a name the scope does not hold (None is a value: `print(…)`'s)
_LEAVES = (ast.Name, ast.Constant)
_FLOAT_MAX = sys.float_info.max  # a Python float: an int of any size compares with it

BINOPS: dict[type, str] = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "div",
                           ast.Pow: "pow", ast.MatMult: "matmul"}
_COMPARE = {ast.Lt: np.less, ast.LtE: np.less_equal, ast.Gt: np.greater,
            ast.GtE: np.greater_equal, ast.Eq: np.equal, ast.NotEq: np.not_equal}


class Lowering(Gates, Statements, Calls, RandomInputs):
    def __init__(self, source: str, values: dict[str, Any] | None, settings: Settings) -> None:
        self.source = source
        self.values = dict(values or {})
        self.settings = settings
        self.nodes: list[Node] = []
        self.shapes: list[tuple[int, ...]] = []
        self.globals: dict[str, Value] = {}
        self.env = self.globals
        self.imports: dict[str, str] = {}  # alias → dotted path
        self.assigned_at: dict[str, tuple[int, int]] = {}  # first assignment of each name
        self.times_assigned: dict[str, int] = {}
        self.warnings: list[str] = []
        self.used_values: set[str] = set()
        self.edges = 0  # arrows into gates so far (max_edges)
        self.positions: Positions = Positions(source, [])
        self.nesting = 0
        self.seed: int | None = None
        self.output_seed: np.ndarray | None = None  # `y.backward(gradient=g)`'s g, if not ones
        self.random_calls = 0
        self.active: list[str] = []  # functions being inlined
        self.calls: list[Call] = []  # every inlined call, parents first (groups.py)
        self.open_calls: list[int] = []  # the calls being inlined, innermost last
        self.max_nodes = settings.max_nodes
        self.edge_limit = settings.edge_limit

    # ---- positions ----------------------------------------------------------------------

    def pos(self, e: ast.AST) -> tuple[int, int]:
        """The token an error about `e` underlines: a binary expression's operator, a call's
        function name, an attribute's name, an index's `[`."""
        p = self.positions
        if isinstance(e, ast.BinOp):
            return p.after(e.left)
        if isinstance(e, ast.Call):
            return self.pos(e.func) if isinstance(e.func, ast.Attribute) else p.start(e.func)
        if isinstance(e, ast.Attribute):
            line, col = p.at(e.end_lineno or e.lineno, e.end_col_offset or 0)
            return line, max(1, col - len(e.attr))
        if isinstance(e, ast.Subscript):
            return p.after(e.value)
        if isinstance(e, ast.AugAssign):
            return p.after(e.target)
        return p.start(e)

    def error(self, kind: Any, key: str, e: ast.AST, **params: Any) -> CircuitError:
        line, column = self.pos(e)
        return CircuitError(kind, key, line, column, **params)

    def text(self, e: ast.AST) -> str:
        start, end = self.positions.span(e)
        if isinstance(e, (ast.BinOp, ast.UnaryOp)):
            start, end = _bracketed(self.source, start, end)
        return _clip(self.source, start, end)

    # ---- expressions --------------------------------------------------------------------

    def evaluate(self, root: ast.expr) -> Value:
        """Post-order walk with an explicit stack: children first, then `combine`."""
        kind = type(root)
        if kind is ast.Name:  # the commonest leaves, without the walk
            return self.name(root)  # type: ignore[arg-type]
        if kind is ast.Constant:
            return self.constant(root)  # type: ignore[arg-type]
        if kind is ast.BinOp:  # `a * b`, `a + 1`: the commonest right-hand side
            left, right = root.left, root.right  # type: ignore[attr-defined]
            if type(left) in _LEAVES and type(right) in _LEAVES:
                a = self.name(left) if type(left) is ast.Name else self.constant(left)
                b = self.name(right) if type(right) is ast.Name else self.constant(right)
                return self.binop(root, [a, b])  # type: ignore[arg-type]
        results: list[Value] = []
        stack: list[tuple[ast.expr, int]] = [(root, -1)]
        while stack:
            e, n_children = stack.pop()
            if n_children >= 0:
                if n_children == 2 and type(e) is ast.BinOp:  # most gates of a long program
                    b = results.pop()
                    results[-1] = self.binop(e, [results[-1], b])
                    continue
                args = results[len(results) - n_children:]
                del results[len(results) - n_children:]
                results.append(self.combine(e, args))
                continue
            kind = type(e)
            if kind is ast.Name:
                results.append(self.name(e))  # type: ignore[arg-type]
                continue
            if kind is ast.Constant:
                results.append(self.constant(e))  # type: ignore[arg-type]
                continue
            if kind is ast.BinOp:
                stack.append((e, 2))
                stack.append((e.right, -1))  # type: ignore[attr-defined]
                stack.append((e.left, -1))  # type: ignore[attr-defined]
                continue
            children = self.children(e)
            if children is None:
                results.append(self.leaf(e))
                continue
            stack.append((e, len(children)))
            stack.extend((c, -1) for c in reversed(children))
        return results[0]

    def nested(self, e: ast.expr) -> Value:
        """Evaluate inside a comprehension, a conditional or an inlined call."""
        if self.nesting >= MAX_NESTING:
            raise self.error("limit", "error.limit.nesting_calls", e, max=MAX_NESTING)
        self.nesting += 1
        try:
            return self.evaluate(e)
        finally:
            self.nesting -= 1

    def children(self, e: ast.expr) -> list[ast.expr] | None:
        if isinstance(e, ast.BinOp):
            return [e.left, e.right]
        if isinstance(e, ast.UnaryOp):
            return [e.operand]
        if isinstance(e, ast.Call):
            return self.call_children(e)
        if isinstance(e, ast.Attribute):
            return None if self.module_path(e.value) is not None else [e.value]
        if isinstance(e, ast.Subscript):
            return [e.value, e.slice]
        if isinstance(e, ast.Slice):
            return [p for p in (e.lower, e.upper, e.step) if p is not None]
        if isinstance(e, ast.List | ast.Tuple):
            for item in e.elts:
                if isinstance(item, ast.Starred):
                    raise self.error("unsupported", "error.unsupported.starred", item)
            return list(e.elts) if e.elts else None
        if isinstance(e, ast.Compare):
            return [e.left, *e.comparators]
        if isinstance(e, ast.BoolOp):
            return list(e.values)
        return None

    def leaf(self, e: ast.expr) -> Value:
        if isinstance(e, ast.Constant):
            return self.constant(e)
        if isinstance(e, ast.Name):
            return self.name(e)
        if isinstance(e, ast.Attribute):  # math.pi, np.e, np.newaxis, or a module
            path = self.module_path(e)
            if e.attr == "newaxis":
                return None
            if e.attr in CONSTANTS:
                return Const(np.float64(CONSTANTS[e.attr]))
            if path is not None and path in MODULES:
                return Module(path)
            if e.attr in FUNCTIONS:
                return Callable(e.attr)
            raise self.error("name", "error.name.unknown", e, name=ast.unparse(e)[:60],
                             suggestion=suggest(e.attr, [*CONSTANTS, *FUNCTIONS]))
        if isinstance(e, ast.Call):
            return self.call(e, [])
        if isinstance(e, ast.List):
            raise self.error("syntax", "error.syntax.empty_list", e)
        if isinstance(e, ast.Tuple):
            return Seq([], is_tuple=True)
        if isinstance(e, ast.Slice):
            return slice(None)
        if isinstance(e, ast.ListComp | ast.GeneratorExp):
            return self.comprehension(e)
        if isinstance(e, ast.IfExp):
            return self.nested(e.body if self.truth(self.nested(e.test), e.test) else e.orelse)
        raise self.unsupported(e)

    def constant(self, e: ast.Constant) -> Value:
        v = e.value
        if isinstance(v, int) and not isinstance(v, bool) and abs(v) > _FLOAT_MAX:
            return Const(np.float64(np.inf if v > 0 else -np.inf))  # 9…9 (400 digits): ∞
        if isinstance(v, bool | int | float):
            return Const(np.float64(v))
        if isinstance(v, str) or v is None or v is Ellipsis:
            return v
        raise self.unsupported(e)

    def name(self, e: ast.Name) -> Value:
        found = self.env.get(e.id, _MISSING)
        if found is not _MISSING:
            return found
        if e.id in self.globals:
            return self.globals[e.id]
        if e.id in self.imports:
            path = self.imports[e.id]
            return Module(path) if path in MODULES else Callable(path.rsplit(".", 1)[-1])
        first = self.assigned_at.get(e.id)
        if first is not None and e.id not in self.values:
            raise self.error("name", "error.name.before_assignment", e, name=e.id,
                             line=first[0], column=first[1])
        if first is not None:
            # a snippet that updates state it did not make (Adam's `m = beta1*m + …`): the
            # state is an input from `values`, and the update a new version of its name
            self.times_assigned[e.id] = self.times_assigned.get(e.id, 0) + 1
        if e.id in BARE_CONSTANTS:
            return Const(np.float64(CONSTANTS[e.id]))
        if e.id in MODULES:
            return Module(e.id)
        if e.id in FUNCTIONS or e.id in ("print", "sum", "max", "min", "abs"):
            return Callable(e.id)
        # used but never assigned: an input whose value comes from `values`, else 1.0
        index = self.input(e.id, e.id, None, e)
        self.globals[e.id] = index
        return index

    def binop(self, e: ast.BinOp, args: list[Value]) -> Value:
        op = BINOPS.get(type(e.op))
        if op is None and isinstance(e.op, ast.Mod | ast.FloorDiv) and all(
                isinstance(a, Const) for a in args):  # loop-index arithmetic: `i % 2`
            rule = np.mod if isinstance(e.op, ast.Mod) else np.floor_divide
            with np.errstate(all="ignore"):
                return Const(np.asarray(rule(args[0].value, args[1].value), np.float64),
                             static=args[0].static or args[1].static)
        if op is None:
            raise self.unsupported(e)
        self.operands([e.left, e.right], args)
        return self.binary(op, args[0], args[1], e)

    def combine(self, e: ast.expr, args: list[Value]) -> Value:
        if isinstance(e, ast.BinOp):
            return self.binop(e, args)
        if isinstance(e, ast.UnaryOp):
            self.operands([e.operand], args)
            return self.unary(e, args[0])
        if isinstance(e, ast.Attribute):
            return self.attribute(e, args[0])
        if isinstance(e, ast.Call):
            return self.call(e, args)
        if isinstance(e, ast.Subscript):
            return self.subscript(e, args[0], args[1])
        if isinstance(e, ast.Slice):
            parts = iter(args)
            bounds = [None if p is None else self.integer(next(parts), p)
                      for p in (e.lower, e.upper, e.step)]
            return slice(*bounds)
        if isinstance(e, ast.List):
            if all(isinstance(a, Const) for a in args):
                return self.array(args, e)
            return Seq(args, expr=e)
        if isinstance(e, ast.Tuple):
            return Seq(args, is_tuple=True)
        if isinstance(e, ast.Compare):
            return self.compare(e, args)
        if isinstance(e, ast.BoolOp):
            truths = [self.truth(a, e) for a in args]
            return static(all(truths) if isinstance(e.op, ast.And) else any(truths))
        raise AssertionError(f"unexpected syntax node {type(e).__name__}")

    def operands(self, exprs: list[ast.expr], args: list[Value]) -> None:
        """A function or a module where a number belongs is named at its own position."""
        for x, v in zip(exprs, args, strict=True):
            if isinstance(v, (Callable, Module)):
                self.tensor(v, x)

    def unary(self, e: ast.UnaryOp, v: Value) -> Value:
        if isinstance(e.op, ast.UAdd):
            return v
        if isinstance(e.op, ast.Not):
            return static(not self.truth(v, e))
        if isinstance(e.op, ast.Invert):
            raise self.unsupported(e)
        v = self.tensor(v, e)
        if isinstance(v, Const):
            return Const(-v.value, static=v.static)
        return self.gate("mulc", [v], e, {"c": -1.0})  # the notes draw negation as *-1

    def compare(self, e: ast.Compare, args: list[Value]) -> Value:
        values = [self.static_operand(a, e) for a in args]
        result = True
        for op, a, b in zip(e.ops, values, values[1:], strict=False):
            rule = _COMPARE.get(type(op))
            if rule is None:
                raise self.unsupported(e)
            try:
                result = result and bool(np.all(rule(a, b)))
            except (TypeError, ValueError):  # `None > 1`, `'s' < 2`: not numbers
                raise self.unsupported(e) from None
        return static(result)

    def static_operand(self, v: Value, e: ast.AST) -> Any:
        if isinstance(v, Const):
            return v.value
        if isinstance(v, int) and self.nodes[v].kind == "const":
            return self.value_now(v)  # data, such as a class index used to index the scores
        if v is None or isinstance(v, str):
            return v
        raise self.error("unsupported", "error.unsupported.value_dependent", e)

    def truth(self, v: Value, e: ast.AST) -> bool:
        if isinstance(v, Seq):
            return bool(v.items)
        return bool(np.all(self.static_operand(v, e)))

    def unsupported(self, e: ast.AST) -> CircuitError:
        key = _UNSUPPORTED.get(type(e))
        if key is None:
            return self.error("unsupported", "error.unsupported.other", e,
                              what=type(e).__name__)
        return self.error("unsupported", key, e)


# What Python has and cgviz does not draw, each with the way to write it that works
_UNSUPPORTED: dict[type, str] = {
    ast.While: "error.unsupported.while", ast.ClassDef: "error.unsupported.classdef",
    ast.Lambda: "error.unsupported.lambda", ast.Try: "error.unsupported.try",
    ast.With: "error.unsupported.with", ast.Global: "error.unsupported.global",
    ast.Nonlocal: "error.unsupported.nonlocal", ast.Assert: "error.unsupported.assert",
    ast.Delete: "error.unsupported.delete", ast.Raise: "error.unsupported.raise",
    ast.Dict: "error.unsupported.dict", ast.DictComp: "error.unsupported.dictcomp",
    ast.Set: "error.unsupported.set", ast.SetComp: "error.unsupported.setcomp",
    ast.JoinedStr: "error.unsupported.joinedstr", ast.NamedExpr: "error.unsupported.namedexpr",
    ast.AsyncFunctionDef: "error.unsupported.asyncfunctiondef",
    ast.Await: "error.unsupported.await", ast.Yield: "error.unsupported.yield",
    ast.BinOp: "error.unsupported.binop", ast.UnaryOp: "error.unsupported.unaryop",
    ast.Compare: "error.unsupported.compare", ast.Constant: "error.unsupported.constant",
    ast.Match: "error.unsupported.match", ast.For: "error.unsupported.for",
    ast.Break: "error.unsupported.break", ast.Continue: "error.unsupported.continue",
    ast.ListComp: "error.unsupported.listcomp", ast.GeneratorExp: "error.unsupported.generatorexp",
    ast.AnnAssign: "error.unsupported.annassign",
}


_TEXT_CHARS = 80


def _bracketed(source: str, start: int, end: int) -> tuple[int, int]:
    """Take in the brackets around an operator expression (Python's tree drops them), so an
    enclosing gate's text keeps its closing ')': not a call's brackets (`exp(a*b)`)."""
    lo, hi = start - 1, end
    while lo >= 0 and source[lo] in " \t":
        lo -= 1
    while hi < len(source) and source[hi] in " \t":
        hi += 1
    if lo >= 0 and hi < len(source) and source[lo] == "(" and source[hi] == ")":
        before = source[lo - 1] if lo > 0 else " "
        if not (before.isalnum() or before in "_)]"):
            return lo, hi + 1
    return start, end


def _clip(source: str, start: int, end: int) -> str:
    """A gate's source text, for captions and tooltips, cut short: in a 5,000-deep expression
    every gate's whole span made the graph JSON and the SVG grow with the square of the depth."""
    if end - start <= _TEXT_CHARS:
        return source[start:end]
    return source[start:start + _TEXT_CHARS - 1] + "…"


def suggest(name: str, candidates: list[str]) -> str:
    """"; did you mean …?" only for a close name (`exq` → exp, `value` → Value), never a far
    one, and only for names a person types (suggest.py bounds the work)."""
    return did_you_mean(name, candidates, cutoff=0.65)
