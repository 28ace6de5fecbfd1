"""Every number the user sees goes through here (frontend/js/format.js mirrors this rule).

Rule: `digits` decimals (two by default, as the CS231n figures print them); magnitudes of 1e5
or more, and non-zero magnitudes that would round to zero, switch to 3 significant digits in
exponent form so that a tiny gradient never reads as 0.00. Negative zero prints as 0.
Non-finite values print as NaN, ∞ and -∞ (the JSON carries "NaN", "Infinity", "-Infinity").

Rounding noise is drawn as 0. An element of a tensor, and the mean a wire shows for a larger
tensor (`format_summary`), print as 0 when they are at most `NOISE` (10⁻¹²) of the tensor's
largest magnitude. Float64 arithmetic on numbers of size m is off by about ε·m (ε ≈ 2.2e-16),
so such a number says only that terms cancelled: linear regression's residual `0.55 - 0.5 - …`
is 5.55e-17 where the exact answer is 0, and the gradients of a softmax's logits, which sum to
0 by the maths, had the mean -1.39e-18. Small numbers of a tensor of small numbers
(a gradient of 4.5e-5 beside 3.0e-4) stay as they are; so does a scalar, which has nothing to
be small beside. Only the drawing changes: the JSON, the staged code and every computation keep
the exact float64 values.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

_NONFINITE_JSON = {math.inf: "Infinity", -math.inf: "-Infinity"}
NOISE = 1e-12  # a number below this share of its tensor's largest element is rounding noise
_FLOAT64 = np.dtype(np.float64)


def noise_free(v: float, largest: float) -> float:
    """`v`, or 0 where it is rounding noise beside elements as large as `largest`."""
    return 0.0 if math.isfinite(v) and abs(v) <= NOISE * largest else v


def largest_magnitude(values: list[float]) -> float:
    """The largest finite |element| (0 if none is finite)."""
    return max((abs(v) for v in values if math.isfinite(v)), default=0.0)


_HALF_STEPS = tuple(0.5 * 10.0**-d for d in range(7))  # per digits 0–6: what rounds to 0


def format_number(v: float, digits: int = 2) -> str:
    v = float(v)
    a = abs(v)
    half = _HALF_STEPS[digits] if 0 <= digits < len(_HALF_STEPS) else 0.5 * 10.0**-digits
    if half <= a < 1e5:  # the common case first (NaN fails both tests)
        text = f"{v:.{digits}f}"
        # a text of zeros (`0.00`, `-0`) only below 1; it always ends in 0
        if a < 1 and text[-1] == "0" and float(text) == 0:
            return f"{0:.{digits}f}"
        return text
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "∞" if v > 0 else "-∞"
    if a >= 1e5 or (a != 0 and a < half):
        mantissa, exponent = f"{v:.2e}".split("e")
        return f"{mantissa}e{int(exponent)}"
    text = f"{v:.{digits}f}"
    if float(text) == 0:
        return f"{0:.{digits}f}"
    return text


class Numbers:
    """`format_number` at one `digits`, each distinct value formatted once: a build shows a
    wire's gradient as a contribution, a running total and an upstream in the captions, then
    on the wire itself (the trace and the layout share one). 0.0 and -0.0 are one key, and
    print alike."""

    __slots__ = ("digits", "texts")

    def __init__(self, digits: int = 2) -> None:
        self.digits = digits
        self.texts: dict[float, str] = {}

    def __call__(self, v: float) -> str:
        text = self.texts.get(v)
        if text is None:
            text = self.texts[v] = format_number(v, self.digits)
        return text


def format_constant(c: float) -> str:
    """A constant as written inside a gate symbol: 1, 2, 0.5, -1, 1e-3 (shortest round-trip)."""
    c = float(c)
    if c.is_integer() and abs(c) < 1e15:
        return str(int(c))
    text = repr(c)
    return text[:-2] if text.endswith(".0") else text


def format_shape(shape: tuple[int, ...]) -> str:
    """`3×2` for a matrix, `3` for a vector, `` for a scalar."""
    return "×".join(str(d) for d in shape)


def json_number(v: float) -> float | str:
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return _NONFINITE_JSON[v]
    return v


def to_json(a: Any, limit: int | None) -> Any:
    """A scalar → number, a tensor → nested lists; non-finite → "NaN"/"Infinity"/"-Infinity".

    A tensor of more than `limit` elements (`Settings.max_json_elements`) → its `summary_json`
    instead, so no answer grows with the tensors a program computes (docs/api.md); `None` sends
    every element (GET /api/graph/node's windows, which are bounded themselves)."""
    if a is None:
        return None
    if type(a) is float:  # the engine's scalar path, and the commonest case, without NumPy
        return a if math.isfinite(a) else json_number(a)
    if type(a) is np.ndarray and a.ndim == 0 and a.dtype is _FLOAT64:
        v = a.item()
        return v if math.isfinite(v) else json_number(v)
    arr = np.asarray(a, dtype=np.float64)
    if arr.ndim == 0:
        v = float(arr)
        return v if math.isfinite(v) else json_number(v)
    if limit is not None and arr.size > limit:
        return summary_json(arr)
    if np.isfinite(arr).all():
        return arr.tolist()
    flat = [json_number(x) for x in arr.ravel().tolist()]
    return _nest(flat, arr.shape)


SAMPLE = 8  # elements of a summarised tensor sent as they are: its first ones in C order


def summary_json(arr: np.ndarray) -> dict[str, Any]:
    """What the graph JSON sends for a large tensor (docs/api.md, "Large tensors"):
    `{"summary": {"min", "max", "mean", "norm", "nan", "posinf", "neginf"}, "sample": [...]}`.

    `min`, `max`, `mean` and `norm` (the 2-norm of all elements, Frobenius for a matrix) are
    over the finite elements, so one NaN does not hide the rest; `null` when there are none.
    `nan`, `posinf` and `neginf` (NumPy's `nan_to_num` names) count the elements left out, so
    a reader can tell the mean of all of them (NumPy's: NaN if any is NaN or both infinities
    occur, else ±∞), which is what a wire shows (`format_summary`; frontend/js/format.js
    `formatSummary` reads it off the summary). `sample`:
    the first `SAMPLE` elements in C order, as `to_json` writes numbers."""
    with np.errstate(all="ignore"):
        finite_mask = np.isfinite(arr)
        finite = arr  # the common case: one pass over the tensor to know it
        counts = {"nan": 0, "posinf": 0, "neginf": 0}
        if not finite_mask.all():
            finite = arr[finite_mask]
            counts = {"nan": int(np.isnan(arr).sum()), "posinf": int(np.isposinf(arr).sum()),
                      "neginf": int(np.isneginf(arr).sum())}
        stats: dict[str, Any] = {"min": None, "max": None, "mean": None, "norm": None}
        if finite.size:
            # the mean exactly as format_summary takes it (same array, same pairwise sum)
            stats = {"min": float(finite.min()), "max": float(finite.max()),
                     "mean": float(finite.mean()), "norm": float(np.linalg.norm(finite))}
    sample = [json_number(v) for v in np.asarray(arr.flat[:SAMPLE], dtype=np.float64).tolist()]
    return {"summary": {k: None if v is None else json_number(v) for k, v in stats.items()}
            | counts, "sample": sample}


def _nest(flat: list[Any], shape: tuple[int, ...]) -> Any:
    # Iterative reshape of a flat list into nested lists: no recursion, however many dimensions.
    items: list[Any] = flat
    for dim in reversed(shape[1:]):
        items = [items[i : i + dim] for i in range(0, len(items), dim)]
    return items


def format_summary(a: Any, digits: int = 2) -> str:
    """What a wire shows for a value or gradient: a number for a scalar, `[0.10, -0.20]` for a
    vector of at most four elements, else `mean 0.12` (the shape is drawn next to the name)."""
    if a is None:
        return ""
    if type(a) is np.ndarray and a.ndim == 0:  # the common case, without a copy
        return format_number(a.item(), digits)
    arr = np.asarray(a, dtype=np.float64)
    if arr.ndim == 0:
        return format_number(float(arr), digits)
    if arr.ndim == 1 and arr.size <= 4:
        items = arr.tolist()
        largest = largest_magnitude(items)
        return "[" + ", ".join(format_number(noise_free(v, largest), digits)
                               for v in items) + "]"
    if arr.size == 0:
        return "[]"
    with np.errstate(all="ignore"):  # inf - inf in the mean is NaN, and prints as NaN
        mean = noise_free(float(arr.mean()), float(np.max(np.abs(arr))))
        return "mean " + format_number(mean, digits)


def script_json(text: str) -> str:
    """JSON that cannot end its `<script>` element or open a comment in it: `<`, `>` and `&`
    become \\u escapes, which mean the same characters to `JSON.parse`."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def format_coordinate(v: float) -> str:
    """A coordinate in the SVG: at most two decimals, no trailing zeros (`65`, `117.5`).

    Not `format_number`: a wide picture has coordinates of 1e5 and more, which must keep every
    digit rather than switch to three significant digits. Hot (a million calls for a large
    graph), hence string surgery rather than arithmetic."""
    text = f"{v:.2f}"
    if text[-1] == "0":
        text = text[:-3] if text[-2] == "0" else text[:-1]
        if text == "-0":
            return "0"
    elif text[-1] in "nf":  # nan, inf: never in a layout, but never an invalid attribute
        return "0"
    return text
