"""The teaching API: options.code and options.gradcheck on /api/graph, and POST /api/descent."""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cgviz.settings import Settings
from cgviz.web.app import create_app
from cgviz.web.models import DescentResponse, ErrorResponse, GraphResponse

NEURON = "x = 2; w = 0.5\na = sigmoid(w*x)\nL = (a - 1)**2"
NETWORK = """\
W1 = [[0.15, 0.20], [0.25, 0.30]]; b1 = [0.35, 0.35]; W2 = [[0.40, 0.45]]; b2 = [0.60]
x = [0.05, 0.10]; t = [0.01]
h = sigmoid(W1 @ x + b1)
y = sigmoid(W2 @ h + b2)
L = 0.5*sum((y - t)**2)
"""


def by_label(graph: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n["label"]: n for n in graph["nodes"] if n["label"]}


def descent(client: TestClient, **body: Any) -> Any:
    return client.post("/api/descent", json={"source": NEURON, "params": ["w"], "lr": 1.0,
                                             "steps": 10, **body})


def test_graph_with_code_and_gradcheck_validates_against_the_schema(client: TestClient) -> None:
    r = client.post("/api/graph", json={"source": NEURON,
                                        "options": {"code": True, "gradcheck": True}})
    assert r.status_code == 200
    graph = GraphResponse.model_validate(r.json())
    assert graph.code is not None and "dw" in graph.code.backward
    assert all("code_line" in s for s in r.json()["steps"])
    w = by_label(r.json())["w"]
    assert w["gradcheck"] == "ok" and abs(w["numeric_grad"] - w["grad"]) < 1e-8


def test_get_graph_takes_the_new_options_as_json_too(client: TestClient) -> None:
    options = json.dumps({"code": True, "expand": ["sigmoid", "softmax", "mean", "tanh"]})
    r = client.get("/api/graph", params={"source": NEURON, "options": options})
    assert r.status_code == 200
    assert r.json()["code"]["forward"].startswith("import numpy as np")
    assert [n["symbol"] for n in r.json()["nodes"] if n["kind"] == "op"][1:5] == [
        "*-1", "exp", "+1", "1/x"]


def test_an_unknown_option_is_still_a_422(client: TestClient) -> None:
    r = client.post("/api/graph", json={"source": "x", "options": {"cod": True}})
    assert r.status_code == 422


def test_descent_on_the_notes_neuron_returns_a_falling_loss(client: TestClient) -> None:
    r = descent(client)
    assert r.status_code == 200
    assert r.headers["cache-control"] == "no-store"
    answer = DescentResponse.model_validate(r.json())
    assert len(answer.loss) == 11 and answer.graph is None
    assert answer.loss[-1] < answer.loss[0]  # type: ignore[operator]
    assert set(answer.values) == {"w"}


def test_descent_can_return_the_final_graph_with_its_options(client: TestClient) -> None:
    r = descent(client, graph=True, options={"code": True})
    body = r.json()
    graph = GraphResponse.model_validate(body["graph"])
    assert by_label(body["graph"])["w"]["value"] == body["values"]["w"]
    assert graph.code is not None


def test_the_two_layer_network_trains_over_http(client: TestClient) -> None:
    r = client.post("/api/descent", json={"source": NETWORK, "params": ["W1", "b1", "W2", "b2"],
                                          "lr": 0.5, "steps": 200})
    loss = r.json()["loss"]
    assert loss[-1] < loss[0] / 50


def test_a_tensor_loss_is_a_400_type_error_with_its_position(client: TestClient) -> None:
    r = descent(client, source="w = [1, 2]\nL = w * 3")
    assert r.status_code == 400
    error = ErrorResponse.model_validate(r.json()).error
    assert (error.kind, error.line, error.column) == ("type", 2, 7)
    assert "shape 2" in error.message


def test_an_unknown_parameter_and_too_many_steps_are_400s(client: TestClient) -> None:
    r = descent(client, params=["v"])
    assert r.status_code == 400 and r.json()["error"]["kind"] == "name"
    r = descent(client, steps=1_000_000)
    assert r.status_code == 400 and r.json()["error"]["kind"] == "limit"
    r = descent(client, source="L = w +* 2")
    assert r.status_code == 400 and r.json()["error"]["kind"] == "syntax"


def test_a_malformed_descent_request_is_a_422(client: TestClient) -> None:
    for bad in ({"lr": 0}, {"lr": -1}, {"params": []}, {"steps": -1}, {"steps": 1.5},
                {"lr": "fast"}):
        assert descent(client, **bad).status_code == 422, bad
    assert client.post("/api/descent", json={"source": NEURON}).status_code == 422


def test_the_openapi_schema_documents_the_route_and_the_options(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert "/api/descent" in schema["paths"]
    options = schema["components"]["schemas"]["GraphOptions"]["properties"]
    assert "staged NumPy code" in options["code"]["description"]
    assert "central differences" in options["gradcheck"]["description"]
    assert "softmax" in options["expand"]["description"]


FUZZ = TestClient(create_app(Settings(max_eval_seconds=0.5, max_tensor_elements=10_000,
                                      max_nodes=2_000, max_descent_steps=50)))
SOURCES = st.sampled_from([NEURON, "L = sum(w * w)", "w = [1, 2]\nL = w @ w", "L = w +* 2",
                           "w = 1e300\nL = w * w", "L = log(w) + relu(w)", "w = [1, 2]\nL = w",
                           "w = -1; L = sqrt(w)", "L = softmax(w)", ""]) | st.text(max_size=30)
NUMBERS = st.floats(allow_nan=False, allow_infinity=False) | st.integers(-10**6, 10**6)
bodies = st.fixed_dictionaries(
    {"source": SOURCES, "params": st.lists(st.sampled_from(["w", "x", "L", "a", "θ", ""]),
                                           max_size=3),
     "lr": NUMBERS, "steps": st.integers(-2, 60)},
    optional={"values": st.dictionaries(st.sampled_from(["w", "x"]),
                                        NUMBERS | st.lists(NUMBERS, max_size=3)),
              "options": st.fixed_dictionaries({}, optional={
                  "expand": st.lists(st.sampled_from(["sigmoid", "mean", "softmax"])),
                  "code": st.booleans(), "gradcheck": st.booleans()}),
              "graph": st.booleans()})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies)
def test_no_descent_request_is_a_server_error(body: dict[str, Any]) -> None:
    r = FUZZ.post("/api/descent", json=body)
    assert r.status_code in (200, 400, 422), (r.status_code, r.text)
    if r.status_code == 200:
        DescentResponse.model_validate(r.json())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SOURCES, st.fixed_dictionaries({}, optional={
    "code": st.booleans(), "gradcheck": st.booleans(),
    "expand": st.lists(st.sampled_from(["sigmoid", "tanh", "mean", "softmax"]))}))
def test_no_graph_with_the_teaching_options_is_a_server_error(source: str,
                                                               options: dict[str, Any]) -> None:
    r = FUZZ.post("/api/graph", json={"source": source, "values": {"w": [0.5, -1.0]},
                                      "options": options})
    assert r.status_code in (200, 400), (r.status_code, r.text)
    if r.status_code == 200:
        GraphResponse.model_validate(r.json())
