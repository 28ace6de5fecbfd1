"""A long program's page goes out head first (web/page.py): the browser starts on its
stylesheets and modules while the server computes the circuit."""

from __future__ import annotations

import asyncio
import threading
from typing import Any
from urllib.parse import quote

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cgviz.web import compute, page, routes

LONG = "\n".join([f"x{i} = {i % 7}" for i in range(400)]
                 + ["f = " + " + ".join(f"x{i}" for i in range(400))])


def test_the_long_program_here_is_long_enough_to_stream() -> None:
    assert len(LONG) >= page.STREAM_FROM


def test_a_long_programs_page_is_streamed_and_the_same_as_whole(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    streamed = client.get("/", params={"source": LONG})
    assert streamed.status_code == 200
    assert streamed.headers["cache-control"] == "no-cache" and "etag" not in streamed.headers
    monkeypatch.setattr(routes, "STREAM_FROM", 10**9)
    whole = client.get("/", params={"source": LONG})
    assert "etag" in whole.headers
    assert streamed.text == whole.text  # the two blocks are the whole template


def test_the_head_is_sent_before_the_circuit_is_computed(
        app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    draw = routes.draw

    def traced(*args: Any, **kwargs: Any) -> Any:
        events.append("compute")
        return draw(*args, **kwargs)

    monkeypatch.setattr(routes, "draw", traced)
    scope = {"type": "http", "method": "GET", "path": "/", "raw_path": b"/", "root_path": "",
             # a program this app has not kept yet (web/cache.py), so it is computed now
             "query_string": f"source={quote(LONG + '#')}".encode(), "headers": [],
             "scheme": "http", "server": ("test", 80), "client": ("test", 1),
             "http_version": "1.1", "asgi": {"version": "3.0"}}

    requested = False

    async def receive() -> dict[str, Any]:
        nonlocal requested
        if requested:  # the client stays connected
            await asyncio.Event().wait()
        requested = True
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        body = message.get("body", b"")
        if b"</head>" in body:
            events.append("head")
        if b'id="cgviz-graph"' in body:
            events.append("body")

    # in a thread of its own: the browser tests leave an event loop running in this one
    worker = threading.Thread(target=lambda: asyncio.run(app(scope, receive, send)))
    worker.start()
    worker.join(30)
    assert events == ["head", "compute", "body"]


def test_a_bug_on_a_long_program_is_said_in_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise KeyError("oops")

    monkeypatch.setattr(compute, "build", broken)
    from cgviz.settings import Settings
    from cgviz.web.app import create_app

    # in the server's own process, where the patch is (web/sandbox.py)
    r = TestClient(create_app(Settings(build_processes=0))).get("/", params={"source": LONG})
    assert r.status_code == 200 and "bug in cgviz" in r.text  # the status left before it
    assert r.headers["cache-control"] == "no-cache"


def test_a_streamed_page_speaks_the_asked_language_in_both_parts(client: TestClient) -> None:
    r = client.get("/", params={"source": LONG, "lang": "ru"})
    head, body = r.text.split("</head>")
    assert '<html lang="ru"' in head and "cgviz" in head
    assert ">Программа<" in body
