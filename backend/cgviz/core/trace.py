"""The step trace the animation plays (SPEC §2 `steps`), with a caption for every step.

Forward: one step per gate in topological order. Backward: a `seed` step (the output's
gradient is 1), then one `gate` step per gate from the output back (upstream × local =
contribution for each input), and an `accumulate` step whenever a wire used more than once
receives its second, third, … contribution — the `+=` of the notes, as its own event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ..i18n import message
from .engine import Backward
from .format import format_number, format_shape, format_summary, to_json
from .graph import Node
from .ops import OPS


def _show(v: np.ndarray, digits: int) -> str:
    """A number in a caption: a scalar as the wires print it; a tensor shortened as its wire
    shows it (`[0.09, 0.24, 0.67]`, `mean 0.12`), with its shape after it as a note."""
    if v.ndim == 0:
        return format_number(float(v), digits)
    return f"{format_summary(v, digits)} ({format_shape(v.shape)})"


def _expression(node: Node, names: Sequence[str]) -> str:
    op = OPS[node.op]  # type: ignore[index]
    return op.text(op.expr, [names[i] for i in node.inputs], node.params)


def _output_name(nodes: Sequence[Node], output: int) -> str:
    label = nodes[output].label
    if label:
        return label
    return "out" if any(n.label == "f" for n in nodes) else "f"


def trace(nodes: Sequence[Node], values: Sequence[np.ndarray], output: int, back: Backward,
          digits: int = 2, limit: int | None = None,
          seed: np.ndarray | None = None) -> list[dict[str, Any]]:
    """The whole trace: the forward phase, then the backward phase (from `seed`, ones unless
    the program says `backward(gradient=g)`). Tensors of more than `limit` elements go into
    the steps as summaries (format.to_json)."""
    names = [n.name for n in nodes]
    exprs = {n.index: _expression(n, names) for n in nodes if n.kind == "op"}
    with np.errstate(all="ignore"):  # running sums of non-finite gradients stay quiet
        return (forward_steps(nodes, values, names, exprs, digits, limit)
                + backward_steps(nodes, values, output, back, names, exprs, digits, limit,
                                 seed))


def forward_steps(nodes: Sequence[Node], values: Sequence[np.ndarray], names: list[str],
                  exprs: dict[int, str], digits: int, limit: int | None) -> list[dict[str, Any]]:
    steps = []
    for node in nodes:
        if node.kind != "op":
            continue
        value = values[node.index]
        expr = exprs[node.index]
        name = names[node.index]
        head = f"{name} = {expr}" if node.label else expr
        steps.append({
            "phase": "forward",
            "node": node.id,
            "inputs": [f"n{i}" for i in node.inputs],
            "value": to_json(value, limit),
            "caption": f"{head} = {_show(value, digits)}",
        })
    return steps


def backward_steps(nodes: Sequence[Node], values: Sequence[np.ndarray], output: int,
                   back: Backward, all_names: list[str], exprs: dict[int, str],
                   digits: int, limit: int | None,
                   seed: np.ndarray | None = None) -> list[dict[str, Any]]:
    out_name = _output_name(nodes, output)
    seed = np.ones_like(values[output]) if seed is None else seed
    steps: list[dict[str, Any]] = [{
        "phase": "backward",
        "event": "seed",
        "node": f"n{output}",
        "grad": to_json(seed, limit),
        "caption": message("caption.seed", out=out_name, value=_show(seed, digits)),
    }]
    received: dict[int, int] = {}  # how many contributions each wire has had so far
    running: dict[int, np.ndarray] = {}
    upstream_of: dict[int, np.ndarray] = {output: seed}
    for index, visited in zip(back.order, back.contributions, strict=True):
        node = nodes[index]
        upstream = upstream_of.pop(index, back.grads[index])
        entries, parts = [], []
        sums: dict[int, list[np.ndarray]] = {}  # wire → [total before this gate, its terms…]
        names = [all_names[i] for i in node.inputs]
        for i, port, local, c in visited:
            before = running.get(i)
            total = c if before is None else before + c
            running[i] = total
            received[i] = received.get(i, 0) + 1
            if nodes[i].kind == "op":
                upstream_of[i] = total
            if before is not None:
                sums.setdefault(i, [before]).append(c)
            entries.append({"node": f"n{i}", "port": port, "local": to_json(local, limit),
                            "contribution": to_json(c, limit), "grad": to_json(total, limit)})
            parts.append(_term(out_name, all_names[i], port, upstream, local, c, node, names,
                               digits))
        expr = exprs[index]
        head = f"{node.label} = {expr}" if node.label else expr
        steps.append({
            "phase": "backward",
            "event": "gate",
            "node": node.id,
            "upstream": to_json(upstream, limit),
            "inputs": entries,
            "caption": f"{head}: " + "; ".join(parts),
        })
        for i, terms in sums.items():
            # Each event carries the running total before this gate and what the gate adds,
            # so a wire used k times costs O(k) over the whole trace, not O(k²).
            steps.append({
                "phase": "backward",
                "event": "accumulate",
                "node": f"n{i}",
                "from": node.id,
                "terms": [to_json(t, limit) for t in terms],
                "count": received[i],
                "grad": to_json(running[i], limit),
                "caption": message("caption.accumulate", name=all_names[i],
                                   sum=_sum(terms, digits), total=_show(running[i], digits)),
            })
    return steps


def _term(out: str, inp: str, port: int, upstream: np.ndarray, local: np.ndarray | None,
          c: np.ndarray, gate: Node, names: list[str], digits: int) -> str:
    d = f"∂{out}/∂{inp}"
    if local is not None and local.ndim == 0:
        return message("caption.gate_term", derivative=d, upstream=_show(upstream, digits),
                       local=_show(local, digits), contribution=_show(c, digits))
    if local is not None:
        return message("caption.gate_term_elementwise", derivative=d,
                       contribution=_show(c, digits))
    op = OPS[gate.op]  # type: ignore[index]
    # a gate of any arity (stack) has one formula for every port
    formula = op.local[min(port, len(op.local) - 1)].replace("{port}", str(port))
    return f"{d} = {op.text(formula, names, gate.params)} = {_show(c, digits)}"


def _sum(terms: list[np.ndarray], digits: int) -> str:
    text = _show(terms[0], digits)
    for t in terms[1:]:
        if t.ndim == 0 and float(t) < 0:
            text += f" - {format_number(-float(t), digits)}"
        else:
            text += f" + {_show(t, digits)}"
    return text
