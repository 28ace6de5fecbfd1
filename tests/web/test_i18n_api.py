"""The HTTP API in Russian: `options.lang`, else `lang=`, else `Accept-Language`, else English."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from cgviz.i18n import catalog

FIRST = "x = -2; y = 5; z = -4\nq = x + y\nf = q * z"
RU = {"Accept-Language": "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"}
SEED_RU = "∂f/∂f = 1.00: градиент выхода запускает обратный проход"
SEED_EN = "∂f/∂f = 1.00: the output's gradient starts the backward pass"
# Python's own message (docs/language.md, Errors); Russian says whose message it is
EARLY_RU = "синтаксическая ошибка Python: '(' was never closed"
EARLY_EN = "'(' was never closed"


def _varies(response) -> set[str]:  # type: ignore[no-untyped-def]
    # gzip (web/app.py) adds Accept-Encoding to a compressed answer's Vary
    return {v.strip() for v in response.headers["vary"].split(",")}


def _captions(response) -> list[str]:  # type: ignore[no-untyped-def]
    return [s["caption"] for s in response.json()["steps"]]


def _ask(client: TestClient, how: str, body: dict) -> object:
    """The same request three ways: the header, the `lang` parameter, `options.lang`."""
    if how == "header":
        return client.post("/api/graph", json=body, headers=RU)
    if how == "query":
        return client.post("/api/graph?lang=ru", json=body)
    options = {**body.get("options", {}), "lang": "ru"}
    return client.post("/api/graph", json={**body, "options": options},
                       headers={"Accept-Language": "en"})


HOW = ["header", "query", "options"]


@pytest.mark.parametrize("how", HOW)
def test_a_syntax_error_in_russian(client: TestClient, how: str) -> None:
    response = _ask(client, how, {"source": "x = 2\nf = (x + ) * 3"})
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert response.json() == {"error": {  # type: ignore[attr-defined]
        "kind": "syntax", "message": "синтаксическая ошибка Python: invalid syntax",
        "line": 2, "column": 10}}


@pytest.mark.parametrize("how", HOW)
def test_a_name_error_with_a_suggestion_in_russian(client: TestClient, how: str) -> None:
    response = _ask(client, how, {"source": "f = sigmod(2)"})
    error = response.json()["error"]  # type: ignore[attr-defined]
    assert error["message"] == "неизвестная функция sigmod — может быть, имелось в виду sigmoid?"
    assert (error["kind"], error["line"], error["column"]) == ("name", 1, 5)


@pytest.mark.parametrize("how", HOW)
def test_a_caption_and_a_warning_in_russian(client: TestClient, how: str) -> None:
    response = _ask(client, how, {"source": "(x + y) * z", "values": {"x": -2, "y": 5}})
    data = response.json()  # type: ignore[attr-defined]
    assert SEED_RU in [s["caption"] for s in data["steps"]]
    assert data["warnings"] == ['у z нет значения, поэтому взято 1.0: присвойте его (z = 2) '
                                'или передайте values={"z": 2}']


def test_get_graph_follows_accept_language_and_says_so(client: TestClient) -> None:
    ru = client.get("/api/graph", params={"source": FIRST}, headers=RU)
    en = client.get("/api/graph", params={"source": FIRST})
    assert SEED_RU in _captions(ru) and SEED_EN in _captions(en)
    assert "Accept-Language" in _varies(ru) and _varies(ru) == _varies(en)
    assert ru.headers["etag"] != en.headers["etag"]


def test_a_cached_answer_is_revalidated_per_language(client: TestClient) -> None:
    ru = client.get("/api/graph", params={"source": FIRST}, headers=RU)
    again = client.get("/api/graph", params={"source": FIRST},
                       headers={**RU, "If-None-Match": ru.headers["etag"]})
    assert again.status_code == 304
    assert again.headers["vary"] == "Accept-Language, Accept-Encoding"
    other = client.get("/api/graph", params={"source": FIRST},
                       headers={"If-None-Match": ru.headers["etag"]})
    assert other.status_code == 200 and SEED_EN in _captions(other)


def test_get_graph_takes_lang_from_the_query_or_the_options(client: TestClient) -> None:
    by_query = client.get("/api/graph", params={"source": FIRST, "lang": "ru"})
    by_options = client.get("/api/graph", params={"source": FIRST,
                                                  "options": json.dumps({"lang": "ru"})})
    assert SEED_RU in _captions(by_query) and SEED_RU in _captions(by_options)


def test_options_lang_wins_over_the_query_and_the_header(client: TestClient) -> None:
    response = client.post("/api/graph?lang=ru", json={"source": "f = (x",
                                                       "options": {"lang": "en"}}, headers=RU)
    assert response.json()["error"]["message"] == EARLY_EN


def test_the_lang_parameter_wins_over_the_header(client: TestClient) -> None:
    response = client.post("/api/graph?lang=en", json={"source": "f = (x"}, headers=RU)
    assert response.json()["error"]["message"] == EARLY_EN


@pytest.mark.parametrize("header", ["de-DE,de;q=0.9", "", "*", "ru;q=0, en;q=0.5"])
def test_other_languages_get_english(client: TestClient, header: str) -> None:
    response = client.post("/api/graph", json={"source": "f = (x"},
                           headers={"Accept-Language": header})
    assert response.json()["error"]["message"] == EARLY_EN


def test_q_values_choose_between_our_languages(client: TestClient) -> None:
    response = client.post("/api/graph", json={"source": "f = (x"},
                           headers={"Accept-Language": "en;q=0.3, fr, ru;q=0.7"})
    assert response.json()["error"]["message"] == EARLY_RU


def test_an_unknown_options_lang_is_refused_as_a_malformed_request(client: TestClient) -> None:
    response = client.post("/api/graph", json={"source": "x", "options": {"lang": "de"}})
    assert response.status_code == 422


def test_the_svg_warning_titles_follow_the_language(client: TestClient) -> None:
    svg = client.get("/api/graph.svg", params={"source": "x = -1; f = log(x)"}, headers=RU)
    assert "Accept-Language" in _varies(svg)
    assert "логарифм определён только для положительных чисел" in svg.text


def test_descent_errors_follow_accept_language(client: TestClient) -> None:
    response = client.post("/api/descent", headers=RU, json={
        "source": "w = 1; f = w * 2", "params": ["f"], "lr": 0.1, "steps": 1})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == ("params: f вычисляется схемой, это не вход; "
                                                   "обучать можно только входы")


def test_the_openapi_schema_documents_options_lang(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    lang = schema["components"]["schemas"]["GraphOptions"]["properties"]["lang"]
    assert "Accept-Language" in lang["description"]


def test_the_picture_is_named_and_described_in_the_language_of_its_captions(
        client: TestClient) -> None:
    ru = catalog("ru")
    title = ru["ui.circuit_title"].format(program="x = -2; y = 5; z = -4; q = x + y; f = q * z")
    desc = ru["ui.circuit_desc"].format(wires=5, gates=2)
    for response in (client.get("/", params={"source": FIRST, "lang": "ru"}),
                     client.get("/embed", params={"source": FIRST}, headers=RU),
                     client.get("/api/graph.svg", params={"source": FIRST}, headers=RU),
                     client.get("/api/graph.svg", params={
                         "source": FIRST, "options": json.dumps({"lang": "ru"})})):
        assert f"<title>{title}</title>" in response.text
        assert f"<desc>{desc} " in response.text
    english = client.get("/api/graph.svg", params={"source": FIRST}).text
    assert "<title>Backpropagation circuit: x = -2;" in english
