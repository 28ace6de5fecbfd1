"""The examples menu (cgviz.teach.examples): every worked example of the notes, each one
loadable."""

from __future__ import annotations

import re

import numpy as np
import pytest

import cgviz
from cgviz.i18n import speaking
from cgviz.teach.examples import EXAMPLES, Example, example


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_every_example_builds_without_warnings(example: Example) -> None:
    g = cgviz.build(example.source, values=example.values or None,
                    options=example.options or None)
    assert g.steps, example.id
    assert g.warnings == [], example.id


def test_examples_have_unique_url_safe_ids_titles_and_a_line_on_what_to_look_at() -> None:
    ids = [e.id for e in EXAMPLES]
    assert len(set(ids)) == len(ids)
    for e in EXAMPLES:
        assert re.fullmatch(r"[a-z0-9-]+", e.id)
        assert e.title and e.look and "\n" not in e.look


def test_the_menu_covers_all_eight_worked_examples_of_the_notes() -> None:
    numbers = {int(e.title.split(".")[0]) for e in EXAMPLES}
    assert numbers == set(range(1, 9))


# ---- the menu's words come from the catalogs, in both languages ----------------------------


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_example_has_a_title_and_a_look_line_in_each_language(lang: str) -> None:
    with speaking(lang):
        for e in EXAMPLES:
            assert e.title and e.look and "\n" not in e.look, (lang, e.id)
            assert e.to_dict()["title"] == e.title
    with speaking("ru"):
        assert example("network").title.startswith("8. Двухслойная")


# ---- the richer examples show the notes' formulas in numbers --------------------------------


def arr(g: cgviz.Graph, label: str, key: str = "value") -> np.ndarray:
    node = next(n for n in g.to_dict()["nodes"] if n["label"] == label)
    return np.array(node[key], dtype=float)


def shown(x: np.ndarray) -> str:
    """Numbers as a look line quotes them: two decimals, a true minus sign."""
    items = [f"{v:.2f}".replace("-", "−") for v in np.ravel(x)]
    return items[0] if np.ndim(x) == 0 or x.size == 1 else "[" + ", ".join(items) + "]"


def looks(id: str) -> list[str]:  # noqa: A002
    out = []
    for lang in ("en", "ru"):
        with speaking(lang):
            out.append(example(id).look)
    return out


def test_regression_uses_the_notes_greek_names_and_its_look_quotes_dtheta() -> None:
    e = example("regression")
    assert e.source.splitlines() == ["μ = X @ θ", "Δ = μ - Y", "L = sum(Δ**2)"]
    g = cgviz.build(e.source, values=e.values)
    X, Y, θ = arr(g, "X"), arr(g, "Y"), arr(g, "θ")
    Δ = X @ θ - Y
    np.testing.assert_allclose(arr(g, "Δ", "grad"), 2 * Δ, atol=1e-12)
    np.testing.assert_allclose(arr(g, "θ", "grad"), 2 * X.T @ Δ, rtol=1e-12)
    for look in looks("regression"):
        assert "2·Xᵀ·Δ = " + shown(2 * X.T @ Δ) in look


def test_network_deltas_are_the_notes_formulas_and_the_look_quotes_delta2() -> None:
    g = cgviz.build(example("network").source)
    x, h, y, ŷ = arr(g, "x"), arr(g, "h"), arr(g, "y"), arr(g, "ŷ")
    W2 = arr(g, "W2")
    δ2 = (y - ŷ) * y * (1 - y)  # the output layer's delta: MSE's (y - ŷ) times σ'(z2)
    δ1 = (W2.T @ δ2) * h * (1 - h)
    np.testing.assert_allclose(arr(g, "z2", "grad"), δ2, rtol=1e-12)
    np.testing.assert_allclose(arr(g, "z1", "grad"), δ1, rtol=1e-12)
    np.testing.assert_allclose(arr(g, "W2", "grad"), np.outer(δ2, h), rtol=1e-12)
    np.testing.assert_allclose(arr(g, "W1", "grad"), np.outer(δ1, x), rtol=1e-12)
    np.testing.assert_allclose(arr(g, "b2", "grad"), δ2, rtol=1e-12)
    for look in looks("network"):
        assert "δ⁽²⁾ = (y − ŷ)·y(1 − y) = " + shown(δ2) in look


def test_softmax_cross_entropy_gradient_is_a_minus_y_hat_as_the_look_says() -> None:
    g = cgviz.build(example("softmax").source)
    a, ŷ = arr(g, "a"), arr(g, "ŷ")
    np.testing.assert_allclose(arr(g, "z", "grad"), a - ŷ, atol=1e-12)
    for look in looks("softmax"):
        assert look.startswith("dL/dz = a − ŷ = " + shown(a - ŷ))
