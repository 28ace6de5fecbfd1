"""`build(source, values, options)`: a program's text → a laid-out, traced `Graph`.

The pipeline, each stage its own module: parse with Python's own parser (language/parser)
→ lower to nodes (language/lower) → forward, and if asked expand fused gates
(language/expand) and forward again → backward (engine) → step trace (trace) → if asked,
numeric gradients (gradcheck) and staged code (code) → layout (layout).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .budget import budgeted
from .code import staged_code
from .engine import Forward, backward, forward
from .errors import CircuitError
from .gradcheck import gradcheck
from .graph import Graph, Node
from .i18n import message, speaking
from .language.expand import EXPANDABLE, expand
from .language.lower import Lowering
from .language.parser import parse
from .layout import apply_layout
from .settings import Settings, get_settings
from .trace import trace


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
    """Parse, evaluate and lay out a program; raises `CircuitError` for any mistake in it.

    Messages, warnings and captions are in `options["lang"]` ("en" or "ru"), else in the
    language of the surrounding `cgviz.i18n.speaking` block, else in English."""
    settings = settings or get_settings()
    with _gc_paused(), speaking(language_of(options)), budgeted(settings):
        return _build(source, values, options, settings)


def language_of(options: Mapping[str, Any] | None) -> str | None:
    """`options.lang`, if given: "ru", "en" (or a tag such as "ru-RU"); anything else is
    English, since a message in the wrong language beats no answer."""
    lang = (options or {}).get("lang")
    return lang if isinstance(lang, str) else None


@dataclass(frozen=True, slots=True)
class Options:
    """`options` of SPEC §2, read once: what to draw and what to add to the JSON."""

    digits: int = 2
    expand: frozenset[str] = frozenset()
    code: bool = False  # the staged forward and backward code (code.py)
    gradcheck: bool = False  # numeric gradients of the inputs (gradcheck.py)

    @classmethod
    def of(cls, options: Mapping[str, Any] | None) -> Options:
        options = dict(options or {})
        raw = options.get("expand") or ()
        expand = frozenset([raw] if isinstance(raw, str) else raw)  # "sigmoid" is one name
        unknown = expand - set(EXPANDABLE)
        if unknown:
            raise CircuitError("type", "error.type.expand", 1, 1, names=", ".join(sorted(unknown)),
                               expandable=", ".join(EXPANDABLE))
        return cls(int(options.get("digits", 2)), expand, bool(options.get("code")),
                   bool(options.get("gradcheck")))


@dataclass(slots=True)
class Program:
    """A program lowered to nodes (expanded as asked) and run forward: where build and
    gradient descent (descent.py) start."""

    nodes: list[Node]
    output: int
    forward: Forward
    warnings: list[str]


def prepare(source: str, values: Mapping[str, Any] | None, options: Options,
            settings: Settings) -> Program:
    if len(source) > settings.max_source_chars:
        raise CircuitError("limit", "error.limit.source", 1, 1, length=len(source),
                           max=settings.max_source_chars)
    lowering = Lowering(source, dict(values or {}), settings)
    parsed = parse(source)
    lowering.positions = parsed.positions
    output = lowering.run(parsed.module)
    nodes = lowering.nodes
    fwd = forward(nodes, settings)
    warnings = list(lowering.warnings)
    if options.expand and any(n.op in options.expand for n in nodes):
        # expansion needs the shapes of the first pass (language/expand.py)
        nodes, output, notes = expand(nodes, fwd.values, output, set(options.expand), settings)
        warnings += notes
        fwd = forward(nodes, settings)
    return Program(nodes, output, fwd, warnings)


def _build(source: str, values: Mapping[str, Any] | None, options: Mapping[str, Any] | None,
           settings: Settings) -> Graph:
    opts = Options.of(options)
    program = prepare(source, values, opts, settings)
    nodes, output, fwd = program.nodes, program.output, program.forward

    back = backward(nodes, fwd.values, output, settings)
    for node, value, grad in zip(nodes, fwd.values, back.grads, strict=True):
        node.value = value
        node.grad = grad
        why = fwd.warnings.get(node.index) or back.warnings.get(node.index)
        if why and not node.warning:
            node.warning = why
    warnings = program.warnings
    not_finite = {**back.warnings, **fwd.warnings}  # a value's own warning says more
    warnings += _first([f"{nodes[i].name}: {w}" for i, w in sorted(not_finite.items())])

    graph = Graph(source=source, nodes=nodes, output=output, warnings=warnings,
                  options={"digits": opts.digits, "expand": sorted(opts.expand)},
                  json_limit=settings.max_json_elements)
    graph.steps = trace(nodes, fwd.values, output, back, opts.digits, graph.json_limit)
    if opts.gradcheck:
        checks = gradcheck(nodes, fwd.values, back.grads, output, settings)
        for index, check in checks.items():
            nodes[index].extra = check.fields(graph.json_limit)
    if opts.code:
        graph.code = staged_code(nodes, output, back.order, graph.steps, graph.json_limit)
    apply_layout(graph)
    return graph


_LISTED = 10  # a NaN spreads through a whole chain; the nodes carry every warning themselves


def _first(warnings: list[str]) -> list[str]:
    if len(warnings) <= _LISTED:
        return warnings
    return warnings[:_LISTED] + [message("warning.more_not_finite",
                                         count=len(warnings) - _LISTED)]
