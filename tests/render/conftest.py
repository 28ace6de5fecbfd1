"""Fixtures of the drawing tests."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

import pytest


@contextmanager
def _recursion_limit(limit: int) -> Iterator[None]:
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(limit)
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


@pytest.fixture
def recursion_limit() -> Callable[[int], AbstractContextManager[None]]:
    """`with recursion_limit(100): …`: any recursion over a large graph fails inside."""
    return _recursion_limit
