"""Groups (docs/language.md): a call of the program's own function, or a built-in composite,
drawn as a titled box around its gates (expanded) or as one gate with its name (collapsed).

One mechanism for both kinds. Lowering records each inlined call as a `Call` (the range of
nodes it made); `user_groups` turns the calls into groups; `collapse` replaces every collapsed
user group by one `group` gate (ops/group.py) whose backward step is upstream × the group's
local gradient; after `options.expand` redrew chosen built-ins (language/expand.py),
`builtin_groups` records a group for each composite gate, fused (collapsed) or expanded.
Every pass is one loop over the nodes in order; nothing recurses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from ..language.expand import EXPANDABLE
from .graph import Group, Node
from .ops import OPS
from .ops.group import Body, BodyNode

COMPOSITES = EXPANDABLE  # the built-in composites: every op a recipe draws as primitives


@dataclass(slots=True, eq=False)
class Call:
    """One inlined call of the program's function, as lowering made it: nodes `start`…`end-1`
    are its gates (and constants), `output` the wire it returns (None: not one wire)."""

    name: str
    start: int
    line: int
    column: int
    text: str  # `neuron(x1, x2)`, for captions
    parent: int | None  # index of the enclosing call in the list of calls
    args: list[int]  # the wires passed to it, in the order of its parameters
    end: int = -1
    output: int | None = None


@dataclass(slots=True, eq=False)
class UserGroup:
    group: Group
    call: Call
    collapsible: bool  # no wire but its output is used outside it


def user_groups(nodes: Sequence[Node], calls: Sequence[Call], output: int) -> list[UserGroup]:
    """A group per call that returned one wire it made. Inputs made inside the body
    (`w = Value(2.0)` in a def) stay outside it: leaves are not gates."""
    last_use = list(range(len(nodes)))  # the last node that reads each node (or itself)
    for node in nodes:
        for i in node.inputs:
            last_use[i] = node.index
    found: list[UserGroup] = []
    kept: dict[int, int] = {}  # call index → group index
    for k, call in enumerate(calls):
        out = call.output
        if out is None or not call.start <= out < call.end or nodes[out].kind == "input":
            continue
        members = [i for i in range(call.start, call.end) if nodes[i].kind != "input"]
        inside = set(members)
        read = {j for i in members for j in nodes[i].inputs if j not in inside}
        # as the call passes them, then what else it reads: globals, Values made inside
        ordered = dict.fromkeys(a for a in call.args if a in read)
        ordered.update(dict.fromkeys(j for i in members for j in nodes[i].inputs if j in read))
        inputs = list(ordered)
        escapes = any(last_use[i] >= call.end for i in members if i != out)
        parent = call.parent
        while parent is not None and parent not in kept:  # skip calls that made no group
            parent = calls[parent].parent
        kept[k] = len(found)
        group = Group(call.name, members, inputs, out, parent=None if parent is None else
                      kept[parent])
        found.append(UserGroup(group, call, not escapes and (output == out or
                                                              output not in inside)))
    return found


def collapse(nodes: Sequence[Node], shapes: Sequence[tuple[int, ...]],
             found: Sequence[UserGroup],
             names: frozenset[str]) -> tuple[list[Node], list[Group], list[int | None]]:
    """The node list with each collapsed group (named in `names`) as one `group` gate, and
    the groups renumbered for it (those inside a collapsed group are gone with its gates), and
    the new index of every old node (None: hidden in a gate).

    The gate takes the place of the group's last node: every input comes before it, every
    reader of its output after it."""
    state: list[str] = []  # per group: "expanded", "collapsed" or "hidden" (inside a collapsed)
    owner: list[int | None] = [None] * len(nodes)
    for ug in found:
        g = ug.group
        if g.parent is not None and state[g.parent] != "expanded":
            state.append("hidden")
        elif g.name in names and ug.collapsible:
            state.append("collapsed")
            for i in g.nodes:
                owner[i] = len(state) - 1
        else:
            state.append("expanded")
    new: list[Node] = []
    index: list[int | None] = [None] * len(nodes)
    for node in nodes:
        k = owner[node.index]
        if k is None:
            index[node.index] = len(new)
            new.append(dataclasses.replace(
                node, index=len(new), inputs=[index[i] for i in node.inputs]))  # type: ignore[misc]
        elif node.index == found[k].group.nodes[-1]:
            g = found[k].group
            gate = _gate(nodes, shapes, found[k], len(new), [index[i] for i in g.inputs])
            index[g.output] = gate.index
            new.append(gate)
    return new, _renumbered(found, state, index), index


def _renumbered(found: Sequence[UserGroup], state: list[str],
                index: list[int | None]) -> list[Group]:
    groups: list[Group] = []
    number: dict[int, int] = {}
    for k, ug in enumerate(found):
        g = ug.group
        if state[k] == "hidden":
            continue
        number[k] = len(groups)
        members = sorted({m for m in (index[i] for i in g.nodes) if m is not None})
        output = index[g.output]
        assert output is not None
        groups.append(Group(g.name, members, [i for i in (index[j] for j in g.inputs)
                                              if i is not None],
                            output, collapsed=state[k] == "collapsed",
                            parent=None if g.parent is None else number[g.parent]))
    return groups


def _gate(nodes: Sequence[Node], shapes: Sequence[tuple[int, ...]], ug: UserGroup, at: int,
          inputs: list[int | None]) -> Node:
    g, call = ug.group, ug.call
    local = {j: k for k, j in enumerate(g.inputs)}
    body: list[BodyNode] = []
    for i in g.nodes:
        local[i] = len(local)
        n = nodes[i]
        if n.kind == "op":
            body.append(BodyNode(n.op, tuple(local[j] for j in n.inputs), dict(n.params)))
        else:
            body.append(BodyNode(None, value=n.value))
    spec = Body(g.name, len(g.inputs), tuple(body), local[g.output], tuple(shapes[g.output]))
    out = nodes[g.output]
    return Node(index=at, kind="op", op="group", label=out.label,
                inputs=inputs,  # type: ignore[arg-type]
                params={"body": spec}, symbol=g.name, text=call.text, line=call.line,
                column=call.column, group=g.name)


def builtin_groups(nodes: Sequence[Node], spans: dict[int, tuple[str, list[int]]],
                   users: list[Group]) -> list[Group]:
    """The user groups, then a group per built-in composite: a fused gate (collapsed) or the
    chain `options.expand` drew (`spans`: last gate → (name, its nodes)). Its parent is the
    innermost expanded user group around it."""
    innermost: dict[int, int] = {}  # node → innermost user group (children come after parents)
    for k, g in enumerate(users):
        if not g.collapsed:
            for i in g.nodes:
                innermost[i] = k
    groups = list(users)
    for node in nodes:
        span = spans.get(node.index)
        if span is not None:
            name, members = span
            first = nodes[members[0]]
            inputs = [i for i in first.inputs if i not in members]
            groups.append(Group(name, members, inputs, node.index, builtin=True,
                                parent=innermost.get(node.index)))
        elif node.op in COMPOSITES:
            groups.append(Group(node.op or "", [node.index], list(node.inputs), node.index,
                                builtin=True, collapsed=True, parent=innermost.get(node.index)))
    return groups


def ops_check() -> None:
    """Every composite is a registered op (a test calls this)."""
    missing = [name for name in COMPOSITES if name not in OPS]
    assert not missing, f"COMPOSITES names unregistered ops: {missing}"
