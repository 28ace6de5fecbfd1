"""`options.code`: the circuit written out the way the notes write staged backprop.

Forward: one named line per gate, in the order the gates run. Backward: the gates in reverse,
each input's gradient under the input's name with a `d` in front, `=` for its first
contribution and `+=` for every later one ("gradients add up at forks"), and a comment `(k)`
naming the forward line of the gate each line belongs to. The two strings together are a
runnable NumPy program that prints the circuit's output and its inputs' gradients; the lines
are numbered into the trace (`code_line` on each step) so the app can follow along.
"""

from __future__ import annotations

import keyword
import unicodedata
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..core.graph import Node
from ..core.ops import OPS, fill
from ..core.ops.spelling import literal, summed_to
from ..core.ops.tensor import index_text
from ..i18n import message

# Names the generated program itself uses: NumPy, print and the helpers' `def`s.
RESERVED = {"np", "print"} | {line[4:line.index("(")] for op in OPS.values()
                              for line in op.code.helper if line.startswith("def ")}
VERSION_MARKS = "′″‴⁽⁾⁰¹²³⁴⁵⁶⁷⁸⁹"
COMMENT_COLUMN = 32  # where the `# (k)` comments line up, as in the notes

PRELUDE = ['import numpy as np', '', 'np.seterr(all="ignore")']  # + "code.errstate" comment


def _identifier(label: str | None) -> str | None:
    """A label as a Python name (θ and μ are fine; the prime of a reassigned `c′` is not)."""
    if not label:
        return None
    name = unicodedata.normalize("NFKC", label.rstrip(VERSION_MARKS))
    if not name.isidentifier() or keyword.iskeyword(name) or name in RESERVED:
        return None
    return name


class _Unique:
    """Names not yet taken: `a`, then `a_2`, `a_3`, … Each base remembers the last suffix it
    gave, so 20,000 wires all labelled `a` (`a = -a` repeated) take linear time, not the
    quadratic time of probing `a_2`, `a_3`, … afresh for each."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.next: dict[str, int] = {}  # base → the first suffix not yet tried

    def __call__(self, base: str) -> str:
        name = base
        if self._taken(name):
            k = self.next.get(base, 2)
            while self._taken(f"{base}_{k}"):
                k += 1
            name = f"{base}_{k}"
            self.next[base] = k + 1
        self.used.add(name)
        return name

    def _taken(self, name: str) -> bool:
        return name in self.used or keyword.iskeyword(name) or name in RESERVED


def variable_names(nodes: Sequence[Node]) -> tuple[list[str], list[str]]:
    """(forward name, gradient name) of every node, unique across both lists."""
    unique = _Unique()
    counts: dict[str, int] = {}
    names: list[str] = []
    for node in nodes:
        base = _identifier(node.label)
        if base is None and node.op == "index" and all(
                isinstance(i, int) and i >= 0 for i in node.params["index"]):
            base = names[node.inputs[0]] + "_".join(map(str, node.params["index"]))  # w[0]: w0
        if base is None:
            stem = "c" if node.kind == "const" else (
                "neg" if node.op == "mulc" and node.params.get("c") == -1
                else node.symbol if node.op == "group"  # a collapsed function: its name
                else OPS[node.op].code.name or node.op if node.op else "v")
            counts[stem] = counts.get(stem, 0) + 1
            base = f"{stem}{counts[stem]}"
        names.append(unique(base))
    grads = [unique(f"d{name}") for name in names]
    return names, grads


def _helpers(nodes: Sequence[Node]) -> list[tuple[str, ...]]:
    """The `def`s the forward expressions call (sigmoid, softmax, …), each once, in the order
    their ops first appear."""
    defs: dict[tuple[str, ...], None] = {}
    for op in dict.fromkeys(n.op for n in nodes if n.op):
        lines = OPS[op].code.helper
        starts = [i for i, line in enumerate(lines) if line.startswith("def ")] + [len(lines)]
        for a, b in zip(starts, starts[1:], strict=False):
            defs.setdefault(tuple(lines[a:b]))
    return list(defs)


def _function_defs(nodes: Sequence[Node], names: list[str]) -> list[tuple[str, ...]]:
    """`def f(x, w):` and `def f_backward(x, w, dout):` for each collapsed function (a `group`
    gate), written from its body as the staged code writes a circuit, so that the lines which
    call them run. One pair per function name, from its first call."""
    defs: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for node in nodes:
        if node.op != "group" or node.params["body"].name in seen:
            continue
        body = node.params["body"]
        seen.add(body.name)
        n = body.n_inputs
        values = body.run(tuple(np.asarray(nodes[i].value) for i in node.inputs))
        inner = [Node(index=k, kind="input", label=names[i], value=values[k])
                 for k, i in enumerate(node.inputs)]
        for k, b in enumerate(body.nodes, start=n):
            if b.op is None:
                inner.append(Node(index=k, kind="const", value=values[k]))
            else:
                op = OPS[b.op]
                inner.append(Node(index=k, kind="op", op=b.op, inputs=list(b.inputs),
                                  params=b.params, value=values[k],
                                  symbol=op.text(op.symbol, [], b.params)))
        local, grads = variable_names(inner)
        compute = []
        for b in inner[n:]:
            expr = _value(np.asarray(b.value)) if b.op is None else fill(
                OPS[b.op].code.forward_text(b.params), [local[i] for i in b.inputs], {})
            compute.append(f"    {local[b.index]} = {expr}")
        params = ", ".join(local[:n])
        out = body.output
        defs.append((f"def {body.name}({params}):", *compute, f"    return {local[out]}"))
        reached = {out}
        for b in reversed(inner):
            if b.index in reached:
                reached.update(b.inputs)
        back = _BackwardLines(inner, local, grads, {b.index: b.index - n + 1 for b in inner[n:]})
        back.gates(out, [b.index for b in reversed(inner[n:])
                         if b.op is not None and b.index in reached])
        defs.append((f"def {body.name}_backward({params}, {grads[out]}):", *compute,
                     *("    " + line for line in back.lines.lines),
                     f"    return {', '.join(grads[:n])}" + ("," if n == 1 else "")))
    return defs


def _value(a: np.ndarray) -> str:
    if a.ndim == 0:
        return f"np.float64({literal(float(a))})"
    if a.size == 0:
        return f"np.zeros({a.shape!r})"
    items = [literal(v) for v in a.ravel().tolist()]
    for dim in reversed(a.shape[1:]):  # nest without recursion, innermost lists first
        items = ["[" + ", ".join(items[i:i + dim]) + "]" for i in range(0, len(items), dim)]
    return "np.array([" + ", ".join(items) + "])"


def _times(local: str, up: str) -> str:
    """`q * df`, `-1 * dq`, `(1 - sigx) * …` — brackets only where they are needed."""
    bare = local.lstrip("-").replace(".", "", 1)
    if local.isidentifier() or bare.isdigit() or (local.startswith("(") and local.endswith(")")
                                                   and local.count("(") == 1):
        return f"{local} * {up}"
    return f"({local}) * {up}"


class _Lines:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, code: str, comment: str = "") -> int:
        """Append a line; returns its 1-based number."""
        if comment:
            code = f"{code.ljust(COMMENT_COLUMN - 2)}  # {comment}"
        self.lines.append(code)
        return len(self.lines)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def staged_code(nodes: Sequence[Node], output: int, order: Sequence[int],
                steps: list[dict[str, Any]], limit: int | None = None,
                seed: np.ndarray | None = None) -> dict[str, str]:
    """{"forward", "backward"} for a built graph (values set on the nodes; `order` is the
    backward pass's gate order); sets `code_line` on every step it can place. An input of more
    than `limit` elements is not written out (the graph JSON summarises it too): zeros of its
    shape stand in, and a comment says so."""
    names, grads = variable_names(nodes)
    number: dict[int, int] = {}  # gate index → (k), its place in the forward pass
    fwd = _Lines()
    for line in PRELUDE[:-1]:
        fwd.add(line)
    fwd.add(f"{PRELUDE[-1]}  # {message('code.errstate')}")
    for lines in _helpers(nodes) + _function_defs(nodes, names):
        fwd.add("")
        fwd.add("")
        for line in lines:
            fwd.add(line)
    fwd.add("")
    fwd.add(f"# {message('code.inputs')}")
    for node in nodes:
        if node.kind != "op":
            value = np.asarray(node.value)
            comment = message("code.constant") if node.kind == "const" else ""
            if limit is not None and value.size > limit:
                fwd.add(f"{names[node.index]} = np.zeros({value.shape!r})",
                        message("code.too_large", size=value.size))
            else:
                fwd.add(f"{names[node.index]} = {_value(value)}", comment)
    fwd.add("")
    fwd.add(f"# {message('code.forward')}")
    forward_line: dict[int, int] = {}
    for node in nodes:
        if node.kind == "op":
            number[node.index] = len(number) + 1
            expr = OPS[node.op or ""].code.forward_text(node.params)
            expr = fill(expr, [names[i] for i in node.inputs], {})
            forward_line[node.index] = fwd.add(
                f"{names[node.index]} = {expr}",
                message("code.gate", number=number[node.index], symbol=node.symbol,
                        line=node.line))
    out = names[output]
    fwd.add(f'print("{out} =", {out})')

    back = _BackwardLines(nodes, names, grads, number)
    back.run(output, order, seed)
    _number_steps(steps, forward_line, back)
    return {"forward": fwd.text(), "backward": back.lines.text()}


class _BackwardLines:
    def __init__(self, nodes: Sequence[Node], names: list[str], grads: list[str],
                 number: dict[int, int]) -> None:
        self.nodes, self.names, self.grads, self.number = nodes, names, grads, number
        self.lines = _Lines()
        self.defined: set[int] = set()
        self.first_line: dict[int, int] = {}  # gate → first line of its block
        self.added: dict[tuple[int, int], int] = {}  # (gate, wire) → line of its last `+=`
        self.seed_line = 0

    def run(self, output: int, order: Sequence[int], given: np.ndarray | None = None) -> None:
        nodes, lines = self.nodes, self.lines
        lines.add(f"# {message('code.backward', out=self.names[output])}")
        seed = _value(given) if given is not None else "1.0" if not nodes[output].shape else \
            f"np.ones_like({self.names[output]})"
        self.seed_line = lines.add(f"{self.grads[output]} = {seed}", message("code.seed"))
        self.gates(output, order)
        for node in nodes:
            if node.kind == "input":
                lines.add(f'print("{self.grads[node.index]} =", {self.grads[node.index]})')

    def gates(self, output: int, order: Sequence[int]) -> None:
        """The gates' lines, from the output's gradient (already defined) down; then a zero
        gradient for every input the output does not depend on."""
        self.defined.add(output)
        for gate in order:
            self._gate(self.nodes[gate])
        for node in self.nodes:
            if node.kind == "input" and node.index not in self.defined:
                self.lines.add(
                    f"{self.grads[node.index]} = np.zeros_like({self.names[node.index]})",
                    message("code.unreached", name=self.names[node.index],
                            out=self.names[output]))
                self.defined.add(node.index)

    def _assign(self, gate: Node, wire: int, expr: str) -> None:
        comment = f"({self.number[gate.index]}) {gate.symbol}"
        if wire in self.defined:
            line = self.lines.add(f"{self.grads[wire]} += {expr}", comment)
            self.added[(gate.index, wire)] = line
        else:
            line = self.lines.add(f"{self.grads[wire]} = {expr}", comment)
            self.defined.add(wire)
        self.first_line.setdefault(gate.index, line)

    def _gate(self, gate: Node) -> None:
        nodes, names = self.nodes, self.names
        op = gate.op or ""
        args = [names[i] for i in gate.inputs]
        up = self.grads[gate.index]
        fields = {"out": names[gate.index], "up": up}
        shapes = [nodes[i].shape for i in gate.inputs]
        out_shape = gate.shape
        code = OPS[op].code
        locals_ = code.local_texts(gate.params) if OPS[op].elementwise else None
        # once per gate, not once per input: a list of n wires has n of them
        downstream = None if locals_ is not None or code.scatter or code.downstream is None \
            else code.downstream(gate.params, shapes)
        for port, wire in enumerate(gate.inputs):
            if nodes[wire].kind == "const":
                continue  # constants get no gradient variable
            if code.scatter:
                self._index(gate, wire, up)
                continue
            if locals_ is not None:
                local = fill(locals_[port], args, fields)
                expr = summed_to(_times(local, up), out_shape, shapes[port])
            else:
                assert downstream is not None
                expr = fill(downstream[port], args, fields)
            self._assign(gate, wire, expr)

    def _index(self, gate: Node, wire: int, up: str) -> None:
        """`dx[i] += dout`; with an integer array among the indices, `np.add.at`, which (unlike
        `+=`) adds every contribution of an index that repeats, as the engine does."""
        comment = f"({self.number[gate.index]}) {gate.symbol}"
        index = gate.params["index"]
        where = index_text(index)
        grad = self.grads[wire]
        add = f"np.add.at({grad}, np.s_[{where}], {up})" if any(
            isinstance(i, tuple) for i in index) else f"{grad}[{where}] += {up}"
        if wire not in self.defined:
            line = self.lines.add(f"{grad} = np.zeros_like({self.names[wire]})", comment)
            self.first_line.setdefault(gate.index, line)
            self.defined.add(wire)
            line = self.lines.add(add, comment)
        else:
            line = self.lines.add(add, comment)
            self.added[(gate.index, wire)] = line
        self.first_line.setdefault(gate.index, line)


def _number_steps(steps: list[dict[str, Any]], forward_line: dict[int, int],
                  back: _BackwardLines) -> None:
    for step in steps:
        node = int(step["node"][1:])
        if step["phase"] == "forward":
            step["code_line"] = forward_line.get(node)
        elif step.get("event") == "seed":
            step["code_line"] = back.seed_line
        elif step.get("event") == "accumulate":
            step["code_line"] = back.added.get((int(step["from"][1:]), node))
        else:
            step["code_line"] = back.first_line.get(node)
