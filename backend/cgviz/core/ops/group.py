"""The `group` op: a collapsed function drawn as one gate (docs: README, "Groups").

Its forward runs the function's own gates; its vector-Jacobian product runs their backward
pass. Both are flat loops over the body's gates (autodidax's equations), numbered locally:
0…k-1 are the gate's inputs, then the body's nodes in order. A body holds only registered
primitive or fused ops, never another `group`, so a collapsed gate never calls itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import domains as D
from .registry import Code, Kink, Op, unbroadcast


@dataclass(frozen=True, slots=True, eq=False)
class BodyNode:
    op: str | None  # None: a constant of the body
    inputs: tuple[int, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)
    value: np.ndarray | None = None


@dataclass(frozen=True, slots=True, eq=False)
class Body:
    """A collapsed function: its name, its k inputs, its gates and which of them it returns."""

    name: str
    n_inputs: int
    nodes: tuple[BodyNode, ...]
    output: int  # local index
    shape: tuple[int, ...]  # of the output

    def run(self, args: tuple[np.ndarray, ...]) -> list[np.ndarray]:
        """Every local value: the inputs, then each body node's."""
        from . import OPS  # the registry includes this module

        values = [np.asarray(a, dtype=np.float64) for a in args]
        for node in self.nodes:
            if node.op is None:
                values.append(np.asarray(node.value, dtype=np.float64))
                continue
            out = OPS[node.op].forward(*[values[i] for i in node.inputs], **node.params)
            values.append(np.asarray(out, dtype=np.float64))
        return values


    def sides(self, args: tuple[np.ndarray, ...]) -> np.ndarray:
        """The sides of every kink inside, one after another (see `Kink`)."""
        from . import OPS

        values = self.run(args)
        parts = []
        for node in self.nodes:
            kink = OPS[node.op].kink if node.op is not None else None
            if kink is not None:
                parts.append(np.ravel(kink.side(*[values[i] for i in node.inputs],
                                                **node.params)))
        return np.concatenate(parts) if parts else np.zeros(0)


def _forward(*args: np.ndarray, body: Body) -> np.ndarray:
    return body.run(args)[body.output]


def _vjp(g: np.ndarray, out: np.ndarray, *args: np.ndarray, body: Body) -> tuple[Any, ...]:
    """The body's backward pass, one loop down from its output (engine.py's, without steps)."""
    from . import OPS

    values = body.run(args)
    grads: list[np.ndarray | None] = [None] * len(values)
    grads[body.output] = np.asarray(g, dtype=np.float64)
    for local in range(body.output, body.n_inputs - 1, -1):
        node, up = body.nodes[local - body.n_inputs], grads[local]
        if node.op is None or up is None:
            continue
        raw = OPS[node.op].vjp(up, values[local], *[values[i] for i in node.inputs],
                               **node.params)
        for i, r in zip(node.inputs, raw, strict=True):
            if r is not None:
                c = unbroadcast(r, values[i].shape)
                grads[i] = c if grads[i] is None else grads[i] + c
    return tuple(np.zeros_like(values[k]) if grads[k] is None else grads[k]
                 for k in range(body.n_inputs))


def _expr(p: dict[str, Any]) -> str:
    body: Body = p["body"]
    return f"{body.name}(" + ", ".join(f"{{{i}}}" for i in range(body.n_inputs)) + ")"


def _code_downstream(p: dict[str, Any], shapes: list[tuple[int, ...]]) -> tuple[str, ...]:
    # its own gates' backward pass, as a call
    body: Body = p["body"]
    args = ", ".join(f"{{{i}}}" for i in range(body.n_inputs))
    return tuple(f"{body.name}_backward({args}, {{up}})[{i}]" for i in range(body.n_inputs))


OPS = [
    # upstream × the group's local gradient = downstream; for a scalar output the engine shows
    # the local gradient itself (local_if_scalar), otherwise Jᵀ·upstream
    Op("group", -1, _forward, _vjp, lambda p: p["body"].name, _expr,
       ("J{port}ᵀ · upstream",), elementwise=False,
       shape=lambda *shapes, body: body.shape, local_if_scalar=True,
       code=Code(_expr, downstream=_code_downstream),
       kink=Kink(lambda *args, body: body.sides(args), "gradcheck.convention_inside"),
       domain=D.grouped),
]
