"""Groups at the HTTP edge (docs/api.md, "Groups"): the schema describes them, options.collapse
works through GET, POST and the SVG route, and a wrong name is a 400 that says which names
work."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from cgviz.web.models import GraphResponse

SOURCE = "def neuron(x, w):\n    return (x * w).tanh()\nx = 0.5; w = -2.0\ny = neuron(x, w)"


def test_the_openapi_schema_describes_groups_and_options_collapse(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    group = schemas["GroupModel"]["properties"]
    assert set(group) == {"id", "name", "nodes", "inputs", "output", "collapsed", "builtin",
                          "parent", "box"}
    assert "collapse" in schemas["GraphOptions"]["properties"]


def test_a_collapsed_function_comes_back_through_post_and_get(client: TestClient) -> None:
    body = {"source": SOURCE, "options": {"collapse": ["neuron"]}}
    posted = client.post("/api/graph", json=body).json()
    got = client.get("/api/graph", params={"source": SOURCE,
                                           "options": json.dumps(body["options"])}).json()
    assert posted == got
    GraphResponse.model_validate(posted)
    (group,) = posted["groups"]
    assert group["name"] == "neuron" and group["collapsed"] is True and group["box"] is None
    gate = next(n for n in posted["nodes"] if n["id"] == group["output"])
    assert gate["op"] == "group" and gate["symbol"] == "neuron"


def test_the_svg_draws_a_box_expanded_and_a_pill_collapsed(client: TestClient) -> None:
    expanded = client.get("/api/graph.svg", params={"source": SOURCE}).text
    assert 'class="group-box" data-group="g0"' in expanded and ">neuron</text>" in expanded
    collapsed = client.get("/api/graph.svg", params={
        "source": SOURCE, "options": json.dumps({"collapse": ["neuron"]})}).text
    assert 'class="group-box"' not in collapsed and 'class="gate pill"' in collapsed


def test_collapsing_an_unknown_name_is_a_400_naming_the_programs_functions(
        client: TestClient) -> None:
    r = client.post("/api/graph", json={"source": SOURCE, "options": {"collapse": ["nueron"]}})
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["kind"] == "type" and "nueron" in error["message"]
    assert "neuron" in error["message"].split(";")[1]
