"""One budget per program (budget.py): elements over all the tensors it creates, and time."""

from __future__ import annotations

import pytest

import cgviz
from cgviz.core.budget import Budget, budgeted, current_budget
from cgviz.errors import CircuitError
from cgviz.settings import Settings


def test_many_tensors_each_within_its_limit_are_stopped_by_their_sum_at_the_line() -> None:
    # each line makes 10⁶ elements (max_tensor_elements); the fifth value and its gradient
    # take the program past 10⁷ in all
    source = "x = zeros(1000, 1000)\n" + "".join(f"y{i} = x + {i}\n" for i in range(20))
    with pytest.raises(CircuitError) as err:
        cgviz.build(source + "f = sum(y19)")
    e = err.value
    assert e.kind == "limit" and "max_total_elements" in e.message
    assert 2 <= e.line <= 21  # the gate that went over, not line 1


def test_the_count_is_refused_before_numpy_allocates_the_tensor() -> None:
    small = Settings(max_total_elements=1_000)
    with pytest.raises(CircuitError) as err:  # 900 for x, then 900 more for x * x
        cgviz.build("x = zeros(30, 30)\nf = sum(x * x)", settings=small)
    assert (err.value.line, err.value.column) == (2, 11)


def test_values_gradients_and_contributions_all_count() -> None:
    settings = Settings()
    with budgeted(settings) as budget:
        cgviz.build("w = [1.0, 2.0, 3.0]\nx = [4.0, 5.0, 6.0]\nf = sum(w * x)")
    # forward: w, x, w*x, sum = 3+3+3+1; backward: seed 1, sum's input 3, the product's two
    # inputs with their local gradients 2·(3+3)
    assert budget.elements == 10 + 1 + 3 + 12


def test_a_nested_build_shares_the_budget_it_is_called_in() -> None:
    settings = Settings()
    with budgeted(settings) as outer:
        cgviz.build("f = x * 2")
        used = outer.elements
        assert current_budget(settings) is outer
        cgviz.build("f = x * 2")
    assert outer.elements == 2 * used


def test_the_time_is_looked_at_on_every_gate_even_in_a_small_program() -> None:
    with pytest.raises(CircuitError) as err:
        cgviz.build("x = 1\ny = x + 1\nf = y * 2", settings=Settings(max_eval_seconds=0))
    assert err.value.kind == "limit" and (err.value.line, err.value.column) == (2, 7)


def test_a_reserve_is_spent_when_only_its_share_of_the_time_is_left() -> None:
    budget = Budget(Settings(max_eval_seconds=10))
    assert not budget.keeping(0.5).spent()
    assert budget.keeping(1.5).spent()
