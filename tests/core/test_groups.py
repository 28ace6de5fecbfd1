"""Groups (docs/language.md): calls of the program's functions and built-in composites, drawn as a
box around their gates or collapsed into one gate, with the same gradients either way."""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pytest

import cgviz
from cgviz import CircuitError

NEURON = """\
def neuron(x, w, b):
    return (x * w + b).tanh()
x = 2.0; w = -3.0; b = 1.0
y = neuron(x, w, b) * neuron(w, x, b)
"""

NESTED = """\
def neuron(x, w, b):
    n = x * w + b
    return n.tanh()
def layer(x, w):
    return neuron(x, w, 1.0) + neuron(w, x, -1.0)
x = 0.5; w = -1.5
y = layer(x, w) * x
"""


def grads(source: str, **options: Any) -> dict[str, Any]:
    g = cgviz.build(source, options=options)
    return {n.label: n.grad for n in g.nodes if n.kind == "input"}


def assert_same_gradients(a: dict[str, Any], b: dict[str, Any]) -> None:
    assert a.keys() == b.keys()
    for name in a:
        np.testing.assert_allclose(a[name], b[name], rtol=1e-12, atol=1e-15, err_msg=name)


def test_each_call_of_a_function_is_a_group_of_the_gates_it_made() -> None:
    d = cgviz.build(NEURON).to_dict()
    users = [g for g in d["groups"] if not g["builtin"]]
    assert [g["id"] for g in users] == ["g0", "g1"]
    first = users[0]
    assert first["name"] == "neuron" and first["collapsed"] is False and first["parent"] is None
    assert first["inputs"] == ["n0", "n1", "n2"]
    ops = {n["id"]: n["op"] for n in d["nodes"]}
    assert [ops[i] for i in first["nodes"]] == ["mul", "add", "tanh"]
    assert first["output"] == first["nodes"][-1]
    assert users[1]["inputs"] == ["n1", "n0", "n2"]  # argument order kept


def test_built_in_composites_are_groups_that_start_collapsed() -> None:
    d = cgviz.build(NEURON).to_dict()
    tanh = [g for g in d["groups"] if g["builtin"]]
    assert [(g["name"], g["collapsed"], len(g["nodes"])) for g in tanh] == [
        ("tanh", True, 1), ("tanh", True, 1)]
    assert [g["parent"] for g in tanh] == ["g0", "g1"]  # called inside each neuron


def test_an_expanded_built_in_is_a_box_of_its_primitive_gates() -> None:
    d = cgviz.build("z = 0.5\ny = sigmoid(z)", options={"expand": ["sigmoid"]}).to_dict()
    (g,) = d["groups"]
    ops = {n["id"]: n["op"] for n in d["nodes"]}
    assert g["collapsed"] is False and g["builtin"] is True
    assert [ops[i] for i in g["nodes"]] == ["mulc", "exp", "addc", "rdivc"]
    assert g["box"] is not None


def test_a_collapsed_function_is_one_gate_named_after_it() -> None:
    d = cgviz.build(NEURON, options={"collapse": ["neuron"]}).to_dict()
    gates = [n for n in d["nodes"] if n["kind"] == "op"]
    assert [(n["op"], n["symbol"]) for n in gates] == [("group", "neuron"), ("group", "neuron"),
                                                       ("mul", "*")]
    users = d["groups"]
    assert [(g["collapsed"], g["nodes"], g["box"]) for g in users] == [
        (True, [gates[0]["id"]], None), (True, [gates[1]["id"]], None)]
    assert np.isclose(gates[0]["value"], np.tanh(2.0 * -3.0 + 1.0))


def test_gradients_are_the_same_whichever_way_a_function_is_drawn() -> None:
    expanded = grads(NEURON)
    assert_same_gradients(expanded, grads(NEURON, collapse=["neuron"]))
    assert_same_gradients(expanded, grads(NEURON, collapse=["neuron"], expand=["tanh"]))
    np.testing.assert_allclose(grads(NEURON, expand=["tanh"])["x"], expanded["x"], rtol=1e-9)


@pytest.mark.parametrize("collapse", [[], ["neuron"], ["layer"], ["neuron", "layer"]])
def test_nested_calls_give_the_same_gradients_collapsed_or_not(collapse: list[str]) -> None:
    assert_same_gradients(grads(NESTED), grads(NESTED, collapse=collapse))


def test_a_nested_call_is_a_group_inside_its_callers_box() -> None:
    d = cgviz.build(NESTED).to_dict()
    by_id = {g["id"]: g for g in d["groups"]}
    layer, first, second = (by_id[k] for k in ("g0", "g1", "g2"))
    assert (layer["name"], first["name"], second["name"]) == ("layer", "neuron", "neuron")
    assert first["parent"] == second["parent"] == "g0"
    assert set(first["nodes"]) | set(second["nodes"]) < set(layer["nodes"])
    outer, inner = layer["box"], first["box"]
    assert outer["x"] < inner["x"] and outer["y"] < inner["y"]
    assert outer["x"] + outer["width"] > inner["x"] + inner["width"]


def test_collapsing_the_caller_hides_the_groups_inside_it() -> None:
    d = cgviz.build(NESTED, options={"collapse": ["layer"]}).to_dict()
    assert [(g["name"], g["collapsed"]) for g in d["groups"]] == [("layer", True)]


def test_a_collapsed_callee_is_one_gate_inside_its_callers_box() -> None:
    d = cgviz.build(NESTED, options={"collapse": ["neuron"]}).to_dict()
    layer, first, second = d["groups"][:3]
    assert first["collapsed"] and second["collapsed"] and not layer["collapsed"]
    assert first["nodes"][0] in layer["nodes"] and second["nodes"][0] in layer["nodes"]
    assert first["parent"] == "g0"


@pytest.mark.parametrize(("call", "inputs"), [
    ("sigmoid(x * w)", "x = 0.3; w = -1.2"),
    ("tanh(x * w)", "x = 0.3; w = -1.2"),
    ("softmax(x * w)[1]", "x = [0.3, -0.5, 1.0]; w = [1.5, 0.5, -2.0]"),
    ("softmax(x * w).sum(0)[1]", "x = [[0.3, -0.5], [1.0, 2.0]]; w = [1.5, 0.5]"),
    ("log_softmax(x * w)[0]", "x = [0.3, -0.5, 1.0]; w = [1.5, 0.5, -2.0]"),
    ("mean(x * w)", "x = [0.3, -0.5, 1.0]; w = [1.5, 0.5, -2.0]"),
    ("F.mse_loss(x, w)", "x = [0.3, -0.5, 1.0]; w = [1.5, 0.5, -2.0]"),
    ("F.cross_entropy(x * w, [1, 0])", "x = [[0.3, -0.5], [1.0, 2.0]]; w = [1.5, 0.5]"),
    ("F.binary_cross_entropy_with_logits(x * w, [1.0, 0.0, 1.0])",
     "x = [0.3, -0.5, 1.0]; w = [1.5, 0.5, -2.0]"),
])
def test_every_built_in_composite_gives_the_same_gradients_in_every_drawing(
        call: str, inputs: str) -> None:
    source = f"import torch.nn.functional as F\ndef f(x, w):\n    return {call}\n{inputs}\n" \
             "y = f(x, w) * 2"
    name = re.match(r"(?:F\.)?(\w+)", call).group(1)  # type: ignore[union-attr]
    expandable = [] if name == "binary_cross_entropy_with_logits" else [name]
    reference = grads(source)
    for options in ({"collapse": ["f"]}, {"expand": expandable},
                    {"collapse": ["f"], "expand": expandable}):
        got = grads(source, **options)
        for k in reference:
            np.testing.assert_allclose(got[k], reference[k], rtol=1e-9, atol=1e-12)
    composite = [g for g in cgviz.build(source).to_dict()["groups"] if g["builtin"]]
    assert composite and composite[0]["parent"] == "g0"


def test_a_function_called_twice_collapses_both_calls() -> None:
    source = "def sq(v):\n    return v * v\nx = 3.0\ny = sq(x) + sq(sq(x))"
    d = cgviz.build(source, options={"collapse": ["sq"]}).to_dict()
    assert [n["symbol"] for n in d["nodes"] if n["kind"] == "op"] == ["sq", "sq", "sq", "+"]
    assert_same_gradients(grads(source), grads(source, collapse=["sq"]))
    assert grads(source)["x"] == pytest.approx(2 * 3 + 4 * 27)


def test_the_backward_step_of_a_collapsed_function_reads_upstream_times_local() -> None:
    source = "def f(a, b):\n    return a * b + a\nx = 2.0; y = -3.0\nz = f(x, y) * 4"
    d = cgviz.build(source, options={"collapse": ["f"]}).to_dict()
    gate = next(n for n in d["nodes"] if n["op"] == "group")
    step = next(s for s in d["steps"] if s.get("event") == "gate" and s["node"] == gate["id"])
    assert step["upstream"] == 4.0
    assert [(i["local"], i["contribution"]) for i in step["inputs"]] == [(-2.0, -8.0),
                                                                         (2.0, 8.0)]
    assert "f(x, y)" in step["caption"]
    assert "upstream 4.00 × local -2.00 = -8.00" in step["caption"]
    assert "upstream 4.00 × local 2.00 = 8.00" in step["caption"]


def test_a_collapsed_function_of_tensors_passes_the_gradient_through_its_gates() -> None:
    source = "def f(W, x):\n    return np.tanh(W @ x)\nW = [[1., 2.], [-1., .5]]\n" \
             "x = [.3, -.2]\ny = f(W, x).sum()"
    assert_same_gradients(grads(source), grads(source, collapse=["f"]))
    d = cgviz.build(source, options={"collapse": ["f"], "code": True}).to_dict()
    assert "f1 = f(W, x)" in d["code"]["forward"]  # its wire named after the function


def test_inputs_made_inside_a_function_stay_outside_its_gate() -> None:
    source = "def neuron(x):\n    w = Value(-3.0, label='w')\n    return (x * w).tanh()\n" \
             "x = Value(0.5)\no = neuron(x)"
    d = cgviz.build(source, options={"collapse": ["neuron"]}).to_dict()
    labels = {n["id"]: n["label"] for n in d["nodes"]}
    (g,) = d["groups"]
    assert sorted(labels[i] for i in g["inputs"]) == ["w", "x"]
    assert_same_gradients(grads(source), grads(source, collapse=["neuron"]))


def test_collapse_and_expand_name_only_functions_that_can_be() -> None:
    with pytest.raises(CircuitError) as e:
        cgviz.build(NEURON, options={"collapse": ["nueron"]})
    assert e.value.kind == "type" and "nueron" in str(e.value) and "neuron" in str(e.value)
    with pytest.raises(CircuitError) as e:
        cgviz.build(NEURON, options={"expand": ["relu"]})
    assert e.value.kind == "type"
    # each default is accepted as a no-op: a user function is expanded, a built-in collapsed
    assert grads(NEURON, expand=["neuron"], collapse=["tanh"]) == grads(NEURON)


def test_the_graph_keeps_the_options_it_drew_with() -> None:
    g = cgviz.build(NEURON, options={"collapse": ["neuron"], "expand": ["tanh"]})
    assert g.options["collapse"] == ["neuron"] and g.options["expand"] == ["tanh"]
