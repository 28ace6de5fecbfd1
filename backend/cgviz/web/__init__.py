"""The web layer: FastAPI routes over `cgviz.build` (docs/api.md, docs/embed.md). The core knows
nothing of HTTP.

    uvicorn --factory cgviz.web.app:create_app
"""

from .app import create_app

__all__ = ["create_app"]
