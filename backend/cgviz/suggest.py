""""Did you mean …?": the one place cgviz guesses which name a user meant.

`difflib` compares two names in time that grows with the product of their lengths when they
share many short runs (two 8,000-character names differing in every third character took 2 s,
199,000-character ones a minute), and a program may have thousands of inputs to compare with.
A guess is for a name a person typed, so it is only made for names of at most `MAX_NAME`
characters, against the first `MAX_CANDIDATES` candidates of at most `MAX_NAME` characters; a
longer name gets no suggestion, and the work is bounded whatever the request holds.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from itertools import islice

from .i18n import message

MAX_NAME = 64
MAX_CANDIDATES = 1_000


def closest(name: str, candidates: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The candidate most like `name` (difflib's ratio ≥ `cutoff`), else one that differs only
    in case (`value` → Value), or None."""
    if len(name) > MAX_NAME:
        return None
    pool = list(islice((c for c in candidates if len(c) <= MAX_NAME), MAX_CANDIDATES))
    close = difflib.get_close_matches(name, pool, n=1, cutoff=cutoff)
    if close:
        return close[0]
    lowered = {c.lower(): c for c in pool}
    return lowered.get(name.lower())


def did_you_mean(name: str, candidates: Iterable[str], cutoff: float = 0.6) -> str:
    """" — did you mean x?" in the active language, or "" when nothing is close."""
    close = closest(name, candidates, cutoff)
    return message("error.suggest", name=close) if close else ""
