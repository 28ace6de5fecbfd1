"""No request can take the server down (docs/serving.md): whatever a client sends is answered with a
4xx or a valid answer, never a 500, and quickly, without blocking the event loop.

Each test is a request that, before the fix it names, answered 500 or took seconds; the core's
own regressions (staged code, "did you mean", empty tensors) are tested beside their modules.
"""

from __future__ import annotations

import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cgviz.i18n import from_accept_language
from cgviz.settings import Settings
from cgviz.web.app import create_app
from cgviz.web.limits import MAX_QUERY_PARAMETERS, max_query_bytes


def strict_json(text: str) -> Any:
    """JSON as strict parsers read it: NaN and Infinity are not JSON."""
    def refuse(name: str) -> None:
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


def post_raw(client: TestClient, url: str, body: bytes | str,
             content_type: str = "application/json") -> Any:
    return client.post(url, content=body, headers={"content-type": content_type})


def asgi_get(app: FastAPI, path: bytes, query: bytes = b"",
             headers: list[tuple[bytes, bytes]] | None = None) -> tuple[int, bytes]:
    """A GET with raw bytes in its path, query and headers, as a server may pass them on
    (an HTTP client would percent-encode them first)."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "GET", "scheme": "http", "path": path.decode("latin-1"),
             "raw_path": path, "query_string": query, "root_path": "",
             "headers": headers or [], "client": ("test", 1), "server": ("test", 80)}
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    # in a thread of its own: the browser tests leave an event loop running in this one
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, app(scope, receive, send)).result()  # type: ignore[arg-type]
    status = next(m["status"] for m in messages if m["type"] == "http.response.start")
    return status, b"".join(m.get("body", b"") for m in messages)


# ---- malformed requests: 422 with a body that is always JSON --------------------------------

MALFORMED = [
    ("/api/graph", '{"source": NaN}'),  # FastAPI echoed NaN, which JSONResponse refuses: 500
    ("/api/graph", '{"source": Infinity}'),
    ("/api/graph", '{"source": "x", "options": {"digits": NaN}}'),
    ("/api/graph", '{"source": "x", "options": {"code": -Infinity}}'),
    ("/api/graph", '{"values": {"x": NaN}}'),  # `source` missing: the whole body is echoed
    ("/api/graph", '{"source": "x", "values": [NaN, Infinity]}'),
    ("/api/descent", '{"source": "x", "params": ["x"], "lr": NaN, "steps": 1}'),
    ("/api/descent", '{"source": "x", "params": ["x"], "lr": 1, "steps": 1e400}'),
    ("/api/graph", '{"source": '),  # not JSON
    ("/api/graph", '{"source": ' + "[" * 900 + "]" * 900 + "}"),  # deep, but Python reads it
    ("/api/graph", "[" * 100_000),  # deeper than any JSON reader's stack
    ("/api/graph", '{"source": "x", "values": {"x": ' + "[" * 100_000 + "}}"),
    ("/api/graph", '{"source": "' + "x" * 1_000_000 + '", "values": 3}'),  # a huge echo
]


@pytest.mark.parametrize(("url", "body"), MALFORMED, ids=lambda v: v[:40])
def test_a_malformed_body_is_a_422_whose_answer_is_small_strict_json(
        client: TestClient, url: str, body: str) -> None:
    r = post_raw(client, url, body)
    assert r.status_code == 422
    assert strict_json(r.text)["detail"]
    assert len(r.content) < 20_000


@pytest.mark.parametrize("body", [b'{"source": "\xff\xfe"}', b"\xff" * 1000,
                                  b'{"source": "x", "values": {"\xc3\x28": 1}}'])
def test_a_body_that_is_not_utf8_is_a_422(client: TestClient, body: bytes) -> None:
    r = post_raw(client, "/api/graph", body)
    assert r.status_code == 422
    strict_json(r.text)


def test_a_body_that_is_not_json_is_a_422_that_echoes_it_as_text(client: TestClient) -> None:
    r = post_raw(client, "/api/graph", '{"source": "x"}', content_type="text/plain")
    assert r.status_code == 422
    assert strict_json(r.text)["detail"][0]["input"] == '{"source": "x"}'


@pytest.mark.parametrize("options", ['{"digits": NaN}', '{"code": Infinity}', "[" * 10_000])
def test_a_bad_json_query_parameter_is_a_422_too(client: TestClient, options: str) -> None:
    r = client.get("/api/graph", params={"source": "x", "options": options})
    assert r.status_code == 422
    strict_json(r.text)


# ---- bytes that are not UTF-8 in the query and the path -------------------------------------


@pytest.mark.parametrize(("path", "query", "status"), [
    (b"/api/graph", b"source=%ff%fe", 400),  # U+FFFD is not a character of the language
    (b"/api/graph", b"source=\xff\xfe", 200),  # read as Latin-1: two letters, a name
    (b"/api/graph", b"source=x&values=%ff", 422),
    (b"/api/graph", b"source=x&lang=%ff\xff", 200),
    (b"/api/graph.svg", b"source=%c3%28", 400),
    (b"/", b"source=%ff%fe&values=%ff&options=\xff", 200),  # pages fall back, never break
    (b"/embed", b"source=\xff&step=\xff&hide=%ff", 200),
    (b"/\xff\xfe", b"", 404),
    (b"/static/\xff/css/app.css", b"", 404),
    (b"/api/graph", b"source=x", 200),
])
def test_bytes_that_are_not_utf8_in_the_query_or_path_are_never_a_500(
        app: FastAPI, path: bytes, query: bytes, status: int) -> None:
    assert asgi_get(app, path, query)[0] == status


# ---- programs: a 400 with a position, or a valid circuit -----------------------------------

HOSTILE_PROGRAMS = [
    # (source, status, kind, line, column)
    ("softmax(zeros(0))", 200, None, 0, 0),  # np.max of an empty array: 500 before
    ("x = zeros(3, 0)\nf = softmax(x)", 200, None, 0, 0),
    ("x = zeros(0)\nf = mean(x)", 200, None, 0, 0),  # NaN, with a warning on the node
    ("zeros(100000000000000000000, 0)", 400, "limit", 1, 1),  # "maximum dimension": 500
    ("x = zeros(0, 4611686018427387904)", 400, "limit", 1, 5),  # "array is too big": 500
    ("x = 1\nf = randn(0, 1e308)", 400, "limit", 2, 5),
    ("f = ones(" + "1e308, " * 20 + "0)", 400, "limit", 1, 5),  # 6,000 digits: str() refuses
    ("f = zeros(2.5)", 400, "domain", 1, 5),
    ("f = ones(-1)", 400, "domain", 1, 5),
    ("f = zeros(" + ", ".join(["1"] * 33) + ")", 400, "shape", 1, 5),
    ("x = zeros(0)\nf = x[0]", 400, "shape", 2, 6),
    ("f = zeros(3)[99999999999999999999]", 400, "shape", 1, 13),
    ("x = " + "9" * 400, 200, None, 0, 0),  # Infinity, with a warning
    ("x = 2\nf = x ** 1e308 + 2 ** 99999999999", 200, None, 0, 0),
    ("a = 1\nf = [" + ",".join(["a"] * 99_990) + "]", 400, "limit", 2, 5),  # max_edges
    ("x = 1\nf = " + "q" * 150_000 + "(x)", 400, "name", 2, 5),
]


@pytest.mark.parametrize("options", [{}, {"code": True, "gradcheck": True,
                                          "expand": ["sigmoid", "tanh", "softmax", "mean"]}])
@pytest.mark.parametrize(("source", "status", "kind", "line", "column"), HOSTILE_PROGRAMS,
                         ids=lambda v: str(v)[:40])
def test_a_hostile_program_is_a_400_at_its_position_or_a_valid_circuit(
        client: TestClient, source: str, status: int, kind: str | None, line: int,
        column: int, options: dict[str, Any]) -> None:
    start = time.perf_counter()
    r = client.post("/api/graph", json={"source": source, "options": options})
    assert time.perf_counter() - start < 10
    assert r.status_code == status, r.text[:300]
    body = strict_json(r.text)
    if status == 400:
        error = body["error"]
        assert (error["kind"], error["line"], error["column"]) == (kind, line, column)
        assert len(error["message"]) < 500


@pytest.mark.parametrize("url", ["/", "/embed"])
@pytest.mark.parametrize("source", ["softmax(zeros(0))", "x = zeros(0, 4611686018427387904)",
                                    "f = ones(" + "1e308, " * 20 + "0)"])
def test_a_page_of_a_hostile_program_shows_it_and_is_never_a_500(
        client: TestClient, url: str, source: str) -> None:
    r = client.get(url, params={"source": source, "options": '{"code": true}'})
    assert r.status_code == 200


def test_an_accept_language_that_is_not_utf8_is_read_as_latin1(app: FastAPI) -> None:
    status, _ = asgi_get(app, b"/api/graph", b"source=x",
                         [(b"accept-language", b"\xff\xfe;q=\xff, ru;q=NaN, en;q=inf")])
    assert status == 200


def test_a_long_unknown_descent_parameter_is_answered_at_once(client: TestClient) -> None:
    name = "".join(chr(0x4E00 + (i * 7919) % 3000) for i in range(60_000))
    other = "".join(ch if i % 3 else "Z" for i, ch in enumerate(name))  # 54 s before
    start = time.perf_counter()
    r = client.post("/api/descent", json={"source": f"{name} = 1\nL = {name} * {name}",
                                          "params": [other], "lr": 0.1, "steps": 1})
    assert time.perf_counter() - start < 5
    assert r.status_code == 400 and r.json()["error"]["kind"] == "name"
    assert len(r.content) < 1_000


# ---- absurd headers and query strings are refused before any work ---------------------------


def test_headers_past_max_header_bytes_are_a_431_before_anything_reads_them(
        client: TestClient) -> None:
    # A 12 MB Accept-Language took 1.6 s and 400 MB to parse on the event loop, for any path.
    start = time.perf_counter()
    status, body = asgi_get(client.app, b"/", b"",  # type: ignore[arg-type]
                            [(b"accept-language", b"en;q=0.1," * 1_300_000)])
    assert time.perf_counter() - start < 0.5
    assert status == 431
    assert "max_header_bytes" in strict_json(body.decode())["detail"]


def test_the_header_limit_is_a_setting() -> None:
    client = TestClient(create_app(Settings(max_header_bytes=2_000)))
    assert client.get("/healthz", headers={"x-note": "a" * 1_000}).status_code == 200
    assert client.get("/healthz", headers={"x-note": "a" * 3_000}).status_code == 431


def test_a_query_longer_than_the_longest_program_needs_is_a_414(app: FastAPI) -> None:
    settings = Settings()
    longest = max_query_bytes(settings)
    assert longest >= 12 * settings.max_source_chars  # any allowed program, percent-encoded
    status, _ = asgi_get(app, b"/api/graph", b"source=" + b"x" * longest)
    assert status == 414
    status, _ = asgi_get(app, b"/", b"source=" + b"%E2%80%A6" * 1_000)
    assert status == 200


def test_the_query_limit_follows_max_source_chars() -> None:
    app = create_app(Settings(max_source_chars=1_000))
    assert asgi_get(app, b"/api/graph", b"source=" + b"x" * 12_000)[0] == 400  # too long
    assert asgi_get(app, b"/api/graph", b"source=" + b"x" * 100_000)[0] == 414


def test_only_the_start_of_accept_language_is_read() -> None:
    assert from_accept_language("ru;q=0.9, en;q=0.1") == "ru"
    assert from_accept_language("de, " * 40 + "ru") is None  # past the first 32 ranges
    start = time.perf_counter()
    assert from_accept_language("de," * 4_000_000 + "ru") is None
    assert time.perf_counter() - start < 0.05


def test_the_lang_parameter_is_found_in_a_long_query(app: FastAPI) -> None:
    query = b"a=" + b"x" * 2_000_000 + b"&lang=ru&source=%24"
    status, body = asgi_get(app, b"/api/graph", query)
    assert status == 400
    assert "синтаксическая ошибка" in body.decode()


def test_a_query_of_more_parameters_than_any_page_uses_is_refused_unparsed(
        app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    import starlette.datastructures

    parsed: list[int] = []
    parse_qsl = starlette.datastructures.parse_qsl

    def counting(qs: Any, *args: Any, **kwargs: Any) -> Any:
        parsed.append(len(qs))
        return parse_qsl(qs, *args, **kwargs)

    monkeypatch.setattr(starlette.datastructures, "parse_qsl", counting)
    status, body = asgi_get(app, b"/api/graph", b"a=" + b"&b" * 1_000_000 + b"&source=x")
    assert status == 414
    assert b"1000002 parameters" in body
    assert parsed == []  # refused before Starlette split a million parameters
    fields = b"&".join(b"p%d=1" % i for i in range(MAX_QUERY_PARAMETERS - 1))
    assert asgi_get(app, b"/api/graph", fields + b"&source=x")[0] == 200


# ---- CORS: the GET API answers any origin ----------------------------------------------------


@pytest.mark.parametrize("url", ["/api/graph?source=x", "/api/graph.svg?source=x",
                                 "/api/graph?source=x%20%2B", "/api/graph?source=x&values=%7B"])
def test_get_api_answers_allow_any_origin_without_credentials(client: TestClient,
                                                              url: str) -> None:
    r = client.get(url, headers={"origin": "https://course.example.edu"})
    assert r.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in r.headers


@pytest.mark.parametrize(("method", "url"), [("GET", "/"), ("GET", "/embed"),
                                             ("POST", "/api/graph")])
def test_pages_and_posts_do_not_allow_other_origins(client: TestClient, method: str,
                                                    url: str) -> None:
    r = client.request(method, url, json={"source": "x"} if method == "POST" else None)
    assert "access-control-allow-origin" not in r.headers
