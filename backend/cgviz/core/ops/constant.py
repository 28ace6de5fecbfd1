"""Gates with a constant folded in, drawn the way the notes draw them: `*-1`, `+1`, `1/x`, `**2`.

`x + 1` is one `+1` gate rather than an add gate with a dangling constant wire, as in the
CS231n neuron figure. The constant is the parameter `c`; `first` says whether x came first in
max/min (a tie routes the gradient to the first argument).
"""

from __future__ import annotations

import math
import operator
from typing import Any

import numpy as np

from ..format import format_constant as k
from . import domains as D
from . import scalar as S
from .registry import Code, Kink, Op
from .spelling import constant


def _signed(c: float) -> str:
    return f"+{k(c)}" if c >= 0 else f"-{k(-c)}"


def _addc_expr(p: dict[str, Any]) -> str:
    return "{0} " + ("+ " if p["c"] >= 0 else "- ") + k(abs(p["c"]))


def _rdivc_symbol(p: dict[str, Any]) -> str:
    return f"{k(p['c'])}/x"


def _code_addc(p: dict[str, Any]) -> str:
    c = float(p["c"])
    return "{0} + " + constant(c) if c >= 0 or math.isnan(c) else "{0} - " + constant(-c)


def _code_mulc(p: dict[str, Any]) -> str:
    return "-{0}" if p["c"] == -1 else "{0} * " + constant(p["c"])


def _code_powc_local(p: dict[str, Any]) -> tuple[str]:
    c = float(p["c"])
    if c == 2:
        return ("2 * {0}",)  # the notes' `(2 * xpy) * dxpysqr`
    return (constant(c) + " * {0} ** " + constant(c - 1),)


def _code_max(fn: str, strict: str, loose: str, name: str) -> Code:
    """maxc/minc: `np.maximum(x, 0)`; its local gradient is where x wins (a tie goes to the
    first argument)."""
    def forward(p: dict[str, Any]) -> str:
        c = constant(p["c"])
        return f"{fn}({{0}}, {c})" if p["first"] else f"{fn}({c}, {{0}})"

    def local(p: dict[str, Any]) -> tuple[str]:
        return ("({0} " + (loose if p["first"] else strict) + " " + constant(p["c"]) + ")",)
    return Code(forward, local, name=name)


def _side_c(a, c, first):  # type: ignore[no-untyped-def]
    return np.sign(a - c)


TIE = Kink(_side_c, "gradcheck.convention_tie")


def _maxc_vjp(g, out, a, c, first):  # type: ignore[no-untyped-def]
    wins = (a >= c) if first else (a > c)
    return (g * wins,)


def _minc_vjp(g, out, a, c, first):  # type: ignore[no-untyped-def]
    wins = (a <= c) if first else (a < c)
    return (g * wins,)


def _scalar_pick(loose: Any, strict: Any) -> S.Scalar:
    """maxc (≥, >) and minc (≤, <) on floats, comparison for comparison as their NumPy rules
    write them, so that a NaN picks the same side."""
    def forward(x: S.Floats, p: S.Params) -> float:
        a, c = x[0], p["c"]
        return (a if loose(a, c) else c) if p["first"] else (c if loose(c, a) else a)

    def local(out: float, x: S.Floats, p: S.Params) -> tuple[float]:
        return (1.0 * (loose(x[0], p["c"]) if p["first"] else strict(x[0], p["c"])),)
    return S.Scalar(forward, local)


OPS = [
    Op("addc", 1, lambda a, c: a + c, lambda g, out, a, c: (g,),
       lambda p: _signed(p["c"]), _addc_expr, ("1",), params={"c": 1.0},
       code=Code(_code_addc, ("1",), name="add"), kink=None, domain=D.with_c(D.ANY, D.ANY),
       scalar=S.Scalar(lambda x, p: x[0] + p["c"],
                       lambda out, x, p: (1.0,))),
    Op("mulc", 1, lambda a, c: a * c, lambda g, out, a, c: (g * c,),
       lambda p: f"*{k(p['c'])}", lambda p: "{0} * " + k(p["c"]), ("{c}",), params={"c": -1.0},
       code=Code(_code_mulc, lambda p: (constant(p["c"], False),), name="mul"), kink=None,
       domain=D.with_c(D.ANY, D.ANY),
       scalar=S.Scalar(lambda x, p: x[0] * p["c"],
                       lambda out, x, p: (1.0 * p["c"],))),
    Op("rsubc", 1, lambda a, c: c - a, lambda g, out, a, c: (-g,),
       lambda p: f"{k(p['c'])}-x", lambda p: k(p["c"]) + " - {0}", ("-1",), params={"c": 1.0},
       code=Code(lambda p: constant(p["c"], False) + " - {0}", ("-1",), name="sub"), kink=None,
       domain=D.with_c(D.ANY, D.ANY),
       scalar=S.Scalar(lambda x, p: p["c"] - x[0],
                       lambda out, x, p: (-1.0,))),
    Op("divc", 1, lambda a, c: a / c, lambda g, out, a, c: (g / c,),
       lambda p: f"/{k(p['c'])}", lambda p: "{0} / " + k(p["c"]), ("1/{c}",),
       note="note.division_by_zero", params={"c": 2.0},
       code=Code(lambda p: "{0} / " + constant(p["c"]), lambda p: ("1 / " + constant(p["c"]),),
                 name="div"),
       kink=None, domain=D.with_c(D.ANY, D.NONZERO),
       scalar=S.Scalar(lambda x, p: x[0] / p["c"],
                       lambda out, x, p: (1.0 / p["c"],))),
    Op("rdivc", 1, lambda a, c: c / a, lambda g, out, a, c: (-g * out / a,),
       _rdivc_symbol, lambda p: k(p["c"]) + " / {0}", ("-{c}/{0}²",),
       note="note.division_by_zero", params={"c": 1.0},
       code=Code(lambda p: constant(p["c"], False) + " / {0}",
                 lambda p: ("-" + constant(p["c"]) + " / {0}**2",), name="inv"),
       kink=None, domain=D.with_c(D.NONZERO, D.ANY),
       scalar=S.Scalar(lambda x, p: p["c"] / x[0],
                       lambda out, x, p: (-1.0 * out / x[0],))),
    Op("powc", 1, lambda a, c: np.power(a, c), lambda g, out, a, c: (g * c * np.power(a, c - 1),),
       lambda p: f"**{k(p['c'])}", lambda p: "{0} ** " + k(p["c"]), ("{c}·{0}^({c}-1)",),
       note="note.negative_power", params={"c": 2.0},
       code=Code(lambda p: "{0} ** " + constant(p["c"]), _code_powc_local, name="pow"),
       kink=None, domain=D.with_c(D.POSITIVE, D.Floats(-3, 3)),
       scalar=S.Scalar(lambda x, p: S.power(x[0], p["c"]),
                       lambda out, x, p: (1.0 * p["c"] * S.power(x[0], p["c"] - 1),))),
    Op("rpowc", 1, lambda a, c: np.power(c, a), lambda g, out, a, c: (g * out * np.log(c),),
       lambda p: f"{k(p['c'])}**x", lambda p: k(p["c"]) + " ** {0}", ("{c}^{0}·ln {c}",),
       params={"c": 2.0},
       code=Code(lambda p: constant(p["c"]) + " ** {0}",
                 lambda p: ("{out} * np.log(" + constant(p["c"]) + ")",), name="pow"),
       kink=None, domain=D.with_c(D.ANY, D.POSITIVE),
       scalar=S.Scalar(lambda x, p: S.power(p["c"], x[0]),
                       lambda out, x, p: (1.0 * out * S.log(p["c"]),))),
    Op("maxc", 1, lambda a, c, first: np.where(a >= c, a, c) if first else np.where(c >= a, c, a),
       _maxc_vjp, lambda p: f"max {k(p['c'])}",
       lambda p: "max({0}, " + k(p["c"]) + ")" if p["first"] else "max(" + k(p["c"]) + ", {0})",
       ("1 if {0} wins else 0",), params={"c": 0.0, "first": False},
       code=_code_max("np.maximum", ">", ">=", "mx"), kink=TIE, domain=D.separated_from_c,
       scalar=_scalar_pick(operator.ge, operator.gt)),
    Op("minc", 1, lambda a, c, first: np.where(a <= c, a, c) if first else np.where(c <= a, c, a),
       _minc_vjp, lambda p: f"min {k(p['c'])}",
       lambda p: "min({0}, " + k(p["c"]) + ")" if p["first"] else "min(" + k(p["c"]) + ", {0})",
       ("1 if {0} wins else 0",), params={"c": 0.0, "first": False},
       code=_code_max("np.minimum", "<", "<=", "mn"), kink=TIE, domain=D.separated_from_c,
       scalar=_scalar_pick(operator.le, operator.lt)),
]
