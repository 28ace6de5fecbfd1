"""Request bodies read in the build worker, not in the server's event loop.

FastAPI parses and validates a body in the event loop before the route runs: a 12 MB body (a
million numbers of `values`) held it for half a second, and every other request — `/healthz`
too — waited. So the POST routes take the raw bytes (cheap to receive), and the worker that
builds the program also reads them (`GraphRequest.model_validate_json`, which accepts NaN as
Python's reader does and bounds nesting itself). A malformed body comes back as `BadBody`
with FastAPI's error list, already cut short, and is answered 422 as FastAPI would.

The OpenAPI schema still describes the bodies: `body_doc` gives a route's `openapi_extra`,
and `add_body_schemas` puts the models into the schema's components.
"""

from __future__ import annotations

from typing import Any, TypeVar

from fastapi.openapi.constants import REF_TEMPLATE
from pydantic import BaseModel, ValidationError

from ..errors import RequestError
from .validation import validation_detail

M = TypeVar("M", bound=BaseModel)


class BadBody(RequestError):
    """A body that is not the JSON the route takes: FastAPI's 422 `detail` list."""

    def __init__(self, detail: list[dict[str, Any]]) -> None:
        super().__init__("malformed request body")
        self.detail = detail

    def __reduce__(self) -> tuple[Any, ...]:
        return (BadBody, (self.detail,))


def is_json(content_type: str | None) -> bool:
    """Whether FastAPI would read a body of this type as JSON: no type, or `…/json`, `…+json`."""
    if not content_type:
        return True
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind == "application/json" or kind.endswith("+json")


def parsed(model: type[M], raw: bytes) -> M:
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_context=False)
        for e in errors:  # where FastAPI says it: in the body
            e["loc"] = ("body", *e["loc"])
        raise BadBody(validation_detail(errors)) from None


def body_doc(model: type[BaseModel]) -> dict[str, Any]:
    """The `openapi_extra` of a route that reads `model` from its raw body."""
    ref = {"$ref": REF_TEMPLATE.format(model=model.__name__)}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": ref}}}}


# FastAPI documents the 422 of a body it validates itself; these routes say it themselves.
MALFORMED: dict[int | str, dict[str, Any]] = {422: {
    "description": "Validation Error",
    "content": {"application/json": {"schema": {
        "$ref": REF_TEMPLATE.format(model="HTTPValidationError")}}},
}}


def add_body_schemas(schema: dict[str, Any], models: list[type[BaseModel]]) -> dict[str, Any]:
    """`schema` (the app's OpenAPI) with the models and the models they use as components."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for model in models:
        own = model.model_json_schema(ref_template=REF_TEMPLATE)
        for name, definition in own.pop("$defs", {}).items():
            components.setdefault(name, definition)
        components.setdefault(model.__name__, own)
    return schema
