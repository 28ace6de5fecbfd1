"""Caching (ETag, 304, Cache-Control) and security headers (CSP frame-ancestors, nosniff)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from cgviz.settings import Settings
from cgviz.web.app import create_app
from cgviz.web.security import EDITOR_STYLE

SOURCE = "x = -2; y = 5; z = -4\nq = x + y\nf = q * z"
CACHED_GETS = [
    ("/api/graph", {"source": SOURCE}),
    ("/api/graph.svg", {"source": SOURCE}),
    ("/", {"source": SOURCE}),
    ("/embed", {"source": SOURCE}),
]


@pytest.mark.parametrize(("url", "params"), CACHED_GETS)
def test_identical_queries_have_identical_weak_etags(client: TestClient, url: str,
                                                       params: dict[str, str]) -> None:
    a = client.get(url, params=params)
    b = client.get(url, params=params)
    assert a.status_code == 200
    assert a.headers["etag"] == b.headers["etag"]
    assert a.content == b.content
    etag = a.headers["etag"]
    # weak, since the same answer goes out gzipped or plain
    assert etag.startswith('W/"') and etag.endswith('"') and len(etag) == 36


def test_different_queries_have_different_etags(client: TestClient) -> None:
    a = client.get("/api/graph", params={"source": "f = 1 + x"})
    b = client.get("/api/graph", params={"source": "f = 2 + x"})
    assert a.headers["etag"] != b.headers["etag"]


@pytest.mark.parametrize(("url", "params"), CACHED_GETS)
def test_a_matching_if_none_match_is_a_304_without_a_body(client: TestClient, url: str,
                                                          params: dict[str, str]) -> None:
    etag = client.get(url, params=params).headers["etag"]
    strong = etag.removeprefix("W/")  # If-None-Match compares weakly: both forms match
    for header in (etag, strong, f'"other", {etag}', "*"):
        r = client.get(url, params=params, headers={"if-none-match": header})
        assert r.status_code == 304
        assert r.content == b""
        assert r.headers["etag"] == etag


def test_a_stale_if_none_match_gets_the_full_answer(client: TestClient) -> None:
    r = client.get("/api/graph", params={"source": SOURCE},
                   headers={"if-none-match": '"0123456789abcdef0123456789abcdef"'})
    assert r.status_code == 200
    assert r.content


@pytest.mark.parametrize(("url", "params"), CACHED_GETS)
def test_get_answers_may_be_cached_for_the_configured_time(url: str,
                                                           params: dict[str, str]) -> None:
    client = TestClient(create_app(Settings(cache_max_age=120)))
    r = client.get(url, params=params)
    assert r.headers["cache-control"] == "public, max-age=120"


def test_post_answers_carry_no_etag(client: TestClient) -> None:
    r = client.post("/api/graph", json={"source": SOURCE})
    assert "etag" not in r.headers


def directives(response: Response) -> dict[str, str]:
    """The response's Content-Security-Policy as {directive: its sources}."""
    policy = response.headers["content-security-policy"]
    return dict((part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";"))


def test_the_only_inline_style_element_allowed_is_named_by_one_hash() -> None:
    # the program editor's (CodeMirror's); tests/e2e/test_csp.py checks it is the page's
    assert re.fullmatch(r"'sha256-[A-Za-z0-9+/]{43}='", EDITOR_STYLE), EDITOR_STYLE


STRICT = {
    "default-src": "'self'", "script-src": "'self'", "style-src": f"'self' {EDITOR_STYLE}",
    "style-src-attr": "'unsafe-inline'", "img-src": "'self' data: blob:",
    "object-src": "'none'", "base-uri": "'none'", "form-action": "'self'",
}


@pytest.mark.parametrize("url", ["/", "/api/graph?source=x", "/healthz",
                                 "/static/css/app.css", "/nowhere", "/docs"])
def test_every_other_page_may_be_framed_only_by_its_own_origin(client: TestClient,
                                                               url: str) -> None:
    r = client.get(url)
    assert directives(r) == {**STRICT, "frame-ancestors": "'self'"}
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"


def test_the_api_docs_load_nothing_from_another_site(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    refs = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert refs and not [r for r in refs if "//" in r], refs  # no CDN: the app's own files
    for ref in refs:
        if ref.startswith("/static/"):
            assert client.get(ref).status_code == 200, ref
    assert client.get("/openapi.json").json()["info"]["title"] == "cgviz"
    assert client.get("/redoc").status_code == 404  # one docs page, served by the app


def test_embed_may_be_framed_by_any_site_by_default(client: TestClient) -> None:
    r = client.get("/embed")
    assert directives(r) == {**STRICT, "frame-ancestors": "*"}
    assert r.headers["x-content-type-options"] == "nosniff"


def test_embed_framing_follows_the_allow_list_setting() -> None:
    allowed = "https://canvas.example.edu https://cs231n.github.io"
    client = TestClient(create_app(Settings(frame_ancestors=allowed)))
    r = client.get("/embed")
    assert directives(r)["frame-ancestors"] == allowed


def test_error_answers_carry_the_security_headers_too(client: TestClient) -> None:
    r = client.post("/api/graph", json={"source": "x = (1 +"})
    assert r.status_code == 400
    assert directives(r)["frame-ancestors"] == "'self'"
    assert r.headers["referrer-policy"] == "no-referrer"
