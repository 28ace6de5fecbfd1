"""GET answers kept in the server's memory, and computed once however many ask at the same time.

A GET answer is a pure function of its query and the reader's language, so a whole class that
opens the same embed costs one computation: the first request computes it, those that arrive
meanwhile wait for the same result, and later ones are served from memory. Errors in the
program (400) and unknown nodes (404) are kept too — they are as pure. The cache is bounded
by the bytes it holds (`cache_mb`, least recently used out first); an answer larger than an
eighth of it is served but not kept. A bug in cgviz or a busy server is never kept.

Each server process has its own cache; several processes or replicas share one behind a
caching reverse proxy (docs/serving.md).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from starlette.requests import Request

from ..i18n import current
from .responses import etag_of


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    body: bytes
    media_type: str
    etag: str = field(default="", compare=False)

    @classmethod
    def of(cls, status: int, body: bytes, media_type: str) -> Answer:
        return cls(status, body, media_type, etag_of(body))


def query_key(request: Request) -> Hashable:
    """What a GET answer depends on: the route, its query (parameter order does not matter),
    the language the request speaks and where the app is mounted. The query is read as bytes
    (Latin-1 maps each to one character), so one that is not UTF-8 still has a key."""
    query = request.scope.get("query_string", b"").decode("latin-1")
    items = tuple(sorted(parse_qsl(query, keep_blank_values=True)))
    return (request.scope["path"], items, current(), request.scope.get("root_path", ""))


class AnswerCache:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.max_entry = max_bytes // 8
        self.size = 0
        self._entries: OrderedDict[Hashable, Answer] = OrderedDict()
        self._running: dict[Hashable, asyncio.Task[Answer]] = {}

    def peek(self, key: Hashable) -> Answer | None:
        answer = self._entries.get(key)
        if answer is not None:
            self._entries.move_to_end(key)
        return answer

    async def get(self, key: Hashable, compute: Callable[[], Awaitable[Answer]]) -> Answer:
        """The kept answer, else the one being computed, else `compute()`'s. The computation
        runs as a task of its own, so a reader who leaves does not cancel it for the others."""
        answer = self.peek(key)
        if answer is not None:
            return answer
        task = self._running.get(key)
        if task is None:
            task = asyncio.ensure_future(self._fill(key, compute))
            # read its outcome even if every reader has left, so nothing is logged as lost
            task.add_done_callback(lambda t: t.cancelled() or t.exception())
            self._running[key] = task
        return await asyncio.shield(task)

    async def _fill(self, key: Hashable, compute: Callable[[], Awaitable[Answer]]) -> Answer:
        try:
            answer = await compute()
        finally:
            del self._running[key]
        self.put(key, answer)
        return answer

    def put(self, key: Hashable, answer: Answer) -> None:
        if answer.status not in (200, 400, 404) or len(answer.body) > self.max_entry:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self._entries[key] = answer
        self.size += len(answer.body)
        while self.size > self.max_bytes:
            _, dropped = self._entries.popitem(last=False)
            self.size -= len(dropped.body)

    def __len__(self) -> int:
        return len(self._entries)
