"""The eight worked examples of the course notes (listed in cgviz/teach/examples.py), with the
numbers they print.

Each program is written the way the notes write it and goes through `cgviz.build`, the same
path as the web app. The programs live in `cgviz.teach.examples` (the app's examples menu), so
the menu and these checks can never drift apart. Numbers the notes print to two decimals are
compared to two decimals; everything else against a closed form or central differences.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pytest

import cgviz
from cgviz.core.graph import Graph
from cgviz.teach import examples


def named(g: Graph) -> dict[str, cgviz.Node]:
    """The wires that carry a name, by name (the newest wire of a reassigned name wins)."""
    return {n.label: n for n in g.nodes if n.label}


def grad(g: Graph, name: str) -> np.ndarray:
    return named(g)[name].grad  # type: ignore[return-value]


def value(g: Graph, name: str) -> np.ndarray:
    return named(g)[name].value  # type: ignore[return-value]


def gate_symbols(g: Graph) -> list[str]:
    return [n.symbol for n in g.nodes if n.kind == "op"]


def central_differences(f: Callable[[np.ndarray], float], x: np.ndarray, eps: float = 1e-6
                        ) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    out = np.zeros_like(x)
    for j in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[j] += eps
        minus[j] -= eps
        out[j] = (f(plus) - f(minus)) / (2 * eps)
    return out


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


# ---- 1. (x + y) * z ----------------------------------------------------------------------


def test_first_circuit_prints_the_notes_values_and_gradients() -> None:
    g = cgviz.build(examples.FIRST)
    assert float(value(g, "q")) == 3.0
    assert float(value(g, "f")) == -12.0
    assert g.nodes[g.output].label == "f"
    assert {name: float(grad(g, name)) for name in "xyzqf"} == {
        "x": -4.0, "y": -4.0, "z": 3.0, "q": -4.0, "f": 1.0}
    assert gate_symbols(g) == ["+", "*"]


def test_first_circuit_as_one_expression_with_values_gives_the_same_gradients() -> None:
    one = examples.example("first-values")
    g = cgviz.build(one.source, values=one.values)
    assert float(g.nodes[g.output].value) == -12.0
    assert [float(grad(g, n)) for n in "xyz"] == [-4.0, -4.0, 3.0]
    assert g.warnings == []


# ---- 2. the 2-D sigmoid neuron -----------------------------------------------------------

NEURON_INPUTS = examples.NEURON_INPUTS
NEURON_GRADS = {"w0": -0.20, "x0": 0.39, "w1": -0.39, "x1": -0.59, "w2": 0.20}


def assert_neuron_numbers(g: Graph) -> None:
    assert round(float(g.nodes[g.output].value), 2) == 0.73
    for name, expected in NEURON_GRADS.items():
        assert round(float(grad(g, name)), 2) == expected, name
    # exactly: dσ/dz = σ(1)(1 - σ(1)) times the other factor
    s = sigmoid(1.0)
    assert float(grad(g, "w0")) == pytest.approx(s * (1 - s) * -1.0, rel=1e-12)


def test_neuron_as_separate_gates_draws_the_notes_figure() -> None:
    g = cgviz.build(examples.NEURON)
    assert gate_symbols(g) == ["*", "*", "+", "+", "*-1", "exp", "+1", "1/x"]
    assert_neuron_numbers(g)
    # the figure's intermediate values, left to right
    gates = [n for n in g.nodes if n.kind == "op"]
    assert [round(float(n.value), 2) for n in gates] == [-2.0, 6.0, 4.0, 1.0, -1.0, 0.37, 1.37,
                                                         0.73]
    assert [round(float(n.grad), 2) for n in gates] == [0.2, 0.2, 0.2, 0.2, -0.2, -0.53, -0.53,
                                                        1.0]


def test_neuron_with_a_fused_sigmoid_has_one_sigma_gate_and_the_same_gradients() -> None:
    g = cgviz.build(examples.NEURON_SIGMOID)
    assert gate_symbols(g) == ["*", "*", "+", "+", "σ"]
    assert_neuron_numbers(g)


def test_expanding_sigmoid_draws_the_separate_gates_with_identical_gradients() -> None:
    source = examples.NEURON_SIGMOID
    fused = cgviz.build(source)
    expanded = cgviz.build(source, options={"expand": ["sigmoid"]})
    assert gate_symbols(expanded) == ["*", "*", "+", "+", "*-1", "exp", "+1", "1/x"]
    for name in NEURON_GRADS:
        assert float(grad(expanded, name)) == pytest.approx(float(grad(fused, name)), rel=1e-12)
    assert float(expanded.nodes[expanded.output].value) == pytest.approx(
        float(fused.nodes[fused.output].value), rel=1e-12)


def test_neuron_in_the_notes_vector_form_where_dot_shadows_the_function() -> None:
    g = cgviz.build(examples.NEURON_VECTOR)
    assert float(value(g, "dot")) == 1.0
    assert round(float(g.nodes[g.output].value), 2) == 0.73
    np.testing.assert_array_equal(np.round(grad(g, "w"), 2), [-0.20, -0.39, 0.20])
    np.testing.assert_array_equal(np.round(grad(g, "x"), 2), [0.39, -0.59])


# ---- 3. the staged program ---------------------------------------------------------------

STAGED = examples.STAGED


def staged_closed_form(v: np.ndarray) -> float:
    x, y = v
    return float((x + sigmoid(y)) / (sigmoid(x) + (x + y) ** 2))


def test_staged_program_matches_finite_differences_of_its_closed_form() -> None:
    g = cgviz.build(STAGED)
    labels = [n.label for n in g.nodes if n.label]
    assert labels == ["x", "y", "sigy", "num", "sigx", "xpy", "xpysqr", "den", "invden", "f"]
    assert float(g.nodes[g.output].value) == pytest.approx(staged_closed_form(np.array([3, -4])))
    expected = central_differences(staged_closed_form, np.array([3.0, -4.0]))
    assert [float(grad(g, "x")), float(grad(g, "y"))] == pytest.approx(expected, rel=1e-7)
    # the notes' backward code, line by line
    assert float(grad(g, "num")) == pytest.approx(float(value(g, "invden")))
    assert float(grad(g, "invden")) == pytest.approx(float(value(g, "num")))
    assert float(grad(g, "den")) == pytest.approx(
        -1.0 / float(value(g, "den")) ** 2 * float(value(g, "num")))
    assert float(grad(g, "xpy")) == pytest.approx(
        2 * float(value(g, "xpy")) * float(grad(g, "den")))


def test_staged_program_traces_the_notes_plus_equals_for_x_and_y() -> None:
    g = cgviz.build(STAGED)
    ids = {name: n.id for name, n in named(g).items()}
    accumulate = [s for s in g.steps if s.get("event") == "accumulate"]
    assert [s["node"] for s in accumulate] == [ids["x"], ids["x"], ids["y"]]
    # x: from xpy (#4), then from sigx (#3), then from num (#2) — the order of the notes' `+=`
    *_, x_last = [s for s in accumulate if s["node"] == ids["x"]]
    dxpy = float(grad(g, "xpy"))
    sigx = float(value(g, "sigx"))
    dsigx = float(grad(g, "sigx"))
    dnum = float(grad(g, "num"))
    # the third `+=` shows the running total of the first two, then the new term
    assert x_last["terms"] == pytest.approx([dxpy + (1 - sigx) * sigx * dsigx, dnum])
    assert x_last["count"] == 3
    assert x_last["grad"] == pytest.approx(float(grad(g, "x")))
    y_step = accumulate[-1]
    assert y_step["grad"] == pytest.approx(float(grad(g, "y")))
    assert y_step["caption"].startswith("y: 1.58 + 0.01 = 1.59")


# ---- 4. gradient routing: add spreads, max routes, mul swaps ---------------------------------


def test_routing_circuit_spreads_routes_and_swaps() -> None:
    g = cgviz.build(examples.ROUTING)
    assert gate_symbols(g) == ["*", "max", "+", "*2"]
    assert float(g.nodes[g.output].value) == -20.0
    assert {n: float(grad(g, n)) for n in "xyzw"} == {"x": -8.0, "y": 6.0, "z": 2.0, "w": 0.0}


# ---- 5. matrix multiply ------------------------------------------------------------------


def test_matrix_multiply_gradients_are_dD_at_X_transposed_and_W_transposed_at_dD() -> None:
    g = cgviz.build(examples.MATMUL)
    W, X = value(g, "W"), value(g, "X")
    assert W.shape == (3, 4) and X.shape == (4, 2)
    np.testing.assert_allclose(value(g, "D"), W @ X)
    dD = np.ones((3, 2))  # the output is seeded with ones of its shape
    np.testing.assert_array_equal(grad(g, "D"), dD)
    np.testing.assert_allclose(grad(g, "W"), dD @ X.T, rtol=1e-12)
    np.testing.assert_allclose(grad(g, "X"), W.T @ dD, rtol=1e-12)


def test_matrix_multiply_with_numpy_spellings_gives_the_same_gradients() -> None:
    W = [[1.0, -2.0, 0.5], [3.0, 0.0, -1.0]]
    X = [[2.0], [1.0], [-3.0]]
    for source in ("D = W @ X", "D = np.dot(W, X)", "D = W.dot(X)"):
        g = cgviz.build(source, values={"W": W, "X": X})
        np.testing.assert_array_equal(grad(g, "W"), np.ones((2, 1)) @ np.array(X).T)
        np.testing.assert_array_equal(grad(g, "X"), np.array(W).T @ np.ones((2, 1)))


# ---- 6. one neuron with a loss, and a descent step ---------------------------------------

LOSS = examples.LOSS


def test_neuron_loss_gradient_is_minus_0_2115_and_a_descent_step_lowers_the_loss() -> None:
    g = cgviz.build(LOSS)
    a = sigmoid(1.0)
    assert float(value(g, "a")) == pytest.approx(a)
    assert float(value(g, "L")) == pytest.approx((a - 1) ** 2)
    dw = float(grad(g, "w"))
    assert round(dw, 4) == -0.2115
    assert dw == pytest.approx(2 * (a - 1) * a * (1 - a) * 2, rel=1e-12)

    w_next = 0.5 - 0.1 * dw  # w ← w − lr·dL/dw, with the gradient read off the graph
    assert w_next == pytest.approx(0.52115, abs=1e-5)
    stepped = cgviz.build(LOSS, values={"w": w_next})
    assert float(value(stepped, "w")) == w_next
    assert float(value(stepped, "L")) < float(value(g, "L"))


# ---- 7. linear regression ----------------------------------------------------------------


def test_linear_regression_with_greek_names_matches_the_closed_form_gradient() -> None:
    X, Y, θ = (np.array(examples.REGRESSION_VALUES[k]) for k in ("X", "Y", "θ"))
    g = cgviz.build(examples.REGRESSION, values=examples.REGRESSION_VALUES)
    assert gate_symbols(g) == ["@", "-", "**2", "sum"]
    residual = X @ θ - Y
    np.testing.assert_allclose(value(g, "Δ"), residual)
    assert float(value(g, "L")) == pytest.approx(float(residual @ residual))
    np.testing.assert_allclose(grad(g, "θ"), 2 * X.T @ residual, rtol=1e-12)
    np.testing.assert_allclose(grad(g, "Y"), -2 * residual, rtol=1e-12)
    np.testing.assert_allclose(grad(g, "μ"), 2 * residual, rtol=1e-12)


def test_linear_regression_draws_its_rounding_noise_as_zero() -> None:
    # X @ θ - Y is exactly 0 in its third element up to rounding (5.55e-17), its square
    # 3.08e-33 and the gradients ±1.11e-16: the picture shows 0.00, the JSON keeps the floats
    g = cgviz.build(examples.REGRESSION, values=examples.REGRESSION_VALUES)
    svg = g.to_svg()
    assert "[-0.45, -0.90, 0.00, -1.70]" in svg and "[0.20, 0.81, 0.00, 2.89]" in svg
    assert "[0.90, 1.80, 0.00, 3.40]" in svg
    assert "e-1" not in svg and "e-3" not in svg
    assert 0 < abs(float(value(g, "Δ")[2])) < 1e-16


# ---- 8. a 2-2-1 sigmoid network with MSE, softmax + cross-entropy ------------------------

NETWORK = examples.NETWORK
NETWORK_VALUES = {
    "W1": np.array([[0.15, 0.20], [0.25, 0.30]]), "b1": np.array([0.35, 0.35]),
    "W2": np.array([[0.40, 0.45]]), "b2": np.array([0.60]), "x": np.array([0.05, 0.10]),
}


def network_loss(p: dict[str, np.ndarray]) -> float:
    h = sigmoid(p["W1"] @ p["x"] + p["b1"])
    y = sigmoid(p["W2"] @ h + p["b2"])
    return float(0.5 * np.sum((y - 0.01) ** 2))


@pytest.mark.parametrize("name", sorted(NETWORK_VALUES))
def test_two_layer_sigmoid_network_matches_finite_differences(name: str) -> None:
    g = cgviz.build(NETWORK)
    assert float(value(g, "L")) == pytest.approx(network_loss(NETWORK_VALUES), rel=1e-12)

    def loss_of(v: np.ndarray) -> float:
        return network_loss({**NETWORK_VALUES, name: v})

    expected = central_differences(loss_of, NETWORK_VALUES[name])
    np.testing.assert_allclose(grad(g, name), expected, rtol=1e-6, atol=1e-10)


def test_softmax_cross_entropy_gradient_is_p_minus_t() -> None:
    g = cgviz.build(examples.SOFTMAX)
    z = np.array([1.0, 2.0, 0.5])
    p = np.exp(z) / np.exp(z).sum()
    np.testing.assert_allclose(value(g, "a"), p, rtol=1e-12)
    assert float(value(g, "L")) == pytest.approx(-math.log(p[1]))
    np.testing.assert_allclose(grad(g, "z"), p - np.array([0, 1, 0]), rtol=1e-10, atol=1e-12)
