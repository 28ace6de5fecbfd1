"""The web layer's call into gradient descent (`POST /api/descent`), as `compute` does for graphs.

A mistake in the request passes through (→ 400); anything else is logged and becomes
`CoreBug` (→ 500), by `compute.guarded`.
"""

from __future__ import annotations

from typing import Any

from ..descent import descend
from ..settings import Settings
from .bodies import parsed
from .compute import guarded
from .models import DescentRequest, GraphOptions
from .responses import json_bytes


def descent_json_of_body(raw: bytes, settings: Settings) -> bytes:
    """`POST /api/descent`: the body read here, in the worker (web/bodies.py)."""
    return descent_json(parsed(DescentRequest, raw), settings)


def descent_json(body: DescentRequest, settings: Settings) -> bytes:
    options = (body.options or GraphOptions()).model_dump()

    def work() -> bytes:
        result = descend(body.source, body.values, body.params, body.lr, body.steps, options,
                         settings, with_graph=body.graph)
        answer: dict[str, Any] = {"loss": result.loss, "values": result.values,
                                  "warnings": result.warnings}
        if result.graph is not None:
            answer["graph"] = result.graph.to_dict()
        return json_bytes(answer)

    return guarded("run gradient descent", work,
                   lambda: f"source={body.source[:2000]!r} params={body.params[:20]!r} "
                           f"lr={body.lr!r} steps={body.steps!r}")
