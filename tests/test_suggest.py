""""Did you mean …?" (suggest.py): one helper for unknown functions, methods, attributes and
descent parameters, with bounded work whatever the name or the candidates."""

from __future__ import annotations

import random
import time

from cgviz.suggest import MAX_CANDIDATES, MAX_NAME, closest, did_you_mean


def test_a_close_name_is_suggested_in_the_catalogs_words() -> None:
    assert closest("sigmod", ["tanh", "sigmoid", "relu"]) == "sigmoid"
    assert did_you_mean("sigmod", ["sigmoid"]) == " — did you mean sigmoid?"
    assert did_you_mean("zzz", ["sigmoid"]) == ""


def test_a_name_longer_than_max_name_gets_no_suggestion() -> None:
    assert closest("x" * (MAX_NAME + 1), ["x" * (MAX_NAME + 1)]) is None
    assert closest("x" * MAX_NAME, ["x" * MAX_NAME]) == "x" * MAX_NAME


def test_two_long_names_that_share_many_short_runs_are_answered_at_once() -> None:
    # difflib's worst case: 8,000 characters differing in every third one took 2 s, and
    # 199,000 characters a minute, before names were bounded.
    rng = random.Random(1)
    name = "".join(chr(0x4E00 + rng.randrange(3000)) for _ in range(199_000))
    other = "".join(ch if i % 3 else "Z" for i, ch in enumerate(name))
    start = time.perf_counter()
    assert closest(other, [name, "w"]) is None
    assert time.perf_counter() - start < 0.5


def test_only_the_first_candidates_are_compared() -> None:
    far = [f"v{i}" for i in range(MAX_CANDIDATES)]
    assert closest("wanted", [*far, "wanted"]) is None
    assert closest("wanted", ["wanted", *far]) == "wanted"
