"""Browser tests: the real app under uvicorn, a second origin that embeds it, and Chromium.

Every test gets a fresh browser context and a `page` that fails the test on any console error,
any uncaught page error and any request to an origin other than the app's (and the second
origin's, for the tests that use it): the app must work offline and inside any course
site. A screenshot of every test's last state is saved under tests/output/screens/.

Chromium is Debian's /usr/bin/chromium, driven through `executable_path`, so `playwright
install` is never needed (pyproject.toml, Makefile `chromium`).
"""

from __future__ import annotations

import html
import re
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import uvicorn
from e2e_support import SCREENS, Watch, origin_of

from cgviz.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
VIEWPORT = {"width": 1280, "height": 860}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Every test in this folder drives a browser, so `-m "not e2e"` must deselect all of them,
    # including files whose authors forgot the module-level `pytestmark`.
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ---- the app ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def live_server() -> Iterator[str]:
    """The real app (`create_app()`) under uvicorn in a background thread; yields its base URL."""
    port = free_port()
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning",
                            lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="cgviz-live-server", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:  # polling a socket at start-up, not waiting on the page's time
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=1) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the cgviz app did not answer {url}/healthz within 20 s")
        time.sleep(0.05)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


# ---- a second origin (another port) that frames the app -----------------------------------

HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>course page</title>
<link rel="icon" href="data:,">
<style>body {{ font: 14px sans-serif; margin: 16px; }} iframe {{ width: 760px; border: 1px solid
#999; }}</style></head>
<body><h1>A course page on another origin</h1>
<script>
  // Everything the framed app says, in arrival order, with the origin it came from.
  window.messages = [];
  window.addEventListener("message", (event) => {{
    window.messages.push({{origin: event.origin, data: event.data}});
    const frame = document.querySelector("iframe");
    const h = event.data && (event.data.height);
    if (frame && typeof h === "number" && h > 0) frame.style.height = h + "px";
  }});
  window.send = (message) => document.querySelector("iframe").contentWindow
    .postMessage(message, "*");
</script>
<iframe id="app" src="{src}" title="cgviz" height="400"></iframe>
</body></html>
"""


class _HostHandler(BaseHTTPRequestHandler):
    """`/host?src=<url>`: a page that iframes `src` and records its postMessages."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        parts = urlsplit(self.path)
        if parts.path != "/host":
            self.send_error(404)
            return
        src = parse_qs(parts.query).get("src", ["about:blank"])[0]
        body = HOST_PAGE.format(src=html.escape(src, quote=True)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # keep the test output quiet


@pytest.fixture(scope="session")
def second_origin() -> Iterator[str]:
    """A static course page on another port: `{second_origin}/host?src=<url>` frames `url`."""
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), _HostHandler)
    thread = threading.Thread(target=server.serve_forever, name="second-origin", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# ---- the browser --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing (Debian package `chromium`; `make chromium` "
                    "installs it): the browser tests cannot run here")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def watch(request: pytest.FixtureRequest, live_server: str) -> Watch:
    allowed = {origin_of(live_server)}
    if "second_origin" in request.fixturenames:
        allowed.add(origin_of(request.getfixturevalue("second_origin")))
    return Watch(allowed)


@pytest.fixture
def page(browser, watch: Watch, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    context.set_default_timeout(10_000)  # a missing element fails in 10 s, not 30 s
    page = context.new_page()

    def on_console(message) -> None:  # type: ignore[no-untyped-def]
        if message.type == "error":
            location = message.location or {}
            watch.console_errors.append(f"{message.text} ({location.get('url', '')})")

    def on_route(route) -> None:  # type: ignore[no-untyped-def]
        url = route.request.url
        # file: is a test opening what the app downloaded; it never leaves the machine
        if url.startswith(("data:", "blob:", "about:", "file:")) or \
                origin_of(url) in watch.allowed_origins:
            route.continue_()
        else:  # never let it leave the machine; the test fails at teardown
            watch.foreign_requests.append(url)
            route.abort()

    page.on("console", on_console)
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    context.route("**/*", on_route)
    yield page
    SCREENS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.name)
    try:
        page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)
    finally:
        context.close()
    problems = watch.problems()
    if problems:
        pytest.fail("the page misbehaved:\n" + "\n".join(problems), pytrace=False)
