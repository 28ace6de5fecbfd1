"""The JSON and SVG API (docs/api.md) on the notes' first circuit, (x + y) * z at x = -2, y = 5,
z = -4; errors, limits and malformed requests."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from fastapi.testclient import TestClient

from cgviz.settings import Settings
from cgviz.web import compute
from cgviz.web.app import create_app
from cgviz.web.models import ErrorResponse, GraphResponse

SOURCE = "(x+y)*z"
VALUES = {"x": -2, "y": 5, "z": -4}
STAGED = "x = -2; y = 5; z = -4\nq = x + y\nf = q * z"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


def strict_json(text: str | bytes) -> Any:
    """Parse as strict JSON: NaN, Infinity and -Infinity literals are errors."""
    return json.loads(text, parse_constant=_reject_constant)


def by_label(graph: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n["label"]: n for n in graph["nodes"] if n["label"]}


def output_of(graph: dict[str, Any]) -> dict[str, Any]:
    return next(n for n in graph["nodes"] if n["id"] == graph["output"])


def assert_notes_example(graph: dict[str, Any]) -> None:
    nodes = by_label(graph)
    assert output_of(graph)["value"] == -12.0
    assert (nodes["x"]["grad"], nodes["y"]["grad"], nodes["z"]["grad"]) == (-4.0, -4.0, 3.0)


def test_post_graph_computes_the_notes_example(client: TestClient) -> None:
    r = client.post("/api/graph", json={"source": SOURCE, "values": VALUES})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    assert_notes_example(r.json())


def test_get_graph_with_json_values_gives_the_same_bytes_as_post(client: TestClient) -> None:
    posted = client.post("/api/graph", json={"source": SOURCE, "values": VALUES})
    got = client.get("/api/graph", params={"source": SOURCE, "values": json.dumps(VALUES)})
    assert got.status_code == 200
    assert_notes_example(got.json())
    assert got.content == posted.content


def test_the_staged_example_takes_its_inputs_from_the_source(client: TestClient) -> None:
    graph = client.get("/api/graph", params={"source": STAGED}).json()
    assert_notes_example(graph)
    assert by_label(graph)["q"]["value"] == 3.0


def test_graph_json_matches_the_documented_response_model(client: TestClient) -> None:
    options = {"expand": ["sigmoid"], "digits": 3}
    r = client.post("/api/graph", json={"source": "f = sigmoid(w*x + b)", "options": options})
    assert r.status_code == 200
    GraphResponse.model_validate_json(r.content)


def test_options_passed_as_json_in_a_get_are_applied(client: TestClient) -> None:
    plain = client.get("/api/graph", params={"source": "sigmoid(x)"}).json()
    expanded = client.get("/api/graph", params={
        "source": "sigmoid(x)", "options": json.dumps({"expand": ["sigmoid"]})}).json()
    assert len(expanded["nodes"]) > len(plain["nodes"])
    assert output_of(expanded)["value"] == pytest.approx(output_of(plain)["value"])


def test_svg_is_an_image_showing_values_and_gradients(client: TestClient) -> None:
    r = client.get("/api/graph.svg", params={"source": SOURCE, "values": json.dumps(VALUES)})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("image/svg+xml")
    assert "<svg" in r.text
    for number in ("-12.00", "-4.00", "3.00", "-2.00", "5.00"):
        assert number in r.text


def test_svg_has_a_dark_theme_that_differs_from_the_light_one(client: TestClient) -> None:
    light = client.get("/api/graph.svg", params={"source": STAGED})
    dark = client.get("/api/graph.svg", params={"source": STAGED, "theme": "dark"})
    assert dark.status_code == 200
    assert dark.content != light.content


CHAIN = "x = 1.0\n" + "\n".join(f"x = x * {k}" for k in range(2, 32))  # ~5,000 px wide


def test_svg_folds_for_a_slide_as_the_python_api_does(client: TestClient) -> None:
    import re

    import cgviz

    def width(svg: str) -> float:
        return float(re.search(r'<svg[^>]* width="([0-9.]+)"', svg).group(1))  # type: ignore

    whole = client.get("/api/graph.svg", params={"source": CHAIN})
    folded = client.get("/api/graph.svg", params={"source": CHAIN, "width": 1600})
    fitted = client.get("/api/graph.svg", params={"source": CHAIN, "width": 1600, "fit": "true"})
    assert width(whole.text) > 4000
    assert width(folded.text) <= 1600
    assert folded.text == cgviz.build(CHAIN).to_svg(width=1600)
    assert width(fitted.text) == 1600


@pytest.mark.parametrize(("query", "named"), [({"fit": "true"}, "width"),
                                              ({"width": 50}, "width"),
                                              ({"width": "wide"}, "width")])
def test_svg_slide_options_out_of_range_are_a_422_naming_them(
        client: TestClient, query: dict[str, Any], named: str) -> None:
    r = client.get("/api/graph.svg", params={"source": CHAIN, **query})
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["query", named]


def test_healthz_says_ok(client: TestClient) -> None:
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok"}


def test_a_syntax_error_is_400_with_kind_line_and_column(client: TestClient) -> None:
    r = client.post("/api/graph", json={"source": "x = (1 +"})
    assert r.status_code == 400
    error = ErrorResponse.model_validate(r.json()).error
    assert (error.kind, error.line) == ("syntax", 1)
    assert error.column >= 5  # at the end of the line, where the operand is missing
    assert error.message


def test_an_error_on_a_later_line_points_at_the_offending_token(client: TestClient) -> None:
    r = client.post("/api/graph", json={"source": "x = 1\ny = 2\nf = x * y $ 3"})
    assert r.status_code == 400
    assert r.json()["error"]["kind"] == "syntax"
    assert (r.json()["error"]["line"], r.json()["error"]["column"]) == (3, 11)


def test_an_unknown_function_is_a_name_error(client: TestClient) -> None:
    r = client.post("/api/graph", json={"source": "x = 1\nf = frobnicate(x)"})
    assert r.status_code == 400
    assert r.json()["error"]["kind"] == "name"
    assert r.json()["error"]["line"] == 2


def test_bad_values_are_a_type_error_not_a_crash(client: TestClient) -> None:
    r = client.post("/api/graph", json={"source": SOURCE, "values": {"x": "lots"}})
    assert r.status_code == 400
    assert r.json()["error"]["kind"] == "type"


def test_an_unknown_expand_option_is_a_400(client: TestClient) -> None:
    r = client.post("/api/graph", json={"source": "f = exp(x)", "options": {"expand": ["nope"]}})
    assert r.status_code == 400


def test_get_errors_are_not_cached(client: TestClient) -> None:
    r = client.get("/api/graph", params={"source": "x = (1 +"})
    assert r.status_code == 400
    assert r.headers["cache-control"] == "no-store"
    assert "etag" not in r.headers


@pytest.mark.parametrize("source", ["log(-1)", "x = -1; f = log(x)"])
def test_non_finite_values_are_strings_with_a_warning(client: TestClient, source: str) -> None:
    r = client.post("/api/graph", json={"source": source})
    assert r.status_code == 200
    graph = strict_json(r.content)  # no NaN literal anywhere
    out = output_of(graph)
    assert out["value"] == "NaN"
    assert out.get("warning")
    GraphResponse.model_validate(graph)


def limited(**limits: Any) -> TestClient:
    return TestClient(create_app(Settings(**limits)))


@pytest.mark.parametrize(
    ("limits", "source"),
    [
        ({"max_source_chars": 10}, "f = (x + y) * z  # longer than ten characters"),
        ({"max_nodes": 5}, "f = (a + b) * (c + d) * (e + g)"),
        ({"max_tensor_elements": 4}, "W = randn(3, 3)\nf = sum(W)"),
        ({"max_eval_seconds": 1e-9}, "x = 1\n" + "x = exp(x) - x\n" * 600),
    ],
    ids=["max_source_chars", "max_nodes", "max_tensor_elements", "max_eval_seconds"],
)
def test_each_limit_is_a_400_that_names_the_limit(limits: dict[str, Any], source: str) -> None:
    r = limited(**limits).post("/api/graph", json={"source": source})
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["kind"] == "limit"
    assert next(iter(limits)) in error["message"]


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b'{"values": {}}',
        b'{"source": 12}',
        b'{"source": "x", "options": {"digits": 9}}',
        b'{"source": "x", "options": {"colour": "red"}}',
        b'{"source": "x", "values": [1, 2]}',
    ],
    ids=["not-json", "no-source", "source-not-a-string", "digits-too-big", "unknown-option",
         "values-not-an-object"],
)
def test_a_malformed_body_is_422(client: TestClient, body: bytes) -> None:
    r = client.post("/api/graph", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422


def test_a_body_that_is_not_utf8_is_422_not_400(client: TestClient) -> None:
    r = client.post("/api/graph", content=b'{"source": "\xff"}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body"]


def test_a_body_far_larger_than_any_allowed_program_is_refused_unread() -> None:
    client = limited(max_source_chars=100, max_tensor_elements=100)
    r = client.post("/api/graph", json={"source": "x" * 200_000})
    assert r.status_code == 413


def test_null_values_and_options_in_a_get_mean_not_given(client: TestClient) -> None:
    r = client.get("/api/graph", params={"source": STAGED, "values": "null", "options": "null"})
    assert r.status_code == 200
    assert_notes_example(r.json())


@pytest.mark.parametrize("param", ["values", "options"])
def test_malformed_json_in_a_get_is_422_naming_the_parameter(client: TestClient,
                                                              param: str) -> None:
    r = client.get("/api/graph", params={"source": SOURCE, param: "{x: -2"})
    assert r.status_code == 422
    detail = r.json()["detail"][0]
    assert detail["loc"][:2] == ["query", param]
    assert param in detail["msg"]


def test_a_bug_in_the_core_is_a_logged_json_500(monkeypatch: pytest.MonkeyPatch,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise ZeroDivisionError("oops")

    monkeypatch.setattr(compute, "build", broken)
    # in the server's own process, where the patch is (web/sandbox.py)
    client = TestClient(create_app(Settings(build_processes=0)))
    with caplog.at_level(logging.ERROR, logger="cgviz.web"):
        r = client.post("/api/graph", json={"source": "f = x"})
    assert r.status_code == 500
    assert r.json()["error"]["kind"] == "internal"
    assert "bug in cgviz" in r.json()["error"]["message"]
    assert "f = x" in caplog.text and "ZeroDivisionError" in caplog.text


def test_the_openapi_schema_documents_the_400_error_model(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path, method in [("/api/graph", "post"), ("/api/graph", "get"),
                         ("/api/graph.svg", "get")]:
        ref = schema["paths"][path][method]["responses"]["400"]["content"]["application/json"]
        assert ref["schema"]["$ref"].endswith("/ErrorResponse")
    assert "image/svg+xml" in schema["paths"]["/api/graph.svg"]["get"]["responses"]["200"][
        "content"]
