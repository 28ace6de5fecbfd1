"""format.py against the fixture that frontend/js/format.test.js checks format.js with: one
number rule on both sides of the wire, so the app and the server's SVG print the same text."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from cgviz.core.format import (
    format_coordinate,
    format_number,
    format_shape,
    format_summary,
    summary_json,
)

CASES = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "format_cases.json").read_text("utf-8"))
NONFINITE = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


def number(v: Any) -> float:
    return NONFINITE[v] if isinstance(v, str) else float(v)


def array(v: Any) -> Any:
    """Nested lists from the fixture (non-finite values as strings) → what the engine holds."""
    if v is None:
        return None
    if not isinstance(v, list):
        return np.asarray(number(v))
    flat = json.loads(json.dumps(v).replace('"-Infinity"', "-1e999").replace(
        '"Infinity"', "1e999").replace('"NaN"', "NaN"))
    return np.asarray(flat, dtype=np.float64)


@pytest.mark.parametrize(("value", "digits", "expected"), CASES["number"])
def test_every_number_prints_as_the_fixture_says(value: Any, digits: int, expected: str) -> None:
    assert format_number(number(value), digits) == expected


@pytest.mark.parametrize(("value", "expected"), CASES["coordinate"])
def test_every_coordinate_prints_as_the_fixture_says(value: Any, expected: str) -> None:
    assert format_coordinate(number(value)) == expected


@pytest.mark.parametrize(("shape", "expected"), CASES["shape"])
def test_every_shape_prints_as_the_fixture_says(shape: list[int], expected: str) -> None:
    assert format_shape(tuple(shape)) == expected


@pytest.mark.parametrize(("value", "digits", "expected"), CASES["summary"])
def test_every_summary_prints_as_the_fixture_says(value: Any, digits: int, expected: str) -> None:
    assert format_summary(array(value), digits) == expected


def test_the_fixture_keeps_negative_zero_and_the_json_spelling_of_non_finite_values() -> None:
    inputs = [v for v, _, _ in CASES["number"]]
    assert {"NaN", "Infinity", "-Infinity"} <= {v for v in inputs if isinstance(v, str)}
    assert any(isinstance(v, float) and v == 0 and math.copysign(1, v) < 0 for v in inputs)


@pytest.mark.parametrize(("value", "summary", "digits", "expected"), CASES["summarised"])
def test_a_summarised_tensor_is_summarised_and_printed_as_the_fixture_says(
        value: Any, summary: dict[str, Any], digits: int, expected: str) -> None:
    """formatSummary (format.js) prints `summary` with `expected`: the wire drawn from the
    summary reads as the server's SVG drawn from the tensor."""
    assert summary_json(array(value)) == summary
    assert format_summary(array(value), digits) == expected
