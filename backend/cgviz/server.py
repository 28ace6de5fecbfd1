"""The ASGI app for uvicorn: `uvicorn cgviz.server:app`.

Importing this module does nothing: the app is built from `get_settings()` the
first time `cgviz.server.app` is read, through a module `__getattr__` (PEP 562), and cached.
Tests and embedders call `cgviz.web.app.create_app(settings)` directly instead.
"""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()


def __getattr__(name: str) -> Any:
    if name != "app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    with _lock:
        if "app" not in globals():  # another thread may have built it while we waited
            from .settings import get_settings
            from .web.app import create_app

            # Stored as a real module attribute, so later reads never come back here.
            globals()["app"] = create_app(get_settings())
    return globals()["app"]
