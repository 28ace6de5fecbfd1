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
    max_tensor_elements: int = 1_000_000
    max_eval_seconds: float = 5.0
    max_descent_steps: int = 1000  # per POST /api/descent
    # Answers stay small whatever a program computes (SPEC §2): a tensor of more elements is
    # sent as a summary, and GET /api/graph/node sends at most max_page_elements of it.
    max_json_elements: int = Field(default=1000, ge=1)
    max_page_elements: int = Field(default=50_000, ge=1)

    # Web
    frame_ancestors: str = "*"  # who may frame /embed (CSP frame-ancestors value)
    cache_max_age: int = 3600  # seconds, for GET responses that are pure functions of the query


@lru_cache
def get_settings() -> Settings:
    return Settings()
