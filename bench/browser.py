"""How fast the browser app feels, measured inside Chromium (docs/benchmarks.md, "Browser").

    .venv/bin/python bench/browser.py                 # starts the app on a free port
    .venv/bin/python bench/browser.py --markdown --edits 20 --sizes 100,1000,5000
    .venv/bin/python bench/browser.py --url http://127.0.0.1:8000   # an app already running

1. Keystroke to painted circuit, on the CS231n neuron: one key replaces the digit of `x0`
   (selected with the keyboard, as a user would), and the page times, with `performance.now()`,
   from the key's `keydown` (a capturing listener on the window, so it runs before the editor's
   own) to the end of the first animation frame whose SVG shows the new output value. Median
   over `--edits` edits, split with Resource Timing into the wait before `/api/graph` is asked,
   the request, and the drawing after it.
2. Generated circuits of 100, 1,000 and 5,000 nodes (a balanced tree of `+` and `*` over
   inputs), loaded through the URL (`/?source=…`) with a program the server has not seen:
   first render is navigation start to the first paint that shows the server's whole picture
   (drawn while the page is parsed, only the tiles near the first view for a big one), as the
   paint timing API reports it; "server" is the part until the document (which carries the
   graph) has arrived; "interactive" is navigation start to the first frame after the app has
   taken the picture over (stage.js marks `cgviz:drawn`), from when stepping, hovering and
   panning work.
   A link over 60,000 characters cannot be opened (the server refuses request lines much over
   64 KiB), so that circuit is pasted into the editor instead (the clipboard, then Ctrl+V over
   the whole program) and timed from the paste's `keydown` ("server" is then the `/api/graph`
   request). Then a mouse drag across the circuit (60 moves), with the interval between
   animation frames recorded in the page during the drag (median, 95th percentile, frames over
   25 ms).

Targets: keystroke to paint ≤ 50 ms; 1,000 nodes rendered ≤ 500 ms and panned at
60 fps (a median frame interval of at most 1000/60 ms plus a little scheduling noise).
"""

from __future__ import annotations

import argparse
import math
import platform
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

from page_timers import (
    FIRST_RENDER,
    RECORD_FRAMES,
    SERVER_SHARE,
    SHOWS,
    TIME_EDIT,
    TIME_PASTE,
    VIEW_STATE,
)

CHROMIUM = "/usr/bin/chromium"
NEURON = "w0 = 2; x0 = -1; w1 = -3; x1 = -2; w2 = -3\nf = 1/(1+exp(-(w0*x0 + w1*x1 + w2)))"
FRAME_60 = 1000 / 60
# uvicorn's HTTP parser refuses a request line much over 64 KiB ("Invalid HTTP request"), so
# a longer link cannot be opened; such circuits are pasted into the editor instead.
MAX_URL = 60_000


def tree_program(n: int) -> tuple[str, int]:
    """About `n` nodes: n/2 inputs reduced pairwise, `+` and `*` on alternate levels. Returns
    the source and the exact node count (inputs + gates)."""
    count = (n + 1) // 2
    lines = [f"x{i} = {1 + 0.01 * ((i * 7) % 11 - 5):.2f}" for i in range(count)]
    level, names, k = 0, [f"x{i}" for i in range(count)], 0
    while len(names) > 1:
        op = "+" if level % 2 == 0 else "*"
        nxt = []
        for i in range(0, len(names) - 1, 2):
            lines.append(f"v{k} = {names[i]} {op} {names[i + 1]}")
            nxt.append(f"v{k}")
            k += 1
        if len(names) % 2:
            nxt.append(names[-1])
        names, level = nxt, level + 1
    return "\n".join(lines), count + k


def start_app() -> tuple[str, subprocess.Popen[bytes]]:
    """The app in its own process, as `cgviz serve` runs it: a server thread inside this
    process would share the GIL with Playwright's client and add its waits to every request."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory",
                               "cgviz.web.app:create_app", "--port", str(port),
                               "--log-level", "warning"])
    url = f"http://127.0.0.1:{port}"
    for _ in range(400):
        try:
            urllib.request.urlopen(f"{url}/healthz", timeout=1).close()
            return url, server
        except OSError:
            time.sleep(0.05)
    server.terminate()
    raise SystemExit(f"the app did not start at {url}")


def graph_of(url: str, source: str, values: dict[str, float] | None = None) -> dict[str, Any]:
    import json

    body = json.dumps({"source": source, "values": values or {}}).encode()
    req = urllib.request.Request(f"{url}/api/graph", data=body,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as response:
        return json.loads(response.read())  # type: ignore[no-any-return]


def paste(page: Any, text: str, before: Any = None) -> None:
    """Put `text` over the whole program as a reader does: the clipboard, Ctrl+A, Ctrl+V
    (`before()` just before the paste's key)."""
    page.evaluate("(text) => navigator.clipboard.writeText(text)", text)
    page.locator("#source").press("ControlOrMeta+a")
    if before:
        before()
    page.keyboard.press("ControlOrMeta+v")


def keystroke_to_paint(page: Any, url: str, edits: int) -> list[dict[str, float]]:
    from cgviz.core.format import format_number

    page.goto(f"{url}/")
    graph = graph_of(url, NEURON)
    output = graph["output"]
    page.wait_for_selector("#source.cm-content")  # CodeMirror has taken the textarea over
    paste(page, NEURON)
    page.wait_for_function(SHOWS, arg=[output, "0.73"], timeout=30_000)
    # the caret to the digit of `x0`, by keys: each edit then selects the digit it typed
    page.keyboard.press("ControlOrMeta+Home")
    for _ in range(NEURON.index("x0 = -") + len("x0 = -")):
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Shift+ArrowRight")
    times = []
    for e in range(edits + 1):  # the first edit warms up and is not counted
        d = (e % 9) + 1 if e % 10 != 9 else 0
        if d == 1 and e:  # consecutive edits must change the output
            d = 2
        text = format_number(1 / (1 + math.exp(-(3 - 2 * d))))
        if e:
            page.keyboard.press("Shift+ArrowLeft")
        page.evaluate(TIME_EDIT, [output, text])
        page.keyboard.type(str(d))
        ms = page.evaluate("window.__edit")
        if e:
            times.append(ms)
    return times


def render_and_pan(page: Any, url: str, n: int) -> dict[str, Any]:
    source, nodes = tree_program(n)
    link = f"{url}/?source={quote(source)}"  # a program the server has not seen yet
    if len(link) <= MAX_URL:  # navigation start → the first frame showing the output
        page.goto(link, timeout=120_000)
        page.wait_for_function("() => window.__interactive !== undefined", timeout=120_000,
                               polling=100)
        first, ready = page.evaluate("[window.__firstRender(), window.__interactive]")
        how = "URL"
    else:  # too long for a request line: the `input` event → the first frame showing it
        graph = graph_of(url, source)
        first_input = next(n["id"] for n in graph["nodes"] if n["kind"] == "input")
        size = [graph["layout"]["width"], graph["layout"]["height"]]
        page.goto(f"{url}/")
        page.wait_for_selector("#source.cm-content")
        paste(page, source, before=lambda: page.evaluate(TIME_PASTE, [first_input, *size]))
        first = ready = page.evaluate("window.__paste")
        how = "editor"
    # the server's share: the document (which carries the graph) or the /api/graph answer
    fetch = page.evaluate(SERVER_SHARE)
    box = page.locator("#circuit").bounding_box()
    before = page.evaluate(VIEW_STATE)
    page.evaluate(RECORD_FRAMES)
    x, y = box["x"] + min(box["width"] - 20, 600), box["y"] + min(box["height"] - 20, 200)
    page.mouse.move(x, y)
    page.mouse.down()
    for i in range(60):
        page.mouse.move(x - 5 * i, y - 2 * i)
    page.mouse.up()
    page.evaluate("window.__recording = false")
    frames = page.evaluate("window.__frames")[2:] or [math.nan]
    moved = page.evaluate(VIEW_STATE) != before
    return {"nodes": nodes, "how": how, "first": first, "ready": ready, "fetch": fetch,
            "moved": moved,
            "median": statistics.median(frames),
            "p95": sorted(frames)[int(0.95 * (len(frames) - 1))],
            "slow": sum(f > 25 for f in frames), "frames": len(frames)}


def row(cells: list[str], markdown: bool) -> str:
    return "| " + " | ".join(cells) + " |" if markdown else "  ".join(f"{c:>14}" for c in cells)


def report(keys: list[float], sizes: list[dict[str, Any]], markdown: bool) -> None:
    import importlib.metadata

    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}")
    print(f"Chromium: {chromium_version()}, Playwright {importlib.metadata.version('playwright')}")
    print()
    print("keystroke to painted circuit, the neuron (ms)")
    print()
    head = ["edits", "median", "min", "p90", "max", "of it: before request", "request", "draw",
            "target", "met"]
    print(row(head, markdown))
    if markdown:
        print("|" + "---:|" * len(head))
    totals = sorted(k["total"] for k in keys)
    med = statistics.median(totals)
    parts = [statistics.median(k[part] for k in keys) for part in ("wait", "fetch", "draw")]
    print(row([str(len(keys)), f"{med:.1f}", f"{totals[0]:.1f}",
               f"{totals[int(0.9 * (len(totals) - 1))]:.1f}", f"{totals[-1]:.1f}",
               *(f"{p:.1f}" for p in parts), "≤ 50", "yes" if med <= 50 else "NO"], markdown))
    print()
    print("generated circuits: first render and a pan (ms)")
    print()
    head = ["nodes", "loaded by", "first render", "of it: server", "interactive",
            "pan frame median",
            "pan frame p95", "frames > 25 ms", "panned", "target met"]
    print(row(head, markdown))
    if markdown:
        print("|" + "---:|" * len(head))
    for r in sizes:
        met = "—"
        if r["nodes"] in range(900, 1100):
            ok = r["first"] <= 500 and r["median"] <= FRAME_60 + 1.5 and r["moved"]
            met = "yes" if ok else "NO"
        print(row([f"{r['nodes']:,}", r["how"], f"{r['first']:.0f}", f"{r['fetch']:.0f}",
                   f"{r['ready']:.0f}",
                   f"{r['median']:.1f}", f"{r['p95']:.1f}", f"{r['slow']}/{r['frames']}",
                   "yes" if r["moved"] else "no effect", met], markdown))


def chromium_version() -> str:
    import subprocess

    done = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="an app already running (default: start one)")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing (`make chromium`)", file=sys.stderr)
        return 1
    server = None
    url = args.url
    if not url:
        url, server = start_app()
    try:
        return run(url, args)
    finally:
        if server:
            server.terminate()
            server.wait(10)


def run(url: str, args: argparse.Namespace) -> int:
    from playwright.sync_api import sync_playwright

    started = time.perf_counter()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1280, "height": 860})
        context.grant_permissions(["clipboard-read", "clipboard-write"])  # the paste
        page = context.new_page()
        keys = keystroke_to_paint(page, url, args.edits)
        page.close()
        sizes = []
        for n in (int(s) for s in args.sizes.split(",")):
            page = context.new_page()
            page.add_init_script(FIRST_RENDER)
            sizes.append(render_and_pan(page, url, n))
            page.close()
        browser.close()
    report(keys, sizes, args.markdown)
    print(f"\ntotal time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
