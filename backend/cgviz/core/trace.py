"""The step trace the animation plays (docs/api.md, `steps`), with a caption for every step.

Forward: one step per gate in topological order. Backward: a `seed` step (the output's
gradient: ones, or the `g` of the program's `y.backward(gradient=g)`), then one `gate` step per
gate from the output back (upstream × local = contribution for each input), and an
`accumulate` step whenever a wire used more than once receives its second, third, …
contribution — the `+=` of the notes, as its own event.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ..i18n import message, message_template
from .engine import Backward
from .format import Numbers, format_shape, format_summary, to_json
from .graph import Node
from .ops import OPS


class _Numbers:
    """Numbers as captions print them: a scalar as the wires print it; a tensor shortened as
    its wire shows it (`[0.09, 0.24, 0.67]`, `mean 0.12`), with its shape after it as a note.
    A scalar comes as a 0-d array, or as a float from the engine's scalar path."""

    def __init__(self, numbers: Numbers) -> None:
        self.digits = numbers.digits
        self.number = numbers
        self.texts = numbers.texts  # read here first: most numbers were shown before

    def show(self, v: Any) -> str:
        if type(v) is float:
            x = v
        elif v.ndim == 0:
            x = float(v)
        else:
            return f"{format_summary(v, self.digits)} ({format_shape(v.shape)})"
        text = self.texts.get(x)
        return self.number(x) if text is None else text


def _expression(node: Node, names: Sequence[str]) -> str:
    op = OPS[node.op]  # type: ignore[index]
    return op.text(op.expr, [names[i] for i in node.inputs], node.params)


def _output_name(nodes: Sequence[Node], output: int) -> str:
    label = nodes[output].label
    if label:
        return label
    return "out" if any(n.label == "f" for n in nodes) else "f"


def trace(nodes: Sequence[Node], values: Sequence[np.ndarray], output: int, back: Backward,
          digits: int = 2, limit: int | None = None, seed: np.ndarray | None = None,
          numbers: Numbers | None = None) -> list[dict[str, Any]]:
    """The whole trace: the forward phase, then the backward phase (from `seed`, ones unless
    the program says `backward(gradient=g)`). Tensors of more than `limit` elements go into
    the steps as summaries (format.to_json). `numbers`: scalars already formatted at
    `digits`, shared with the layout."""
    names = [n.name for n in nodes]
    ids = [f"n{i}" for i in range(len(nodes))]
    exprs = {n.index: _expression(n, names) for n in nodes if n.kind == "op"}
    shown = _Numbers(numbers if numbers is not None and numbers.digits == digits
                     else Numbers(digits))
    with np.errstate(all="ignore"):  # running sums of non-finite gradients stay quiet
        return (forward_steps(nodes, values, names, ids, exprs, shown, limit)
                + backward_steps(nodes, values, output, back, names, ids, exprs, shown,
                                 limit, seed))


def forward_steps(nodes: Sequence[Node], values: Sequence[np.ndarray], names: list[str],
                  ids: list[str], exprs: dict[int, str], numbers: _Numbers,
                  limit: int | None) -> list[dict[str, Any]]:
    steps = []
    show = numbers.show
    for node in nodes:
        if node.kind != "op":
            continue
        index = node.index
        value = values[index]
        expr = exprs[index]
        head = f"{names[index]} = {expr}" if node.label else expr
        steps.append({
            "phase": "forward",
            "node": ids[index],
            "inputs": [ids[i] for i in node.inputs],
            "value": to_json(value, limit),
            "caption": f"{head} = {show(value)}",
        })
    return steps


def backward_steps(nodes: Sequence[Node], values: Sequence[np.ndarray], output: int,
                   back: Backward, all_names: list[str], ids: list[str],
                   exprs: dict[int, str], numbers: _Numbers, limit: int | None,
                   seed: np.ndarray | None = None) -> list[dict[str, Any]]:
    out_name = _output_name(nodes, output)
    show = numbers.show
    seed = np.ones_like(values[output]) if seed is None else seed
    steps: list[dict[str, Any]] = [{
        "phase": "backward",
        "event": "seed",
        "node": ids[output],
        "grad": to_json(seed, limit),
        "caption": message("caption.seed", out=out_name, value=show(seed)),
    }]
    derivative = f"∂{out_name}/∂"
    gate_term = message_template("caption.gate_term")
    accumulate = message_template("caption.accumulate")
    received = [0] * len(nodes)  # how many contributions each wire has had so far
    running: list[Any] = [None] * len(nodes)
    is_op = [n.kind == "op" for n in nodes]
    upstream_of: dict[int, Any] = {output: seed}
    for index, visited in zip(back.order, back.contributions, strict=True):
        node = nodes[index]
        upstream = upstream_of.pop(index, back.grads[index])
        upstream_text: str | None = None
        entries, parts = [], []
        sums: dict[int, list[Any]] = {}  # wire → [total before this gate, its terms…]
        names: list[str] | None = None  # the inputs' names, for a formula (_term)
        for i, port, local, c in visited:
            before = running[i]
            total = c if before is None else before + c
            running[i] = total
            received[i] += 1
            if is_op[i]:
                upstream_of[i] = total
            if before is not None:
                sums.setdefault(i, [before]).append(c)
            entries.append({"node": ids[i], "port": port, "local": to_json(local, limit),
                            "contribution": to_json(c, limit), "grad": to_json(total, limit)})
            d = derivative + all_names[i]
            if isinstance(local, float) or (local is not None and local.ndim == 0):
                if upstream_text is None:
                    upstream_text = show(upstream)
                parts.append(gate_term.format_map({
                    "derivative": d, "upstream": upstream_text, "local": show(local),
                    "contribution": show(c)}))
            else:
                if names is None:
                    names = [all_names[j] for j in node.inputs]
                parts.append(_term(d, port, local, c, node, names, show))
        expr = exprs[index]
        head = f"{node.label} = {expr}" if node.label else expr
        steps.append({
            "phase": "backward",
            "event": "gate",
            "node": ids[index],
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
                "node": ids[i],
                "from": ids[index],
                "terms": [to_json(t, limit) for t in terms],
                "count": received[i],
                "grad": to_json(running[i], limit),
                "caption": accumulate.format_map({"name": all_names[i],
                                                  "sum": _sum(terms, show),
                                                  "total": show(running[i])}),
            })
    return steps


def _term(d: str, port: int, local: Any, c: Any, gate: Node, names: list[str],
          show: Callable[[Any], str]) -> str:
    """The caption of one input of a tensor gate (a scalar's is upstream × local)."""
    if local is not None:
        return message("caption.gate_term_elementwise", derivative=d, contribution=show(c))
    op = OPS[gate.op]  # type: ignore[index]
    # a gate of any arity (stack) has one formula for every port
    formula = op.local[min(port, len(op.local) - 1)].replace("{port}", str(port))
    return f"{d} = {op.text(formula, names, gate.params)} = {show(c)}"


def _sum(terms: list[Any], show: Callable[[Any], str]) -> str:
    text = show(terms[0])
    for t in terms[1:]:
        if (type(t) is float or t.ndim == 0) and float(t) < 0:
            text += f" - {show(-float(t))}"
        else:
            text += f" + {show(t)}"
    return text
