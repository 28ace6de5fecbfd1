"""options.gradcheck: every input's numeric gradient beside the analytic one, honest at kinks."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import cgviz
from cgviz.settings import Settings


def checked(source: str, values: dict[str, Any] | None = None,
            settings: Settings | None = None) -> dict[str, dict[str, Any]]:
    g = cgviz.build(source, values=values, options={"gradcheck": True}, settings=settings)
    return {n["label"]: n for n in g.to_dict()["nodes"] if n["kind"] == "input"}


def test_the_notes_staged_program_agrees_to_a_tiny_relative_error() -> None:
    from test_notes_examples import STAGED

    for node in checked(STAGED).values():
        assert node["gradcheck"] == "ok"
        assert node["numeric_grad"] == pytest.approx(node["grad"], rel=1e-8)
        assert node["relative_error"] < 1e-7  # the notes: "1e-7 and less you should be happy"
        assert "gradcheck_note" not in node


def test_a_tensor_input_gets_an_elementwise_numeric_gradient_of_its_shape() -> None:
    node = checked("W = randn(3, 4)\nX = randn(4, 2)\nL = sum((W @ X)**2)")["W"]
    assert np.shape(node["numeric_grad"]) == (3, 4)
    np.testing.assert_allclose(node["numeric_grad"], node["grad"], rtol=1e-6)
    assert node["gradcheck"] == "ok"


def test_relu_at_zero_is_a_kink_where_the_two_gradients_rightly_differ() -> None:
    node = checked("x = 0\nf = relu(x)")["x"]
    assert (node["grad"], node["numeric_grad"]) == (0.0, pytest.approx(0.5))
    assert node["gradcheck"] == "kink"
    assert "relu (line 2, column 5)" in node["gradcheck_note"]
    assert "slope at 0 to be 0" in node["gradcheck_note"]


def test_a_tie_in_max_is_a_kink_for_both_arguments() -> None:
    nodes = checked("z = 2; w = 2\nf = max(z, w)")
    assert (nodes["z"]["grad"], nodes["w"]["grad"]) == (1.0, 0.0)  # a tie goes to the first
    for node in nodes.values():
        assert node["numeric_grad"] == pytest.approx(0.5)
        assert node["gradcheck"] == "kink"
        assert "first argument" in node["gradcheck_note"]


def test_a_kink_in_one_element_of_a_tensor_is_counted_and_the_rest_agree() -> None:
    node = checked("x = [1, 0, -1]\nf = sum(relu(x))")["x"]
    assert node["numeric_grad"] == pytest.approx([1.0, 0.5, 0.0])
    assert node["gradcheck"] == "kink" and "for 1 element," in node["gradcheck_note"]


def test_away_from_the_kink_relu_and_max_agree() -> None:
    nodes = checked("x = 0.3; y = -2\nf = relu(x) + max(x, y) + abs(y)")
    assert all(n["gradcheck"] == "ok" for n in nodes.values())


def test_a_function_too_curved_for_the_step_is_flagged_as_a_disagreement() -> None:
    node = checked("x = 1e-3\nf = 1/x")["x"]
    assert node["gradcheck"] == "disagree" and node["relative_error"] > 1e-4
    assert "too curved" in node["gradcheck_note"]


def test_a_value_outside_the_domain_is_not_finite_rather_than_a_comparison() -> None:
    node = checked("x = -1\nf = sqrt(x)")["x"]
    assert node["gradcheck"] == "not finite" and node["relative_error"] is None
    assert node["numeric_grad"] == "NaN"


def test_an_input_that_does_not_reach_the_output_agrees_at_zero() -> None:
    node = checked("x = 1; y = 2\nf = x * 3")["y"]
    assert (node["grad"], node["numeric_grad"], node["relative_error"]) == (0.0, 0.0, 0.0)


def test_gradients_within_rounding_of_zero_are_not_a_disagreement() -> None:
    node = checked("x = 40\nf = sigmoid(x)")["x"]  # analytic 4e-18, numeric rounding noise
    assert node["gradcheck"] == "ok"


def test_inputs_beyond_the_time_budget_are_marked_not_checked() -> None:
    # 90,000 elements, two evaluations each: far more than the half second the check may take
    quick = Settings(max_eval_seconds=1.0)
    nodes = checked("W = randn(300, 300)\nL = sum(tanh(W @ W))", settings=quick)
    node = nodes["W"]
    assert node["gradcheck"] == "not checked" and node["numeric_grad"] is None
    assert "max_eval_seconds" in node["gradcheck_note"]


def test_without_the_option_nodes_carry_no_gradcheck_fields() -> None:
    node = cgviz.build("x = 1; f = x * 2").to_dict()["nodes"][0]
    assert not {"numeric_grad", "relative_error", "gradcheck", "gradcheck_note"} & set(node)
