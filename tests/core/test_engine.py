"""Forward and backward passes and the step trace (docs/language.md, gradient conventions;
docs/api.md, `steps`).

The conventions: the output is seeded with ones of its shape; a variable used several times
receives the sum of its gradients (and the trace shows the `+=` as its own step); max/min route
the whole gradient to the winner, the first argument on a tie; relu' and abs' at 0 are 0;
a non-finite value is a warning on its node, never an exception or invalid JSON.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import numpy as np
import pytest

import cgviz
from cgviz.core.engine import backward, forward
from cgviz.core.graph import Graph, Node
from cgviz.settings import Settings


def by_label(g: Graph) -> dict[str, Node]:
    return {n.label: n for n in g.nodes if n.label}


def grads(g: Graph, *names: str) -> list[Any]:
    labelled = by_label(g)
    return [labelled[n].grad.tolist() for n in names]  # type: ignore[union-attr]


def steps(g: Graph, phase: str, event: str | None = None) -> list[dict[str, Any]]:
    return [s for s in g.steps if s["phase"] == phase and (event is None or s["event"] == event)]


# ---- purity -------------------------------------------------------------------------------

PROGRAM = "x = 3\ny = -4\nsigy = sigmoid(y)\nnum = x + sigy\nden = sigmoid(x) + (x + y)**2\n" \
          "f = num / den"


def test_backward_is_a_pure_function_of_the_nodes_and_values() -> None:
    g = cgviz.build(PROGRAM)
    values = [n.value for n in g.nodes]
    before = [(n.value.copy(), n.grad.copy()) for n in g.nodes]  # type: ignore[union-attr]
    settings = Settings()
    first = backward(g.nodes, values, g.output, settings)
    second = backward(g.nodes, values, g.output, settings)
    assert first.order == second.order
    for a, b in zip(first.grads, second.grads, strict=True):
        np.testing.assert_array_equal(a, b)
    assert len(first.contributions) == len(second.contributions)
    for ca, cb in zip(first.contributions, second.contributions, strict=True):
        assert [(i, port) for i, port, _, _ in ca] == [(i, port) for i, port, _, _ in cb]
        for (_, _, _, a), (_, _, _, b) in zip(ca, cb, strict=True):
            np.testing.assert_array_equal(a, b)
    # and it neither read nor wrote the nodes' own gradients
    for n, (value, grad) in zip(g.nodes, before, strict=True):
        np.testing.assert_array_equal(n.value, value)
        np.testing.assert_array_equal(n.grad, grad)
    for n, fresh in zip(g.nodes, first.grads, strict=True):
        np.testing.assert_array_equal(n.grad, fresh)


def test_forward_is_a_pure_function_too() -> None:
    g = cgviz.build(PROGRAM)
    nodes = copy.deepcopy(g.nodes)
    a, b = forward(nodes, Settings()), forward(nodes, Settings())
    for va, vb, n in zip(a.values, b.values, g.nodes, strict=True):
        np.testing.assert_array_equal(va, vb)
        np.testing.assert_array_equal(va, n.value)


def test_building_twice_gives_identical_graphs_gradients_and_steps() -> None:
    first = cgviz.build(PROGRAM).to_dict()
    second = cgviz.build(PROGRAM).to_dict()
    assert first == second
    assert json.dumps(first, allow_nan=False) == json.dumps(second, allow_nan=False)


# ---- gradient conventions -----------------------------------------------------------------


def test_a_tensor_output_is_seeded_with_ones_of_its_shape() -> None:
    g = cgviz.build("x = [1, 2, 3]\nf = x * 2")
    seed = steps(g, "backward", "seed")
    assert seed == [{"phase": "backward", "event": "seed", "node": g.nodes[g.output].id,
                     "grad": [1.0, 1.0, 1.0],
                     "caption": "∂f/∂f = [1.00, 1.00, 1.00] (3): the output's gradient "
                                "starts the backward pass"}]
    assert grads(g, "f", "x") == [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]]
    m = cgviz.build("W = [[1, 2], [3, 4]]\nX = [[1, 0], [0, 2]]\nD = W @ X")
    assert grads(m, "D") == [[[1.0, 1.0], [1.0, 1.0]]]


def test_a_scalar_output_is_seeded_with_one() -> None:
    g = cgviz.build("x = 4\nf = x * 3")
    assert g.nodes[g.output].grad == 1.0
    assert steps(g, "backward", "seed")[0]["grad"] == 1.0


def test_reused_variable_accumulates_both_paths() -> None:
    g = cgviz.build("x = 3\ny = 2\na = x * y\nb = x + 1\nf = a * b")
    # f = x·y·(x + 1): df/dx = y(x + 1) + x·y = 8 + 6
    assert grads(g, "x", "y") == [14.0, 12.0]
    (acc,) = steps(g, "backward", "accumulate")
    x = by_label(g)["x"]
    assert acc == {
        "phase": "backward", "event": "accumulate", "node": x.id, "from": by_label(g)["a"].id,
        "terms": [6.0, 8.0], "count": 2, "grad": 14.0,
        "caption": "x: 6.00 + 8.00 = 14.00 (gradients add up where a value is used more than once)",
    }


def test_a_wire_used_twice_by_one_gate_accumulates_after_that_gate() -> None:
    g = cgviz.build("a = 3\nf = a * a")
    assert grads(g, "a") == [6.0]
    gate, acc = steps(g, "backward")[1:]
    assert [(e["port"], e["local"], e["contribution"], e["grad"]) for e in gate["inputs"]] == [
        (0, 3.0, 3.0, 3.0), (1, 3.0, 3.0, 6.0)]
    assert (acc["event"], acc["terms"], acc["grad"]) == ("accumulate", [3.0, 3.0], 6.0)
    assert acc["caption"].startswith("a: 3.00 + 3.00 = 6.00")


def test_accumulation_of_a_negative_term_is_captioned_as_a_subtraction() -> None:
    g = cgviz.build("x = 2\nf = -(x * 3) + x * 5")
    assert grads(g, "x") == [2.0]
    (acc,) = steps(g, "backward", "accumulate")
    assert acc["terms"] == [5.0, -3.0]
    assert acc["caption"].startswith("x: 5.00 - 3.00 = 2.00")


def test_tensor_accumulation_sums_elementwise() -> None:
    g = cgviz.build("w = [1, 2]\nf = sum(w * w) + sum(w)")
    assert grads(g, "w") == [[3.0, 5.0]]
    accumulate = steps(g, "backward", "accumulate")
    assert accumulate[-1]["grad"] == [3.0, 5.0]


@pytest.mark.parametrize(("call", "dx", "dy"), [
    ("max(x, y)", 1.0, 0.0), ("max(y, x)", 0.0, 1.0),
    ("min(x, y)", 1.0, 0.0), ("min(y, x)", 0.0, 1.0),
])
def test_max_and_min_route_a_tie_to_the_first_argument(call: str, dx: float, dy: float) -> None:
    g = cgviz.build(f"x = 1.5\ny = 1.5\nf = 10 * {call}")
    assert grads(g, "x", "y") == [10 * dx, 10 * dy]


@pytest.mark.parametrize(("call", "dx"), [
    ("max(x, 0)", 1.0), ("max(0, x)", 0.0), ("min(x, 0)", 1.0), ("min(0, x)", 0.0),
    ("np.maximum(x, 0)", 1.0), ("np.maximum(0, x)", 0.0),
])
def test_a_tie_with_a_constant_also_goes_to_the_first_argument(call: str, dx: float) -> None:
    g = cgviz.build(f"x = 0\nf = {call}")
    assert grads(g, "x") == [dx]


def test_max_routes_elementwise_for_tensors_with_ties_to_the_first() -> None:
    g = cgviz.build("a = [1, 5, 3]\nb = [2, 5, 0]\nf = sum(max(a, b))")
    assert grads(g, "a", "b") == [[0.0, 1.0, 1.0], [1.0, 0.0, 0.0]]
    g = cgviz.build("a = [1, 5, 3]\nb = [2, 5, 0]\nf = sum(min(a, b))")
    assert grads(g, "a", "b") == [[1.0, 1.0, 0.0], [0.0, 0.0, 1.0]]


def test_relu_and_abs_have_zero_gradient_at_zero() -> None:
    assert grads(cgviz.build("x = 0\nf = relu(x)"), "x") == [0.0]
    assert grads(cgviz.build("x = 0\nf = abs(x)"), "x") == [0.0]
    g = cgviz.build("x = [-2, 0, 3]\nf = sum(relu(x)) + sum(abs(x))")
    assert grads(g, "x") == [[0.0 - 1.0, 0.0, 1.0 + 1.0]]


# ---- non-finite values --------------------------------------------------------------------


@pytest.mark.parametrize(("source", "value", "why"), [
    ("x = -1\nf = log(x)", "NaN", "log is defined only for positive numbers"),
    ("x = 0\nf = 1 / x", "Infinity", "division by zero"),
    ("x = 0\nf = -1 / x", "-Infinity", "division by zero"),
    ("x = 1\ny = 0\nf = x / y", "Infinity", "division by zero"),
    ("x = 1000\nf = exp(x)", "Infinity", "exp overflows"),
    ("x = -4\nf = sqrt(x)", "NaN", "sqrt is defined only for non-negative numbers"),
])
def test_a_non_finite_value_is_a_warning_and_a_json_string(source: str, value: str,
                                                           why: str) -> None:
    g = cgviz.build(source)
    out = g.nodes[g.output]
    assert out.warning is not None and why in out.warning
    assert any(why in w for w in g.warnings)
    d = g.to_dict()
    json.dumps(d, allow_nan=False)  # strict JSON: no bare NaN or Infinity
    (node,) = [n for n in d["nodes"] if n["id"] == out.id]
    assert node["value"] == value
    assert node["warning"] == out.warning
    (step,) = steps(g, "forward")
    assert step["value"] == value


def test_a_non_finite_value_propagates_with_a_warning_naming_its_cause() -> None:
    g = cgviz.build("x = -1\ny = log(x)\nf = y * 2")
    assert by_label(g)["f"].warning == "NaN because its input y is not finite"
    assert g.to_dict()["nodes"][2]["value"] == "NaN"
    assert grads(g, "x") == [-2.0]  # the gradient can still be finite


def test_non_finite_elements_of_a_tensor_become_strings_in_place() -> None:
    g = cgviz.build("x = [1, -1, 0]\nf = log(x)")
    d = g.to_dict()
    json.dumps(d, allow_nan=False)
    assert d["nodes"][1]["value"] == [0.0, "NaN", "-Infinity"]
    assert d["nodes"][0]["grad"] == [1.0, -1.0, "Infinity"]
    assert d["nodes"][0]["warning"] == "its gradient is not finite"


# ---- the step trace -----------------------------------------------------------------------


def test_forward_steps_are_one_per_gate_in_topological_order() -> None:
    g = cgviz.build("x = -2; y = 5; z = -4; q = x + y; f = q * z")
    assert steps(g, "forward") == [
        {"phase": "forward", "node": "n3", "inputs": ["n0", "n1"], "value": 3.0,
         "caption": "q = x + y = 3.00"},
        {"phase": "forward", "node": "n4", "inputs": ["n3", "n2"], "value": -12.0,
         "caption": "f = q * z = -12.00"},
    ]


def test_backward_steps_show_upstream_times_local_for_each_input() -> None:
    g = cgviz.build("x = -2; y = 5; z = -4; q = x + y; f = q * z")
    seed, mul, add = steps(g, "backward")
    assert (seed["event"], seed["node"], seed["grad"]) == ("seed", "n4", 1.0)
    assert mul == {
        "phase": "backward", "event": "gate", "node": "n4", "upstream": 1.0,
        "inputs": [{"node": "n3", "port": 0, "local": -4.0, "contribution": -4.0, "grad": -4.0},
                   {"node": "n2", "port": 1, "local": 3.0, "contribution": 3.0, "grad": 3.0}],
        "caption": "f = q * z: ∂f/∂q = upstream 1.00 × local -4.00 = -4.00; "
                   "∂f/∂z = upstream 1.00 × local 3.00 = 3.00",
    }
    assert add["node"] == "n3" and add["upstream"] == -4.0
    assert [(e["node"], e["local"], e["contribution"]) for e in add["inputs"]] == [
        ("n0", 1.0, -4.0), ("n1", 1.0, -4.0)]


def test_backward_visits_gates_in_reverse_topological_order_with_accumulations() -> None:
    g = cgviz.build(PROGRAM)
    gate_ids = [n.id for n in g.nodes if n.kind == "op"]
    backward_steps = steps(g, "backward")
    assert backward_steps[0]["event"] == "seed"
    assert [s["node"] for s in backward_steps if s["event"] == "gate"] == gate_ids[::-1]
    assert [s["node"] for s in steps(g, "forward")] == gate_ids
    # every accumulate step follows the gate it came from, and its terms add up to its grad
    for k, s in enumerate(backward_steps):
        if s["event"] == "accumulate":
            assert backward_steps[k - 1]["node"] == s["from"] or \
                backward_steps[k - 1]["event"] == "accumulate"
            assert sum(s["terms"]) == pytest.approx(s["grad"])
    x, y = by_label(g)["x"], by_label(g)["y"]
    final = {s["node"]: s["grad"] for s in backward_steps if s["event"] == "accumulate"}
    assert final[x.id] == pytest.approx(float(x.grad))  # type: ignore[arg-type]
    assert final[y.id] == pytest.approx(float(y.grad))  # type: ignore[arg-type]


def test_each_gate_step_multiplies_upstream_by_local_for_scalars() -> None:
    g = cgviz.build(PROGRAM)
    for s in steps(g, "backward", "gate"):
        for entry in s["inputs"]:
            assert entry["contribution"] == pytest.approx(s["upstream"] * entry["local"])


def test_a_tensor_gate_step_gives_its_formula_instead_of_a_local_number() -> None:
    g = cgviz.build("x = [1, 2]\nW = [[1, 2], [3, 4]]\nf = W @ x")
    (gate,) = steps(g, "backward", "gate")
    assert gate["upstream"] == [1.0, 1.0]
    assert [(e["local"], e["contribution"]) for e in gate["inputs"]] == [
        (None, [[1.0, 2.0], [1.0, 2.0]]), (None, [4.0, 6.0])]
    # a tensor is shown as its wire shows it, with its shape as a note
    assert gate["caption"] == ("f = W @ x: ∂f/∂W = upstream @ xᵀ = mean 1.50 (2×2); "
                               "∂f/∂x = Wᵀ @ upstream = [4.00, 6.00] (2)")


def test_nodes_not_reaching_the_output_get_zero_gradients_and_no_backward_step() -> None:
    g = cgviz.build("x = 1\ny = 2\nu = x * 3\nv = [x, y]\nf = y * 2")
    assert grads(g, "x", "u", "v", "y") == [0.0, 0.0, [0.0, 0.0], 2.0]
    visited = {s["node"] for s in steps(g, "backward")}
    assert by_label(g)["u"].id not in visited
    assert by_label(g)["v"].id not in visited
    assert [s["node"] for s in steps(g, "forward")] == [by_label(g)[n].id for n in "uvf"]


def test_the_trace_grows_linearly_with_the_uses_of_a_wire() -> None:
    n = 500
    g = cgviz.build("x = 2\nf = x" + " + x" * n)
    assert grads(g, "x") == [n + 1.0]
    # one event per gate that feeds x after the first; the last gate (x + x) feeds it twice
    assert len(steps(g, "backward", "accumulate")) == n - 1
    assert len(json.dumps(g.steps)) < 2_000 * n  # about 470 bytes a gate without reuse


def test_a_stack_gate_captions_each_input_with_its_slice_of_the_upstream_gradient() -> None:
    g = cgviz.build("a = 1; b = 2; v = [a*2, b]; f = sum(v*v)")
    (stack,) = [s for s in steps(g, "backward", "gate") if s["node"] == by_label(g)["v"].id]
    assert stack["caption"] == ("v = [a*2, b]: ∂f/∂(a*2) = upstream[0] = 4.00; "
                                "∂f/∂b = upstream[1] = 4.00")


# ---- empty tensors --------------------------------------------------------------------

EVERY_OPTION = {"code": True, "gradcheck": True, "expand": ["sigmoid", "tanh", "softmax", "mean"]}


@pytest.mark.parametrize("options", [{}, EVERY_OPTION])
@pytest.mark.parametrize(("source", "shape"), [
    ("f = softmax(zeros(0))", (0,)),  # folded while lowering
    ("x = zeros(0)\nf = softmax(x)", (0,)),
    ("x = zeros(3, 0)\nf = softmax(x)", (3, 0)),
    ("x = zeros(0, 3)\nf = softmax(x)", (0, 3)),
    ("x = zeros(0)\nf = sum(x)", ()),
    ("x = zeros(2, 0)\nf = x @ x.T", (2, 2)),
    ("x = zeros(0)\nf = max(x, 1) * sigmoid(x)", (0,)),
    ("x = zeros(3, 0)\nf = F.log_softmax(x, dim=1)", (3, 0)),
    ("x = zeros(0)\nf = log_softmax(x)", (0,)),
])
def test_an_empty_tensor_through_any_reduction_is_a_valid_circuit(
        source: str, shape: tuple[int, ...], options: dict[str, Any]) -> None:
    g = cgviz.build(source, options=options)
    assert g.nodes[g.output].shape == shape
    json.dumps(g.to_dict(), allow_nan=False)
    g.to_svg()


def test_the_mean_of_an_empty_tensor_is_nan_with_a_warning_as_numpy_says() -> None:
    g = cgviz.build("x = zeros(0)\nf = mean(x)")
    assert g.to_dict()["nodes"][g.output]["value"] == "NaN"
    assert g.nodes[g.output].warning
