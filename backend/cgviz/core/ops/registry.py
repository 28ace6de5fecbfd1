"""What an op is, and the one place broadcasting is undone.

An op is one record, and everything cgviz knows about it is in that record: the forward
function, the vector-Jacobian product ("local gradient times upstream"), the symbol drawn in
its gate and the text of its captions, its NumPy spelling for the staged code (`Code`), where
its derivative jumps for the gradient check (`Kink`), the inputs the generic gradient
property test draws (`domain`, see domains.py), and, for the common elementwise ops, the same
forward and local gradients on Python floats (`Scalar`, see scalar.py). A new function is one
record plus its names in language/functions.py; tests/core/ops/test_records.py fails on a
record left incomplete.

The vector-Jacobian product follows tinygrad's contract: `vjp(g, out, *inputs, **params)`
returns one gradient (or None) per input, in the broadcast shape; the engine unbroadcasts and
checks each against its input's shape.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .scalar import Scalar

Array = np.ndarray
Params = dict[str, Any]
Text = str | Callable[[Params], str]
Texts = tuple[str, ...] | Callable[[Params], tuple[str, ...]]
Shapes = list[tuple[int, ...]]


class _Unset:
    """The default of the fields every record must state, even as None: the completeness test
    finds any record that forgot one."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


@dataclass(frozen=True, slots=True)
class Code:
    """How the staged code (code.py) writes an op in NumPy, in the notes' style.

    `{0}`, `{1}` are the inputs' variable names, `{out}` the gate's own output, `{up}` its
    upstream gradient. An elementwise op gives each input's `local` gradient, which the writer
    multiplies by the upstream gradient (`dx = (1 - sigx) * sigx * dsigx`) and sums back to
    the input's shape; any other op gives the whole `downstream` gradient of each input, as a
    function of its params and its inputs' shapes. Every expression makes a new array, so a
    later `+=` never writes into another gradient.
    """

    forward: Text
    local: Texts | None = None
    downstream: Callable[[Params, Shapes], tuple[str, ...]] | None = None
    name: str = ""  # the stem of its variables' names (`sig1`, `prod2`); "" → the op's name
    helper: tuple[str, ...] = ()  # the `def` its forward expression calls (sigmoid, softmax)
    scatter: bool = False  # its gradient is written into a zero array: `dx[i] += dout`

    def forward_text(self, params: Params) -> str:
        return self.forward(params) if callable(self.forward) else self.forward

    def local_texts(self, params: Params) -> tuple[str, ...] | None:
        return self.local(params) if callable(self.local) else self.local


@dataclass(frozen=True, slots=True)
class Kink:
    """Where an op's derivative jumps (relu at 0, a tie in max). `side(*inputs, **params)` says
    which piece each element is on; if it differs between x - h and x + h the gradient check's
    numeric derivative straddles the kink, and the node says so with `convention`, a catalog
    key saying which one-sided derivative cgviz takes there."""

    side: Callable[..., Any]
    convention: str


# NumPy arrays have at most 64 dimensions, and np.broadcast_shapes handles at most 32; deeper
# tensors (a list nested 65 deep, zeros(1, 1, …)) would crash NumPy instead of being named.
MAX_DIMS = 32


class ShapeError(ValueError):
    """Raised by an op's `shape` rule with a catalog key (cgviz.i18n) and its parameters; the
    engine adds the position of the gate."""

    def __init__(self, key: str, /, **params: Any) -> None:
        from ...i18n import message

        super().__init__(message(key, **params))
        self.key = key
        self.params = params


@dataclass(frozen=True, slots=True)
class Op:
    name: str
    arity: int  # -1: any number of inputs (stack)
    forward: Callable[..., Any]
    vjp: Callable[..., tuple[Any, ...]]
    symbol: Text  # drawn in the gate: "+", "σ", or a function of the params ("+1", "*-1")
    expr: Text  # caption of the forward step: "{0} + {1}" (inputs by position, params by name)
    local: tuple[str, ...] = ()  # the local gradient of each input, as a formula
    elementwise: bool = True  # output and gradients line up element by element
    shape: Callable[..., tuple[int, ...]] | None = None  # output shape; raises ShapeError
    # a scalar output's local gradient is its whole Jacobian row: show it (the `group` op)
    local_if_scalar: bool = False
    note: str = ""  # catalog key: why this op may produce NaN or ∞, shown on the node
    params: dict[str, Any] = field(default_factory=dict)  # defaults, for documentation
    code: Code = UNSET
    kink: Kink | None = UNSET  # None: the derivative is continuous wherever the op is defined
    domain: Callable[..., Any] = UNSET  # (draw) → (inputs, params) away from kinks and poles
    # the ops of `x ∘ c` and `c ∘ x` for a binary op with one scalar constant side (`x + 1`
    # is one `+1` gate); None: the constant stays a wire
    folds: tuple[str, str] | None = None
    # the same forward and local gradients on Python floats, for a gate of scalars (scalar.py);
    # None: such a gate runs on 0-d arrays
    scalar: Scalar | None = None

    def text(self, template: Text, names: list[str], params: dict[str, Any]) -> str:
        if callable(template):
            template = template(params)
        if "{" not in template:  # a stack's `upstream[3]`: no need to look at its n names
            return template
        if "({" in template or "[{" in template:  # `sum(v*v)`, not `sum((v*v))`
            names = [_unwrap(n) for n in names]
        if not params or "{" not in template.replace("{0}", "").replace("{1}", ""):
            return fill(template, names, {})
        from ..format import format_constant

        shown = {k: format_constant(v) if isinstance(v, float) else v for k, v in params.items()}
        return fill(template, names, shown)


_FORMATTER = string.Formatter()


def fill(template: str, args: Sequence[Any], fields: dict[str, Any]) -> str:
    """`template.format(*args, **fields)`, in time that grows with the template, not with
    `args`: a list of n wires is a gate with n inputs, and unpacking all n names for each of
    its n ports made its captions and staged code quadratic."""
    if len(args) <= 4:
        return template.format(*args, **fields)
    return _FORMATTER.vformat(template, args, fields)


def _unwrap(name: str) -> str:
    """`(v*v)` → `v*v` when the brackets enclose the whole name."""
    if not (name.startswith("(") and name.endswith(")")):
        return name
    depth = 0
    for ch in name[:-1]:
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return name  # `(a)+(b)`: the first bracket closes before the end
    return name[1:-1]


def unbroadcast(grad: Array, shape: tuple[int, ...]) -> Array:
    """Sum a gradient computed in a broadcast shape back down to an input's shape."""
    grad = np.asarray(grad, dtype=np.float64)
    if grad.shape == shape:
        return grad
    extra = grad.ndim - len(shape)
    if extra > 0:
        grad = grad.sum(axis=tuple(range(extra)))
    axes = tuple(i for i, d in enumerate(shape) if d == 1 and grad.shape[i] != 1)
    if axes:
        grad = grad.sum(axis=axes, keepdims=True)
    return grad.reshape(shape)


def broadcast_shape(*shapes: tuple[int, ...], symbol: str = "") -> tuple[int, ...]:
    try:
        return tuple(np.broadcast_shapes(*shapes))
    except ValueError:
        from ...i18n import message
        from ..format import format_shape

        names = f" {message('word.and')} ".join(format_shape(s) or message("shape.scalar")
                                                for s in shapes)
        raise ShapeError("error.shape.broadcast", shapes=names, symbol=symbol) from None
