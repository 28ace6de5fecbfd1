"""The web layer: FastAPI routes over `cgviz.build` (SPEC §2, §5). The core knows nothing of HTTP.

    uvicorn --factory cgviz.web.app:create_app
"""

from .app import create_app

__all__ = ["create_app"]
