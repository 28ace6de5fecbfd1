"""Source text → Python's syntax tree and its positions (language/source.py), kept for reuse:
moving a slider re-sends the same program with other values, and the tree is never mutated
after parsing."""

from __future__ import annotations

from functools import lru_cache

from .source import Parsed, read

_CACHED_CHARS = 20_000  # programs a class edits live; sliders re-send the same source


def parse(source: str) -> Parsed:
    """Parse a program, or raise a syntax/limit `CircuitError` with its position."""
    if len(source) <= _CACHED_CHARS:
        return _parse_cached(source)
    return read(source)


@lru_cache(maxsize=128)
def _parse_cached(source: str) -> Parsed:
    return read(source)
