"""options.expand: sigmoid, tanh, softmax and mean drawn as primitive gates, same gradients."""

from __future__ import annotations

import hypothesis.extra.numpy as hnp
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cgviz
from cgviz.core.graph import Graph
from cgviz.errors import CircuitError
from cgviz.language.expand import EXPANDABLE

ALL = list(EXPANDABLE)
UNARY = [fn for fn in ALL if fn not in ("mse_loss", "cross_entropy", "bce_logits")]


def symbols(g: Graph) -> list[str]:
    return [n.symbol for n in g.nodes if n.kind == "op"]


def inputs(g: Graph) -> dict[str, np.ndarray]:
    return {n.label: n.grad for n in g.nodes if n.kind == "input"}  # type: ignore[misc]


def assert_same_gradients(source: str, values: dict[str, object], expand: list[str]) -> None:
    fused = cgviz.build(source, values=values)
    expanded = cgviz.build(source, values=values, options={"expand": expand})
    np.testing.assert_allclose(expanded.nodes[expanded.output].value,
                               fused.nodes[fused.output].value, rtol=1e-9, atol=1e-12)
    for name, grad in inputs(fused).items():
        np.testing.assert_allclose(inputs(expanded)[name], grad, rtol=1e-7, atol=1e-12,
                                   err_msg=name)


def test_sigmoid_expands_into_the_notes_four_gates() -> None:
    g = cgviz.build("z = 1\nf = sigmoid(z)", options={"expand": ["sigmoid"]})
    assert symbols(g) == ["*-1", "exp", "+1", "1/x"]
    assert g.nodes[g.output].label == "f"


def test_mean_expands_into_sum_then_division_by_the_count() -> None:
    g = cgviz.build("x = [1, 2, 3, 6]\nm = mean(x)", options={"expand": ["mean"]})
    assert symbols(g) == ["sum", "/4"]
    assert float(g.nodes[g.output].value) == 3.0
    np.testing.assert_array_equal(inputs(g)["x"], [0.25] * 4)


def test_softmax_of_a_vector_expands_into_exp_sum_and_divide_with_a_visible_fork() -> None:
    g = cgviz.build("z = [1.0, 2.0, 0.5]\np = softmax(z)", options={"expand": ["softmax"]})
    assert symbols(g) == ["exp", "sum", "/"]
    exp_wire = next(n for n in g.nodes if n.op == "exp")
    accumulate = [s for s in g.steps if s.get("event") == "accumulate"]
    assert [s["node"] for s in accumulate] == [exp_wire.id]  # e feeds both sum and /
    assert g.nodes[g.output].label == "p"


def test_softmax_of_a_matrix_sums_each_row_with_a_column_of_ones() -> None:
    g = cgviz.build("Z = [[1, 2, 3], [3, 5, 0]]\nS = softmax(Z)", options={"expand": ["softmax"]})
    assert symbols(g) == ["exp", "@", "/"]
    ones = next(n for n in g.nodes if n.kind == "const")
    assert ones.text == "ones(3, 1)" and ones.shape == (3, 1)
    np.testing.assert_allclose(np.sum(g.nodes[g.output].value, axis=-1), [1.0, 1.0])


def test_softmax_of_a_three_dimensional_tensor_stays_one_gate_and_says_why() -> None:
    g = cgviz.build("X = ones(2, 2, 2)\nS = softmax(X)", options={"expand": ["softmax"]})
    assert symbols(g) == ["softmax"]
    assert any("3-D tensor is drawn as one gate" in w for w in g.warnings)


def test_expanded_gates_keep_the_fused_gates_place_and_spell_out_their_own_text() -> None:
    g = cgviz.build("x = 1\ny = 2\nf = x * tanh(y)", options={"expand": ["tanh"]})
    chain = [n for n in g.nodes if n.kind == "op" and n.op != "mul"]
    assert all((n.line, n.column) == (3, 9) for n in chain)
    assert [n.text for n in chain[:3]] == ["y * 2", "(y * 2) * -1", "exp((y * 2) * -1)"]
    assert chain[-1].text == "tanh(y)"  # the chain's last wire is the function's value
    captions = [s["caption"] for s in g.steps if s["phase"] == "forward"]
    assert captions[2] == "exp((y * 2) * -1) = 0.02"


def test_expanding_a_function_the_program_does_not_use_changes_nothing() -> None:
    source = "x = 2; f = x * x"
    assert cgviz.build(source, options={"expand": ALL}).to_dict() == \
        cgviz.build(source).to_dict()


def test_an_expansion_that_passes_max_nodes_is_a_limit_error_at_the_gate() -> None:
    small = cgviz.Settings(max_nodes=4)
    cgviz.build("x = 1\nf = sigmoid(x)", settings=small)
    with pytest.raises(CircuitError) as err:
        cgviz.build("x = 1\nf = sigmoid(x)", options={"expand": ["sigmoid"]}, settings=small)
    assert (err.value.kind, err.value.line, err.value.column) == ("limit", 2, 5)


def test_every_expandable_function_is_listed_in_an_unknown_expand_error() -> None:
    with pytest.raises(CircuitError) as err:
        cgviz.build("f = relu(x)", options={"expand": ["relu"]})
    assert all(name in err.value.message for name in ALL)


# ---- the same gradients at the inputs, for random inputs -----------------------------------

FINITE = st.floats(-6, 6, allow_nan=False)
SHAPES = st.sampled_from([(), (3,), (2, 3)])


@settings(max_examples=60, deadline=None)
@given(st.data(), SHAPES, st.sampled_from(UNARY))
def test_an_expanded_function_has_the_fused_gradients_at_every_input(
        data: st.DataObject, shape: tuple[int, ...], fn: str) -> None:
    x = data.draw(hnp.arrays(np.float64, shape, elements=FINITE))
    w = data.draw(hnp.arrays(np.float64, shape, elements=FINITE))
    # a weighted sum makes every output element matter differently
    assert_same_gradients(f"y = {fn}(x * 1.5)\nL = sum(y * w)", {"x": x.tolist(),
                                                                 "w": w.tolist()}, [fn])


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_network_with_every_expansion_at_once_keeps_its_gradients(data: st.DataObject) -> None:
    W = data.draw(hnp.arrays(np.float64, (2, 3), elements=FINITE))
    x = data.draw(hnp.arrays(np.float64, (3,), elements=FINITE))
    source = "h = tanh(W @ x)\np = softmax(sigmoid(h) * 2)\nL = mean(p * p) + mean(h)"
    assert_same_gradients(source, {"W": W.tolist(), "x": x.tolist()}, ALL)


def test_log_softmax_expands_into_x_minus_the_log_of_the_row_sums() -> None:
    g = cgviz.build("Z = [[1., 2., 3.], [3., 5., 0.]]\nL = log_softmax(Z)",
                    options={"expand": ["log_softmax"]})
    assert symbols(g) == ["exp", "@", "log", "-"]
    np.testing.assert_allclose(np.exp(g.nodes[g.output].value).sum(axis=-1), [1.0, 1.0])


@settings(max_examples=30, deadline=None)
@given(st.data(), st.sampled_from([(3,), (2, 3)]))
def test_the_losses_expand_with_the_fused_gradients(data: st.DataObject,
                                                    shape: tuple[int, ...]) -> None:
    x = data.draw(hnp.arrays(np.float64, shape, elements=FINITE))
    t = data.draw(hnp.arrays(np.float64, shape, elements=FINITE))
    assert_same_gradients("L = mse_loss(x * 1.5, t)", {"x": x.tolist(), "t": t.tolist()},
                          ["mse_loss"])
    rows = 1 if len(shape) == 1 else shape[0]
    targets = data.draw(st.lists(st.integers(0, shape[-1] - 1), min_size=rows, max_size=rows))
    assert_same_gradients(f"L = cross_entropy(x * 1.5, {targets})", {"x": x.tolist()},
                          ["cross_entropy"])
    y = data.draw(hnp.arrays(np.float64, shape, elements=st.floats(0, 1)))
    assert_same_gradients("L = F.binary_cross_entropy_with_logits(x * 1.5, y)",
                          {"x": x.tolist(), "y": y.tolist()}, ["bce_logits"])


def test_binary_cross_entropy_expands_into_softplus_minus_z_times_y() -> None:
    g = cgviz.build("z = [2., -1., 0.]\ny = [1., 0., 1.]\n"
                    "L = F.binary_cross_entropy_with_logits(z, y)",
                    options={"expand": ["bce_logits"]})
    assert symbols(g) == ["exp", "+1", "log", "*", "-", "sum", "/3"]
    z, y = np.array([2.0, -1.0, 0.0]), np.array([1.0, 0.0, 1.0])
    assert float(g.nodes[g.output].value) == pytest.approx(np.mean(np.log1p(np.exp(z)) - z * y))
    np.testing.assert_allclose(inputs(g)["z"], (1 / (1 + np.exp(-z)) - y) / 3)


def test_cross_entropy_expands_into_log_softmax_then_picking_each_rows_target() -> None:
    g = cgviz.build("Z = [[1., 2.], [3., 1.]]\nL = cross_entropy(Z, [1, 0])",
                    options={"expand": ["cross_entropy"]})
    assert symbols(g) == ["exp", "@", "log", "-", "[[0,1],[1,0]]", "sum", "/2", "*-1"]


def test_expanded_gates_name_the_function_they_came_from_so_a_click_can_collapse_them() -> None:
    g = cgviz.build("x = 1\nw = 2\nf = tanh(w * x) + sigmoid(x)",
                    options={"expand": ["sigmoid", "tanh"]})
    groups = [(n["symbol"], n.get("group")) for n in g.to_dict()["nodes"] if n["kind"] == "op"]
    assert groups[0] == ("*", None) and groups[-1] == ("+", None)  # the program's own gates
    assert [grp for _, grp in groups[1:-1]] == ["tanh"] * 7 + ["sigmoid"] * 4
    fused = cgviz.build("x = 1\nf = sigmoid(x)").to_dict()
    assert all("group" not in n for n in fused["nodes"])


def test_the_app_keeps_in_its_address_every_name_the_server_can_expand() -> None:
    import json
    import re
    from pathlib import Path

    state = (Path(__file__).parents[2] / "frontend" / "js" / "state.js").read_text("utf-8")
    listed = re.search(r"export const EXPANDABLE = (\[[^\]]*\])", state)
    assert listed, "state.js lists EXPANDABLE"
    assert sorted(json.loads(listed.group(1))) == sorted(EXPANDABLE)
