"""How a route gets its answer: from the cache, or computed once in a build worker.

    async def compute() -> Answer:
        return await built(request, JSON, graph_json, source, values, options, settings)
    return await kept(request, compute)

`built` runs a core function in the sandbox (web/sandbox.py) from the threadpool, so the event
loop only waits; a mistake in the program becomes a 400 answer, which is as pure as a 200 and
kept alike (web/cache.py). `kept` serves the answer with its ETag and cache headers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError

from ..errors import CircuitError
from ..settings import Settings
from .bodies import BadBody, is_json
from .cache import Answer, AnswerCache, query_key
from .responses import JSON, cached, json_bytes, uncached
from .sandbox import Sandbox
from .window import UnknownNode


def sandbox(request: Request) -> Sandbox:
    box: Sandbox = request.app.state.sandbox
    return box


def answers(request: Request) -> AnswerCache:
    cache: AnswerCache = request.app.state.answers
    return cache


async def built(request: Request, media_type: str, fn: Callable[..., bytes],
                *args: Any) -> Answer:
    """`fn(*args)`'s bytes as a 200, or the program's mistake as a 400 (hashed for the ETag
    in the thread too: a big answer's hash would hold up the event loop)."""
    box = sandbox(request)

    def answer() -> Answer:
        try:
            return Answer.of(200, box.run(fn, *args), media_type)
        except CircuitError as err:
            return Answer.of(400, json_bytes(err.to_dict()), JSON)
        except UnknownNode as err:
            return Answer.of(404, json_bytes(err.to_dict()), JSON)

    return await box.admitted(answer)


async def from_body(request: Request, fn: Callable[[bytes, Settings], bytes],
                    settings: Settings) -> bytes:
    """`fn(raw body, settings)` in a worker, which reads the body (web/bodies.py); a malformed
    one is FastAPI's 422."""
    raw = await request.body()
    if not is_json(request.headers.get("content-type")):  # as FastAPI: the body is then text
        raise RequestValidationError([{
            "type": "model_attributes_type", "loc": ("body",),
            "msg": "Input should be a valid dictionary or object to extract fields from",
            "input": raw.decode("utf-8", "replace")}])
    box = sandbox(request)
    try:
        return await box.admitted(lambda: box.run(fn, raw, settings))
    except BadBody as err:
        raise RequestValidationError(err.detail) from None


async def kept(request: Request, compute: Callable[[], Awaitable[Answer]]) -> Response:
    return respond(request, await answers(request).get(query_key(request), compute))


def respond(request: Request, answer: Answer) -> Response:
    """A 200 with its ETag (or a 304); anything else as it is, never stored by clients."""
    if answer.status != 200:
        return uncached(answer.body, answer.media_type, answer.status)
    return cached(request, answer.body, answer.media_type, request.app.state.settings,
                  answer.etag)
