"""Nothing the user types may produce a 500 (docs/api.md, "Errors"): random text, random token
soup, and schemathesis walking the OpenAPI schema, all in-process."""

from __future__ import annotations

from typing import Any

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from cgviz.settings import Settings
from cgviz.web.app import create_app
from cgviz.web.models import GraphResponse

# Small limits keep every example fast; hitting a limit is a 400 like any other mistake. A low
# max_json_elements puts tensors' summaries (docs/api.md) into the answers the schema is checked on.
FUZZ_SETTINGS = Settings(max_eval_seconds=0.5, max_tensor_elements=10_000, max_nodes=2_000,
                         max_json_elements=4)
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

NAMES = ["x", "y", "z", "w", "W", "b", "f", "q", "θ", "x_1", "T", "e", "pi", "math", "np",
         "numpy", "exp", "log", "sqrt", "abs", "sigmoid", "tanh", "relu", "sin", "cos", "max",
         "min", "pow", "sum", "mean", "dot", "softmax", "maximum", "randn", "zeros", "ones"]
NUMBERS = ["0", "1", "2", "-1", "2.5", ".5", "2.", "1e-3", "3E-1", "1e308", "1e999", "0.0"]
SYMBOLS = ["+", "-", "*", "/", "@", "**", "^", "=", ".", ",", "(", ")", "[", "]", ";", "\n",
           "#", " ", "\\\n", "\t"]
tokens = st.sampled_from(NAMES) | st.sampled_from(NUMBERS) | st.sampled_from(SYMBOLS)
token_soup = st.lists(tokens, max_size=40).map(" ".join) | st.lists(tokens, max_size=40).map(
    "".join)

# An expression-shaped program: mostly well-formed, so the fuzz reaches evaluation, not just
# the parser (shapes, domains, broadcasting, expansion).
operand = st.sampled_from(["x", "y", "w", "W", "1", "2.5", "-1", "0", "[1, -2, 3]",
                           "[[1, 2], [3, 4]]", "randn(2, 3)", "zeros(3)", "pi"])
unary = st.sampled_from(["exp", "log", "sqrt", "abs", "sigmoid", "tanh", "relu", "sin", "sum",
                         "mean", "softmax", "np.exp", "math.log"])
binary = st.sampled_from([" + ", " - ", " * ", " / ", " @ ", " ** ", " ^ "])


def _extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return (st.tuples(unary, inner).map(lambda t: f"{t[0]}({t[1]})")
            | st.tuples(inner, binary, inner).map("".join)
            | st.tuples(st.sampled_from(["max", "min", "pow", "dot"]), inner, inner).map(
                lambda t: f"{t[0]}({t[1]}, {t[2]})")
            | inner.map(lambda s: f"({s})") | inner.map(lambda s: f"{s}.T"))


expressions = st.recursive(operand, _extend, max_leaves=8)
programs = st.lists(
    st.tuples(st.sampled_from(["", "x = ", "y = ", "w = ", "f = "]), expressions).map("".join),
    min_size=1, max_size=4).map("\n".join)
values = st.none() | st.dictionaries(
    st.sampled_from(["x", "y", "w", "W", "q"]),
    st.floats(allow_nan=False, allow_infinity=False, width=32) | st.integers(-5, 5)
    | st.lists(st.integers(-3, 3), max_size=4) | st.text(max_size=3) | st.none(),
    max_size=3)
options = st.none() | st.fixed_dictionaries(
    {}, optional={"expand": st.lists(st.sampled_from(["sigmoid", "tanh"]), max_size=2),
                  "digits": st.integers(0, 6)})


CLIENT = TestClient(create_app(FUZZ_SETTINGS))


def _post(source: str, vals: object = None, opts: object = None) -> None:
    r = CLIENT.post("/api/graph", json={"source": source, "values": vals, "options": opts})
    assert r.status_code in (200, 400), (r.status_code, r.text)
    if r.status_code == 200:  # summaries included (max_json_elements=4)
        GraphResponse.model_validate_json(r.content)
    if r.status_code == 400:
        assert r.json()["error"]["kind"] in {"syntax", "name", "type", "shape", "domain", "limit",
                                             "unsupported"}


@FAST
@given(st.text(max_size=200))
def test_arbitrary_text_is_a_graph_or_a_400(source: str) -> None:
    _post(source)


@FAST
@given(token_soup)
def test_token_soup_is_a_graph_or_a_400(source: str) -> None:
    _post(source)


@FAST
@given(programs, values, options)
def test_well_formed_programs_with_any_values_are_a_graph_or_a_400(
        source: str, vals: object, opts: object) -> None:
    _post(source, vals, opts)


schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(FUZZ_SETTINGS))


# Not all of schemathesis' checks apply: a schema-valid request may still hold a program with
# a mistake in it (a 400 is then right), so `positive_data_acceptance` is left out.
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance,
          content_type_conformance]


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_the_schema_allows_is_a_server_error_or_undocumented(
        case: schemathesis.Case[Any]) -> None:
    case.call_and_validate(checks=CHECKS)
