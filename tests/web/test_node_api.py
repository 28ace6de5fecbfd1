"""GET /api/graph/node: a node's numbers in full, a bounded window at a time (docs/api.md)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient

import cgviz
from cgviz.settings import Settings
from cgviz.web.app import create_app
from cgviz.web.models import GraphResponse, NodeDataResponse, NotFoundResponse

# x is 30×40 = 1,200 elements: over the default max_json_elements, so the graph summarises it.
SOURCE = "x = randn(30, 40)\ny = exp(x / 4)\nf = sum(y * x)"
SMALL_PAGES = Settings(max_page_elements=100)


@pytest.fixture(scope="module")
def paged() -> TestClient:
    return TestClient(create_app(SMALL_PAGES))


def get(client: TestClient, **params: Any) -> Any:
    return client.get("/api/graph/node", params={"source": SOURCE, **params})


def test_a_summarised_node_is_sent_in_full_when_it_fits_one_window(client: TestClient) -> None:
    graph = client.get("/api/graph", params={"source": SOURCE}).json()
    GraphResponse.model_validate(graph)
    assert set(graph["nodes"][0]["value"]) == {"summary", "sample"}
    r = get(client, node="n0")
    assert r.status_code == 200
    data = NodeDataResponse.model_validate(r.json())
    x = cgviz.build(SOURCE).nodes[0]
    assert (data.shape, data.size, data.matrix) == ([30, 40], 1200, [30, 40])
    assert (data.row, data.col, data.rows, data.cols, data.complete) == (0, 0, 30, 40, True)
    assert np.array_equal(np.array(data.value), x.value)  # type: ignore[arg-type]
    assert np.array_equal(np.array(data.grad), x.grad)  # type: ignore[arg-type]


def test_a_window_is_a_block_of_the_tensor_read_as_a_matrix(client: TestClient) -> None:
    r = get(client, node="n0", row=3, col=5, rows=2, cols=4)
    x = cgviz.build(SOURCE).nodes[0].value
    body = r.json()
    assert (body["row"], body["col"], body["rows"], body["cols"]) == (3, 5, 2, 4)
    assert body["complete"] is False
    assert body["value"] == x[3:5, 5:9].tolist()  # type: ignore[index]


def test_a_window_never_holds_more_than_max_page_elements(paged: TestClient) -> None:
    body = get(paged, node="n0").json()  # all 1,200 asked for, 100 allowed
    assert (body["rows"], body["cols"]) == (2, 40)  # whole rows, as many as fit
    assert len(body["value"]) == 2 and len(body["value"][0]) == 40
    wide = get(paged, node="n0", rows=1, cols=1000).json()  # cut to the matrix's 40 columns
    assert (wide["rows"], wide["cols"]) == (1, 40)


def test_paging_on_from_row_plus_rows_reads_the_whole_tensor(paged: TestClient) -> None:
    rows: list[list[float]] = []
    row = 0
    while True:
        body = get(paged, node="n0", row=row).json()
        if body["rows"] == 0:
            break
        rows += body["value"]
        row += body["rows"]
    assert np.array_equal(np.array(rows), cgviz.build(SOURCE).nodes[0].value)  # type: ignore


def test_a_vector_is_one_row_and_a_scalar_is_one_by_one(paged: TestClient) -> None:
    source = "v = randn(1000)\nf = sum(v * v)"
    v = get(paged, node="n0", source=source).json()
    assert (v["matrix"], v["rows"], v["cols"]) == ([1, 1000], 1, 100)
    f = get(paged, node="n2", source=source).json()
    assert (f["shape"], f["matrix"], f["grad"]) == ([], [1, 1], [[1.0]])


def test_a_window_past_the_end_is_empty(client: TestClient) -> None:
    body = get(client, node="n0", row=30).json()
    assert (body["rows"], body["cols"], body["value"]) == (0, 0, [])


def test_non_finite_numbers_are_strings_in_a_window(client: TestClient) -> None:
    body = get(client, node="n1", source="x = [-1, 0, 1]\nf = sum(log(x))").json()
    assert body["value"] == [["NaN", "-Infinity", 0.0]]


def test_an_unknown_node_is_a_404_that_names_the_nodes(client: TestClient) -> None:
    r = get(client, node="n99")
    assert r.status_code == 404
    error = NotFoundResponse.model_validate(r.json()).error
    assert error.kind == "node"
    assert "n99" in error.message and "n0 to n4" in error.message
    assert r.headers["cache-control"] == "no-store"
    assert get(client, node="x").status_code == 404


def test_the_404_message_speaks_russian_when_asked(client: TestClient) -> None:
    r = get(client, node="n99", lang="ru")
    assert "нет узла" in r.json()["error"]["message"]


@pytest.mark.parametrize("params", [{"row": "-1"}, {"rows": "-3"}, {"col": "x"},
                                    {"values": "{not json"}, {"options": '{"digits": 99}'}])
def test_bad_parameters_are_a_422_naming_the_parameter(client: TestClient,
                                                      params: dict[str, str]) -> None:
    r = get(client, node="n0", **params)
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"][:2] == ["query", next(iter(params))]


def test_a_missing_node_parameter_is_a_422(client: TestClient) -> None:
    r = client.get("/api/graph/node", params={"source": SOURCE})
    assert r.status_code == 422


def test_a_mistake_in_the_program_is_a_400_as_for_the_graph(client: TestClient) -> None:
    r = get(client, node="n0", source="f = 2 +* 3")
    assert r.status_code == 400
    assert r.json()["error"]["kind"] == "syntax"


def test_values_and_options_pick_the_same_graph_as_get_graph(client: TestClient) -> None:
    body = get(client, node="n0", source="f = sigmoid(w)", values='{"w": [1, 2]}',
               options='{"expand": ["sigmoid"]}').json()
    assert body["value"] == [[1.0, 2.0]]
    graph = client.get("/api/graph", params={"source": "f = sigmoid(w)",
                                              "values": '{"w": [1, 2]}',
                                              "options": '{"expand": ["sigmoid"]}'}).json()
    last = graph["nodes"][-1]["id"]
    assert get(client, node=last, source="f = sigmoid(w)", values='{"w": [1, 2]}',
               options='{"expand": ["sigmoid"]}').json()["value"] == [graph["nodes"][-1]["value"]]


def test_the_answer_has_an_etag_and_a_matching_request_is_a_304(client: TestClient) -> None:
    r = get(client, node="n0", rows=2)
    etag = r.headers["etag"]
    assert r.headers["cache-control"].startswith("public, max-age=")
    assert get(client, node="n0", rows=2).headers["etag"] == etag
    assert get(client, node="n0", rows=3).headers["etag"] != etag
    again = client.get("/api/graph/node", params={"source": SOURCE, "node": "n0", "rows": 2},
                       headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""


def test_the_default_window_of_a_million_elements_is_under_three_mb(client: TestClient) -> None:
    r = client.get("/api/graph/node", params={"source": "x = randn(1000, 1000)\nf = x @ x",
                                              "node": "n1"},
                   headers={"Accept-Encoding": "identity"})
    assert r.status_code == 200
    assert len(r.content) < 3_000_000
    assert r.json()["rows"] * r.json()["cols"] == Settings().max_page_elements


def test_the_openapi_schema_documents_the_node_route(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    route = schema["paths"]["/api/graph/node"]["get"]
    assert {"200", "304", "400", "404", "422"} <= set(route["responses"])
    params = {p["name"] for p in route["parameters"]}
    assert {"source", "values", "options", "node", "row", "col", "rows", "cols"} <= params
    summary = schema["components"]["schemas"]["TensorSummary"]
    assert set(summary["properties"]) == {"summary", "sample"}
