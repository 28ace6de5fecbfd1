"""What a name or an expression can stand for while a program is lowered (never executed).

A wire is an `int` (the index of its node). Everything else is known while lowering: numbers
and arrays (`Const`), Python lists and tuples (`Seq`), the program's functions, modules, and
PyTorch's `(values, indices)` pair of `x.max(1)` and its random-number `Generator`.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass(slots=True)
class Const:
    """A value known while lowering (a literal, or arithmetic on literals). `static` marks
    sizes and loop indices (`x.shape[0]`, `len(xs)`, `i` of `range(n)`): a name bound to one
    is a constant, not an input. `label` is a constructor's `label='x1'`."""

    value: np.ndarray | np.float64
    static: bool = False
    label: str | None = None


@dataclass(slots=True, eq=False)
class Seq:
    """A Python list or tuple; it becomes a tensor (a `stack` gate) only where one is needed,
    so `for wi, xi in zip(w, x)` walks the wires themselves."""

    items: list[Any]
    is_tuple: bool = False
    node: int | None = None  # its stack gate, once made
    name: str | None = None  # the name it was assigned to, for that gate's label
    expr: ast.AST | None = None  # the list's text, where its errors point


@dataclass(slots=True, eq=False)
class Function:
    node: ast.FunctionDef
    defaults: list[Any] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Module:
    path: str  # as imported: "numpy", "torch.nn.functional"


@dataclass(slots=True, eq=False)
class Callable:
    """A function imported by name (`from micrograd.engine import Value`)."""

    name: str


@dataclass(slots=True, eq=False)
class MaxPair:
    """PyTorch's `x.max(1)`: `.values` (a wire) and `.indices`, data (which element won: no
    gradient flows through it), worked out from `of` only when a program asks for them."""

    values: Any
    of: Any = None  # the reduced wire or constant
    axis: int = 0
    keepdims: bool = False
    argmin: bool = False


@dataclass(slots=True, eq=False)
class RandomGenerator:
    """`torch.Generator()`: its `manual_seed(n)` seeds the random inputs that follow; the
    `generator=g` keyword itself is ignored (functions.py)."""


Value = Any  # int | Const | Seq | Function | Module | Callable | MaxPair | str | None


def static(n: int | float) -> Const:
    return Const(np.float64(n), static=True)
