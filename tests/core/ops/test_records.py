"""Every op record is complete, and each of its parts does what it says.

An op is one record (cgviz/core/ops/registry.py): forward, vector-Jacobian product, symbol,
captions, NumPy spelling for the staged code, kink, domain. These tests fail on a record that
leaves a part out, on staged code that does not run or prints other numbers than the engine's,
and on a kink the gradient check would not see.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from typing import Any, TypeVar

import numpy as np
import pytest

from cgviz.core.engine import backward, forward
from cgviz.core.graph import Node
from cgviz.core.ops import OPS
from cgviz.core.ops import domains as D
from cgviz.core.ops.registry import UNSET, Code, Kink
from cgviz.settings import Settings
from cgviz.teach.code import staged_code, variable_names

T = TypeVar("T")
SAMPLES = 8  # drawn from each op's domain for the staged code


class RandomDraw:
    """An op domain's `Draw`, from a seeded NumPy generator (no shrinking needed here)."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)

    def choice(self, options: Sequence[T]) -> T:
        return options[int(self.rng.integers(len(options)))]

    def integer(self, lo: int, hi: int) -> int:
        return int(self.rng.integers(lo, hi + 1))

    def boolean(self) -> bool:
        return bool(self.rng.integers(2))

    def number(self, elements: D.Elements) -> float:
        return float(self.array((), elements))

    def array(self, shape: tuple[int, ...], elements: D.Elements) -> np.ndarray:
        if isinstance(elements, D.OneOf):
            return self.rng.choice(np.asarray(elements.values), size=shape)
        if isinstance(elements, D.Parity):
            k = self.rng.integers(-2, 3, size=shape)
            return 2.0 * k + elements.odd + self.rng.uniform(0, 0.49, size=shape)
        x = self.rng.uniform(elements.lo, elements.hi, size=shape)
        if elements.away:
            x = np.where(np.abs(x) < elements.away, np.copysign(elements.away, x), x)
        return np.asarray(x, dtype=np.float64)

    def permutation(self, n: int) -> list[int]:
        return [int(i) for i in self.rng.permutation(n)]


@pytest.mark.parametrize("name", sorted(OPS))
def test_every_record_states_every_part(name: str) -> None:
    op = OPS[name]
    assert op.name == name
    assert isinstance(op.code, Code), f"{name}: no NumPy spelling (code=Code(...))"
    assert op.kink is not UNSET, f"{name}: say kink=None or give its Kink"
    assert op.kink is None or isinstance(op.kink, Kink)
    assert op.domain is not UNSET and callable(op.domain), f"{name}: no domain"
    assert op.symbol and op.expr, f"{name}: no symbol or caption"
    inputs, params = op.domain(RandomDraw(0))
    params = {**params}
    n = len(inputs)
    assert op.arity in (-1, n)
    assert len(op.local) in (1, n), f"{name}: one local-gradient caption per input"
    if op.elementwise:
        texts = op.code.local_texts(params)
        assert texts is not None and len(texts) == n, f"{name}: a local gradient per input"
    else:
        assert op.code.downstream is not None, f"{name}: its downstream gradient's NumPy"
        shapes = [np.shape(x) for x in inputs]
        assert len(op.code.downstream(params, shapes)) == n
    if op.kink is not None:
        from cgviz.i18n import message

        assert message(op.kink.convention) != op.kink.convention, "a catalog key"
    if op.scalar is not None:  # a scalar in, a scalar out: no shape rule, no Jacobian row
        assert op.elementwise and op.shape is None and not op.local_if_scalar, name
        floats = [float(np.asarray(x).flat[0]) for x in inputs]  # one element of each
        assert len(op.scalar.local(op.scalar.forward(floats, params), floats, params)) == n


def _circuit(name: str, inputs: list[np.ndarray], params: dict[str, Any]) -> list[Node]:
    """The op's gate on its inputs, then `sum(gate * R)` so every element has a gradient."""
    op = OPS[name]
    nodes = [Node(index=i, kind="input", label=f"x{i}", value=v) for i, v in enumerate(inputs)]
    gate = len(nodes)
    out = np.shape(op.forward(*inputs, **params))
    weight = np.linspace(-1.5, 2.0, int(np.prod(out))).reshape(out)
    nodes += [
        Node(index=gate, kind="op", op=name, inputs=list(range(gate)), params=params,
             symbol=op.text(op.symbol, [], params)),
        Node(index=gate + 1, kind="const", value=weight),
        Node(index=gate + 2, kind="op", op="mul", inputs=[gate, gate + 1], symbol="*"),
        Node(index=gate + 3, kind="op", op="sum", inputs=[gate + 2], symbol="sum",
             params={"axis": None, "keepdims": False}),
    ]
    return nodes


def _staged(name: str, seed: int) -> tuple[dict[str, str], list[Node]]:
    inputs, params = OPS[name].domain(RandomDraw(seed))
    nodes = _circuit(name, [np.asarray(x, dtype=np.float64) for x in inputs], params)
    settings = Settings()
    fwd = forward(nodes, settings)
    back = backward(nodes, fwd.values, len(nodes) - 1, settings)
    for node, value, grad in zip(nodes, fwd.values, back.grads, strict=True):
        node.value, node.grad = value, grad
    return staged_code(nodes, len(nodes) - 1, back.order, []), nodes


# Runs every program in one fresh interpreter (one start-up, not one per sample), each in a
# namespace of its own, and prints every namespace's variables as JSON.
RUNNER = """
import json, sys
import numpy as np
out = {}
for key, code in json.load(sys.stdin).items():
    space = {}
    exec(code, space)
    out[key] = {k: np.asarray(v).tolist() for k, v in space.items()
                if isinstance(v, (float, np.ndarray, np.floating))}
print("DUMP", json.dumps(out))
"""


@pytest.fixture(scope="module")
def staged_runs() -> dict[str, tuple[list[Node], dict[str, Any]]]:
    programs, circuits = {}, {}
    for name in sorted(OPS):
        for seed in range(SAMPLES):
            code, nodes = _staged(name, seed)
            programs[f"{name}/{seed}"] = code["forward"] + code["backward"]
            circuits[f"{name}/{seed}"] = nodes
    done = subprocess.run([sys.executable, "-I", "-c", RUNNER], input=json.dumps(programs),
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    dumped = json.loads(done.stdout.rpartition("DUMP ")[2])
    return {key: (circuits[key], dumped[key]) for key in programs}


@pytest.mark.parametrize("name", sorted(OPS))  # a collapsed function: its `def`s too
def test_the_staged_code_of_every_op_runs_and_prints_the_engines_numbers(
        name: str, staged_runs: dict[str, tuple[list[Node], dict[str, Any]]]) -> None:
    for seed in range(SAMPLES):
        nodes, dumped = staged_runs[f"{name}/{seed}"]
        names, grads = variable_names(nodes)
        for node in nodes:
            np.testing.assert_allclose(dumped[names[node.index]], node.value, rtol=1e-12,
                                       atol=1e-14, err_msg=f"{name}: {names[node.index]}")
            if node.kind == "input":
                np.testing.assert_allclose(dumped[grads[node.index]], node.grad, rtol=1e-9,
                                           atol=1e-12, err_msg=f"{name}: {grads[node.index]}")


@pytest.mark.parametrize("name", sorted(n for n, op in OPS.items() if op.kink is not None))
def test_every_kink_is_seen_by_a_side_that_changes_across_it(name: str) -> None:
    """Inputs moved from one side of the kink to the other change the side it reports."""
    op = OPS[name]
    assert op.kink is not None
    crossings = {
        "relu": ([np.array(-1e-3)], [np.array(1e-3)], {}),
        "abs": ([np.array(-1e-3)], [np.array(1e-3)], {}),
        "max": ([np.array(1.0), np.array(1.001)], [np.array(1.001), np.array(1.0)], {}),
        "min": ([np.array(1.0), np.array(1.001)], [np.array(1.001), np.array(1.0)], {}),
        "maxc": ([np.array(0.999)], [np.array(1.001)], {"c": 1.0, "first": True}),
        "minc": ([np.array(0.999)], [np.array(1.001)], {"c": 1.0, "first": False}),
        "clip": ([np.array(1.249)], [np.array(1.251)], {"lo": -0.75, "hi": 1.25}),
        "amax": ([np.array([1.0, 1.001])], [np.array([1.001, 1.0])],
                 {"axis": None, "keepdims": False}),
        "amin": ([np.array([1.0, 1.001])], [np.array([1.001, 1.0])],
                 {"axis": None, "keepdims": False}),
    }
    if name == "group":
        from cgviz.core.ops.group import Body, BodyNode

        body = Body("r", 1, (BodyNode("relu", (0,)),), 1, ())
        crossings["group"] = ([np.array(-1e-3)], [np.array(1e-3)], {"body": body})
    assert name in crossings, f"add a crossing of {name}'s kink here"
    before, after, params = crossings[name]
    assert not np.array_equal(op.kink.side(*before, **params), op.kink.side(*after, **params))
    assert np.array_equal(op.kink.side(*before, **params), op.kink.side(*before, **params))
