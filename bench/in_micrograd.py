"""The programs of bench/programs.py run by micrograd, the yardstick bench/engine.py times cgviz
against: the same equations as `Value` objects, and a check that both agree.

micrograd is needed only here (`pip install micrograd`); it is imported when first used.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from cgviz.core.graph import Graph
from programs import OPS, Program, sigmoid

# micrograd 0.1.0 (PyPI) has + * ** relu only. tanh, σ and exp are added in its own closure
# style (the lecture's micrograd defines tanh and exp exactly so), outside the package.

def _micrograd_unary(name: str, f: Callable[[float], float],
                     local: Callable[[float, float], float]) -> Callable[..., Any]:
    def apply(v: Any, _b: Any, _c: float) -> Any:
        from micrograd.engine import Value

        out = Value(f(v.data), (v,), name)

        def _backward() -> None:
            v.grad += local(out.data, v.data) * out.grad
        out._backward = _backward
        return out

    return apply


# op → micrograd function; every function takes (a, b, c)
MICROGRAD: dict[str, Callable[..., Any]] = {
    "add": lambda a, b, c: a + b,
    "mul": lambda a, b, c: a * b,
    "addc": lambda a, b, c: a + c,
    "mulc": lambda a, b, c: a * c,
    "tanh": _micrograd_unary("tanh", math.tanh, lambda out, a: 1.0 - out * out),
    "sigmoid": _micrograd_unary("σ", sigmoid, lambda out, a: out * (1.0 - out)),
    "exp": _micrograd_unary("exp", math.exp, lambda out, a: out),
}
assert MICROGRAD.keys() == OPS.keys()


Code = list[tuple[Callable[..., Any], int, int, float]]


def micrograd_code(program: Program) -> tuple[list[float], Code]:
    """Names resolved to indices before timing, so the timed loop is only micrograd's work."""
    index = {name: i for i, name in enumerate(program.inputs)}
    code: Code = []
    for e in program.eqs:
        code.append((MICROGRAD[e.op], index[e.args[0]], index[e.args[-1]], e.c))
        index[e.out] = len(index)
    return list(program.inputs.values()), code


def micrograd_run(leaves: list[float], code: Code) -> list[Any]:
    """Forward (making the Values) and backward; micrograd raises RecursionError when deep."""
    from micrograd.engine import Value

    env = [Value(x) for x in leaves]
    for f, i, j, c in code:
        env.append(f(env[i], env[j], c))
    env[-1].backward()
    return env


def check_gradients(graph: Graph, program: Program, env: list[Any]) -> None:
    """Every value and gradient equals micrograd's, to 1e-9 relative."""
    by_label = {n.label: n for n in graph.nodes if n.label}
    names = [*program.inputs, *(e.out for e in program.eqs)]
    for name, v in zip(names, env, strict=True):
        node = by_label[name]
        for what, ours, theirs in (("value", node.value, v.data), ("gradient", node.grad, v.grad)):
            assert math.isclose(float(ours), theirs, rel_tol=1e-9, abs_tol=1e-300), \
                f"{name}: our {what} {float(ours)!r} != micrograd's {theirs!r}"


def micrograd_failing_depth() -> int:
    """The shallowest chain of `+1` gates whose backward() raises RecursionError (bisection)."""
    from micrograd.engine import Value

    def fails(depth: int) -> bool:
        v = Value(0.0)
        for _ in range(depth):
            v = v + 1.0
        try:
            v.backward()
        except RecursionError:
            return True
        return False

    works, failing = 1, 2
    while not fails(failing):
        works, failing = failing, failing * 2
    while failing - works > 1:
        mid = (works + failing) // 2
        if fails(mid):
            failing = mid
        else:
            works = mid
    return failing


