"""The functions networks are trained with: log_softmax and the losses PyTorch names.

Each is one gate with its own gradient (as `softmax` is): `cross_entropy(logits, targets)`
averages over the batch as PyTorch's default does; the integer targets are a parameter, data
without a gradient (docs/language.md, "Inputs and constants").
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import domains as D
from .elementwise import SIGMOID_DEF
from .registry import Code, Op, ShapeError, broadcast_shape
from .spelling import summed_to
from .tensor import SOFTMAX_DEF


def _log_softmax(a):  # type: ignore[no-untyped-def]
    # `initial`: an empty last axis has no maximum, and its log_softmax is empty, as softmax's
    shifted = a - np.max(a, axis=-1, keepdims=True, initial=-np.inf)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def _log_softmax_vjp(g, out, a):  # type: ignore[no-untyped-def]
    return (g - np.exp(out) * np.sum(g, axis=-1, keepdims=True),)


def _targets_shape(a: tuple[int, ...], target: tuple[int, ...]) -> tuple[int, ...]:
    rows = a[0] if len(a) == 2 else 1
    if len(a) not in (1, 2) or len(target) != rows:
        raise ShapeError("error.shape.targets", rows=rows, count=len(target))
    classes = a[-1]
    if any(not 0 <= t < classes for t in target):
        raise ShapeError("error.shape.target_range", classes=classes)
    return ()


def _cross_entropy(a, target):  # type: ignore[no-untyped-def]
    logp = _log_softmax(np.atleast_2d(a))
    return -np.mean(logp[np.arange(len(target)), list(target)])


def _cross_entropy_vjp(g, out, a, target):  # type: ignore[no-untyped-def]
    a2 = np.atleast_2d(a)
    p = np.exp(_log_softmax(a2))
    p[np.arange(len(target)), list(target)] -= 1.0
    return ((g * p / len(target)).reshape(a.shape),)


def _pairwise_shape(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    broadcast_shape(a, b, symbol="loss")
    return ()


def _bce_logits(z, y):  # type: ignore[no-untyped-def]
    # log(1 + e^z) - y·z, written so that neither large nor very negative z overflows
    return np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z))))


def _bce_logits_vjp(g, out, z, y):  # type: ignore[no-untyped-def]
    n = np.broadcast(z, y).size
    s = 0.5 * (1.0 + np.tanh(0.5 * z))
    return g * (s - y) / n, g * (-z) / n


def _mse_vjp(g, out, a, b):  # type: ignore[no-untyped-def]
    n = np.broadcast(a, b).size
    d = 2.0 * (a - b) / n * g
    return d, -d


def _target_caption(p: dict[str, Any]) -> str:
    return "cross_entropy({0}, " + str(list(p["target"])) + ")"


LOG_SOFTMAX_DEF = ("def log_softmax(z):",
                   "    z = z - np.max(z, axis=-1, keepdims=True)",
                   "    return z - np.log(np.sum(np.exp(z), axis=-1, keepdims=True))")
CROSS_ENTROPY_DEF = ("def cross_entropy(z, targets):",
                     "    logp = log_softmax(np.atleast_2d(z))",
                     "    return -np.mean(logp[np.arange(len(targets)), targets])")
BCE_DEF = ("def binary_cross_entropy_with_logits(z, y):",
           "    return np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z))))")


def _code_ce_downstream(p: dict[str, Any], shapes: list[tuple[int, ...]]) -> tuple[str]:
    # softmax minus the one-hot targets, averaged over the batch
    target, n = list(p["target"]), len(p["target"])
    return (f"((softmax({{0}}) - np.eye({{0}}.shape[-1])[{target}]) / {n} * {{up}})"
            ".reshape({0}.shape)",)


def _code_pairwise(left: str, right: str):  # type: ignore[no-untyped-def]
    """A loss of two tensors that broadcast: each gradient summed back to its input's shape."""
    def downstream(p: dict[str, Any], shapes: list[tuple[int, ...]]) -> tuple[str, str]:
        both = tuple(np.broadcast_shapes(*shapes))
        n = int(np.prod(both))
        return (summed_to(left.format(n=n), both, shapes[0]),
                summed_to(right.format(n=n), both, shapes[1]))
    return downstream


OPS = [
    Op("log_softmax", 1, _log_softmax, _log_softmax_vjp,
       "log softmax", "log_softmax({0})", ("I - softmax({0})",), elementwise=False,
       shape=lambda a: a,
       code=Code("log_softmax({0})", downstream=lambda p, shapes: (
           "{up} - np.exp({out}) * np.sum({up}, axis=-1, keepdims=True)",),
           helper=LOG_SOFTMAX_DEF),
       kink=None, domain=D.unary(D.ANY, [D.VECTOR, D.MATRIX])),
    Op("cross_entropy", 1, _cross_entropy, _cross_entropy_vjp,
       "CE", _target_caption, ("(softmax({0}) - onehot) / n",), elementwise=False,
       shape=_targets_shape, params={"target": (0,)},
       code=Code(lambda p: f"cross_entropy({{0}}, {list(p['target'])})",
                 downstream=_code_ce_downstream,
                 helper=LOG_SOFTMAX_DEF + CROSS_ENTROPY_DEF + SOFTMAX_DEF),
       kink=None, domain=D.targets),
    Op("mse_loss", 2, lambda a, b: np.mean((a - b) ** 2), _mse_vjp,
       "MSE", "mse_loss({0}, {1})", ("2({0} - {1})/n", "-2({0} - {1})/n"), elementwise=False,
       shape=_pairwise_shape,
       code=Code("np.mean(({0} - {1}) ** 2)", downstream=_code_pairwise(
           "2 * ({{0}} - {{1}}) / {n} * {{up}}", "-2 * ({{0}} - {{1}}) / {n} * {{up}}"),
           ),
       kink=None, domain=D.binary(D.ANY, D.ANY, [(D.VECTOR, D.VECTOR), (D.MATRIX, D.MATRIX),
                                                 (D.MATRIX, D.VECTOR)])),
    Op("bce_logits", 2, _bce_logits, _bce_logits_vjp,
       "BCE", "binary_cross_entropy_with_logits({0}, {1})", ("(σ({0}) - {1})/n", "-{0}/n"),
       elementwise=False, shape=_pairwise_shape,
       code=Code("binary_cross_entropy_with_logits({0}, {1})", downstream=_code_pairwise(
           "(sigmoid({{0}}) - {{1}}) / {n} * {{up}}", "-{{0}} / {n} * {{up}}"),
           helper=BCE_DEF + SIGMOID_DEF),
       kink=None, domain=D.binary(D.ANY, D.Floats(0, 1), [(D.VECTOR, D.VECTOR),
                                                          (D.MATRIX, D.MATRIX)])),
]
