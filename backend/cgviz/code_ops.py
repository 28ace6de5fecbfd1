"""Each op as a line of NumPy: its forward expression and the local gradient of each input.

The templates read like the notes' staged code: `{0}`, `{1}` are the inputs' variable names,
`{out}` the gate's own output, `{c}` its constant. Elementwise ops give the local gradient,
which the writer multiplies by the upstream gradient (`dx = (1 - sigx) * sigx * dsigx`) and
sums back to the input's shape; other ops give the whole downstream expression with `{up}`.
Every expression makes a new array, so a later `+=` never writes into another gradient.
"""

from __future__ import annotations

import math
from typing import Any

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


def _index(p: dict[str, Any]) -> str:
    from .ops.tensor import index_text

    return index_text(p["index"])


def _reduce(fn: str):  # type: ignore[no-untyped-def]
    def text(p: dict[str, Any]) -> str:
        extra = "" if p.get("axis") is None else f", axis={p['axis']}"
        extra += ", keepdims=True" if p.get("keepdims") else ""
        return f"np.{fn}({{0}}{extra})"
    return text


def _spread(p: dict[str, Any]) -> str:
    """The upstream gradient with a reduction's axes put back, broadcast to the input."""
    axis = p.get("axis")
    if axis is None or p.get("keepdims"):
        return "np.broadcast_to({up}, {0}.shape)"
    return f"np.broadcast_to(np.expand_dims({{up}}, {axis}), {{0}}.shape)"


def _maxc(p: dict[str, Any], fn: str) -> str:
    c = constant(p["c"])
    return f"{fn}({{0}}, {c})" if p["first"] else f"{fn}({c}, {{0}})"


def _addc(p: dict[str, Any]) -> str:
    c = float(p["c"])
    return "{0} + " + constant(c) if c >= 0 or math.isnan(c) else "{0} - " + constant(-c)


def _mulc(p: dict[str, Any]) -> str:
    return "-{0}" if p["c"] == -1 else "{0} * " + constant(p["c"])


def _stack(p: dict[str, Any]) -> str:
    return "np.stack([" + ", ".join(f"{{{i}}}" for i in range(p["n"])) + "])"


FORWARD: dict[str, Any] = {
    "add": "{0} + {1}", "sub": "{0} - {1}", "mul": "{0} * {1}", "div": "{0} / {1}",
    "pow": "{0} ** {1}", "max": "np.maximum({0}, {1})", "min": "np.minimum({0}, {1})",
    "exp": "np.exp({0})", "log": "np.log({0})", "sqrt": "np.sqrt({0})", "abs": "np.abs({0})",
    "sigmoid": "sigmoid({0})", "tanh": "np.tanh({0})", "relu": "np.maximum({0}, 0)",
    "sin": "np.sin({0})", "cos": "np.cos({0})",
    "addc": _addc, "mulc": _mulc,
    "rsubc": lambda p: constant(p["c"], False) + " - {0}",
    "divc": lambda p: "{0} / " + constant(p["c"]),
    "rdivc": lambda p: constant(p["c"], False) + " / {0}",
    "powc": lambda p: "{0} ** " + constant(p["c"]),
    "rpowc": lambda p: constant(p["c"]) + " ** {0}",
    "maxc": lambda p: _maxc(p, "np.maximum"), "minc": lambda p: _maxc(p, "np.minimum"),
    "matmul": "{0} @ {1}",
    "dot": "np.dot({0}, {1})", "transpose": "{0}.T", "softmax": "softmax({0})",
    "index": lambda p: "{0}[" + _index(p) + "]", "stack": _stack,
    "sum": _reduce("sum"), "mean": _reduce("mean"), "amax": _reduce("max"),
    "amin": _reduce("min"), "clip": lambda p: f"np.clip({{0}}, {p['lo']!r}, {p['hi']!r})",
    "outer": "np.outer({0}, {1})", "reshape": lambda p: f"{{0}}.reshape({tuple(p['shape'])})",
    "log_softmax": "log_softmax({0})",
    "cross_entropy": lambda p: f"cross_entropy({{0}}, {list(p['target'])})",
    "mse_loss": "np.mean(({0} - {1}) ** 2)",
    "bce_logits": "binary_cross_entropy_with_logits({0}, {1})",
    "group": lambda p: p["body"].name + "(" + ", ".join(
        f"{{{i}}}" for i in range(p["body"].n_inputs)) + ")",
}


def _powc_local(p: dict[str, Any]) -> str:
    c = float(p["c"])
    if c == 2:
        return "2 * {0}"  # the notes' `(2 * xpy) * dxpysqr`
    return constant(c) + " * {0} ** " + constant(c - 1)


def _wins(p: dict[str, Any], strict: str, loose: str) -> str:
    return "({0} " + (loose if p["first"] else strict) + " " + constant(p["c"]) + ")"


# Local gradient of each input of an elementwise op (multiplied by the upstream gradient).
LOCAL: dict[str, Any] = {
    "add": ("1", "1"), "sub": ("1", "-1"), "mul": ("{1}", "{0}"),
    "div": ("1 / {1}", "-{0} / {1}**2"),
    "pow": ("{1} * {0}**({1} - 1)", "{out} * np.log({0})"),
    "max": ("({0} >= {1})", "({0} < {1})"), "min": ("({0} <= {1})", "({0} > {1})"),
    "exp": ("{out}",), "log": ("1 / {0}",), "sqrt": ("0.5 / {out}",), "abs": ("np.sign({0})",),
    "sigmoid": ("{out} * (1 - {out})",), "tanh": ("1 - {out}**2",), "relu": ("({0} > 0)",),
    "sin": ("np.cos({0})",), "cos": ("-np.sin({0})",),
    "addc": ("1",), "mulc": lambda p: (constant(p["c"], False),), "rsubc": ("-1",),
    "divc": lambda p: ("1 / " + constant(p["c"]),),
    "rdivc": lambda p: ("-" + constant(p["c"]) + " / {0}**2",),
    "powc": lambda p: (_powc_local(p),),
    "rpowc": lambda p: ("{out} * np.log(" + constant(p["c"]) + ")",),
    "maxc": lambda p: (_wins(p, ">", ">="),), "minc": lambda p: (_wins(p, "<", "<="),),
    "clip": lambda p: (f"(({{0}} > {p['lo']!r}) & ({{0}} < {p['hi']!r}))",),
}


def _matmul(shapes: list[tuple[int, ...]]) -> tuple[str, str]:
    # dA = dout @ Bᵀ and dB = Aᵀ @ dout, written for the vector cases as NumPy needs them
    a, b = len(shapes[0]), len(shapes[1])
    if a == 1 and b == 1:
        return "{1} * {up}", "{0} * {up}"
    if a == 2 and b == 1:
        return "np.outer({up}, {1})", "{0}.T @ {up}"
    if a == 1:
        return "{1} @ {up}", "np.outer({0}, {up})"
    return "{up} @ {1}.T", "{0}.T @ {up}"


def downstream(op: str, params: dict[str, Any], shapes: list[tuple[int, ...]]) -> tuple[str, ...]:
    """The whole gradient passed to each input of a non-elementwise op (`{up}`: upstream)."""
    if op == "sum":
        return (_spread(params),)
    if op == "mean":
        return (_spread(params) + " * ({out}.size / {0}.size)",)
    if op in ("amax", "amin"):
        keep = "" if params.get("axis") is None or params.get("keepdims") else \
            f"np.expand_dims({{out}}, {params['axis']})"
        winner = "({0} == " + (keep or "{out}") + ")"
        return (_spread(params) + " * " + winner + "  # every tied element",)
    if op == "outer":
        return ("{up} @ {1}", "{0} @ {up}")
    if op == "reshape":
        return ("{up}.reshape({0}.shape)",)
    if op == "log_softmax":
        return ("{up} - np.exp({out}) * np.sum({up}, axis=-1, keepdims=True)",)
    if op == "cross_entropy":
        return ("(softmax({0}) - onehot) / len(onehot) * {up}",)
    if op == "mse_loss":
        return ("2 * ({0} - {1}) / {0}.size * {up}", "-2 * ({0} - {1}) / {0}.size * {up}")
    if op == "bce_logits":
        return ("(sigmoid({0}) - {1}) / {0}.size * {up}", "-{0} / {0}.size * {up}")
    if op in ("matmul", "dot"):
        return _matmul(shapes)
    if op == "transpose":
        return ("{up}.T.copy()",)
    if op == "softmax":
        return ("{out} * ({up} - np.sum({up} * {out}, axis=-1, keepdims=True))",)
    if op == "group":  # a collapsed function: its own gates' backward pass, as a call
        name, n = params["body"].name, params["body"].n_inputs
        args = ", ".join(f"{{{i}}}" for i in range(n))
        return tuple(f"{name}_backward({args}, {{up}})[{i}]" for i in range(n))
    if op == "stack":
        return tuple(f"{{up}}[{i}].copy()" for i in range(params["n"]))
    raise KeyError(op)  # index is written by the caller as `dx[i] += dup`


def local(op: str, params: dict[str, Any]) -> tuple[str, ...] | None:
    rule = LOCAL.get(op)
    return rule(params) if callable(rule) else rule


def forward(op: str, params: dict[str, Any]) -> str:
    rule = FORWARD[op]
    return rule(params) if callable(rule) else rule
