"""Gradient descent on a circuit: the notes' `w += -step_size * dw`, repeated.

The program is lowered once; each step is a forward and a backward pass over the same nodes
with the parameters' input values moved against their gradients. A parameter is a variable
name: every input wire of that name shares its value (as `values` does), so it moves by the
sum of their gradients.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .build import Options, build, language_of, prepare
from .core.budget import budgeted, current_budget
from .core.engine import backward, forward
from .core.format import format_shape, to_json
from .core.graph import Graph, Node
from .errors import CircuitError
from .i18n import message, speaking
from .settings import Settings, get_settings
from .suggest import did_you_mean


@dataclass(slots=True)
class Descent:
    loss: list[Any]  # loss[0] before the first step, loss[k] after k steps (JSON numbers)
    values: dict[str, Any]  # the parameters' final values (JSON)
    warnings: list[str]
    graph: Graph | None = None  # the circuit at the final values, if asked for


def descend(source: str, values: Mapping[str, Any] | None, params: Sequence[str], lr: float,
            steps: int, options: Mapping[str, Any] | None = None,
            settings: Settings | None = None, with_graph: bool = False) -> Descent:
    """Run `steps` steps of gradient descent on the parameters; raises `CircuitError`.
    Messages and warnings are in `options["lang"]`, as build()'s are."""
    settings = settings or get_settings()
    with speaking(language_of(options)), budgeted(settings):
        return _descend(source, values, params, lr, steps, options, settings, with_graph)


def _descend(source: str, values: Mapping[str, Any] | None, params: Sequence[str], lr: float,
             steps: int, options: Mapping[str, Any] | None, settings: Settings,
             with_graph: bool) -> Descent:
    if not 0 <= steps <= settings.max_descent_steps:
        raise CircuitError("limit", "error.limit.descent_steps", 1, 1, steps=steps,
                           max=settings.max_descent_steps)
    if not math.isfinite(lr):
        raise CircuitError("type", "error.type.learning_rate", 1, 1)
    opts = Options.of(options)
    program = prepare(source, values, opts, settings)
    nodes, output = program.nodes, program.output
    fwd = program.forward
    _check_scalar(nodes[output], fwd.values[output])
    targets = _parameters(nodes, params)
    current = {name: fwd.values[idxs[0]] for name, idxs in targets.items()}

    budget = current_budget(settings)
    loss: list[float] = []
    warnings = list(program.warnings)
    for k in range(steps + 1):
        loss.append(float(fwd.values[output]))
        if not math.isfinite(loss[-1]):
            warnings.append(message("warning.loss_not_finite", steps=k))
            break
        if k == steps:
            break
        if budget.spent():
            raise CircuitError("limit", "error.limit.descent_time", 1, 1,
                               seconds=settings.max_eval_seconds, done=k, steps=steps)
        # One step's arrays at a time: the backward's go once the parameters are updated, and
        # the old values once the new ones are made.
        mark = budget.elements
        grads = backward(nodes, fwd.values, output, settings).grads
        for name, idxs in targets.items():
            with np.errstate(all="ignore"):
                current[name] = current[name] - lr * sum(grads[i] for i in idxs)
            for i in idxs:
                nodes[i].value = current[name]
        del grads
        budget.elements = mark
        fwd = forward(nodes, settings)
        budget.elements = mark

    graph = None
    if with_graph:
        # Only the parameters' final values live on into the graph's build; the descent's own
        # arrays go, and with them their count.
        del program, nodes, fwd
        budget.elements = sum(int(np.size(v)) for v in current.values())
        full = {name: to_json(v, None) for name, v in current.items()}
        graph = build(source, {**(values or {}), **full}, options, settings)
    # A parameter of more than max_json_elements elements is sent as a summary (docs/api.md), as
    # the graph's tensors are: its final value can be read off `graph` with GET /api/graph/node.
    final = {name: to_json(v, settings.max_json_elements) for name, v in current.items()}
    return Descent([to_json(v, None) for v in loss], final, warnings, graph)


def _check_scalar(out: Node, value: np.ndarray) -> None:
    if value.ndim:
        raise CircuitError("type", "error.type.scalar_loss", out.line, out.column,
                           name=out.name, shape=format_shape(value.shape))


def _parameters(nodes: Sequence[Node], params: Sequence[str]) -> dict[str, list[int]]:
    """Each parameter's input wires, or a name error pointing at the best place."""
    if not params:
        raise CircuitError("type", "error.type.no_params", 1, 1)
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
            raise CircuitError("name", "error.name.param_computed", computed.line,
                               computed.column, name=name)
        hint = did_you_mean(name, inputs) or \
            message("error.name.param_inputs", inputs=", ".join(sorted(inputs))
                    or message("word.none"))
        raise CircuitError("name", "error.name.param_unknown", 1, 1, name=f"{name!r:.40}",
                           hint=hint)
    return targets

