"""One program's allowance of time and of memory, shared by every phase of its build.

A `Budget` holds the deadline (`max_eval_seconds` from the start of the build) and counts the
tensor elements the program creates — every value, gradient, contribution and local gradient —
against `max_total_elements`. Each limit alone is not enough: a hundred 1,000,000-element lines
each pass `max_tensor_elements` and together fill the machine (docs/serving.md).

The build opens one budget (`budgeted`) and the phases that loop over the graph look at it;
a nested build (gradient descent's final graph) shares the outer one. The server also arms a
timer in its worker process, so phases that never look (layout, drawing, serialising) are
bounded too (web/sandbox.py).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ..errors import CircuitError
from ..settings import Settings


class Budget:
    def __init__(self, settings: Settings) -> None:
        self.seconds = settings.max_eval_seconds
        self.deadline = time.perf_counter() + self.seconds
        self.max_elements = settings.max_total_elements
        self.elements = 0

    def remaining(self) -> float:
        return self.deadline - time.perf_counter()

    def spent(self) -> bool:
        return time.perf_counter() > self.deadline

    def check_time(self, line: int = 1, column: int = 1) -> None:
        if time.perf_counter() > self.deadline:
            raise CircuitError("limit", "error.limit.time", line, column,
                               seconds=self.seconds)

    def keeping(self, fraction: float) -> Reserve:
        """A view of this budget that is spent when only `fraction` of the time now left
        remains, for an optional phase (the gradient check) that must leave time for the rest."""
        return Reserve(self, self.remaining() * fraction)

    def charge(self, elements: int, line: int = 1, column: int = 1) -> None:
        """Count `elements` more; a `limit` error at (line, column) once they pass the max."""
        self.elements += elements
        if self.elements > self.max_elements:
            raise CircuitError("limit", "error.limit.total_elements", line, column,
                               max=self.max_elements)


class Reserve:
    def __init__(self, budget: Budget, seconds: float) -> None:
        self.budget = budget
        self.seconds = seconds

    def spent(self) -> bool:
        return self.budget.remaining() < self.seconds


_CURRENT: ContextVar[Budget | None] = ContextVar("cgviz_budget", default=None)


@contextmanager
def budgeted(settings: Settings) -> Iterator[Budget]:
    """The build's budget: a new one, or the one already open around this call."""
    outer = _CURRENT.get()
    if outer is not None:
        yield outer
        return
    budget = Budget(settings)
    token = _CURRENT.set(budget)
    try:
        yield budget
    finally:
        _CURRENT.reset(token)


def current_budget(settings: Settings) -> Budget:
    """The open budget, or a fresh one for a phase called on its own (tests, benchmarks)."""
    return _CURRENT.get() or Budget(settings)
