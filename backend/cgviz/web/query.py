"""JSON-valued query parameters (`values`, `options`) for GET routes and pages.

The API is strict: malformed JSON is FastAPI's usual 422, with the parameter's name in `loc`.
Pages are lenient: a bad parameter falls back to its default (docs/embed.md) — a link pasted into a
course page must never show an error page.
"""

from __future__ import annotations

from typing import Any, TypeVar

from fastapi.exceptions import RequestValidationError
from pydantic import TypeAdapter, ValidationError

from .models import GraphOptions

T = TypeVar("T")

# `null` means "not given", as an absent parameter does.
VALUES: TypeAdapter[dict[str, Any] | None] = TypeAdapter(dict[str, Any] | None)
OPTIONS: TypeAdapter[GraphOptions | None] = TypeAdapter(GraphOptions | None)

VALUES_DOC = 'Input values as a JSON object, e.g. {"x": -2, "y": 5}.'
OPTIONS_DOC = 'Options as a JSON object, e.g. {"expand": ["sigmoid"], "digits": 2}.'


def strict(name: str, raw: str | None, adapter: TypeAdapter[T | None]) -> T | None:
    """Parse a JSON query parameter, or answer 422 saying which parameter is wrong and why."""
    if raw is None or raw.strip() == "":
        return None
    try:
        return adapter.validate_json(raw)
    except ValidationError as exc:
        errors = []
        for e in exc.errors(include_url=False, include_context=False):
            msg = e["msg"]
            if e["type"] == "json_invalid":
                msg = f"{name} must be a JSON object: {msg}"
            errors.append({**e, "loc": ("query", name, *e["loc"]), "msg": msg})
        raise RequestValidationError(errors) from None


def lenient(raw: str | None, adapter: TypeAdapter[T | None]) -> T | None:
    """Parse a JSON query parameter for a page; anything wrong means "not given"."""
    if not raw:
        return None
    try:
        return adapter.validate_json(raw)
    except ValidationError:
        return None
