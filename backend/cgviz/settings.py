"""Limits and server settings in one place (environment variables prefixed `CGVIZ_`).

Read through `get_settings()`; nothing reads them at import time.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
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
    max_total_elements: int = 10_000_000  # all the tensors one program creates (budget.py)
    max_eval_seconds: float = 5.0  # one program, every phase (budget.py, web/sandbox.py)
    max_descent_steps: int = 1000  # per POST /api/descent
    # Answers stay small whatever a program computes (docs/api.md): a tensor of more elements is
    # sent as a summary, and GET /api/graph/node sends at most max_page_elements of it.
    max_json_elements: int = Field(default=1000, ge=1)
    max_page_elements: int = Field(default=50_000, ge=1)

    # Serving (web/sandbox.py, web/cache.py; docs/serving.md)
    max_memory_mb: int = 1024  # the operating system's limit on one build's worker process
    # builds at once per server process, each in its own worker; 0 runs them in the server's
    # own process, unguarded (for debugging and tests that replace parts of the core)
    build_processes: int = 8
    cache_mb: int = 64  # GET answers kept per server process

    # Web
    max_header_bytes: int = 32_768  # a request's headers, names and values together (else 431)
    frame_ancestors: str = "*"  # who may frame /embed (CSP frame-ancestors value)
    cache_max_age: int = 3600  # seconds, for GET responses that are pure functions of the query


    @property
    def edge_limit(self) -> int:
        """`max_edges`, or twice `max_nodes` when it is not set."""
        return 2 * self.max_nodes if self.max_edges is None else self.max_edges


@lru_cache
def get_settings() -> Settings:
    return Settings()
