"""A backward pass written by hand after the forward pass, as the course notes write it
(`dnum = invden`, `dx += ((1 - sigx) * sigx) * dsigx`) and the "backprop ninja" exercise
asks for (`dlogprobs = torch.zeros_like(logprobs)`, `dlogprobs[range(n), Yb] = -1.0/n`).

`split` finds where it starts. The **backward part** is the longest tail of the program whose
statements all assign or update `d<name>` variables, `<name>` being a value of the forward part
(the statements before the tail); calls that only report (`print(...)`, the exercise's
`cmp(...)`) and a d-name alone on a line (a notebook cell showing it) are skipped. A
`d<a>d<b>` name (the notes' `dfdz`, `dqdx`), with `a` and `b` both forward values and no
forward value called `<a>d<b>`, means ∂a/∂b. A `for` loop belongs to the tail when it only
assigns `d`-names and names of its own (the exercise's `dC[ix] += …` loop). So a forward
program that happens to name a value `dx` and goes on computing is not cut short.

The part is evaluated by `HandLowering` (language/hand_lowering.py) and checked by checks.py.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from .source import Positions

# calls that only report what a hand-written gradient is (the exercise defines `cmp` itself)
REPORTS = frozenset({"print", "cmp", "display"})


@dataclass(slots=True)
class Meaning:
    """What a `d`-name stands for: ∂top/∂of, `top` None for the program's output."""

    name: str
    of: str
    top: str | None = None


@dataclass(slots=True)
class Split:
    forward: list[ast.stmt]
    backward: list[ast.stmt] = field(default_factory=list)
    names: dict[str, Meaning] = field(default_factory=dict)  # each d-name the part assigns


# ---- where the backward part starts ------------------------------------------------------

def split(body: list[ast.stmt]) -> Split:
    """The program's statements as forward part and backward part (empty if there is none).

    Only the statements from the last one that is not a `d`-assignment (or a report) on are
    examined further, so a program without a backward part costs one look at its last line."""
    first = len(body)
    while first > 0 and _shape_of_d_statement(body[first - 1]) is not None:
        first -= 1
    if first == len(body):
        return Split(body)
    seen = _first_seen(body)
    # need[k]: the shortest forward part (in statements) that makes statement k a d-statement
    need = [_need(body[k], seen, k) for k in range(first, len(body))]
    start = len(body)
    most = 0.0
    for k in range(len(body) - 1, first - 1, -1):  # the smallest s with max(need[s:]) <= s
        most = max(most, need[k - first])
        if most <= k:
            start = k
    while start < len(body) and is_report(body[start]):
        start += 1  # "the first such statement starts the backward part"
    if start == len(body):
        return Split(body)
    forward = body[:start]
    known = {name for name, k in seen.items() if k < start}
    names: dict[str, Meaning] = {}
    for name in _assigned_d_names(body[start:]):
        meaning = meaning_of(name, known)
        if meaning is not None:
            names[name] = meaning
    return Split(forward, body[start:], names)


def meaning_of(name: str, known: set[str] | dict[str, int]) -> Meaning | None:
    """`dx` → ∂output/∂x; `dfdz` → ∂f/∂z when f and z are known and `fdz` is not."""
    if len(name) < 2 or name[0] != "d":
        return None
    rest = name[1:]
    if rest in known:
        return Meaning(name, rest)
    for i, ch in enumerate(rest):
        if ch == "d" and 0 < i < len(rest) - 1 and rest[:i] in known and rest[i + 1:] in known:
            return Meaning(name, rest[i + 1:], rest[:i])
    return None


def _need(st: ast.stmt, seen: dict[str, int], k: int) -> float:
    """The least number of statements before the tail for which `st` (statement k) belongs to
    the backward part: every d-name it assigns must name values of the statements before it
    (a `for` loop's own names must be new there); `inf` if none does."""
    if is_report(st):
        return 0
    d_names, own = _shape_of_d_statement(st) or ([], [])
    if any(seen.get(name, k) < k for name in own):
        return float("inf")  # a loop's helper that is a forward value: the loop computes
    most = 0.0
    for name in d_names:
        rest = name[1:]
        best = seen[rest] + 1 if rest in seen else float("inf")
        for i, ch in enumerate(rest):
            if ch == "d" and 0 < i < len(rest) - 1:
                a, b = rest[:i], rest[i + 1:]
                if a in seen and b in seen:
                    best = min(best, max(seen[a], seen[b]) + 1)
        most = max(most, best)
    return most


def _shape_of_d_statement(st: ast.stmt) -> tuple[list[str], list[str]] | None:
    """(d-names assigned, other names assigned) if `st` could be a statement of the backward
    part by its form alone: assignments whose targets are d-names (or items of them), report
    calls, and `for` loops made of those that assign at least one d-name. None otherwise."""
    if is_report(st):
        return [], []
    if isinstance(st, ast.Assign | ast.AugAssign):
        names = _target_names(_targets(st))
        if names is None or not names or not all(_is_d_name(n) for n in names):
            return None
        return names, []
    if not isinstance(st, ast.For):
        return None
    d_names: list[str] = []
    own = _target_names([st.target])
    if own is None:
        return None
    stack: list[ast.stmt] = list(st.body)
    while stack:
        inner = stack.pop()
        if is_report(inner) or isinstance(inner, ast.Pass):
            continue
        if isinstance(inner, ast.For):
            loop = _target_names([inner.target])
            if loop is None or inner.orelse:
                return None
            own += loop
            stack.extend(inner.body)
        elif isinstance(inner, ast.If):
            stack.extend(inner.body + inner.orelse)
        elif isinstance(inner, ast.Assign | ast.AugAssign):
            names = _target_names(_targets(inner))
            if names is None:
                return None
            for n in names:
                (d_names if _is_d_name(n) else own).append(n)
        else:
            return None
    if st.orelse or not d_names:
        return None
    return d_names, own


def _target_names(targets: list[ast.expr]) -> list[str] | None:
    """The names assignment targets write: `dx`, `dx[i]` (an item of dx), `a, b`; None for
    anything else (an attribute, a starred target)."""
    names: list[str] = []
    stack = list(targets)
    while stack:
        t = stack.pop()
        if isinstance(t, ast.Name):
            names.append(t.id)
        elif isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name):
            names.append(t.value.id)
        elif isinstance(t, ast.Tuple | ast.List):
            stack.extend(t.elts)
        else:
            return None
    return names


def _is_d_name(name: str) -> bool:
    return len(name) > 1 and name[0] == "d"


def is_report(st: ast.stmt) -> bool:
    """A call that only reports (`print(dx)`, `cmp('x', dx, x)`), or a d-name alone on its
    line (a notebook showing it; also a line being typed, which must not end the part)."""
    if isinstance(st, ast.Expr) and isinstance(st.value, ast.Name):
        return st.value.id.startswith("d")
    if not (isinstance(st, ast.Expr) and isinstance(st.value, ast.Call)):
        return False
    f = st.value.func
    return (f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute)
            else None) in REPORTS


def _first_seen(body: list[ast.stmt]) -> dict[str, int]:
    """The first top-level statement each name appears in (assigned or used): the values
    of the forward part are the names of its statements, its functions' own names included
    (`dz` of a `z` computed inside `def neuron` belongs to the backward part)."""
    seen: dict[str, int] = {}
    for k, st in enumerate(body):
        stack: list[ast.AST] = [st]
        while stack:
            node = stack.pop()
            if isinstance(node, ast.Name):
                seen.setdefault(node.id, k)
            elif isinstance(node, ast.arg):  # a function's parameter: a wire of each call
                seen.setdefault(node.arg, k)
            else:
                if isinstance(node, ast.FunctionDef):
                    seen.setdefault(node.name, k)
                stack.extend(ast.iter_child_nodes(node))
    return seen


def _assigned_d_names(body: list[ast.stmt]) -> list[str]:
    """Every d-name the backward part assigns, in the order of first assignment."""
    found: dict[str, None] = {}
    for st, _ in assignments(body):
        for name in _target_names(_targets(st)) or []:
            if _is_d_name(name):
                found.setdefault(name)
    return list(found)


def assignments(body: list[ast.stmt]) -> list[tuple[ast.Assign | ast.AugAssign, int]]:
    """Each assignment of the part, with the index of the top-level statement it is in."""
    out: list[tuple[ast.Assign | ast.AugAssign, int]] = []
    for k, top in enumerate(body):
        stack: list[ast.stmt] = [top]
        while stack:
            st = stack.pop()
            if isinstance(st, ast.Assign | ast.AugAssign):
                out.append((st, k))
            elif isinstance(st, ast.For):
                stack.extend(reversed(st.body))
            elif isinstance(st, ast.If):
                stack.extend(reversed(st.body + st.orelse))
    return out


def _targets(st: ast.Assign | ast.AugAssign) -> list[ast.expr]:
    return list(st.targets) if isinstance(st, ast.Assign) else [st.target]


def lines_of(body: list[ast.stmt], positions: Positions) -> dict[str, list[tuple[int, int]]]:
    """Each name's lines in the part (1-based, in the source as written), each with the
    top-level statement it is in."""
    found: dict[str, list[tuple[int, int]]] = {}
    for st, k in assignments(body):
        stack = list(_targets(st))
        while stack:
            t = stack.pop()
            if isinstance(t, ast.Tuple | ast.List):
                stack.extend(t.elts)
                continue
            base = t.value if isinstance(t, ast.Subscript) else t
            if isinstance(base, ast.Name):
                entry = (positions.start(t)[0], k)
                if entry not in found.setdefault(base.id, []):
                    found[base.id].append(entry)
    for entries in found.values():
        entries.sort()
    return found


def reads_of(body: list[ast.stmt], names: set[str]) -> dict[str, list[str]]:
    """The `names` each name's lines read (its value, and an item's index), in order, itself
    left out."""
    found: dict[str, dict[str, None]] = {}
    for st, _ in assignments(body):
        targets = _targets(st)
        read: list[ast.AST] = [st.value]
        for target in targets:
            read += [t.slice for t in ast.walk(target) if isinstance(t, ast.Subscript)]
        used = [n.id for e in read for n in ast.walk(e)
                if isinstance(n, ast.Name) and n.id in names]
        for name in _target_names(targets) or []:
            into = found.setdefault(name, {})
            for u in used:
                if u != name:
                    into.setdefault(u)
    return {name: list(used) for name, used in found.items()}
