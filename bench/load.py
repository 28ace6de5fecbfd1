"""Does a heavy program starve light ones? A whole class against one server (docs/benchmarks.md,
"Serving a class").

    .venv/bin/python bench/load.py                  # starts `cgviz serve` on a free port
    .venv/bin/python bench/load.py --markdown --seconds 20
    .venv/bin/python bench/load.py --url http://127.0.0.1:8000 --no-wrk

1. Idle: tiny `GET /api/graph` requests, each a program the server has not seen (`f = (x + y)
   * z + k`), one after another, and `GET /healthz`; their latency.
2. Loaded: the same, while `--heavy` clients (4) each send, over and over, a program that takes
   the server seconds (the gradient check of a 100×100 matrix product, a new constant each
   time so nothing is served from the cache). Median, 99th percentile and worst latency of the
   tiny requests, and how many heavy programs were answered (200 or a 400 `limit`).
3. Memory: the resident memory of the server and its build workers before the load, at its
   peak and a few seconds after.
4. Throughput (wrk, if installed: 32 connections, 2 threads): `/healthz` against the notes'
   neuron `GET /api/graph`, which the server keeps after the first request (web/cache.py).

Targets (docs/serving.md): while four heavy programs run, tiny requests keep a median
≤ 50 ms and a 99th percentile ≤ 300 ms on a 2-CPU machine with the default `cgviz serve`;
the cached neuron serves ≥ 0.5× the requests per second of `/healthz`; memory goes back to
where it was.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from cgviz.web.sandbox import tree_resident_mb

ROOT = Path(__file__).resolve().parents[1]
NEURON = ("w0 = 2; x0 = -1; w1 = -3; x1 = -2; w2 = -3\n"
          "f = 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))")
HEAVY = "W = randn(100, 100)\nf = sum(tanh(W @ W)) + {k}"
HEAVY_OPTIONS = json.dumps({"gradcheck": True})


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def graph_path(source: str, options: str | None = None) -> str:
    query = {"source": source, **({"options": options} if options else {})}
    return "/api/graph?" + urllib.parse.urlencode(query)


class Client:
    """One keep-alive connection; `get` returns (status, seconds)."""

    def __init__(self, host: str, port: int, timeout: float = 60) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.conn = http.client.HTTPConnection(host, port, timeout=timeout)

    def get(self, path: str) -> tuple[int, float]:
        start = time.perf_counter()
        try:
            self.conn.request("GET", path)
            response = self.conn.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            status = 0
        return status, time.perf_counter() - start


def tiny_latencies(host: str, port: int, seconds: float, salt: str) -> tuple[list[float], ...]:
    """Tiny programs never seen before, one every 20 ms, and /healthz between them."""
    client = Client(host, port)
    graph, health, statuses = [], [], []
    end = time.perf_counter() + seconds
    k = 0
    while time.perf_counter() < end:
        k += 1
        status, took = client.get(graph_path(f"f = (x + y) * z + {k}{salt}"))
        graph.append(took)
        statuses.append(status)
        health.append(client.get("/healthz")[1])
        time.sleep(0.02)
    return graph, health, [float(s) for s in statuses]


def heavy_client(host: str, port: int, stop: threading.Event, counts: dict[int, int],
                 offset: int) -> None:
    client = Client(host, port)
    k = offset
    while not stop.is_set():
        k += 1000
        status, _ = client.get(graph_path(HEAVY.format(k=k), HEAVY_OPTIONS))
        counts[status] = counts.get(status, 0) + 1



def percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(q * (len(xs) - 1))))]


def summary(xs: list[float]) -> str:
    ms = [x * 1000 for x in xs]
    return (f"{statistics.median(ms):.1f} | {percentile(ms, 0.99):.1f} | {max(ms):.1f} | "
            f"{len(ms)}")


def wrk(url: str, seconds: int) -> float | None:
    if not shutil.which("wrk"):
        return None
    out = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", url], capture_output=True,
                         text=True, check=True).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    return float(match.group(1)) if match else None


def start_server(args: argparse.Namespace) -> tuple[subprocess.Popen[bytes], str, int]:
    port = free_port()
    command = [sys.executable, "-m", "cgviz.cli", "serve", "--port", str(port)]
    if args.workers:
        command += ["--workers", str(args.workers)]
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if Client("127.0.0.1", port, timeout=1).get("/healthz")[0] == 200:
                return server, "127.0.0.1", port
        except OSError:
            pass
        time.sleep(0.1)
    server.kill()
    raise SystemExit("cgviz serve did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", help="an app already running (memory is then not measured)")
    parser.add_argument("--workers", type=int, help="cgviz serve --workers (default: its own)")
    parser.add_argument("--seconds", type=float, default=15, help="length of each phase")
    parser.add_argument("--heavy", type=int, default=4, help="clients sending heavy programs")
    parser.add_argument("--no-wrk", action="store_true")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()

    server = None
    if args.url:
        parsed = urllib.parse.urlparse(args.url)
        host, port = parsed.hostname or "127.0.0.1", parsed.port or 80
    else:
        server, host, port = start_server(args)
    try:
        rss_before = tree_resident_mb(server.pid) if server else None
        idle = tiny_latencies(host, port, args.seconds / 3, "")

        stop = threading.Event()
        counts: dict[int, int] = {}
        heavy = [threading.Thread(target=heavy_client, args=(host, port, stop, counts, i))
                 for i in range(args.heavy)]
        for t in heavy:
            t.start()
        time.sleep(1.0)  # every heavy client has a program running
        peak = [0.0]

        def watch_memory() -> None:
            while not stop.is_set() and server:
                peak[0] = max(peak[0], tree_resident_mb(server.pid))
                time.sleep(0.5)

        watcher = threading.Thread(target=watch_memory)
        watcher.start()
        loaded = tiny_latencies(host, port, args.seconds, "  # loaded")
        stop.set()
        for t in [*heavy, watcher]:
            t.join()
        time.sleep(3)
        rss_after = tree_resident_mb(server.pid) if server else None

        rps = None
        if not args.no_wrk:
            Client(host, port).get(graph_path(NEURON))  # computed once, then kept
            health = wrk(f"http://{host}:{port}/healthz", 10)
            neuron = wrk(f"http://{host}:{port}{graph_path(NEURON)}", 10)
            rps = (health, neuron)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=10)

    print(f"# cgviz load, {platform.node()}, {os.cpu_count()} CPUs, "
          f"{time.strftime('%Y-%m-%d %H:%M')}\n")
    print("| requests | median ms | p99 ms | max ms | n |")
    print("|---|---|---|---|---|")
    print(f"| tiny GET /api/graph, idle | {summary(idle[0])} |")
    print(f"| /healthz, idle | {summary(idle[1])} |")
    print(f"| tiny GET /api/graph, {args.heavy} heavy running | {summary(loaded[0])} |")
    print(f"| /healthz, {args.heavy} heavy running | {summary(loaded[1])} |")
    failed = sum(1 for s in idle[2] + loaded[2] if s != 200)
    print(f"\ntiny requests not answered 200: {failed}; heavy programs answered: "
          + ", ".join(f"{n} × {s}" for s, n in sorted(counts.items())))
    if rss_before is not None:
        print(f"\nresident memory of the server and its workers: before {rss_before:.0f} MB, "
              f"peak {peak[0]:.0f} MB, 3 s after {rss_after:.0f} MB")
    if rps and rps[0] and rps[1]:
        print(f"\nwrk -t2 -c32 -d10s: /healthz {rps[0]:.0f} req/s, cached neuron GET /api/graph "
              f"{rps[1]:.0f} req/s ({rps[1] / rps[0]:.2f}×)")


if __name__ == "__main__":
    main()
