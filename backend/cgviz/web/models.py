"""Request and response models of the HTTP API (SPEC §2) — the OpenAPI schema is made from these.

The graph itself is serialised by the core (`Graph.to_dict()`) and sent as bytes so that equal
queries give equal bytes (and ETags); `GraphResponse` documents that JSON and the tests check
that every answer validates against it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# A number for a scalar, nested lists for a tensor; "NaN", "Infinity", "-Infinity" if not finite.
Number = float | str | list[Any] | None


class GraphOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    expand: list[str] = Field(
        default_factory=list,
        description='Functions to draw as their primitive gates, e.g. ["sigmoid"].',
        examples=[["sigmoid"]],
    )
    digits: int = Field(default=2, ge=0, le=6,
                        description="Decimals shown for numbers in the picture.")


class GraphRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"source": "x = -2; y = 5; z = -4\nq = x + y\nf = q * z"},
                {"source": "(x+y)*z", "values": {"x": -2, "y": 5, "z": -4}},
            ]
        }
    )

    source: str = Field(description="The program (SPEC §1).")
    values: dict[str, Any] | None = Field(
        default=None,
        description="Input values by name (a number or nested lists); they override literals.",
    )
    options: GraphOptions | None = None


class NodeModel(BaseModel):
    id: str
    kind: Literal["input", "const", "op"]
    op: str | None
    label: str | None
    symbol: str | None
    text: str
    inputs: list[str]
    value: Number
    grad: Number
    shape: list[int]
    x: float
    y: float
    line: int
    column: int
    warning: str | None = Field(default=None,
                                description="Why a value is not finite, if it is not.")


class EdgeModel(BaseModel):
    source: str
    target: str
    port: int


class LayoutModel(BaseModel):
    width: float
    height: float
    wire_length: float = Field(description="length of every wire in this picture")
    gate_gap: float = Field(description="from a gate circle's right edge to its output wire")
    gate_radius: float


class GraphResponse(BaseModel):
    source: str
    output: str
    nodes: list[NodeModel]
    edges: list[EdgeModel]
    steps: list[dict[str, Any]] = Field(description="The trace the animation plays.")
    layout: LayoutModel
    warnings: list[str]


class ErrorDetail(BaseModel):
    kind: Literal["syntax", "name", "type", "shape", "domain", "limit"]
    message: str
    line: int = Field(description="1-based line of the offending token.")
    column: int = Field(description="1-based column of the offending token.")


class ErrorResponse(BaseModel):
    """A mistake in the user's program (400)."""

    error: ErrorDetail


class InternalErrorDetail(BaseModel):
    kind: Literal["internal"]
    message: str


class InternalErrorResponse(BaseModel):
    """A bug in cgviz, never in the user's program (500); it is logged on the server."""

    error: InternalErrorDetail


class Health(BaseModel):
    status: Literal["ok"]
