"""A hand-written backward pass, checked (the graph JSON's `checks`).

The program's backward part (language/backward_part.py) is evaluated over the forward values,
one top-level statement at a time, and each `d<name>` it assigns is compared with cgviz's own
gradient of `<name>`: ∂output/∂name, or ∂a/∂b for a `d<a>d<b>` name (a backward pass seeded
at `a`). A value is right when its shape is the gradient's and its largest relative error,
|got − want| / max(|got|, |want|, 1e-8) over elements, is at most 1e-6.

A line that cannot be evaluated (a shape that does not fit, a name that is not there) is a
wrong check carrying the error, not a failed build: the circuit is still drawn, and the lines
after it are not checked until it is fixed. Only running out of the build's budget is an
error of the whole program (with a syntax error, which Python's parser finds first).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..core.engine import Backward, backward, forward
from ..core.format import format_number, format_shape, json_number, to_json
from ..core.graph import Node
from ..errors import CircuitError
from ..i18n import message
from ..language.backward_part import Meaning, Split, lines_of, reads_of
from ..language.hand_lowering import HandLowering
from ..language.lower import Lowering
from ..language.values import Const, MaxPair, Seq
from ..settings import Settings

TOLERANCE = 1e-6  # the largest relative error of a right gradient
_FLOOR = 1e-8  # below this magnitude, differences count as absolute ones


@dataclass(slots=True)
class HandPart:
    """What the build keeps of a program with a backward part, to check it once the circuit's
    gradients are known."""

    split: Split
    lowering: Lowering  # the forward part's, with its names and nodes
    output: int  # the output among the lowering's nodes
    index: list[int | None] | None = None  # lowering node → drawn node; None: the same nodes
    labels: dict[str, list[int]] | None = None  # wires by the name drawn beside them

    def value(self, name: str) -> Any:
        """A forward name's value: the program's own, else the one wire drawn with that name
        (a value computed inside a function called once); None if there is no such value."""
        if name in self.lowering.globals:
            return self.lowering.globals[name]
        if self.labels is None:
            self.labels = {}
            for node in self.lowering.nodes:
                if node.label:
                    self.labels.setdefault(node.label, []).append(node.index)
        named = self.labels.get(name, [])
        return named[0] if len(named) == 1 else None

    def is_output(self, name: str) -> bool:
        return _wire(self.value(name)) == self.output


@dataclass(slots=True)
class Check:
    name: str
    of: str
    top: str  # the value differentiated: the output's name, or `a` of `d<a>d<b>`
    lines: list[int]
    line: int  # where to look: the failing line, the `=` that dropped gradient, else the last
    reads: list[str]  # the part's other d-names its lines read (wrong if one of them is)
    ok: bool
    message: str
    got: np.ndarray | None = None
    want: np.ndarray | None = None
    max_error: float | None = None
    node: int | None = None  # the drawn wire whose gradient `want` is (shown on it)
    step: int | None = None  # the backward step that computes `want`
    error: CircuitError | None = None

    def to_dict(self, limit: int | None) -> dict[str, Any]:
        return {
            "name": self.name, "of": self.of, "top": self.top, "lines": self.lines,
            "line": self.line, "reads": self.reads, "ok": self.ok,
            "got": None if self.got is None else to_json(self.got, limit),
            "want": None if self.want is None else to_json(self.want, limit),
            "max_error": None if self.max_error is None else json_number(self.max_error),
            "node": None if self.node is None else f"n{self.node}",
            "step": self.step, "message": self.message,
            "error": None if self.error is None else self.error.to_dict()["error"],
        }


@dataclass(slots=True)
class HandRun:
    """The backward part evaluated: its names' values, and where it stopped, if it did."""

    hand: HandPart
    run: HandLowering
    values: list[np.ndarray]  # the forward values of the lowering's nodes
    failed: tuple[int, CircuitError] | None  # (top-level statement, its error)
    seed: np.ndarray | None = None  # the gradient from above a tensor output (see below)


def run_hand_written(hand: HandPart, values: list[np.ndarray],
                     settings: Settings) -> HandRun:
    """Evaluate the backward part over the forward values (those of the drawn nodes, which
    are the lowering's unless the picture collapsed or expanded something).

    A tensor output has no gradient of its own: the notes' "suppose we had the gradient on D
    from above" writes it, `dD = np.random.randn(*D.shape)`, and the circuit is seeded with it
    (as `D.backward(gradient=dD)` would be), so `dW = dD.dot(X.T)` is checked against the
    gradient that upstream gives. A scalar output's own gradient is 1, written or not."""
    lo = hand.lowering
    lvalues = values if hand.index is None else forward(lo.nodes, settings).values
    run = HandLowering(lo, lvalues, set(hand.split.names), settings)
    failed: tuple[int, CircuitError] | None = None
    for k, st in enumerate(hand.split.backward):
        try:
            run.run_statement(st)
        except CircuitError as err:
            if err.kind == "limit":
                raise  # the build's budget: the whole answer is a limit error
            failed = (k, err)
            break
    done = HandRun(hand, run, lvalues, failed)
    out = lvalues[hand.output]
    for name, meaning in hand.split.names.items():
        if meaning.top is None and out.ndim and hand.is_output(meaning.of):
            given = _got(run, name)
            if given is not None and given.shape == out.shape and np.isfinite(given).all():
                done.seed = given
    return done


def check_hand_written(done: HandRun, drawn: list[Node], back: Backward,
                       steps: list[dict[str, Any]], settings: Settings,
                       seed: np.ndarray | None, digits: int = 2) -> list[Check]:
    """Each d-name against its gradient (the backward pass `back` of the drawn circuit,
    seeded with `seed`)."""
    hand, run, lvalues, failed = done.hand, done.run, done.values, done.failed
    lo = hand.lowering
    if hand.index is None:
        lgrads = back.grads
    else:  # drawn collapsed or expanded: the program's own nodes, as written
        lgrads = backward(lo.nodes, lvalues, hand.output, settings, seed).grads

    lines = lines_of(hand.split.backward, lo.positions)
    reads = reads_of(hand.split.backward, set(hand.split.names))
    where = _steps_by_node(steps)
    tops: dict[int, list[np.ndarray]] = {}
    out: list[Check] = []
    for name, meaning in hand.split.names.items():
        at = lines.get(name, [])
        if failed is not None and any(k > failed[0] for _, k in at) and \
                all(k != failed[0] for _, k in at):
            continue  # not reached: it is checked once the failing line is fixed
        check = _check(name, meaning, [line for line, _ in at], hand, run, lvalues, lgrads,
                       tops, seed, settings, digits)
        check.reads = reads.get(name, [])
        if failed is not None and any(k == failed[0] for _, k in at):
            err = failed[1]
            check.ok, check.error, check.got, check.max_error = False, err, None, None
            check.message, check.line = err.message, err.line
        _place(check, meaning, hand, drawn, where, seed)
        out.append(check)
    return out


def _check(name: str, meaning: Meaning, lines: list[int], hand: HandPart, run: HandLowering,
           values: list[np.ndarray], grads: list[np.ndarray],
           tops: dict[int, list[np.ndarray]], seed: np.ndarray | None, settings: Settings,
           digits: int) -> Check:
    lo = hand.lowering
    top_name = meaning.top or _output_name(lo, hand.output)
    d = f"∂{top_name}/∂{meaning.of}"
    check = Check(name, meaning.of, top_name, lines, lines[-1] if lines else 1, [], False, "")
    want = _want(meaning, hand, values, grads, tops, seed, settings)
    if want is None:
        check.message = message("check.no_gradient", name=name, of=meaning.of)
        return check
    check.want = want
    got = _got(run, name)
    if got is None:
        check.message = message("check.not_number", name=name)
        return check
    check.got = got
    if got.shape != want.shape:
        key = "check.shape_same_numbers" if _same_numbers(got, want) else "check.shape"
        check.message = message(key, name=name, derivative=d, got=_shape(got.shape),
                                want=_shape(want.shape))
        return check
    check.max_error = relative_error(got, want)
    check.ok = check.max_error <= TOLERANCE
    if check.ok and meaning.top is None and seed is not None and hand.is_output(meaning.of):
        check.message = message("check.seed", name=name, of=meaning.of)
        return check
    if check.ok:
        check.message = message("check.ok", name=name, derivative=d)
        return check
    dropped = run.overwrites.get(name)
    if dropped is not None and dropped.dropped.shape in ((), got.shape) and \
            relative_error(got + dropped.dropped, want) <= TOLERANCE:
        check.line = dropped.line
        check.message = message("check.overwrite", name=name, line=dropped.line)
    elif got.ndim == 0:
        shown = _distinct(float(got), float(want), digits)
        check.message = message("check.wrong", name=name, derivative=d, got=shown[0],
                                want=shown[1])
    else:  # the element that is the most wrong, as the exercise's cmp() would point at it
        at = _worst(got, want)
        shown = _distinct(float(got[at]), float(want[at]), digits)
        index = ", ".join(map(str, at))
        check.message = message("check.wrong_tensor", name=name, derivative=d, index=index,
                                got=shown[0], want=shown[1])
    return check


def _distinct(a: float, b: float, digits: int) -> tuple[str, str]:
    """Two different numbers printed with enough decimals to tell them apart (up to 10)."""
    for n in range(digits, 11):
        pair = format_number(a, n), format_number(b, n)
        if pair[0] != pair[1]:
            return pair
    return pair


def _same_numbers(got: np.ndarray, want: np.ndarray) -> bool:
    """Whether a gradient of the wrong shape has the right numbers all the same (a summed
    axis dropped: `sum(0)` for `sum(0, keepdim=True)`)."""
    if got.size != want.size:
        return False
    return relative_error(got.reshape(want.shape), want) <= TOLERANCE


def _worst(got: np.ndarray, want: np.ndarray) -> tuple[int, ...]:
    """The index of the element whose relative error is the largest."""
    with np.errstate(all="ignore"):
        err = np.abs(got - want) / np.maximum(np.maximum(np.abs(got), np.abs(want)), _FLOOR)
    err = np.where(np.isnan(err), np.inf, err)
    return tuple(int(i) for i in np.unravel_index(int(np.argmax(err)), got.shape))


def relative_error(got: np.ndarray, want: np.ndarray) -> float:
    """max over elements of |got − want| / max(|got|, |want|, 1e-8); equal numbers (NaN with
    NaN, ∞ with ∞) differ by 0, and a NaN against a number by ∞."""
    if got.size == 0:
        return 0.0
    with np.errstate(all="ignore"):
        err = np.abs(got - want) / np.maximum(np.maximum(np.abs(got), np.abs(want)), _FLOOR)
        same = (got == want) | (np.isnan(got) & np.isnan(want))
        err = np.where(same, 0.0, np.where(np.isnan(err), np.inf, err))
    return float(err.max())


def _want(meaning: Meaning, hand: HandPart, values: list[np.ndarray], grads: list[np.ndarray],
          tops: dict[int, list[np.ndarray]], seed: np.ndarray | None,
          settings: Settings) -> np.ndarray | None:
    lo = hand.lowering
    if meaning.top is not None:
        top = _wire(hand.value(meaning.top))
        if top is None:
            return None
        if top != hand.output or seed is not None:
            if top not in tops:
                tops[top] = backward(lo.nodes, values, top, settings).grads
            grads = tops[top]
    v = hand.value(meaning.of)
    wire = _wire(v)
    if wire is not None:
        return grads[wire]
    if isinstance(v, Const):  # a constant (a size, data): nothing depends on it smoothly
        return np.zeros_like(np.asarray(v.value, dtype=np.float64))
    if isinstance(v, Seq) and v.items and all(isinstance(i, int) for i in v.items):
        parts = [grads[i] for i in v.items]
        if len({p.shape for p in parts}) == 1:
            return np.stack(parts)
    return None


def _wire(v: Any) -> int | None:
    if isinstance(v, MaxPair):
        v = v.values
    if isinstance(v, Seq):
        v = v.node
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def _got(run: HandLowering, name: str) -> np.ndarray | None:
    v = run.globals.get(name)
    if isinstance(v, Seq | MaxPair):
        try:
            v = run.tensor(v, ast.Name(name, ast.Load(), lineno=1, col_offset=0,
                                       end_lineno=1, end_col_offset=len(name)))
        except CircuitError:
            return None
    if isinstance(v, Const):
        return np.asarray(v.value, dtype=np.float64)
    return None


def _place(check: Check, meaning: Meaning, hand: HandPart, drawn: list[Node],
           where: tuple[dict[str, int], dict[str, int]], seed: np.ndarray | None) -> None:
    """The wire whose gradient the check is (when the picture shows that gradient: ∂output/∂x,
    not ∂q/∂x), and the step to show for it: the one that writes that wire's gradient last,
    or for ∂a/∂b with b an input of a's gate, that gate's."""
    last_write, gate_step = where
    of = _drawn(hand, hand.value(meaning.of))
    top = None if meaning.top is None else _drawn(hand, hand.value(meaning.top))
    shown = meaning.top is None or (hand.is_output(meaning.top) and seed is None)
    if of is None:
        return
    if shown:
        check.node = of
    if top is not None and f"n{top}" in gate_step and of in drawn[top].inputs:
        check.step = gate_step[f"n{top}"]
    else:
        check.step = last_write.get(f"n{of}")


def _drawn(hand: HandPart, v: Any) -> int | None:
    wire = _wire(v)
    if wire is None or hand.index is None:
        return wire
    return hand.index[wire]


def _steps_by_node(steps: list[dict[str, Any]]) -> tuple[dict[str, int], dict[str, int]]:
    """(node id → the last backward step that writes its gradient, gate id → its step)."""
    last_write: dict[str, int] = {}
    gate_step: dict[str, int] = {}
    for i, step in enumerate(steps):
        if step.get("phase") != "backward":
            continue
        event = step.get("event")
        if event == "gate":
            gate_step[step["node"]] = i
            for entry in step.get("inputs") or ():
                last_write[entry["node"]] = i
        elif event in ("seed", "accumulate"):
            last_write[step["node"]] = i
    return last_write, gate_step


def _output_name(lo: Lowering, output: int) -> str:
    return lo.nodes[output].label or "f"


def _shape(shape: tuple[int, ...]) -> str:
    return format_shape(shape) or message("shape.scalar")
