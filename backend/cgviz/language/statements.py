# mypy: disable-error-code="misc"
# (the mixins annotate `self` as the `Lowering` they are part of)
"""Statements (docs/language.md): assignments, `def` inlined, `for` unrolled, `if` on constants, and
the statements pasted code has that draw nothing (imports, print, docstrings, seeds).

Blocks run on an explicit stack of frames, so a loop body is pushed once per item; the
output is the value of the last statement that is not ignored, or the `y` of `y.backward()`.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ..core.groups import Call
from ..errors import CircuitError
from ..i18n import message
from .functions import IGNORED_CALLS
from .values import Const, Function, MaxPair, Seq, Value

# how deep comprehensions, conditional expressions and the program's own calls may nest
MAX_NESTING = 60

if TYPE_CHECKING:
    from .lower import Lowering


# What a statement's walk for assigned names goes into: statements (bodies), targets and the
# containers of targets (`a, b = …`, `for i, (x, y) in …`).
_HOLDS_TARGETS = (ast.stmt, ast.Name, ast.Tuple, ast.List, ast.Starred, ast.excepthandler)
_UNUSED_LISTED = 10  # `values` the program does not use, named one by one in the warnings


@dataclass(slots=True, eq=False)
class _Loop:
    stmt: ast.For
    items: list[Value]
    next: int = 0


@dataclass(slots=True, eq=False)
class _Block:
    body: list[ast.stmt]
    next: int = 0


@dataclass(slots=True, eq=False)
class _Run:
    """What a block of statements left behind."""

    last: Value = None
    last_expr: ast.AST | None = None
    returned: bool = False
    value: Value = None
    # `y.backward(gradient=g)`: y, where it is written, and g's expression if given
    marked: list[tuple[Value, ast.AST, ast.expr | None]] = field(default_factory=list)


class Statements:
    seed: int | None
    nesting: int
    env: dict[str, Any]
    def run(self: Lowering, module: ast.Module) -> int:
        if not module.body:
            raise CircuitError("syntax", "error.syntax.empty", 1, 1)
        self._note_assignments(module.body)
        run = self.execute(module.body, in_function=False)
        gradient: ast.expr | None = None
        if run.marked:
            value, marked, gradient = run.marked[-1]
            expr: ast.AST | None = marked
        else:
            value, expr = run.last, run.last_expr
        if expr is None:
            raise CircuitError("syntax", "error.syntax.empty", 1, 1)
        if isinstance(value, Function):
            value = self.call_on_parameters(value)
        out = self.tensor(value, expr)
        if isinstance(out, Const):
            out = self.const_node(out, expr)
        if gradient is not None:
            self.output_seed = self._seed(gradient, self.shapes[out])
        self._warn_unused()
        return out

    def _seed(self: Lowering, gradient: ast.expr, shape: tuple[int, ...]) -> np.ndarray | None:
        """`y.backward(gradient=g)`: g is data (the gradient flowing into y from above, as
        PyTorch's tutorials write it), of y's shape. None when it is all ones, the seed every
        output gets anyway (docs/language.md), so the usual `torch.ones_like(y)` changes nothing."""
        g = np.asarray(self.static_value(self.evaluate(gradient), gradient), dtype=np.float64)
        if g.shape != shape:
            raise self.error("shape", "error.shape.seed", gradient, got=list(g.shape),
                             want=list(shape))
        return None if np.all(g == 1.0) else g

    def _warn_unused(self: Lowering) -> None:
        """A warning for each of the first few `values` the program does not use, then one
        that counts the rest: a request may hold 200,000 of them."""
        unused = sorted(set(self.values) - self.used_values)
        for name in unused[:_UNUSED_LISTED]:
            self.warnings.append(message("warning.unused_value", name=f"{name!r:.60}"))
        if len(unused) > _UNUSED_LISTED:
            self.warnings.append(message("warning.more_unused",
                                         count=len(unused) - _UNUSED_LISTED))

    def _note_assignments(self: Lowering, body: list[ast.stmt]) -> None:
        """The first assignment of each module-level name, so a use before it is an error
        rather than a new input (function bodies have their own names)."""
        # Statements and their targets only: an expression assigns nothing that outlives it
        # (comprehension variables are the comprehension's own), and walking every expression
        # was a sixth of a 10,000-line program's build.
        assigned_at, start = self.assigned_at, self.positions.start
        stack: list[ast.AST] = list(reversed(body))
        while stack:
            node = stack.pop()
            kind = type(node)
            if kind is ast.Assign:  # the commonest statement: only its targets assign
                targets = node.targets  # type: ignore[attr-defined]
                if len(targets) == 1 and type(targets[0]) is ast.Name:
                    if targets[0].id not in assigned_at:
                        assigned_at[targets[0].id] = start(targets[0])
                else:
                    stack.extend(reversed(targets))
            elif kind is ast.Expr:
                continue  # an expression: nothing in it outlives it
            elif isinstance(node, ast.FunctionDef | ast.Lambda | ast.ClassDef):
                continue
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                if node.id not in assigned_at:
                    assigned_at[node.id] = start(node)
            elif isinstance(node, ast.stmt | ast.Tuple | ast.List | ast.Starred):
                stack.extend(reversed([c for c in ast.iter_child_nodes(node)
                                       if isinstance(c, _HOLDS_TARGETS)]))

    def execute(self: Lowering, body: list[ast.stmt], in_function: bool) -> _Run:
        run = _Run()
        frames: list[_Block | _Loop] = [_Block(body)]
        iterations = 0
        while frames:
            frame = frames[-1]
            if isinstance(frame, _Loop):
                if frame.next >= len(frame.items):
                    frames.pop()
                    if frame.stmt.orelse:
                        frames.append(_Block(frame.stmt.orelse))
                    continue
                iterations += 1
                if iterations > self.settings.max_nodes:
                    raise self.error("limit", "error.limit.iterations", frame.stmt,
                                     max=self.settings.max_nodes)
                self.assign(frame.stmt.target, frame.items[frame.next], frame.stmt, loop=True)
                frame.next += 1
                frames.append(_Block(frame.stmt.body))
                continue
            if frame.next >= len(frame.body):
                frames.pop()
                continue
            st = frame.body[frame.next]
            frame.next += 1
            if type(st) is ast.Assign:  # most statements of a long program
                self.statement(st, run)
            elif isinstance(st, ast.For):
                if st.type_comment or isinstance(st, ast.AsyncFor):
                    raise self.unsupported(st)
                frames.append(_Loop(st, self.iterate(self.evaluate(st.iter), st.iter)))
            elif isinstance(st, ast.If):
                branch = st.body if self.truth(self.evaluate(st.test), st.test) else st.orelse
                frames.append(_Block(branch))
            elif isinstance(st, ast.Break | ast.Continue):
                while frames and not isinstance(frames[-1], _Loop):
                    frames.pop()
                if not frames:
                    raise self.unsupported(st)
                if isinstance(st, ast.Break):
                    loop = frames.pop()
                    assert isinstance(loop, _Loop)
            elif isinstance(st, ast.Return):
                if not in_function:
                    raise self.error("unsupported", "error.unsupported.return", st)
                run.returned = True
                run.value = None if st.value is None else self.evaluate(st.value)
                return run
            else:
                self.statement(st, run)
        return run

    def statement(self: Lowering, st: ast.stmt, run: _Run) -> None:
        if isinstance(st, ast.Assign):
            value = self.evaluate(st.value)
            for target in st.targets:
                value = self.assign(target, value, st)
            run.last, run.last_expr = value, st.value
        elif isinstance(st, ast.AnnAssign) and st.value is not None:
            run.last = self.assign(st.target, self.evaluate(st.value), st)
            run.last_expr = st.value
        elif isinstance(st, ast.AugAssign):
            self.augmented(st, run)
        elif isinstance(st, ast.Expr):
            self.expression_statement(st, run)
        elif isinstance(st, ast.FunctionDef):
            self.define(st)
            run.last, run.last_expr = self.env[st.name], st
        elif isinstance(st, ast.Import | ast.ImportFrom):
            self.remember_import(st)
        elif isinstance(st, ast.Pass):
            pass
        else:
            raise self.unsupported(st)

    def augmented(self: Lowering, st: ast.AugAssign, run: _Run) -> None:
        from .lower import BINOPS

        op = BINOPS.get(type(st.op))
        if op is None or not isinstance(st.target, ast.Name):
            raise self.unsupported(st)
        current = self.name(ast.Name(st.target.id, ast.Load(), lineno=st.target.lineno,
                                     col_offset=st.target.col_offset,
                                     end_lineno=st.target.end_lineno,
                                     end_col_offset=st.target.end_col_offset))
        value = self.binary(op, current, self.evaluate(st.value), st)
        run.last = self.assign(st.target, value, st)
        run.last_expr = st

    def expression_statement(self: Lowering, st: ast.Expr, run: _Run) -> None:
        e = st.value
        if isinstance(e, ast.Constant) and isinstance(e.value, str):
            return  # a docstring
        if any(isinstance(a, ast.Attribute) and a.attr == "grad" for a in ast.walk(e)):
            return  # a notebook cell showing or checking a gradient (`x.grad == 4 * x`,
            # `x.grad.zero_()`): the picture shows them all
        if isinstance(e, ast.Call):
            name = _called_name(e)
            if name in IGNORED_CALLS:
                if name in ("manual_seed", "seed") and e.args:
                    self.seed = self.integer(self.evaluate(e.args[0]), e.args[0])
                return
            if name == "backward" and isinstance(e.func, ast.Attribute):
                given = [k.value for k in e.keywords if k.arg == "gradient"] or e.args[:1]
                run.marked.append((self.evaluate(e.func.value), e.func.value,
                                   given[0] if given else None))
                return
            if name in ("zero_", "zero_grad", "retain_grad", "requires_grad_"):
                return
        run.last, run.last_expr = self.evaluate(e), e

    def define(self: Lowering, st: ast.FunctionDef) -> None:
        a = st.args
        if st.decorator_list:  # `@torch.no_grad()`, `@jit`: they change what a call means
            raise self.error("unsupported", "error.unsupported.decorator", st.decorator_list[0],
                             name=self.text(st.decorator_list[0]))
        if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs:
            raise self.error("unsupported", "error.unsupported.signature", st)
        defaults = [self.evaluate(d) for d in a.defaults]
        self.env[st.name] = Function(st, defaults)

    def call_on_parameters(self: Lowering, f: Function) -> Value:
        """A program that ends with a `def` (a layer as course notes print it) draws that
        function called on its parameters: each is an input of that name (from `values`, else
        1.0 with a warning, as a name never assigned), or its default. A returned tuple's first
        item is the output: `return out, cache` keeps a cache for the backward pass."""
        d = f.node
        params = d.args.args
        first_default = len(params) - len(f.defaults)
        args = [self.name(ast.Name(p.arg, ast.Load(), lineno=p.lineno, col_offset=p.col_offset,
                                   end_lineno=p.end_lineno,
                                   end_col_offset=p.col_offset + len(p.arg)))
                for p in params[:first_default]]
        call = ast.Call(ast.Name(d.name, ast.Load()), [], [])
        ast.copy_location(call, d)
        ast.copy_location(call.func, d)
        value = self.inline(f, args, {}, call)
        if isinstance(value, Seq) and value.is_tuple and value.items:
            return value.items[0]
        return value

    def remember_import(self: Lowering, st: ast.Import | ast.ImportFrom) -> None:
        if isinstance(st, ast.Import):
            for alias in st.names:
                if alias.asname:
                    self.imports[alias.asname] = alias.name
                else:
                    root = alias.name.split(".")[0]
                    self.imports[root] = root
            return
        base = st.module or ""
        for alias in st.names:
            full = f"{base}.{alias.name}" if base else alias.name
            self.imports[alias.asname or alias.name] = full

    def inline(self: Lowering, f: Function, args: list[Value], kwargs: dict[str, Value],
               e: ast.Call) -> Value:
        """A call of the program's own function: its body runs with the arguments bound."""
        name = f.node.name
        if name in self.active:
            raise self.error("limit", "error.limit.recursion", e, name=name)
        params = [p.arg for p in f.node.args.args]
        if len(args) > len(params):
            raise self.error("type", "error.type.arity", e, function=f"{name}()",
                             count=len(params), got=len(args))
        scope: dict[str, Value] = dict(zip(params, args, strict=False))
        first_default = len(params) - len(f.defaults)
        for i, p in enumerate(params):
            if p in kwargs:
                scope[p] = kwargs.pop(p)
            elif p not in scope:
                if i < first_default:
                    raise self.error("type", "error.type.missing_argument", e, function=name,
                                     name=p)
                scope[p] = f.defaults[i - first_default]
        if kwargs:
            raise self.error("type", "error.type.keyword", e, function=name,
                             name=next(iter(kwargs)))
        if self.nesting >= MAX_NESTING:
            raise self.error("limit", "error.limit.nesting_calls", e, max=MAX_NESTING)
        saved, self.env = self.env, scope
        self.active.append(name)
        self.nesting += 1
        # a group (docs/language.md): the nodes this call makes are the function's gates
        call = Call(name, len(self.nodes), *self.pos(e), self.text(e),
                    self.open_calls[-1] if self.open_calls else None,
                    [v for v in scope.values() if isinstance(v, int)])
        self.open_calls.append(len(self.calls))
        self.calls.append(call)
        try:
            run = self.execute(f.node.body, in_function=True)
        finally:
            self.env = saved
            self.active.pop()
            self.nesting -= 1
            self.open_calls.pop()
        call.end = len(self.nodes)
        call.output = run.value if isinstance(run.value, int) else None
        return run.value

    def comprehension(self: Lowering, e: ast.ListComp | ast.GeneratorExp) -> Value:
        """`[w*x for w, x in zip(ws, xs) if …]`: unrolled into a list, in a scope of its own."""
        results: list[Value] = []
        saved, self.env = self.env, dict(self.env)
        stack: list[tuple[int, list[Value], int]] = []  # (generator, items, next item)
        try:
            stack.append((0, self.iterate(self.nested(e.generators[0].iter),
                                          e.generators[0].iter), 0))
            while stack:
                level, items, i = stack.pop()
                if i >= len(items):
                    continue
                stack.append((level, items, i + 1))
                gen = e.generators[level]
                if gen.is_async:
                    raise self.unsupported(e)
                self.assign(gen.target, items[i], e, loop=True)
                if not all(self.truth(self.nested(c), c) for c in gen.ifs):
                    continue
                if level + 1 < len(e.generators):
                    following = e.generators[level + 1].iter
                    stack.append((level + 1, self.iterate(self.nested(following), following), 0))
                    continue
                if len(results) >= self.settings.max_nodes:
                    raise self.error("limit", "error.limit.iterations", e,
                                     max=self.settings.max_nodes)
                results.append(self.nested(e.elt))
        finally:
            self.env = saved
        return Seq(results)

    # ---- binding ------------------------------------------------------------------------

    def assign(self: Lowering, target: ast.expr, value: Value, st: ast.AST,
               loop: bool = False) -> Value:
        """Bind a target (`x`, `a, b`, `x.label`) to a value; returns what was bound. A loop
        variable is bound as it is: `for v in [1, 2]` makes no inputs named v."""
        if type(target) is ast.Name:
            if loop:
                self.env[target.id] = value  # type: ignore[attr-defined]
                return value
            return self.bind(target, value)  # type: ignore[arg-type]
        if isinstance(target, ast.Tuple | ast.List):
            items = self.iterate(value, target)
            if len(items) != len(target.elts):
                raise self.error("type", "error.type.unpack", target, count=len(target.elts),
                                 got=len(items))
            for t, v in zip(target.elts, items, strict=True):
                self.assign(t, v, st, loop)
            return value
        if isinstance(target, ast.Attribute) and target.attr == "label":
            wire = self.evaluate(target.value)
            if isinstance(wire, int) and isinstance(value, str):
                self.nodes[wire].label = value
                return wire
            raise self.error("type", "error.type.label", target)
        if isinstance(target, ast.Attribute) and target.attr in ("requires_grad", "grad"):
            return value
        if isinstance(target, ast.Subscript):
            raise self.error("unsupported", "error.unsupported.item_assignment", target)
        raise self.error("unsupported", "error.unsupported.attribute_assignment", target)

    def bind(self: Lowering, target: ast.Name, value: Value) -> Value:
        name = target.id
        if isinstance(value, Const) and not value.static:
            n = self.times_assigned.get(name, 0)
            self.times_assigned[name] = n + 1
            label = value.label or name + version_mark(n)
            value = self.input(name, label, value.value, target)
        elif isinstance(value, int):
            n = self.times_assigned.get(name, 0)
            self.times_assigned[name] = n + 1
            node = self.nodes[value]
            if node.label is None and node.kind == "op":
                node.label = name + version_mark(n)
            # else: `a = x` makes `a` another name for the wire x
        elif isinstance(value, Seq) and value.name is None and value.node is None:
            value.name = name
            if not value.is_tuple and any(isinstance(i, int) for i in value.items) and all(
                    isinstance(i, int | Const) for i in value.items):
                # `v = [a, b]` is a stack gate named v, as in the first version
                self.tensor(value, value.expr or target)
        self.env[name] = value
        return value

    def iterate(self: Lowering, v: Value, e: ast.AST) -> list[Value]:
        """The items a `for` (or an unpacking) walks: a list's items, a tensor's rows."""
        if isinstance(v, Seq):
            return list(v.items)
        if isinstance(v, MaxPair):
            return [v.values, self.indices(v, e)]
        if isinstance(v, Const):
            if v.value.ndim == 0:
                raise self.error("type", "error.type.not_iterable", e)
            return [Const(row, static=v.static) for row in np.asarray(v.value)]
        if isinstance(v, int):
            shape = self.shapes[v]
            if not shape:
                raise self.error("type", "error.type.not_iterable", e)
            if shape[0] > self.settings.max_nodes:
                raise self.error("limit", "error.limit.nodes", e, max=self.settings.max_nodes)
            return [self.gate("index", [v], e, {"index": (i,)}) for i in range(shape[0])]
        raise self.error("type", "error.type.not_iterable", e)


PRIMES = "′″‴"
_MARKS = ("", *PRIMES)
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def version_mark(n: int) -> str:
    """'', ′, ″, ‴, then ⁽⁴⁾, ⁽⁵⁾, … as after f‴ in calculus: bounded, where "′" * n made a
    program of 16,000 `a = a + 1` lines hold 128 million characters of labels."""
    if n < len(_MARKS):
        return _MARKS[n]
    return f"⁽{str(n).translate(_SUPERSCRIPTS)}⁾"


def _called_name(e: ast.Call) -> str | None:
    f = e.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


