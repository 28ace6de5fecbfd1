"""Limits and server settings in one place (environment variables prefixed `CGVIZ_`).

Read through `get_settings()`; nothing reads them at import time.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CGVIZ_", frozen=True)

    # Limits: exceeding one answers 400 {"kind": "limit"} naming the limit.
    max_source_chars: int = 200_000
    max_nodes: int = 20_000
    # Arrows into gates: a list `[a, b, …]` of n wires is one gate with n inputs, whose cost
    # (captions, staged code, layout, the picture) grows with n. None: twice max_nodes, so a
    # circuit of one- and two-input gates always meets max_nodes first, and raising max_nodes
    # raises it too.
    max_edges: int | None = None
    max_tensor_elements: int = 1_000_000
    max_eval_seconds: float = 5.0
    max_descent_steps: int = 1000  # per POST /api/descent

    @property
    def edge_limit(self) -> int:
        """`max_edges`, or twice `max_nodes` when it is not set."""
        return 2 * self.max_nodes if self.max_edges is None else self.max_edges

    # Web
    max_header_bytes: int = 32_768  # a request's headers, names and values together (else 431)
    frame_ancestors: str = "*"  # who may frame /embed (CSP frame-ancestors value)
    cache_max_age: int = 3600  # seconds, for GET responses that are pure functions of the query


@lru_cache
def get_settings() -> Settings:
    return Settings()
