"""The names a program may call, and how they map onto ops (SPEC §1 "Functions")."""

from __future__ import annotations

import math

# name as written (after an optional math./np./numpy. prefix) → op name
FUNCTIONS: dict[str, str] = {
    "exp": "exp", "log": "log", "sqrt": "sqrt", "abs": "abs", "sigmoid": "sigmoid",
    "tanh": "tanh", "relu": "relu", "sin": "sin", "cos": "cos",
    "max": "max", "min": "min", "pow": "pow", "sum": "sum", "mean": "mean", "dot": "dot",
    "softmax": "softmax",
    # NumPy spellings of the same gates, so code pasted from the notes works
    "maximum": "max", "minimum": "min", "power": "pow", "matmul": "matmul",
    "transpose": "transpose", "absolute": "abs",
}

# methods: `W.dot(X)` is dot(W, X); `x.sum()` is sum(x)
METHODS: dict[str, str] = {"dot": "dot", "sum": "sum", "mean": "mean", "transpose": "transpose"}

INITIALIZERS = ("randn", "zeros", "ones")

MODULES = ("math", "np", "numpy")

CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e}  # `e` only as math.e / np.e
BARE_CONSTANTS = ("pi",)


def known_names() -> list[str]:
    return sorted({*FUNCTIONS, *INITIALIZERS})
