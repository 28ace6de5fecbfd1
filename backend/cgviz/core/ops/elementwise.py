"""Elementwise ops of one and two tensors (broadcasting as NumPy does)."""

from __future__ import annotations

import numpy as np

from . import domains as D
from . import scalar as S
from .registry import Code, Kink, Op


def _pow_vjp(g, out, a, b):  # type: ignore[no-untyped-def]
    # d(a**b)/da = b·a**(b-1); d(a**b)/db = a**b·ln a (undefined for a < 0: NaN, honestly)
    return g * b * np.power(a, b - 1), g * out * np.log(a)


def _sigmoid(a):  # type: ignore[no-untyped-def]
    return 0.5 * (1.0 + np.tanh(0.5 * a))  # equal to 1/(1+e^-a), without overflow


def _sides(a, b):  # type: ignore[no-untyped-def]
    return np.sign(a - b)


def _sign(a):  # type: ignore[no-untyped-def]
    return np.sign(a)


TIE = Kink(_sides, "gradcheck.convention_tie")

BINARY = [
    Op("add", 2, np.add, lambda g, out, a, b: (g, g),
       "+", "{0} + {1}", ("1", "1"),
       code=Code("{0} + {1}", ("1", "1")), kink=None, domain=D.binary(D.ANY, D.ANY),
       folds=("addc", "addc"),
       scalar=S.Scalar(lambda x, p: x[0] + x[1],
                       lambda out, x, p: (1.0, 1.0))),
    Op("sub", 2, np.subtract, lambda g, out, a, b: (g, -g),
       "-", "{0} - {1}", ("1", "-1"),
       code=Code("{0} - {1}", ("1", "-1")), kink=None, domain=D.binary(D.ANY, D.ANY),
       folds=("addc", "rsubc"),  # x - c is x + (-c)
       scalar=S.Scalar(lambda x, p: x[0] - x[1],
                       lambda out, x, p: (1.0, -1.0))),
    Op("mul", 2, np.multiply, lambda g, out, a, b: (g * b, g * a),
       "*", "{0} * {1}", ("{1}", "{0}"),
       code=Code("{0} * {1}", ("{1}", "{0}")), kink=None, domain=D.binary(D.ANY, D.ANY),
       folds=("mulc", "mulc"),
       scalar=S.Scalar(lambda x, p: x[0] * x[1],
                       lambda out, x, p: (1.0 * x[1], 1.0 * x[0]))),
    Op("div", 2, np.divide, lambda g, out, a, b: (g / b, -g * out / b),
       "/", "{0} / {1}", ("1/{1}", "-{0}/{1}²"), note="note.division_by_zero",
       code=Code("{0} / {1}", ("1 / {1}", "-{0} / {1}**2")), kink=None,
       domain=D.binary(D.ANY, D.NONZERO), folds=("divc", "rdivc"),
       scalar=S.Scalar(lambda x, p: x[0] / x[1],
                       lambda out, x, p: (1.0 / x[1], -1.0 * out / x[1]))),
    Op("pow", 2, np.power, _pow_vjp,
       "**", "{0} ** {1}", ("{1}·{0}^({1}-1)", "{0}^{1}·ln {0}"), note="note.negative_power",
       code=Code("{0} ** {1}", ("{1} * {0}**({1} - 1)", "{out} * np.log({0})")), kink=None,
       domain=D.binary(D.POSITIVE, D.ANY), folds=("powc", "rpowc"),
       scalar=S.Scalar(lambda x, p: S.power(x[0], x[1]),
                       lambda out, x, p: (1.0 * x[1] * S.power(x[0], x[1] - 1),
                                          1.0 * out * S.log(x[0])))),
    Op("max", 2, lambda a, b: np.where(a >= b, a, b),
       lambda g, out, a, b: (g * (a >= b), g * (a < b)),
       "max", "max({0}, {1})", ("1 if {0} ≥ {1} else 0", "1 if {1} > {0} else 0"),
       code=Code("np.maximum({0}, {1})", ("({0} >= {1})", "({0} < {1})"), name="mx"),
       kink=TIE, domain=D.separated, folds=("maxc", "maxc"),
       scalar=S.Scalar(lambda x, p: x[0] if x[0] >= x[1] else x[1],
                       lambda out, x, p: (1.0 * (x[0] >= x[1]), 1.0 * (x[0] < x[1])))),
    Op("min", 2, lambda a, b: np.where(a <= b, a, b),
       lambda g, out, a, b: (g * (a <= b), g * (a > b)),
       "min", "min({0}, {1})", ("1 if {0} ≤ {1} else 0", "1 if {1} < {0} else 0"),
       code=Code("np.minimum({0}, {1})", ("({0} <= {1})", "({0} > {1})"), name="mn"),
       kink=TIE, domain=D.separated, folds=("minc", "minc"),
       scalar=S.Scalar(lambda x, p: x[0] if x[0] <= x[1] else x[1],
                       lambda out, x, p: (1.0 * (x[0] <= x[1]), 1.0 * (x[0] > x[1])))),
]

SIGMOID_DEF = ("def sigmoid(x):", "    return 1 / (1 + np.exp(-x))")

UNARY = [
    Op("exp", 1, np.exp, lambda g, out, a: (g * out,),
       "exp", "exp({0})", ("exp({0})",), note="note.exp_overflow",
       code=Code("np.exp({0})", ("{out}",)), kink=None, domain=D.unary(D.ANY),
       scalar=S.Scalar(lambda x, p: S.exp(x[0]),
                       lambda out, x, p: (1.0 * out,))),
    Op("log", 1, np.log, lambda g, out, a: (g / a,),
       "log", "log({0})", ("1/{0}",), note="note.log_domain",
       code=Code("np.log({0})", ("1 / {0}",)), kink=None, domain=D.unary(D.POSITIVE),
       scalar=S.Scalar(lambda x, p: S.log(x[0]),
                       lambda out, x, p: (1.0 / x[0],))),
    Op("sqrt", 1, np.sqrt, lambda g, out, a: (g * 0.5 / out,),
       "√", "sqrt({0})", ("1/(2·sqrt({0}))",), note="note.sqrt_domain",
       code=Code("np.sqrt({0})", ("0.5 / {out}",)), kink=None, domain=D.unary(D.POSITIVE),
       scalar=S.Scalar(lambda x, p: S.sqrt(x[0]),
                       lambda out, x, p: (1.0 * 0.5 / out,))),
    Op("abs", 1, np.abs, lambda g, out, a: (g * np.sign(a),),
       "abs", "abs({0})", ("sign({0})",),
       code=Code("np.abs({0})", ("np.sign({0})",), name="absv"),
       kink=Kink(_sign, "gradcheck.convention_abs"), domain=D.unary(D.NONZERO),
       scalar=S.Scalar(lambda x, p: S.absolute(x[0]),
                       lambda out, x, p: (1.0 * S.sign(x[0]),))),
    Op("sigmoid", 1, _sigmoid, lambda g, out, a: (g * out * (1.0 - out),),
       "σ", "σ({0})", ("σ({0})·(1-σ({0}))",),
       code=Code("sigmoid({0})", ("{out} * (1 - {out})",), name="sig", helper=SIGMOID_DEF),
       kink=None, domain=D.unary(D.Floats(-4, 4)),
       scalar=S.Scalar(lambda x, p: S.sigmoid(x[0]),
                       lambda out, x, p: (1.0 * out * (1.0 - out),))),
    Op("tanh", 1, np.tanh, lambda g, out, a: (g * (1.0 - out * out),),
       "tanh", "tanh({0})", ("1-tanh²({0})",),
       code=Code("np.tanh({0})", ("1 - {out}**2",), name="th"), kink=None,
       domain=D.unary(D.ANY),
       scalar=S.Scalar(lambda x, p: S.tanh(x[0]),
                       lambda out, x, p: (1.0 * (1.0 - out * out),))),
    Op("relu", 1, lambda a: np.maximum(a, 0.0), lambda g, out, a: (g * (a > 0),),
       "relu", "relu({0})", ("1 if {0} > 0 else 0",),
       code=Code("np.maximum({0}, 0)", ("({0} > 0)",)),
       kink=Kink(_sign, "gradcheck.convention_relu"), domain=D.unary(D.NONZERO),
       scalar=S.Scalar(lambda x, p: S.maximum(x[0], 0.0),
                       lambda out, x, p: (1.0 * (x[0] > 0),))),
    Op("sin", 1, np.sin, lambda g, out, a: (g * np.cos(a),),
       "sin", "sin({0})", ("cos({0})",),
       code=Code("np.sin({0})", ("np.cos({0})",)), kink=None, domain=D.unary(D.Floats(-3, 3)),
       scalar=S.Scalar(lambda x, p: S.sin(x[0]),
                       lambda out, x, p: (1.0 * S.cos(x[0]),))),
    Op("cos", 1, np.cos, lambda g, out, a: (-g * np.sin(a),),
       "cos", "cos({0})", ("-sin({0})",),
       code=Code("np.cos({0})", ("-np.sin({0})",)), kink=None,
       domain=D.unary(D.Floats(-3, 3)),
       scalar=S.Scalar(lambda x, p: S.cos(x[0]),
                       lambda out, x, p: (-1.0 * S.sin(x[0]),))),
]


def _clip_vjp(g, out, a, lo, hi):  # type: ignore[no-untyped-def]
    return (g * ((a > lo) & (a < hi)),)  # 0 at either bound


def _clip_side(a, lo, hi):  # type: ignore[no-untyped-def]
    return np.sign(a - lo) + np.sign(a - hi)


PARAMETRIC = [
    Op("clip", 1, lambda a, lo, hi: np.clip(a, lo, hi), _clip_vjp,
       "clip", lambda p: "clip({0}, " + f"{p['lo']:g}, {p['hi']:g})",
       ("1 if lo < {0} < hi else 0",), params={"lo": 0.0, "hi": 1.0},
       code=Code(lambda p: f"np.clip({{0}}, {p['lo']!r}, {p['hi']!r})",
                 lambda p: (f"(({{0}} > {p['lo']!r}) & ({{0}} < {p['hi']!r}))",)),
       kink=Kink(_clip_side, "gradcheck.convention_clip"), domain=D.clipped),
]

OPS = BINARY + UNARY + PARAMETRIC
