"""`options.gradcheck`: each input's analytic gradient beside a numeric one.

The notes' point: the analytic gradient is exact and fast, the numeric one
`(f(x + h) - f(x - h)) / 2h` slow and approximate — so compare them, with the relative error
|a - n| / max(|a|, |n|). Central differences, h = 1e-5 as in the notes, one element at a
time; each evaluation reruns only the gates downstream of that input.

Honest at kinks: if a gate with a kink (its op record's `Kink`: relu or abs at 0, a tie in
max, clip at a bound) switches sides between x - h and x + h, the numeric gradient averages
the two sides while the analytic one follows cgviz's convention, so they may rightly differ;
the node says so instead of flagging an error. The whole check may spend half the time left
of the program's budget (budget.py); inputs it cannot reach in time are marked as not checked
rather than failing the graph.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from ..core.budget import Reserve, current_budget
from ..core.format import to_json
from ..core.graph import Node
from ..core.ops import OPS
from ..i18n import message
from ..settings import Settings

H = 1e-5
DISAGREE = 1e-4  # the notes: above 1e-4 "should make you feel uncomfortable"
NOISE = 1e-6  # |a - n| below NOISE·max(1, |f|) is rounding in f(x ± h), not a disagreement
TINY = 1e-8  # the denominator's floor, as in the course's assignments: 0 vs 1e-12 is not 100%

Status = Literal["ok", "disagree", "kink", "not finite", "not checked"]


def _side(op: str, args: list[np.ndarray], params: dict[str, Any]) -> np.ndarray | None:
    """Which side of its kink each element of a gate is on (None: the op has no kink)."""
    kink = OPS[op].kink
    return None if kink is None else np.asarray(kink.side(*args, **params))


@dataclass(slots=True)
class Check:
    numeric: np.ndarray | None
    relative_error: float | None
    status: Status
    note: str | None = None

    def fields(self, limit: int | None) -> dict[str, Any]:
        """The node's JSON fields; `numeric_grad` summarised above `limit` (format.to_json)."""
        d: dict[str, Any] = {"numeric_grad": to_json(self.numeric, limit),
                             "relative_error": self.relative_error,
                             "gradcheck": self.status}
        if self.note:
            d["gradcheck_note"] = self.note
        return d


def gradcheck(nodes: Sequence[Node], values: Sequence[np.ndarray], grads: Sequence[np.ndarray],
              output: int, settings: Settings, seed: np.ndarray | None = None
              ) -> dict[int, Check]:
    """A `Check` for every input node, by index. The numeric gradient is that of
    sum(seed ⊙ output), as the analytic one is seeded with `seed` (ones unless given)."""
    weight = np.ones_like(values[output]) if seed is None else seed
    # Half the time left, so a slow check still leaves the layout and the drawing theirs.
    budget = current_budget(settings).keeping(0.5)
    checks: dict[int, Check] = {}
    with np.errstate(all="ignore"):
        for node in nodes:
            if node.kind != "input":
                continue
            checked = None if budget.spent() else _check(nodes, values, grads, output,
                                                         node.index, budget, weight)
            checks[node.index] = checked or Check(
                None, None, "not checked",
                message("gradcheck.not_checked", seconds=f"{settings.max_eval_seconds:g}"))
    return checks


def _downstream(nodes: Sequence[Node], start: int, output: int, budget: Reserve
                ) -> list[int] | None:
    """The gates between an input and the output that depend on it, in order (None: out of
    time — a long circuit with many inputs costs inputs × nodes here)."""
    hit = {start}
    gates = []
    for node in nodes[start + 1:output + 1]:
        if node.index % 1024 == 0 and budget.spent():
            return None
        if node.kind == "op" and any(i in hit for i in node.inputs):
            hit.add(node.index)
            gates.append(node.index)
    return gates


def _check(nodes: Sequence[Node], values: Sequence[np.ndarray], grads: Sequence[np.ndarray],
           output: int, start: int, budget: Reserve, weight: np.ndarray) -> Check | None:
    gates = _downstream(nodes, start, output, budget)
    if gates is None:
        return None
    x = np.array(values[start], dtype=np.float64)
    numeric = np.zeros_like(x)
    kinks: dict[int, int] = {}  # kink gate → elements of x whose ± step crosses it
    if gates or start == output:
        flat = numeric.reshape(-1)
        for j in range(x.size):
            if budget.spent():
                return None
            plus, sides_plus = _evaluate(nodes, values, gates, output, start, x, j, H, weight)
            minus, sides_minus = _evaluate(nodes, values, gates, output, start, x, j, -H,
                                           weight)
            flat[j] = (plus - minus) / (2 * H)
            for gate, side in sides_plus.items():
                if not np.array_equal(side, sides_minus[gate]):
                    kinks[gate] = kinks.get(gate, 0) + 1
    return _compare(nodes, np.asarray(grads[start]), numeric, kinks,
                    float(np.sum(weight * values[output])))


def _evaluate(nodes: Sequence[Node], values: Sequence[np.ndarray], gates: list[int],
              output: int, start: int, x: np.ndarray, j: int, h: float, weight: np.ndarray
              ) -> tuple[float, dict[int, np.ndarray]]:
    """sum(weight ⊙ output) with element j of the input moved by h, and the kink gates'
    sides."""
    moved = x.copy()
    moved.reshape(-1)[j] += h
    changed: dict[int, np.ndarray] = {start: moved}
    sides: dict[int, np.ndarray] = {}
    for index in gates:
        node = nodes[index]
        args = [changed.get(i, values[i]) for i in node.inputs]
        side = _side(node.op or "", args, node.params)
        if side is not None:
            sides[index] = side
        changed[index] = np.asarray(OPS[node.op or ""].forward(*args, **node.params),
                                    dtype=np.float64)
    return float(np.sum(weight * changed.get(output, values[output]))), sides


def _compare(nodes: Sequence[Node], analytic: np.ndarray, numeric: np.ndarray,
             kinks: dict[int, int], f: float) -> Check:
    if not (np.isfinite(numeric).all() and np.isfinite(analytic).all()):
        return Check(numeric, None, "not finite", message("gradcheck.not_finite"))
    gap = np.abs(analytic - numeric)
    relative = gap / np.maximum(np.maximum(np.abs(analytic), np.abs(numeric)), TINY)
    error = float(relative.max()) if relative.size else 0.0
    # f(x ± h) is rounded to ~1e-16·|f|, so differences below NOISE·|f| mean nothing
    noise = NOISE * max(1.0, abs(f)) if math.isfinite(f) else NOISE
    rounding = bool((gap <= noise).all())
    if kinks:
        gate = nodes[min(kinks)]
        kink = OPS[gate.op or ""].kink
        assert kink is not None
        count = sum(kinks.values())
        elements = "" if numeric.size <= 1 else message(
            "gradcheck.kink_elements" if count > 1 else "gradcheck.kink_element", count=count)
        return Check(numeric, error, "kink",
                     message("gradcheck.kink", symbol=gate.symbol, line=gate.line,
                             column=gate.column, h=f"{H:g}", elements=elements,
                             convention=message(kink.convention)))
    if error > DISAGREE and rounding:
        return Check(numeric, error, "ok", message("gradcheck.rounding"))
    if error > DISAGREE:
        return Check(numeric, error, "disagree",
                     message("gradcheck.disagree", error=f"{error:.1e}", limit=f"{DISAGREE:g}"))
    return Check(numeric, error, "ok")
