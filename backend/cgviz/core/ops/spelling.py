"""How the staged code spells numbers and sums, shared by the op records' `Code` templates and
the writer of the staged code (code.py)."""

from __future__ import annotations

import math

# Python has no literal for these; NumPy's names read well in a lesson.
_NONFINITE = {math.inf: "np.inf", -math.inf: "-np.inf"}


def literal(v: float) -> str:
    """A float exactly as it round-trips (`repr`), or np.nan / np.inf."""
    if math.isnan(v):
        return "np.nan"
    if math.isinf(v):
        return _NONFINITE[v]
    return repr(float(v))


def constant(c: float, paren: bool = True) -> str:
    """A gate's constant as the notes write it (`1`, `0.5`); negative ones in brackets, so that
    `(-2) ** x` is not read as `-(2 ** x)`."""
    c = float(c)
    if not math.isfinite(c):
        text = literal(c)
    elif c.is_integer() and abs(c) < 1e15:
        text = str(int(c))
    else:
        text = repr(c)
    return f"({text})" if paren and text.startswith("-") else text


def summed_to(expr: str, shape: tuple[int, ...], to: tuple[int, ...]) -> str:
    """`expr` (of `shape`) summed over the axes NumPy broadcast, back to the shape `to`."""
    if shape == to:
        return expr
    if not to:
        return f"np.sum({expr})"
    extra = len(shape) - len(to)
    ones = tuple(i for i, d in enumerate(to) if d == 1 and shape[extra + i] != 1)
    if extra == 0:
        return f"np.sum({expr}, axis={_axes(ones)}, keepdims=True)"
    axes = tuple(range(extra)) + tuple(extra + i for i in ones)
    total = f"np.sum({expr}, axis={_axes(axes)})"
    return f"{total}.reshape({to!r})" if ones else total


def _axes(axes: tuple[int, ...]) -> str:
    return str(axes[0]) if len(axes) == 1 else repr(axes)
