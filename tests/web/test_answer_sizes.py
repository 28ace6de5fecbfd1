"""No answer grows with the tensors a program computes (docs/serving.md, docs/api.md):
million-element programs give answers of kilobytes, where they were 68–220 MB before tensors over
max_json_elements were summarised."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from cgviz.settings import Settings
from cgviz.web.app import create_app
from cgviz.web.models import DescentResponse, GraphResponse

MATMUL = "x = randn(1000, 1000)\nf = x @ x"
SQUARES = "x = zeros(1000, 1000)\nf = sum(x*x)"
BOUND = 3_000_000  # bytes: "a few MB" at most, whatever the program
PLAIN = {"Accept-Encoding": "identity"}  # the size itself, not gzip's


@pytest.mark.parametrize("source", [MATMUL, SQUARES])
@pytest.mark.parametrize("route", ["/api/graph", "/", "/embed", "/api/graph.svg"])
def test_a_million_element_program_answers_under_three_mb(client: TestClient, route: str,
                                                          source: str) -> None:
    r = client.get(route, params={"source": source}, headers=PLAIN)
    assert r.status_code == 200
    assert "content-encoding" not in r.headers
    assert len(r.content) < BOUND, len(r.content)


def test_the_graph_of_a_million_element_program_validates_with_its_summaries(
        client: TestClient) -> None:
    graph = GraphResponse.model_validate_json(client.get("/api/graph",
                                                         params={"source": MATMUL}).content)
    x = graph.nodes[0]
    assert x.shape == [1000, 1000]
    assert x.value is not None and not isinstance(x.value, float | str | list)
    assert -6 < x.value.summary.min < -4 and 4 < x.value.summary.max < 6  # type: ignore


def test_a_post_with_code_and_gradcheck_stays_small() -> None:
    # the gradient check spends its whole budget on a million elements: keep it short here
    client = TestClient(create_app(Settings(max_eval_seconds=1.0)))
    r = client.post("/api/graph", json={"source": SQUARES,
                                        "options": {"code": True, "gradcheck": True}})
    assert r.status_code == 200
    assert len(r.content) < BOUND, len(r.content)


def test_descent_on_a_million_element_parameter_answers_small(client: TestClient) -> None:
    r = client.post("/api/descent", json={"source": "w = randn(1000, 1000)\nL = sum(w * w)",
                                          "params": ["w"], "lr": 0.1, "steps": 1,
                                          "graph": True})
    assert r.status_code == 200
    assert len(r.content) < BOUND, len(r.content)
    answer = DescentResponse.model_validate_json(r.content)
    assert answer.graph is not None
