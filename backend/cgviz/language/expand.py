"""`options.expand`: fused gates redrawn as their primitive gates, with the same gradients.

The notes draw one neuron twice: with one σ gate, and as `*-1 → exp → +1 → 1/x`. This pass
turns the first picture into the second, and does the same for every fused gate with a recipe
in RECIPES: tanh, mean, softmax, log_softmax and the losses (mse_loss, cross_entropy,
bce_logits).

It runs after lowering and one forward pass, not inside lowering, because `mean` and the
losses (sum, then /n) and a matrix's `softmax` (a row sum is `@` a column of ones) need their
arguments' shapes, which lowering does not know. It is one loop over the nodes in order: an
expanded gate becomes a short chain of new nodes, every other node is copied with its inputs
renumbered, so the list stays topological and nothing recurses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..core.graph import Node
from ..core.ops import OPS
from ..errors import CircuitError
from ..i18n import message
from ..settings import Settings


class _Chain:
    """The new node list; every gate of an expansion keeps its fused gate's place in the source
    (line, column), so error positions and the editor still point at `sigmoid(z)`."""

    def __init__(self, settings: Settings) -> None:
        self.nodes: list[Node] = []
        self.max_nodes = settings.max_nodes
        self.max_edges = settings.edge_limit
        self.edges = 0

    def add(self, node: Node) -> int:
        if len(self.nodes) >= self.max_nodes:
            raise CircuitError("limit", "error.limit.expanded_nodes", node.line, node.column,
                               max=self.max_nodes)
        self.edges += len(node.inputs)
        if self.edges > self.max_edges:
            raise CircuitError("limit", "error.limit.edges", node.line, node.column,
                               max=self.max_edges)
        node.index = len(self.nodes)
        self.nodes.append(node)
        return node.index

    def gate(self, op: str, inputs: list[int], like: Node, **params: Any) -> int:
        spec = OPS[op]
        # written out as if typed (`exp(z)`, `exp(z) @ ones`), so captions read step by step
        text = spec.text(spec.expr, [self.nodes[i].name for i in inputs], params)
        return self.add(Node(index=0, kind="op", op=op, inputs=inputs, params=params,
                             symbol=spec.text(spec.symbol, [], params), text=text,
                             line=like.line, column=like.column, group=like.op))

    def const(self, value: np.ndarray, label: str, text: str, like: Node) -> int:
        return self.add(Node(index=0, kind="const", value=value, label=label, text=text,
                             line=like.line, column=like.column))


# Each recipe: (chain, the inputs' indices in the new list, the fused gate, its arguments'
# values) → index of the chain's last gate, which takes over the fused gate's label.
Recipe = Callable[[_Chain, list[int], Node, list[np.ndarray]], int]


def _sigmoid(c: _Chain, xs: list[int], like: Node, args: list[np.ndarray]) -> int:
    x = xs[0]
    v = c.gate("mulc", [x], like, c=-1.0)
    v = c.gate("exp", [v], like)
    v = c.gate("addc", [v], like, c=1.0)
    return c.gate("rdivc", [v], like, c=1.0)


def _tanh(c: _Chain, xs: list[int], like: Node, args: list[np.ndarray]) -> int:
    # tanh(x) = 2σ(2x) − 1: the notes' sigmoid chain, scaled
    v = _sigmoid(c, [c.gate("mulc", xs, like, c=2.0)], like, args)
    v = c.gate("mulc", [v], like, c=2.0)
    return c.gate("addc", [v], like, c=-1.0)


def _mean(c: _Chain, xs: list[int], like: Node, args: list[np.ndarray]) -> int:
    # mean of an empty tensor: 0/0 is NaN, as np.mean([]) is
    return c.gate("divc", [c.gate("sum", xs, like)], like, c=float(args[0].size))


def _row_sums(c: _Chain, e: int, like: Node, arg: np.ndarray) -> int:
    """Σ over the last axis: one `sum` gate for a vector; a matrix's row sums are
    `e @ ones(n, 1)`, a column that broadcasts back over each row."""
    if arg.ndim <= 1:
        return c.gate("sum", [e], like)
    n = arg.shape[-1]
    ones = c.const(np.ones((n, 1)), "ones", f"ones({n}, 1)", like)
    return c.gate("matmul", [e, ones], like)


def _softmax(c: _Chain, xs: list[int], like: Node, args: list[np.ndarray]) -> int:
    # e / Σe over the last axis. A vector sums with one `sum` gate; a matrix's row sums are
    # `e @ ones(n, 1)`, a column that broadcasts back over each row. No max is subtracted:
    # the primitives are what the picture shows, so exp overflows past ~709 as it says.
    e = c.gate("exp", xs, like)
    return c.gate("div", [e, _row_sums(c, e, like, args[0])], like)


def _log_softmax(c: _Chain, xs: list[int], like: Node, args: list[np.ndarray]) -> int:
    # x − log Σ exp(x) over the last axis (no max subtracted, as in softmax's chain)
    total = _row_sums(c, c.gate("exp", xs, like), like, args[0])
    return c.gate("sub", [xs[0], c.gate("log", [total], like)], like)


def _mse_loss(c: _Chain, xs: list[int], like: Node, args: list[np.ndarray]) -> int:
    # mean((a − b)²): the count is the broadcast size, as the fused gate's
    squared = c.gate("powc", [c.gate("sub", xs, like)], like, c=2.0)
    n = float(np.broadcast(*args).size)
    return c.gate("divc", [c.gate("sum", [squared], like)], like, c=n)


def _cross_entropy(c: _Chain, xs: list[int], like: Node, args: list[np.ndarray]) -> int:
    # −mean over the batch of log_softmax at each row's target (PyTorch's default)
    target = tuple(like.params["target"])
    logp = _log_softmax(c, xs, like, args)
    where = (target[0],) if args[0].ndim == 1 else (tuple(range(len(target))), target)
    picked = c.gate("sum", [c.gate("index", [logp], like, index=where)], like)
    return c.gate("mulc", [c.gate("divc", [picked], like, c=float(len(target)))], like, c=-1.0)


def _bce_logits(c: _Chain, xs: list[int], like: Node, args: list[np.ndarray]) -> int:
    # mean(log(1 + exp(z)) − z·y): smooth, so the chain's gradient is the fused gate's
    # (σ(z) − y)/n everywhere; like softmax's chain it shows exp overflowing past z ≈ 709,
    # which the fused gate's max(z, 0) − z·y + log1p(exp(−|z|)) avoids
    z, y = xs
    softplus = c.gate("log", [c.gate("addc", [c.gate("exp", [z], like)], like, c=1.0)], like)
    v = c.gate("sub", [softplus, c.gate("mul", [z, y], like)], like)
    n = float(np.broadcast(*args).size)
    return c.gate("divc", [c.gate("sum", [v], like)], like, c=n)


RECIPES: dict[str, Recipe] = {"sigmoid": _sigmoid, "tanh": _tanh, "mean": _mean,
                              "softmax": _softmax, "log_softmax": _log_softmax,
                              "mse_loss": _mse_loss, "cross_entropy": _cross_entropy,
                              "bce_logits": _bce_logits}
# the built-in composites: a gate of one op that stands for several primitives, drawn as a
# collapsed group that options.expand (or a click) opens into its chain
EXPANDABLE = tuple(RECIPES)


@dataclass(slots=True)
class Expanded:
    """What `expand` made: the new nodes, the new index of every old wire, and for every
    expanded gate (old index) its function's name and the new nodes of its chain (a group)."""

    nodes: list[Node]
    index: list[int]
    spans: dict[int, tuple[str, list[int]]]
    warnings: list[str]


def expand(nodes: Sequence[Node], values: Sequence[np.ndarray], which: set[str],
           settings: Settings) -> Expanded:
    """The node list with every gate whose op is in `which` replaced by its primitives.
    The new nodes carry no values for gates: the caller runs forward again."""
    chain = _Chain(settings)
    new_index: list[int] = []
    warnings: list[str] = []
    spans: dict[int, tuple[str, list[int]]] = {}
    for node in nodes:
        inputs = [new_index[i] for i in node.inputs]
        recipe = RECIPES.get(node.op or "") if node.op in which else None
        args = [values[i] for i in node.inputs] if recipe else []
        if recipe is not None and node.op in ("softmax", "log_softmax") and args[0].ndim > 2:
            warnings.append(message("warning.softmax_not_expanded", name=node.name,
                                    ndim=args[0].ndim))
            recipe = None
        if recipe is None:
            new_index.append(chain.add(dataclasses.replace(node, inputs=inputs)))
            continue
        first = len(chain.nodes)
        last = chain.nodes[recipe(chain, inputs, node, args)]
        last.label, last.text = node.label, node.text  # the chain's wire is the function's
        new_index.append(last.index)
        spans[node.index] = (node.op or "", list(range(first, len(chain.nodes))))
    return Expanded(chain.nodes, new_index, spans, warnings)
