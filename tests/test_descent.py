"""Gradient descent on a circuit: the notes' one neuron learns, the 2-layer network trains."""

from __future__ import annotations

import math
import time

import numpy as np
import pytest

import cgviz
from cgviz.descent import descend
from cgviz.errors import CircuitError
from cgviz.settings import Settings
from cgviz.teach.examples import LOSS, NETWORK


def error(kind: str, line: int, column: int, source: str = LOSS, **kwargs: object
          ) -> CircuitError:
    args = {"values": None, "params": ["w"], "lr": 0.1, "steps": 3, **kwargs}
    with pytest.raises(CircuitError) as err:
        descend(source, **args)  # type: ignore[arg-type]
    assert (err.value.kind, err.value.line, err.value.column) == (kind, line, column)
    return err.value


def test_one_step_on_the_notes_neuron_is_w_minus_lr_times_the_gradient() -> None:
    r = descend(LOSS, None, ["w"], lr=0.1, steps=1)
    assert r.values["w"] == pytest.approx(0.5 - 0.1 * -0.2115, abs=1e-4)
    a = 1 / (1 + math.exp(-1.0))
    assert r.loss[0] == pytest.approx((a - 1) ** 2)
    assert r.loss[1] == pytest.approx(float(cgviz.build(LOSS, values=r.values).nodes[-1].value))


def test_the_notes_neuron_loss_falls_at_every_step() -> None:
    r = descend(LOSS, None, ["w"], lr=1.0, steps=50)
    assert len(r.loss) == 51
    assert all(b < a for a, b in zip(r.loss, r.loss[1:], strict=False))
    assert r.loss[-1] < r.loss[0] / 20
    assert r.values["w"] > 0.5  # a = σ(2w) moves towards the target 1


def test_the_two_layer_sigmoid_network_with_mse_trains() -> None:
    r = descend(NETWORK, None, ["W1", "b1", "W2", "b2"], lr=0.5, steps=200)
    assert r.loss[-1] < r.loss[0] / 50
    assert np.shape(r.values["W1"]) == (2, 2) and np.shape(r.values["b2"]) == (1,)
    assert sorted(r.values) == ["W1", "W2", "b1", "b2"]


def test_the_final_graph_shows_the_final_values_and_their_loss() -> None:
    r = descend(LOSS, None, ["w"], lr=1.0, steps=5, with_graph=True)
    assert r.graph is not None
    w = next(n for n in r.graph.nodes if n.label == "w")
    assert float(w.value) == r.values["w"]
    assert float(r.graph.nodes[r.graph.output].value) == pytest.approx(r.loss[-1])


def test_values_set_the_starting_point_and_data_inputs_do_not_move() -> None:
    r = descend(LOSS, {"w": 2.0, "x": 1.0}, ["w"], lr=0.5, steps=3)
    assert r.loss[0] == pytest.approx((1 / (1 + math.exp(-2.0)) - 1) ** 2)
    assert list(r.values) == ["w"]


def test_expanding_the_sigmoid_gives_the_same_losses() -> None:
    fused = descend(LOSS, None, ["w"], lr=1.0, steps=10)
    expanded = descend(LOSS, None, ["w"], lr=1.0, steps=10, options={"expand": ["sigmoid"]})
    assert expanded.loss == pytest.approx(fused.loss, rel=1e-10)


def test_a_parameter_used_twice_moves_by_the_sum_of_its_gradients() -> None:
    r = descend("w = 3\nL = w * w", None, ["w"], lr=0.1, steps=1)
    assert r.values["w"] == pytest.approx(3 - 0.1 * 6)


def test_zero_steps_report_the_loss_and_leave_the_parameters() -> None:
    r = descend(LOSS, None, ["w"], lr=1.0, steps=0)
    assert len(r.loss) == 1 and r.values == {"w": 0.5}


def test_a_diverging_descent_stops_when_the_loss_is_not_finite_and_says_so() -> None:
    r = descend("w = 3\nL = exp(w * w)", None, ["w"], lr=10.0, steps=20)
    assert r.loss[-1] in ("Infinity", "NaN") and len(r.loss) < 21
    assert any("smaller learning rate" in w for w in r.warnings)


def test_a_tensor_loss_is_a_type_error_naming_its_shape_at_the_output() -> None:
    e = error("type", 2, 7, "w = [1.0, 2.0]\nL = w * 3")  # at the gate: its operator
    assert "scalar loss" in e.message and "shape 2" in e.message and "sum(" in e.message


def test_a_parameter_that_is_not_an_input_is_a_name_error() -> None:
    e = error("name", 1, 1, params=["v"])
    assert "'v' is not an input" in e.message and "inputs: w, x" in e.message
    e = error("name", 2, 5, params=["a"])  # computed by the circuit: points at it
    assert "a is computed by the circuit" in e.message
    assert "did you mean w" in error("name", 1, 1, params=["ww"]).message


def test_no_parameters_and_too_many_steps_are_errors() -> None:
    error("type", 1, 1, params=[])
    e = error("limit", 1, 1, steps=10_001)
    assert "max_descent_steps" in e.message
    error("limit", 1, 1, steps=5, settings=Settings(max_descent_steps=4))
    error("type", 1, 1, lr=math.inf)


def test_a_descent_past_the_time_limit_is_a_limit_error() -> None:
    slow = Settings(max_eval_seconds=0.01)
    with pytest.raises(CircuitError) as err:  # wherever the clock runs out: a gate or a step
        descend("W = randn(200, 200)\nL = sum(tanh(W @ W))", None, ["W"], 0.1, 1000, None,
                slow)
    assert err.value.kind == "limit"
    assert "max_eval_seconds" in err.value.message


def test_a_descent_counts_one_step_of_arrays_against_the_element_budget() -> None:
    # 200 steps of a program of ~30,000 elements create ~6·10⁶, one step's worth at a time
    few = Settings(max_total_elements=1_000_000)
    result = descend("W = randn(60, 60)\nL = sum(tanh(W @ W))", None, ["W"], 0.01, 200,
                     None, few)
    assert len(result.loss) == 201
    assert result.loss[-1] < result.loss[0]


def test_mistakes_in_the_program_keep_their_positions() -> None:
    error("syntax", 1, 8, "L = w +* 2")  # at the unexpected *


def test_a_long_unknown_parameter_like_a_long_input_is_answered_at_once_and_shown_short() -> None:
    # "did you mean" compared the two 60,000-character names for minutes before (suggest.py)
    name = "".join(chr(0x4E00 + (i * 7919) % 3000) for i in range(60_000))  # an input
    other = "".join(ch if i % 3 else "Z" for i, ch in enumerate(name))
    start = time.perf_counter()
    e = error("name", 1, 1, f"{name} = 1\nL = {name} * {name}", params=[other])
    assert time.perf_counter() - start < 5
    assert len(e.message) < 500


def test_a_parameter_over_max_json_elements_comes_back_as_a_summary() -> None:
    settings = Settings(max_json_elements=4)
    r = descend("w = [1, 2, 3, 4, 5]\nL = sum(w * w)", None, ["w"], lr=0.25, steps=1,
                settings=settings, with_graph=True)
    assert r.values["w"]["sample"] == [0.5, 1.0, 1.5, 2.0, 2.5]  # w - 0.25 * 2w
    assert r.values["w"]["summary"]["max"] == 2.5
    assert r.graph is not None  # built at the full final values, not at the summary
    assert r.graph.nodes[0].value.tolist() == [0.5, 1.0, 1.5, 2.0, 2.5]  # type: ignore[union-attr]
