"""The graph JSON sends every tensor above `max_json_elements` as a summary (docs/api.md): node
values and gradients, every tensor field of every step, gradcheck's numeric gradient, staged
code's inputs; at or below the limit, the numbers themselves."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

import cgviz
from cgviz.settings import Settings

# x (3×4) is used three times: gate steps with elementwise locals, and accumulate steps.
REUSED = "x = randn(3, 4)\ny = x * x + x\nf = sum(y)"
STEP_FIELDS = ("value", "grad", "upstream")
INPUT_FIELDS = ("local", "contribution", "grad")


def tensors(graph: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(where, JSON) of every place a value or gradient goes into the graph JSON."""
    for node in graph["nodes"]:
        for key in ("value", "grad", "numeric_grad"):
            if node.get(key) is not None:
                yield f"{node['id']}.{key}", node[key]
    for k, step in enumerate(graph["steps"]):
        for key in STEP_FIELDS:
            if step.get(key) is not None:
                yield f"steps[{k}].{key}", step[key]
        for entry in step["inputs"] if step.get("event") == "gate" else ():
            for key in INPUT_FIELDS:
                if entry.get(key) is not None:
                    yield f"steps[{k}].inputs.{key}", entry[key]
        for t, term in enumerate(step.get("terms", ())):
            yield f"steps[{k}].terms[{t}]", term


def built(source: str, limit: int, **options: Any) -> dict[str, Any]:
    g = cgviz.build(source, options=options, settings=Settings(max_json_elements=limit))
    return g.to_dict()


def fields_of(graph: dict[str, Any]) -> set[str]:
    return {where.split(".", 1)[1].split("[")[0] for where, _ in tensors(graph)}


def test_every_tensor_field_over_the_limit_is_a_summary() -> None:
    graph = built(REUSED, 11, gradcheck=True)
    seen = fields_of(graph)
    assert {"value", "grad", "numeric_grad", "upstream", "inputs.local", "inputs.contribution",
            "inputs.grad"} <= seen
    assert any(step.get("event") == "accumulate" for step in graph["steps"])
    for where, data in tensors(graph):
        assert not isinstance(data, list), where
        if isinstance(data, dict):
            assert set(data) == {"summary", "sample"}, where


def test_every_tensor_field_at_the_limit_is_sent_in_full() -> None:
    graph = built(REUSED, 12, gradcheck=True)
    for where, data in tensors(graph):
        assert not isinstance(data, dict), where
    x = graph["nodes"][0]
    assert np.array(x["value"]).shape == (3, 4)


def test_a_summarised_node_carries_numpys_numbers_for_its_value_and_gradient() -> None:
    g = cgviz.build(REUSED, settings=Settings(max_json_elements=11))
    x = g.nodes[0]
    node = g.to_dict()["nodes"][0]
    assert node["shape"] == [3, 4]
    assert node["value"]["summary"]["mean"] == float(x.value.mean())  # type: ignore[union-attr]
    assert node["grad"]["summary"]["max"] == float(x.grad.max())  # type: ignore[union-attr]
    assert node["grad"]["summary"]["norm"] == pytest.approx(float(np.linalg.norm(x.grad)))
    assert node["value"]["sample"] == x.value.ravel()[:8].tolist()  # type: ignore[union-attr]


def test_the_accumulated_gradient_in_the_steps_is_the_nodes_final_one() -> None:
    graph = built(REUSED, 11)
    x = graph["nodes"][0]
    last = [s for s in graph["steps"] if s.get("event") == "accumulate" and s["node"] == "n0"]
    assert last[-1]["grad"] == x["grad"]


def test_the_default_limit_is_a_thousand_elements() -> None:
    assert Settings().max_json_elements == 1000
    small = cgviz.build("x = randn(1000)\nf = sum(x * x)").to_dict()
    assert isinstance(small["nodes"][0]["value"], list)
    big = cgviz.build("x = randn(1001)\nf = sum(x * x)").to_dict()
    assert set(big["nodes"][0]["value"]) == {"summary", "sample"}


def test_staged_code_writes_zeros_for_an_input_too_large_to_write_out() -> None:
    code = built("x = randn(30, 40)\nf = sum(x * x)", 1000, code=True)["code"]["forward"]
    assert "x = np.zeros((30, 40))" in code
    assert "1200 numbers" in code
    assert len(code) < 2000


def test_a_matrix_product_of_a_million_elements_is_a_small_graph_json() -> None:
    import json

    graph = cgviz.build("x = randn(1000, 1000)\nf = x @ x").to_dict()
    assert len(json.dumps(graph)) < 20_000
    assert graph["nodes"][-1]["shape"] == [1000, 1000]


def test_graph_node_looks_up_a_node_by_its_id() -> None:
    g = cgviz.build("x = 2; f = x * 3")
    assert g.node("n0") is g.nodes[0]
    for missing in ("n99", "n", "x0", "n-1", "n01", "", "n٣"):
        assert g.node(missing) is None, missing


def test_a_graphs_repr_is_one_short_line_for_a_notebooks_text_plain() -> None:
    g = cgviz.build("x = -2; y = 5; z = -4; q = x + y; f = q * z")
    assert repr(g) == "<cgviz graph: 5 nodes, output f = -12.00>"
    t = cgviz.build("W = [[1., 2.], [3., 4.]]\nx = [1., -1.]\ny = W @ x")
    assert repr(t) == "<cgviz graph: 3 nodes, output y = [-1.00, -1.00] (2)>"
