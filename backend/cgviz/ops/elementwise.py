"""Elementwise ops of one and two tensors (broadcasting as NumPy does)."""

from __future__ import annotations

import numpy as np

from .registry import Op


def _pow_vjp(g, out, a, b):  # type: ignore[no-untyped-def]
    # d(a**b)/da = b·a**(b-1); d(a**b)/db = a**b·ln a (undefined for a < 0: NaN, honestly)
    return g * b * np.power(a, b - 1), g * out * np.log(a)


def _sigmoid(a):  # type: ignore[no-untyped-def]
    return 0.5 * (1.0 + np.tanh(0.5 * a))  # equal to 1/(1+e^-a), without overflow


BINARY = [
    Op("add", 2, np.add, lambda g, out, a, b: (g, g),
       "+", "{0} + {1}", ("1", "1")),
    Op("sub", 2, np.subtract, lambda g, out, a, b: (g, -g),
       "-", "{0} - {1}", ("1", "-1")),
    Op("mul", 2, np.multiply, lambda g, out, a, b: (g * b, g * a),
       "*", "{0} * {1}", ("{1}", "{0}")),
    Op("div", 2, np.divide, lambda g, out, a, b: (g / b, -g * out / b),
       "/", "{0} / {1}", ("1/{1}", "-{0}/{1}²"), note="note.division_by_zero"),
    Op("pow", 2, np.power, _pow_vjp,
       "**", "{0} ** {1}", ("{1}·{0}^({1}-1)", "{0}^{1}·ln {0}"),
       note="note.negative_power"),
    Op("max", 2, lambda a, b: np.where(a >= b, a, b),
       lambda g, out, a, b: (g * (a >= b), g * (a < b)),
       "max", "max({0}, {1})", ("1 if {0} ≥ {1} else 0", "1 if {1} > {0} else 0")),
    Op("min", 2, lambda a, b: np.where(a <= b, a, b),
       lambda g, out, a, b: (g * (a <= b), g * (a > b)),
       "min", "min({0}, {1})", ("1 if {0} ≤ {1} else 0", "1 if {1} < {0} else 0")),
]

UNARY = [
    Op("exp", 1, np.exp, lambda g, out, a: (g * out,),
       "exp", "exp({0})", ("exp({0})",), note="note.exp_overflow"),
    Op("log", 1, np.log, lambda g, out, a: (g / a,),
       "log", "log({0})", ("1/{0}",), note="note.log_domain"),
    Op("sqrt", 1, np.sqrt, lambda g, out, a: (g * 0.5 / out,),
       "√", "sqrt({0})", ("1/(2·sqrt({0}))",),
       note="note.sqrt_domain"),
    Op("abs", 1, np.abs, lambda g, out, a: (g * np.sign(a),),
       "abs", "abs({0})", ("sign({0})",)),
    Op("sigmoid", 1, _sigmoid, lambda g, out, a: (g * out * (1.0 - out),),
       "σ", "σ({0})", ("σ({0})·(1-σ({0}))",)),
    Op("tanh", 1, np.tanh, lambda g, out, a: (g * (1.0 - out * out),),
       "tanh", "tanh({0})", ("1-tanh²({0})",)),
    Op("relu", 1, lambda a: np.maximum(a, 0.0), lambda g, out, a: (g * (a > 0),),
       "relu", "relu({0})", ("1 if {0} > 0 else 0",)),
    Op("sin", 1, np.sin, lambda g, out, a: (g * np.cos(a),),
       "sin", "sin({0})", ("cos({0})",)),
    Op("cos", 1, np.cos, lambda g, out, a: (-g * np.sin(a),),
       "cos", "cos({0})", ("-sin({0})",)),
]


def _clip_vjp(g, out, a, lo, hi):  # type: ignore[no-untyped-def]
    return (g * ((a > lo) & (a < hi)),)  # 0 at either kink (SPEC §1.3)


PARAMETRIC = [
    Op("clip", 1, lambda a, lo, hi: np.clip(a, lo, hi), _clip_vjp,
       "clip", lambda p: "clip({0}, " + f"{p['lo']:g}, {p['hi']:g})",
       ("1 if lo < {0} < hi else 0",), params={"lo": 0.0, "hi": 1.0}),
]

OPS = BINARY + UNARY + PARAMETRIC
