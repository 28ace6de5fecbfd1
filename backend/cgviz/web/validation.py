"""FastAPI's 422 for a malformed request, with a body that is always valid, small JSON.

FastAPI echoes the offending input in each error, and Starlette refuses to encode NaN or
Infinity, so `{"source": NaN}` (Python's JSON reader accepts it) became a 500; a huge or deeply
nested input was echoed whole, through a recursive encoder. Here the echo is bounded: at most
`MAX_ERRORS` errors, containers cut to `MAX_ITEMS` items and `MAX_DEPTH` levels, strings to
`MAX_CHARS` characters, non-finite numbers spelled as the graph JSON spells them ("NaN",
"Infinity", "-Infinity"), anything else as its `repr`, cut short. The copy is made with an
explicit stack, so no input is deep enough to reach Python's recursion limit.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from .responses import NO_STORE

MAX_ERRORS = 20
MAX_ITEMS = 20
MAX_DEPTH = 6
MAX_CHARS = 200
CUT = "…"


def _scalar(value: Any) -> Any:
    if value is None or isinstance(value, bool | int):
        return value if not isinstance(value, int) or abs(value) < 2**53 else _text(str(value))
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return value
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, bytes | bytearray):  # a body that is not JSON, as FastAPI shows it
        return _text(bytes(value[:4 * MAX_CHARS]).decode("utf-8", "replace"))
    return _text(repr(value))


def _text(value: str) -> str:
    return value if len(value) <= MAX_CHARS else value[:MAX_CHARS - 1] + CUT


def echo(value: Any) -> Any:
    """A small, JSON-safe copy of `value` (see the module's docstring)."""
    root: list[Any] = [None]
    # (value to copy, container to put the copy in, key or index there, depth)
    stack: list[tuple[Any, Any, Any, int]] = [(value, root, 0, 0)]
    while stack:
        item, parent, key, depth = stack.pop()
        if isinstance(item, Mapping):
            if depth >= MAX_DEPTH:
                parent[key] = CUT
                continue
            copy: dict[str, Any] = {}
            parent[key] = copy
            for i, (k, v) in enumerate(item.items()):
                if i == MAX_ITEMS:
                    copy[CUT] = CUT
                    break
                name = _text(str(k))
                copy[name] = None
                stack.append((v, copy, name, depth + 1))
        elif isinstance(item, Sequence) and not isinstance(item, str | bytes | bytearray):
            if depth >= MAX_DEPTH:
                parent[key] = CUT
                continue
            items: list[Any] = [None] * min(len(item), MAX_ITEMS)
            if len(item) > MAX_ITEMS:
                items.append(CUT)
            parent[key] = items
            for i in range(min(len(item), MAX_ITEMS)):
                stack.append((item[i], items, i, depth + 1))
        else:
            parent[key] = _scalar(item)
    return root[0]


def validation_detail(errors: Sequence[Any]) -> list[dict[str, Any]]:
    """FastAPI's `detail` list (type, loc, msg, input, ctx), bounded and JSON-safe."""
    detail = []
    for error in errors[:MAX_ERRORS]:
        entry: dict[str, Any] = {"type": _text(str(error.get("type", ""))),
                                 "loc": echo(list(error.get("loc", ()))),
                                 "msg": _text(str(error.get("msg", "")))}
        if "input" in error:
            entry["input"] = echo(error["input"])
        if "ctx" in error:
            entry["ctx"] = echo(error["ctx"])
        detail.append(entry)
    if len(errors) > MAX_ERRORS:
        detail.append({"type": "too_many_errors", "loc": [],
                       "msg": f"{len(errors) - MAX_ERRORS} more errors not shown"})
    return detail


async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    return JSONResponse({"detail": validation_detail(exc.errors())}, status_code=422,
                        headers=NO_STORE)
