"""A page that loads the circuit modules alone (frontend/js/circuit.js and its companions),
served on the app's origin through a Playwright route, so the tests of the circuit view do not
depend on the app page around it."""

from __future__ import annotations

from playwright.sync_api import Page

SCRATCH = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>circuit.js</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/static/css/circuit.css">
<style>body { margin: 16px; } #circuit { height: 420px; border: 1px solid #ccc; }</style>
</head><body><div id="circuit"></div><button id="outside">outside</button>
<script type="module">
import * as circuit from "/static/js/circuit.js";
import * as panzoom from "/static/js/panzoom.js";
import * as tooltip from "/static/js/tooltip.js";
import * as popover from "/static/js/popover.js";
import * as exporter from "/static/js/export.js";
import * as frames from "/static/js/frames.js";
Object.assign(window, {circuit, panzoom, tooltip, popover, exporter, frames});
window.ready = true;
</script></body></html>"""


def open_scratch(page: Page, base: str) -> Page:
    url = f"{base}/__circuit_scratch__"
    page.route(url, lambda route: route.fulfill(body=SCRATCH, content_type="text/html"))
    page.goto(url)
    page.wait_for_function("() => window.ready === true")
    return page
