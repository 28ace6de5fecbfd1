"""The scalar circuits bench/engine.py times: generated, of any size, in two shapes.

A program is a list of equations `(out, op, args, c)`, as in JAX's autodidax: the cgviz source
text and the micrograd computation are both made from it, so both run the same maths. Two
shapes: `chain` (deep: each gate reads the previous value and an earlier one) and `wide`
(shallow: a balanced reduction tree, depth about 1.5·log2 N).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from typing import Any, NamedTuple

BOUND = 3.0  # a value beyond ±BOUND is squashed next (tanh or σ), so every value stays finite


class Eq(NamedTuple):
    out: str
    op: str
    args: tuple[str, ...]
    c: float = 0.0  # the constant of a `+c` or `*c` gate


class Program(NamedTuple):
    inputs: dict[str, float]
    eqs: list[Eq]

    @property
    def size(self) -> int:  # graph nodes: inputs + gates (constants fold into their gates)
        return len(self.inputs) + len(self.eqs)

    def source(self) -> str:
        return "\n".join(f"{e.out} = " + OPS[e.op][0].format(*e.args, c=e.c) for e in self.eqs)

    def depth(self) -> int:
        """Gates on the longest path from an input to the output."""
        d = dict.fromkeys(self.inputs, 0)
        for e in self.eqs:
            d[e.out] = 1 + max(d[a] for a in e.args)
        return d[self.eqs[-1].out]


def sigmoid(a: float) -> float:
    return 0.5 * (1.0 + math.tanh(0.5 * a))  # as cgviz computes it


# op → (source template, float function); every function takes (a, b, c)
OPS: dict[str, tuple[str, Callable[..., Any]]] = {
    "add": ("{0} + {1}", lambda a, b, c: a + b),
    "mul": ("{0} * {1}", lambda a, b, c: a * b),
    "addc": ("{0} + {c!r}", lambda a, b, c: a + c),
    "mulc": ("{0} * {c!r}", lambda a, b, c: a * c),
    "tanh": ("tanh({0})", lambda a, b, c: math.tanh(a)),
    "sigmoid": ("sigmoid({0})", lambda a, b, c: sigmoid(a)),
    "exp": ("exp({0})", lambda a, b, c: math.exp(a)),
}


def chain(n: int, seed: int = 0) -> Program:
    """Deep: gate k reads gate k-1 and, half the time, an earlier value (an input, on a schedule
    that spreads the inputs along the chain, else one of the last 20 values)."""
    rng = random.Random(seed)
    m = min(max(2, n // 10), n - 1)  # n ≥ 2: at least one gate
    inputs = {f"x{i}": round(rng.uniform(-1.0, 1.0), 3) for i in range(m)}
    value = dict(inputs)  # the generator's own forward pass, to keep values bounded
    names, pending = ["x0"], list(inputs)[1:]
    gates = n - m
    eqs: list[Eq] = []
    while len(eqs) < gates:
        k, prev = len(eqs), names[-1]
        a = value[prev]
        due = bool(pending) and k * (m - 1) >= (m - 1 - len(pending)) * gates
        recent = [v for v in names[-21:-1] if abs(value[v]) <= BOUND]
        r = rng.random()
        if abs(a) > BOUND:
            eq = Eq(f"v{k}", rng.choice(("tanh", "sigmoid")), (prev,))
        elif due or (r < 0.5 and recent):
            other = pending.pop(0) if due else rng.choice(recent)
            eq = Eq(f"v{k}", rng.choice(("add", "mul")), (prev, other))
        elif r < 0.85:
            op, c = rng.choice((("mulc", 0.5), ("mulc", -1.0), ("mulc", 2.0), ("addc", 1.0),
                                ("addc", -0.5)))
            eq = Eq(f"v{k}", op, (prev,), c)
        else:
            eq = Eq(f"v{k}", "exp" if abs(a) < 2 else "tanh", (prev,))
        eqs.append(eq)
        value[eq.out] = _eval(eq, value)
        names.append(eq.out)
    assert not pending, f"inputs never used: {pending}"
    return Program(inputs, eqs)


def _eval(eq: Eq, value: dict[str, float]) -> float:
    return float(OPS[eq.op][1](value[eq.args[0]], value[eq.args[-1]], eq.c))


def wide(n: int, seed: int = 0) -> Program:
    """Shallow: a balanced tree over the inputs, products on even levels and means
    (`(a + b) * 0.5`) on odd ones, so values stay near 1. Inputs chosen so the size is near n."""
    lo, hi = 1, max(2, n)
    while lo < hi:  # fewest inputs whose tree has at least n nodes
        mid = (lo + hi) // 2
        if _tree(mid, seed).size < n:
            lo = mid + 1
        else:
            hi = mid
    return min((_tree(m, seed) for m in (max(1, lo - 1), lo)), key=lambda p: abs(p.size - n))


def _tree(m: int, seed: int) -> Program:
    rng = random.Random(seed)
    inputs = {f"x{i}": round(rng.uniform(0.5, 1.5), 3) for i in range(m)}
    level, depth = list(inputs), 0
    eqs: list[Eq] = []
    while len(level) > 1:
        nxt = []
        for i in range(0, len(level) - 1, 2):
            pair = (level[i], level[i + 1])
            if depth % 2 == 0:
                eqs.append(Eq(f"v{len(eqs)}", "mul", pair))
            else:
                eqs.append(Eq(f"v{len(eqs)}", "add", pair))
                eqs.append(Eq(f"v{len(eqs)}", "mulc", (eqs[-1].out,), 0.5))
            nxt.append(eqs[-1].out)
        if len(level) % 2:
            nxt.append(level[-1])
        level, depth = nxt, depth + 1
    if not eqs:
        eqs.append(Eq("v0", "mulc", (level[0],), 1.0))
    return Program(inputs, eqs)


SHAPES = {"chain": chain, "wide": wide}
