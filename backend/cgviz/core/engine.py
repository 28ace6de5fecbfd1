"""Forward and backward passes over the node list (autodidax-style: a loop over equations).

Both are pure functions of the nodes' structure and leaf values: they return new lists and
never touch the nodes, so running them twice gives the same numbers. Nodes are stored in
topological order (an input always has a smaller index), so forward is one loop up and
backward one loop down — no recursion, no sort.

A gate whose inputs are all scalars, of an op whose record has a scalar path (ops/scalar.py:
the common elementwise ops), runs on Python floats instead of 0-d arrays, whose every NumPy
call costs about a microsecond; the numbers are the same bits as the NumPy path's
(tests/core/test_engine_scalar.py). A gate goes the NumPy way when Python refuses (a division
by zero) and when a NaN turns up: of two NaN operands, C code keeps one or the other as the
compiler ordered it, and which one (its sign bit) is NumPy's to say.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import CircuitError
from ..i18n import message
from ..settings import Settings
from .budget import Budget, current_budget
from .graph import Node
from .ops import OPS, ShapeError, broadcast_shape, unbroadcast


@dataclass(slots=True)
class Forward:
    values: list[np.ndarray]
    warnings: dict[int, str]  # node index → why its value is not finite


@dataclass(slots=True)
class Backward:
    grads: list[np.ndarray]
    contributions: list[list[tuple[int, int, np.ndarray | float | None, np.ndarray | float]]]
    """Per gate, in the order visited: (input index, port, local or None, contribution);
    Python floats for a gate that ran on the scalar path."""
    order: list[int]  # gates in the order backward visited them (reverse topological)
    warnings: dict[int, str]


def _finite(a: np.ndarray) -> bool:
    return math.isfinite(a) if a.ndim == 0 else bool(np.isfinite(a).all())


# ---- the scalar path ------------------------------------------------------------------------
# Each op's scalar forward and local gradients are part of its record (ops/scalar.py); these are
# lookups by op name, made once.

_FORWARD = {name: op.scalar.forward for name, op in OPS.items() if op.scalar is not None}
_LOCAL = {name: op.scalar.local for name, op in OPS.items() if op.scalar is not None}


def _scalars(values: Sequence[np.ndarray]) -> list[float | None]:
    return [v.item() if v.ndim == 0 else None for v in values]


def _scalar_contributions(node: Node, locals_: tuple[float, ...], g: float, grads: list[Any],
                          budget: Budget) -> list[tuple[int, int, Any, Any]] | None:
    """A scalar gate's backward step: each input gets local × upstream, as the NumPy path
    multiplies them, added to what it has (one element each, counted as the NumPy path
    counts them). None, having changed nothing, if a NaN turns up: the NumPy path's then."""
    visited: list[tuple[int, int, Any, Any]] = []
    for port, i in enumerate(node.inputs):
        lg = locals_[port]
        c = lg * g
        if c != c or lg != lg:
            return None
        visited.append((i, port, lg, c))
    budget.charge(2 * len(locals_), node.line, node.column)
    for i, _, _, c in visited:
        prev = grads[i]
        if prev is None:
            grads[i] = c
        else:
            budget.charge(1, node.line, node.column)  # the running sum
            grads[i] = prev + c
    return visited


def forward(nodes: Sequence[Node], settings: Settings) -> Forward:
    with np.errstate(all="ignore"):  # non-finite results become warnings on their nodes
        return _forward(nodes, settings)


def _forward(nodes: Sequence[Node], settings: Settings) -> Forward:
    values: list[np.ndarray] = []
    scalars: list[float | None] = []  # a scalar's value as a float, for the scalar path
    warnings: dict[int, str] = {}
    budget = current_budget(settings)
    max_elements = settings.max_tensor_elements
    rules = _FORWARD if max_elements >= 1 else {}
    for node in nodes:
        if node.kind != "op":
            value = np.asarray(node.value, dtype=np.float64)
            budget.charge(value.size, node.line, node.column)
            values.append(value)
            scalars.append(value.item() if value.ndim == 0 else None)
            if not _finite(value):
                warnings[node.index] = message("warning.not_finite_value", name=node.name)
            continue
        budget.check_time(node.line, node.column)  # ~60 ns against µs of NumPy
        rule = rules.get(node.op)  # type: ignore[arg-type]
        if rule is not None:
            xs = [scalars[i] for i in node.inputs]
            if None not in xs:
                try:
                    x = rule(xs, node.params)  # type: ignore[arg-type]
                except ArithmeticError:
                    x = math.nan  # a division by zero: NumPy's answer (±∞ or NaN) below
                if x == x:  # not NaN
                    budget.charge(1, node.line, node.column)
                    out = np.array(x)
                    values.append(out)
                    scalars.append(x)
                    if not math.isfinite(x):
                        args = [values[i] for i in node.inputs]
                        warnings[node.index] = _why_not_finite(node, args, out, nodes)
                    continue
        op = OPS[node.op]  # type: ignore[index]
        args = [values[i] for i in node.inputs]
        size = None  # the output's element count, when known before computing it
        if op.shape is not None or any(a.ndim for a in args):  # scalars always fit
            shape = _output_shape(node, args)
            if shape is not None:
                size = math.prod(shape)
                if size > max_elements:
                    raise CircuitError("limit", "error.limit.gate_would_make", node.line,
                                       node.column, size=size, max=max_elements)
                budget.charge(size, node.line, node.column)  # before NumPy allocates it
        out = np.asarray(op.forward(*args, **node.params), dtype=np.float64)
        if out.size > max_elements:
            raise CircuitError("limit", "error.limit.gate_made", node.line, node.column,
                               size=out.size, max=max_elements)
        if size is None:
            budget.charge(out.size, node.line, node.column)
        values.append(out)
        scalars.append(out.item() if out.ndim == 0 else None)
        if not _finite(out):
            warnings[node.index] = _why_not_finite(node, args, out, nodes)
    return Forward(values, warnings)


def _output_shape(node: Node, args: list[np.ndarray]) -> tuple[int, ...] | None:
    """Check shapes before computing, so a mistake is named, not a NumPy traceback."""
    op = OPS[node.op]  # type: ignore[index]
    try:
        if op.shape is not None:
            return op.shape(*(a.shape for a in args), **node.params)
        if len(args) == 2:
            return broadcast_shape(args[0].shape, args[1].shape, symbol=node.symbol)
    except ShapeError as e:
        raise CircuitError("shape", e.key, node.line, node.column, **e.params) from None
    return None


def _why_not_finite(node: Node, args: list[np.ndarray], out: np.ndarray,
                    nodes: Sequence[Node]) -> str:
    nan = bool(np.isnan(out).any())
    for i, a in zip(node.inputs, args, strict=True):
        if not np.isfinite(a).all():
            key = "warning.nan_from_input" if nan else "warning.inf_from_input"
            return message(key, name=nodes[i].name)
    note = OPS[node.op].note  # type: ignore[index]
    if note:
        key = "warning.gate_nan_note" if nan else "warning.gate_inf_note"
        return message(key, symbol=node.symbol, note=message(note))
    return message("warning.gate_nan" if nan else "warning.gate_inf", symbol=node.symbol)


def backward(nodes: Sequence[Node], values: Sequence[np.ndarray], output: int,
             settings: Settings, seed: np.ndarray | None = None) -> Backward:
    """Gradients of the output with respect to every node, seeded with ones (or with `seed`,
    the `gradient=` of the program's `y.backward(gradient=g)`)."""
    with np.errstate(all="ignore"):
        return _backward(nodes, values, output, settings, seed)


def _backward(nodes: Sequence[Node], values: Sequence[np.ndarray], output: int,
              settings: Settings, seed: np.ndarray | None) -> Backward:
    budget = current_budget(settings)
    # a gradient is a float while the scalar path makes it, else an array
    grads: list[Any] = [None] * len(nodes)
    grads[output] = np.ones_like(values[output]) if seed is None else \
        np.array(seed, dtype=np.float64)
    budget.charge(values[output].size)
    contributions: list[list[tuple[int, int, Any, Any]]] = []
    order: list[int] = []
    warnings: dict[int, str] = {}
    scalars = _scalars(values)
    for index in range(output, -1, -1):
        node = nodes[index]
        g = grads[index]
        if node.kind != "op" or g is None:
            continue  # a leaf, or a gate the output does not depend on
        budget.check_time(node.line, node.column)
        rule = _LOCAL.get(node.op)  # type: ignore[arg-type]
        if rule is not None and scalars[index] is not None:
            xs = [scalars[i] for i in node.inputs]
            if None not in xs:
                try:
                    scalar_locals = rule(scalars[index], xs, node.params)  # type: ignore
                    visited = _scalar_contributions(node, scalar_locals,
                                                    g if type(g) is float else float(g), grads,
                                                    budget)
                except ArithmeticError:
                    visited = None  # a division by zero: NumPy's answer (±∞ or NaN) below
                if visited is not None:
                    contributions.append(visited)
                    order.append(index)
                    continue
        if type(g) is float:
            g = np.array(g)
        op = OPS[node.op]  # type: ignore[index]
        args = [values[i] for i in node.inputs]
        out = values[index]
        local_rule = (op.elementwise and all(a.shape == out.shape for a in args)) or (
            op.local_if_scalar and out.ndim == 0)  # upstream × local, local = ∂out/∂input
        # each input gets a contribution (and, elementwise, a local gradient) of its own size
        budget.charge(sum(a.size for a in args) * (2 if local_rule else 1), node.line,
                      node.column)
        if local_rule:  # elementwise: contribution = local ⊙ upstream
            locals_ = op.vjp(np.ones_like(out), out, *args, **node.params)
            raw = [None if lg is None else lg * g for lg in locals_]
        else:
            locals_ = (None,) * len(args)
            raw = list(op.vjp(g, out, *args, **node.params))
        if len(raw) != len(args):
            raise AssertionError(f"{node.op} returned {len(raw)} gradients for {len(args)} inputs")
        visited = []
        for port, (i, r, lg) in enumerate(zip(node.inputs, raw, locals_, strict=True)):
            if r is None:
                continue
            c = unbroadcast(r, values[i].shape)
            local = None if lg is None else np.asarray(lg, dtype=np.float64)
            visited.append((i, port, local, c))
            prev = grads[i]
            if prev is not None:
                budget.charge(c.size, node.line, node.column)  # the running sum
            grads[i] = c if prev is None else prev + c
        contributions.append(visited)
        order.append(index)
    budget.charge(sum(values[i].size for i, g in enumerate(grads) if g is None))
    final: list[np.ndarray] = []
    for i, g in enumerate(grads):
        if g is None:  # zeros: finite
            final.append(np.zeros_like(values[i]))
            continue
        if type(g) is float:
            final.append(np.array(g))
            finite = math.isfinite(g)
        else:
            final.append(np.asarray(g, dtype=np.float64))
            finite = _finite(final[-1])
        if not finite:
            warnings[i] = message("warning.grad_not_finite")
    return Backward(final, contributions, order, warnings)
