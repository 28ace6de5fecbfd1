"""`build(source, values, options)`: a program's text → a laid-out, traced `Graph`.

The pipeline, each stage its own module: parse (language/parser) → lower to nodes
(language/lower) → forward and backward (engine) → step trace (trace) → layout (layout).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from .engine import backward, forward
from .errors import CircuitError
from .graph import Graph
from .language.lower import Lowering
from .language.parser import parse
from .layout import apply_layout
from .settings import Settings, get_settings
from .trace import trace

EXPANDABLE = ("sigmoid", "tanh")


@contextmanager
def _gc_paused() -> Iterator[None]:
    """A build allocates many small objects and frees none of them until it returns; pausing the
    cyclic collector meanwhile saves its repeated full scans (measured in bench/engine.py)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build(source: str, values: Mapping[str, Any] | None = None,
          options: Mapping[str, Any] | None = None, settings: Settings | None = None) -> Graph:
    """Parse, evaluate and lay out a program; raises `CircuitError` for any mistake in it."""
    with _gc_paused():
        return _build(source, values, options, settings)


def _build(source: str, values: Mapping[str, Any] | None, options: Mapping[str, Any] | None,
           settings: Settings | None) -> Graph:
    settings = settings or get_settings()
    options = dict(options or {})
    if len(source) > settings.max_source_chars:
        raise CircuitError("limit", f"the program is {len(source)} characters long, more than "
                           f"{settings.max_source_chars} (limit max_source_chars)", 1, 1)
    digits = int(options.get("digits", 2))
    expand = set(options.get("expand") or ())
    unknown = expand - set(EXPANDABLE)
    if unknown:
        raise CircuitError("type", f"options.expand: cannot expand {', '.join(sorted(unknown))}; "
                           f"expandable: {', '.join(EXPANDABLE)}", 1, 1)

    lowering = Lowering(source, dict(values or {}), expand, settings)
    output = lowering.run(parse(source))
    nodes = lowering.nodes

    fwd = forward(nodes, settings)
    back = backward(nodes, fwd.values, output, settings)
    for node, value, grad in zip(nodes, fwd.values, back.grads, strict=True):
        node.value = value
        node.grad = grad
        why = fwd.warnings.get(node.index) or back.warnings.get(node.index)
        if why and not node.warning:
            node.warning = why
    warnings = list(lowering.warnings)
    not_finite = {**back.warnings, **fwd.warnings}  # a value's own warning says more
    warnings += _first([f"{nodes[i].name}: {w}" for i, w in sorted(not_finite.items())])

    graph = Graph(source=source, nodes=nodes, output=output, warnings=warnings,
                  options={"digits": digits, "expand": sorted(expand)})
    graph.steps = trace(nodes, fwd.values, output, back, digits)
    apply_layout(graph)
    return graph


_LISTED = 10  # a NaN spreads through a whole chain; the nodes carry every warning themselves


def _first(warnings: list[str]) -> list[str]:
    if len(warnings) <= _LISTED:
        return warnings
    return warnings[:_LISTED] + [f"… and {len(warnings) - _LISTED} more values that are not "
                                 "finite (each node carries its own warning)"]
