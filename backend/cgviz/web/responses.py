"""Stable bytes, ETags and cache headers for GET answers that are pure functions of their query.

The same query always gives the same bytes, so a weak ETag is a hash of the body and a course
page that embeds the same circuit a hundred times costs one computation per cache (web/cache.py
keeps the answers themselves).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from fastapi import Request, Response

from ..settings import Settings

JSON = "application/json"
SVG = "image/svg+xml"
HTML = "text/html; charset=utf-8"
NO_STORE = {"Cache-Control": "no-store"}


def json_bytes(data: Any) -> bytes:
    """Deterministic, compact JSON; `allow_nan=False` so a NaN that slipped past the core raises
    instead of sending a literal that strict JSON parsers reject."""
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def etag_of(body: bytes) -> str:
    # Weak: the same answer goes out gzipped or plain (GZipMiddleware), and a strong validator
    # would have to differ between the two encodings (RFC 9110 §8.8.1).
    return 'W/"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _matches(if_none_match: str, etag: str) -> bool:
    # RFC 9110 §13.1.2: If-None-Match uses the weak comparison, so W/"x" matches "x".
    if if_none_match.strip() == "*":
        return True
    tags = (t.strip() for t in if_none_match.split(","))
    return any(t.removeprefix("W/") == etag.removeprefix("W/") for t in tags)


def cached(request: Request, body: bytes, media_type: str, settings: Settings,
           etag: str | None = None) -> Response:
    """A 200 with ETag and Cache-Control, or a bodiless 304 if the client already has it."""
    etag = etag or etag_of(body)
    # Without a `lang` parameter the body follows Accept-Language (captions, messages), so a
    # shared cache must keep one copy per language.
    headers = {"ETag": etag, "Cache-Control": f"public, max-age={settings.cache_max_age}",
               "Vary": "Accept-Language, Accept-Encoding"}
    if _matches(request.headers.get("if-none-match", ""), etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


def uncached(body: bytes, media_type: str, status_code: int = 200) -> Response:
    return Response(body, status_code=status_code, media_type=media_type, headers=NO_STORE)
