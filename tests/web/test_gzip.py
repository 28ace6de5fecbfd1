"""Large pages and answers are sent gzipped; ETags and 304s work as before (web/app.py)."""

from __future__ import annotations

from fastapi.testclient import TestClient

GZIP = {"Accept-Encoding": "gzip"}
BIG = "\n".join([f"x{i} = {i}" for i in range(60)] + ["f = " + " + ".join(
    f"x{i}" for i in range(60))])


def test_the_page_the_graph_and_the_svg_are_gzipped_when_the_client_accepts_it(
        client: TestClient) -> None:
    for url in ("/", "/api/graph", "/api/graph.svg", "/embed"):
        response = client.get(url, params={"source": BIG}, headers=GZIP)
        assert response.status_code == 200, url
        assert response.headers["content-encoding"] == "gzip", url
        assert "Accept-Encoding" in response.headers["vary"], url
        # httpx decodes it; the bytes on the wire are several times fewer than the body
        assert int(response.headers["content-length"]) * 3 < len(response.content), url


def test_a_client_that_does_not_accept_gzip_gets_the_plain_body(client: TestClient) -> None:
    response = client.get("/api/graph", params={"source": BIG},
                          headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in response.headers
    assert response.json()["output"]


def test_the_etag_is_the_same_compressed_or_not_and_revalidates_to_an_empty_304(
        client: TestClient) -> None:
    zipped = client.get("/api/graph", params={"source": BIG}, headers=GZIP)
    plain = client.get("/api/graph", params={"source": BIG},
                       headers={"Accept-Encoding": "identity"})
    assert zipped.headers["etag"] == plain.headers["etag"]
    again = client.get("/api/graph", params={"source": BIG},
                       headers={**GZIP, "If-None-Match": zipped.headers["etag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert "content-encoding" not in again.headers


def test_small_answers_are_not_compressed(client: TestClient) -> None:
    response = client.get("/healthz", headers=GZIP)
    assert "content-encoding" not in response.headers


def test_static_modules_are_compressed_too(client: TestClient) -> None:
    response = client.get("/static/js/circuit.js", headers=GZIP)
    assert response.headers["content-encoding"] == "gzip"
    assert "export function" in response.text
