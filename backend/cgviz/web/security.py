"""Security headers on every response (README, "HTTP API", its table of headers).

- `Content-Security-Policy`: the pages run only the app's own scripts and stylesheets, and
  the program editor's one <style> element (`POLICY`); only `/embed` may be framed by other
  sites (`frame_ancestors`, a setting), every other page only by its own origin. `/docs`
  included: its Swagger UI is the app's own file.
- `Referrer-Policy: no-referrer`: programs travel in URLs (`/?source=…`), and nothing in cgviz
  reads a Referer, so no page sends its address anywhere — not to another site a page links
  to, and not (up to 4 KB) with each of its own requests for modules and stylesheets.
- `Access-Control-Allow-Origin: *` on `GET`/`HEAD` under `/api/` (docs/api.md): there are no
  cookies or accounts, so a course page's own script may fetch circuits; never credentials.
- `X-Content-Type-Options: nosniff`.

A plain ASGI middleware (not `BaseHTTPMiddleware`), so streaming and background tasks are
untouched; it only adds headers to `http.response.start`.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

EMBED_PATHS = ("/embed",)

# - script-src 'self': the pages' only <script> elements with code are `type="module"
#   src=…`; the `type="application/json"` blocks are data, which CSP does not govern.
# - style-src 'self' for <style> and <link>: the no-JavaScript rules are a stylesheet too.
#   And one <style> element by its hash (EDITOR_STYLE): CodeMirror, the program editor
#   (frontend/js/editor.js), writes its base rules into one, whose text is fixed by the pinned
#   CodeMirror and the editor's extensions. tests/e2e/test_csp.py hashes the element the page
#   really has, and names the new hash when either changes.
# - style-src-attr 'unsafe-inline': the server's first paint sizes the picture with a style
#   attribute (`--cgviz-w`/`--cgviz-h`, app.css), which differs for every program and, on a
#   long program's page, is written after the headers have gone (web/page.py), so no hash can
#   name it. A style attribute selects nothing and fetches only what img-src and font-src allow;
#   <style> elements and stylesheets from elsewhere stay blocked. (The app's scripts set styles
#   through `el.style`, which CSP allows.)
# - img-src data: blob:: the favicon is `data:,`, the PNG export draws the SVG from a data: URL.
EDITOR_STYLE = "'sha256-vJouJvvhKRp0c8IR47tUMkW17NwE30M5hZECIsCC9Lc='"
POLICY = (f"default-src 'self'; script-src 'self'; style-src 'self' {EDITOR_STYLE}; "
          "style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; "
          "base-uri 'none'; form-action 'self'")
API_PREFIX = "/api/"
CORS_METHODS = ("GET", "HEAD")


class SecurityHeaders:
    def __init__(self, app: ASGIApp, frame_ancestors: str = "*") -> None:
        self.app = app
        self.embed_csp = f"{POLICY}; frame-ancestors {frame_ancestors}"
        self.page_csp = f"{POLICY}; frame-ancestors 'self'"

    def policy(self, path: str) -> str:
        return self.embed_csp if path in EMBED_PATHS else self.page_csp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"].removeprefix(scope.get("root_path", ""))
        policy = self.policy(path)
        cors = path.startswith(API_PREFIX) and scope["method"] in CORS_METHODS

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = policy
                headers["Referrer-Policy"] = "no-referrer"
                headers["X-Content-Type-Options"] = "nosniff"
                if cors:
                    headers["Access-Control-Allow-Origin"] = "*"
            await send(message)

        await self.app(scope, receive, send_with_headers)
