"""An op's scalar path: its forward and local gradients on Python floats.

A gate whose inputs are all scalars runs on floats instead of 0-d arrays (whose every NumPy call
costs about a microsecond). An op that has a scalar path states it in its record as a `Scalar`;
the engine (core/engine.py) takes it when it can. Its numbers must be the same bits as the op's
NumPy `forward` and `vjp`: `+ - * /` on floats are the same IEEE operations, transcendental
functions call NumPy's ufunc on the float (`math.exp` differs from `np.exp` in the last bit on
some machines), and each local gradient is the op's `vjp` with upstream g = 1.0, written
operation for operation (`g * out * (1.0 - out)` is `1.0 * out * (1.0 - out)`).
tests/core/test_engine_scalar.py compares both paths bit for bit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

Floats = list[float]
Params = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Scalar:
    forward: Callable[[Floats, Params], float]  # (inputs, params) → output
    local: Callable[[float, Floats, Params], tuple[float, ...]]  # (out, inputs, params)


def _np(f: Callable[..., Any]) -> Callable[..., float]:
    """NumPy's ufunc on floats: the same loop, and so the same bits, as on 0-d arrays."""
    return lambda *a: float(f(*a))


exp, log, sqrt, tanh, sin, cos = (_np(f) for f in (np.exp, np.log, np.sqrt, np.tanh, np.sin,
                                                   np.cos))
power, absolute, sign, maximum = _np(np.power), _np(np.abs), _np(np.sign), _np(np.maximum)


def sigmoid(a: float) -> float:
    return 0.5 * (1.0 + tanh(0.5 * a))  # as elementwise.py's NumPy sigmoid computes it
