"""`build(source, values, options)`: a program's text → a laid-out, traced `Graph`.

The pipeline, each stage its own module: parse with Python's own parser (language/parser)
→ split off a hand-written backward part (language/backward_part) → lower the forward part to
nodes (language/lower), its function calls recorded as groups and, if asked, collapsed
(core/groups) → forward (core/engine), and if asked expand fused gates (language/expand) and
forward again → evaluate the hand-written part (teach/checks) → backward (core/engine) → step
trace (core/trace) → if asked, numeric gradients (teach/gradcheck) → the hand-written part's
checks → if asked, staged code (teach/code) → layout and group boxes (render/layout).
"""

from __future__ import annotations

import ast
import dataclasses
import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from .core.budget import budgeted
from .core.engine import Forward, backward, forward
from .core.format import Numbers
from .core.graph import Graph, Group, Node
from .core.groups import COMPOSITES, UserGroup, builtin_groups, collapse, user_groups
from .core.trace import trace
from .errors import CircuitError
from .i18n import message, speaking
from .language.backward_part import split
from .language.expand import EXPANDABLE, expand
from .language.lower import Lowering
from .language.parser import parse
from .language.values import Function
from .render.layout import apply_layout
from .settings import Settings, get_settings
from .teach.checks import HandPart, check_hand_written, run_hand_written
from .teach.code import staged_code
from .teach.gradcheck import gradcheck


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
    """`options` (docs/api.md), read once: what to draw and what to add to the JSON."""

    digits: int = 2
    expand: frozenset[str] = frozenset()  # built-in composites drawn as their gates
    collapse: frozenset[str] = frozenset()  # the program's functions drawn as one gate
    code: bool = False  # the staged forward and backward code (code.py)
    gradcheck: bool = False  # numeric gradients of the inputs (gradcheck.py)

    @classmethod
    def of(cls, options: Mapping[str, Any] | None) -> Options:
        options = dict(options or {})
        return cls(int(options.get("digits", 2)), _names(options.get("expand")),
                   _names(options.get("collapse")), bool(options.get("code")),
                   bool(options.get("gradcheck")))


def _names(raw: Any) -> frozenset[str]:
    """A list of function names; one name alone is a list of one ("sigmoid")."""
    return frozenset([raw] if isinstance(raw, str) else raw or ())


def _check_names(options: Options, functions: set[str]) -> None:
    """Built-ins start collapsed and the program's functions expanded (docs/language.md), so
    `expand` names built-ins that have a recipe or the program's functions (which are expanded
    anyway), and `collapse` the program's functions or built-ins (which are collapsed anyway)."""
    unknown = options.expand - set(EXPANDABLE) - functions
    if unknown:
        raise CircuitError("type", "error.type.expand", 1, 1, names=", ".join(sorted(unknown)),
                           expandable=", ".join([*EXPANDABLE, *sorted(functions)]))
    unknown = options.collapse - set(COMPOSITES) - functions
    if unknown:
        raise CircuitError("type", "error.type.collapse", 1, 1,
                           names=", ".join(sorted(unknown)),
                           collapsible=", ".join(sorted(functions)) or "—")


@dataclass(slots=True)
class Program:
    """A program lowered to nodes (groups collapsed and expanded as asked) and run forward:
    where build and gradient descent (descent.py) start."""

    nodes: list[Node]
    output: int
    forward: Forward
    warnings: list[str]
    groups: list[Group]
    seed: np.ndarray | None = None  # the output's gradient if not ones (backward(gradient=g))
    hand: HandPart | None = None  # a backward pass written after the forward one (checks.py)


def prepare(source: str, values: Mapping[str, Any] | None, options: Options,
            settings: Settings) -> Program:
    if len(source) > settings.max_source_chars:
        raise CircuitError("limit", "error.limit.source", 1, 1, length=len(source),
                           max=settings.max_source_chars)
    lowering = Lowering(source, dict(values or {}), settings)
    parsed = parse(source)
    lowering.positions = parsed.positions
    # the forward part is drawn; a backward part after it is checked (language/backward_part)
    parts = split(parsed.module.body)
    output = lowering.run(ast.Module(parts.forward, []) if parts.backward else parsed.module)
    hand = HandPart(parts, lowering, output) if parts.backward else None
    _check_names(options, {c.name for c in lowering.calls}
                 | {k for k, v in lowering.globals.items() if isinstance(v, Function)})
    found = user_groups(lowering.nodes, lowering.calls, output) if lowering.calls else []
    nodes, users = lowering.nodes, [ug.group for ug in found]
    moved: list[int | None] | None = None  # where each of the lowering's nodes is drawn
    if any(ug.group.name in options.collapse for ug in found):
        nodes, users, output, moved = _collapsed(nodes, lowering.shapes, found, options, output)
    fwd = forward(nodes, settings)
    warnings = list(lowering.warnings)
    spans: dict[int, tuple[str, list[int]]] = {}
    if options.expand and any(n.op in options.expand for n in nodes):
        # expansion needs the shapes of the first pass (language/expand.py)
        done = expand(nodes, fwd.values, set(options.expand), settings)
        nodes, output, warnings = done.nodes, done.index[output], warnings + done.warnings
        users = [_through(g, done.index, done.spans) for g in users]
        spans = {done.index[old]: span for old, span in done.spans.items()}
        fwd = forward(nodes, settings)
        moved = [done.index[i] if i is not None else None
                 for i in (moved or range(len(lowering.nodes)))]
    if hand is not None:
        hand.index = moved
    return Program(nodes, output, fwd, warnings, builtin_groups(nodes, spans, users),
                   lowering.output_seed, hand)


def _collapsed(nodes: list[Node], shapes: list[tuple[int, ...]], found: list[UserGroup],
               options: Options, output: int
               ) -> tuple[list[Node], list[Group], int, list[int | None]]:
    new, groups, index = collapse(nodes, shapes, found, options.collapse)
    out = index[output]
    assert out is not None, "a collapsed group's inner wire is the output"
    return new, groups, out, index


def _through(g: Group, index: list[int], spans: dict[int, tuple[str, list[int]]]) -> Group:
    """A user group renumbered after `expand`: an expanded gate brings its whole chain."""
    members: list[int] = []
    for i in g.nodes:
        members.extend(spans[i][1] if i in spans else [index[i]])
    return dataclasses.replace(g, nodes=members, inputs=[index[i] for i in g.inputs],
                               output=index[g.output])


def _build(source: str, values: Mapping[str, Any] | None, options: Mapping[str, Any] | None,
           settings: Settings) -> Graph:
    opts = Options.of(options)
    program = prepare(source, values, opts, settings)
    nodes, output, fwd = program.nodes, program.output, program.forward

    seed = program.seed
    hand = run_hand_written(program.hand, fwd.values, settings) if program.hand else None
    if seed is None and hand is not None:
        seed = hand.seed  # the gradient from above a tensor output, written by hand
    back = backward(nodes, fwd.values, output, settings, seed)
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
                  groups=program.groups,
                  options={"digits": opts.digits, "expand": sorted(opts.expand),
                           "collapse": sorted(opts.collapse)},
                  json_limit=settings.max_json_elements, given_values=dict(values or {}),
                  given_options=dict(options or {}))
    numbers = Numbers(opts.digits)  # the trace's captions and the wires print the same numbers
    graph.steps = trace(nodes, fwd.values, output, back, opts.digits, graph.json_limit,
                        seed, numbers)
    if opts.gradcheck:
        checks = gradcheck(nodes, fwd.values, back.grads, output, settings, seed)
        for index, check in checks.items():
            nodes[index].extra = check.fields(graph.json_limit)
    if hand is not None:
        graph.checks = check_hand_written(hand, nodes, back, graph.steps, settings, seed,
                                          opts.digits)
    if opts.code:
        graph.code = staged_code(nodes, output, back.order, graph.steps, graph.json_limit,
                                 seed)
    apply_layout(graph, numbers)
    return graph


_LISTED = 10  # a NaN spreads through a whole chain; the nodes carry every warning themselves


def _first(warnings: list[str]) -> list[str]:
    if len(warnings) <= _LISTED:
        return warnings
    return warnings[:_LISTED] + [message("warning.more_not_finite",
                                         count=len(warnings) - _LISTED)]
