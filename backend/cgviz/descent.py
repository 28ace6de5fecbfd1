"""Gradient descent on a circuit: the notes' `w += -step_size * dw`, repeated.

The program is lowered once; each step is a forward and a backward pass over the same nodes
with the parameters' input values moved against their gradients. A parameter is a variable
name: every input wire of that name shares its value (as `values` does), so it moves by the
sum of their gradients.
"""

from __future__ import annotations

import difflib
import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .build import Options, build, prepare
from .engine import backward, forward
from .errors import CircuitError
from .format import format_shape, to_json
from .graph import Graph, Node
from .settings import Settings, get_settings


@dataclass(slots=True)
class Descent:
    loss: list[Any]  # loss[0] before the first step, loss[k] after k steps (JSON numbers)
    values: dict[str, Any]  # the parameters' final values (JSON)
    warnings: list[str]
    graph: Graph | None = None  # the circuit at the final values, if asked for


def descend(source: str, values: Mapping[str, Any] | None, params: Sequence[str], lr: float,
            steps: int, options: Mapping[str, Any] | None = None,
            settings: Settings | None = None, with_graph: bool = False) -> Descent:
    """Run `steps` steps of gradient descent on the parameters; raises `CircuitError`."""
    settings = settings or get_settings()
    if not 0 <= steps <= settings.max_descent_steps:
        raise CircuitError("limit", f"steps: {steps} is not between 0 and "
                           f"{settings.max_descent_steps} (limit max_descent_steps)", 1, 1)
    if not math.isfinite(lr):
        raise CircuitError("type", "lr: the learning rate must be a finite number", 1, 1)
    opts = Options.of(options)
    program = prepare(source, values, opts, settings)
    nodes, output = program.nodes, program.output
    fwd = program.forward
    _check_scalar(nodes[output], fwd.values[output])
    targets = _parameters(nodes, params)
    current = {name: fwd.values[idxs[0]] for name, idxs in targets.items()}

    deadline = time.perf_counter() + settings.max_eval_seconds
    loss: list[float] = []
    warnings = list(program.warnings)
    for k in range(steps + 1):
        loss.append(float(fwd.values[output]))
        if not math.isfinite(loss[-1]):
            warnings.append(f"the loss is not finite after {k} steps, so descent stopped: try "
                            "a smaller learning rate")
            break
        if k == steps:
            break
        if time.perf_counter() > deadline:
            raise CircuitError("limit", f"gradient descent took longer than "
                               f"{settings.max_eval_seconds} s after {k} of {steps} steps "
                               "(limit max_eval_seconds): ask for fewer steps", 1, 1)
        grads = backward(nodes, fwd.values, output, settings).grads
        for name, idxs in targets.items():
            with np.errstate(all="ignore"):
                current[name] = current[name] - lr * sum(grads[i] for i in idxs)
            for i in idxs:
                nodes[i].value = current[name]
        fwd = forward(nodes, settings)

    final = {name: to_json(v) for name, v in current.items()}
    graph = None
    if with_graph:
        graph = build(source, {**(values or {}), **final}, options, settings)
    return Descent([to_json(v) for v in loss], final, warnings, graph)


def _check_scalar(out: Node, value: np.ndarray) -> None:
    if value.ndim:
        raise CircuitError("type", f"gradient descent needs a scalar loss, but the output "
                           f"{out.name} has shape {format_shape(value.shape)}: wrap it in "
                           "sum(…) or mean(…)", out.line, out.column)


def _parameters(nodes: Sequence[Node], params: Sequence[str]) -> dict[str, list[int]]:
    """Each parameter's input wires, or a name error pointing at the best place."""
    if not params:
        raise CircuitError("type", 'params: name at least one input to train, as in ["w"]',
                           1, 1)
    inputs: dict[str, list[int]] = {}
    for node in nodes:
        if node.kind == "input":
            inputs.setdefault(node.text, []).append(node.index)
    targets = {}
    for name in dict.fromkeys(params):  # in order, without repeats
        if name in inputs:
            targets[name] = inputs[name]
            continue
        computed = next((n for n in nodes if n.kind == "op" and n.label == name), None)
        if computed is not None:
            raise CircuitError("name", f"params: {name} is computed by the circuit, not an "
                               "input; only inputs can be trained", computed.line,
                               computed.column)
        close = difflib.get_close_matches(name, list(inputs), n=1, cutoff=0.6)
        hint = f" — did you mean {close[0]}?" if close else \
            f" (inputs: {', '.join(sorted(inputs)) or 'none'})"
        raise CircuitError("name", f"params: {name!r:.40} is not an input of this program"
                           + hint, 1, 1)
    return targets

