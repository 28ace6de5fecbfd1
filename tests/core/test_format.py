"""format.to_json's summary form (docs/api.md): a large tensor's summary, checked against NumPy."""

from __future__ import annotations

import json

import numpy as np
import pytest

from cgviz.core.format import SAMPLE, format_number, format_summary, summary_json, to_json


def test_a_tensor_at_the_limit_is_sent_in_full() -> None:
    a = np.arange(6.0).reshape(2, 3)
    assert to_json(a, 6) == [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]


def test_a_tensor_over_the_limit_is_sent_as_its_summary() -> None:
    a = np.arange(7.0)
    assert to_json(a, 6) == summary_json(a)
    assert set(to_json(a, 6)) == {"summary", "sample"}


def test_no_limit_sends_every_element() -> None:
    a = np.ones((40, 50))
    assert np.array_equal(np.array(to_json(a, None)), a)


def test_a_scalar_is_a_number_whatever_the_limit() -> None:
    assert to_json(np.float64(2.5), 1) == 2.5
    assert to_json(np.float64(np.nan), 1) == "NaN"


def test_the_summary_numbers_are_numpys() -> None:
    a = np.random.default_rng(3).standard_normal((300, 40))
    s = summary_json(a)["summary"]
    assert s["min"] == float(a.min())
    assert s["max"] == float(a.max())
    assert s["mean"] == float(a.mean())
    assert s["norm"] == pytest.approx(float(np.linalg.norm(a)), rel=1e-12)
    assert (s["nan"], s["posinf"], s["neginf"]) == (0, 0, 0)


def test_the_sample_is_the_first_elements_in_c_order() -> None:
    a = np.arange(24.0).reshape(2, 3, 4)
    assert summary_json(a)["sample"] == [float(v) for v in range(SAMPLE)]
    assert summary_json(a.T)["sample"] == a.T.ravel()[:SAMPLE].tolist()  # a view, not memory


def test_non_finite_elements_are_counted_and_left_out_of_the_numbers() -> None:
    a = np.array([np.nan, 1.0, -np.inf, 3.0, np.inf, np.nan, -2.0, 0.0, 5.0])
    s = summary_json(a)
    assert s["sample"][:3] == ["NaN", 1.0, "-Infinity"]
    finite = a[np.isfinite(a)]
    assert s["summary"] == {"min": -2.0, "max": 5.0, "mean": float(finite.mean()),
                            "norm": float(np.linalg.norm(finite)),
                            "nan": 2, "posinf": 1, "neginf": 1}


def test_a_tensor_with_no_finite_element_has_null_numbers() -> None:
    s = summary_json(np.full(5, np.nan))["summary"]
    assert (s["min"], s["max"], s["mean"], s["norm"]) == (None, None, None, None)
    assert s["nan"] == 5


def test_a_norm_that_overflows_is_infinity_not_an_invalid_json_number() -> None:
    s = summary_json(np.full(10, 1e300))
    assert s["summary"]["norm"] == "Infinity"
    json.dumps(s, allow_nan=False)  # the answer's own serialiser refuses NaN literals


def test_the_wire_shows_the_summarys_mean() -> None:
    a = np.random.default_rng(0).standard_normal(5000)
    assert format_summary(a) == "mean " + format_number(summary_json(a)["summary"]["mean"])
