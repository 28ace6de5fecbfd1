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
    max_tensor_elements: int = 1_000_000
    max_total_elements: int = 10_000_000  # all the tensors one program creates (budget.py)
    max_eval_seconds: float = 5.0  # one program, every phase (budget.py, web/sandbox.py)
    max_descent_steps: int = 1000  # per POST /api/descent

    # Serving (web/sandbox.py, web/cache.py; docs/serving.md)
    max_memory_mb: int = 1024  # the operating system's limit on one build's worker process
    # builds at once per server process, each in its own worker; 0 runs them in the server's
    # own process, unguarded (for debugging and tests that replace parts of the core)
    build_processes: int = 8
    cache_mb: int = 64  # GET answers kept per server process

    # Web
    frame_ancestors: str = "*"  # who may frame /embed (CSP frame-ancestors value)
    cache_max_age: int = 3600  # seconds, for GET responses that are pure functions of the query


@lru_cache
def get_settings() -> Settings:
    return Settings()
