"""Jobs for the sandbox tests (test_sandbox.py): a worker imports them by name, so they live
in a module that imports nothing slow (not pytest)."""

from __future__ import annotations

import itertools
import time

import numpy as np

from cgviz.errors import CircuitError


def sleep_then_answer(seconds: float) -> str:
    time.sleep(seconds)  # Python-level: the worker's own timer interrupts it
    return "done"


def count_in_c(n: int) -> int:
    return sum(itertools.repeat(1, n))  # one C call: no signal is handled until it returns


def allocate(megabytes: int) -> int:
    return int(np.ones(megabytes * 2**20 // 8).sum())


def fail() -> None:
    raise ZeroDivisionError("a bug")


def mistake() -> None:
    raise CircuitError("name", "error.name.unknown_function", 3, 5, name="exq", suggestion="")
