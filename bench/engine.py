"""How long each stage of cgviz takes on generated scalar circuits, and how it compares with
micrograd on the same maths (docs/benchmarks.md has a run and its reading).

    make bench                                   # or: .venv/bin/python bench/engine.py
    .venv/bin/python bench/engine.py --sizes 10,100,1000 --repeat 5 --markdown
    .venv/bin/python bench/engine.py --profile chain:10000

The circuits are made by bench/programs.py: the same equations give the cgviz source text
and the micrograd computation. micrograd is needed only for the comparison table
(`pip install micrograd`); without it that table is skipped.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import importlib.metadata
import json
import platform
import pstats
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

import numpy as np

import cgviz
from cgviz.core.engine import backward, forward
from cgviz.core.format import Numbers
from cgviz.core.graph import Graph
from cgviz.core.trace import trace
from cgviz.language import parser
from cgviz.language.lower import Lowering
from cgviz.render.layout import apply_layout
from in_micrograd import check_gradients, micrograd_code, micrograd_failing_depth, micrograd_run
from programs import SHAPES, Program

SETTINGS = cgviz.Settings(max_nodes=10_000_000, max_source_chars=1_000_000_000,
                          max_eval_seconds=1e9, max_tensor_elements=10_000_000)


# ---- cgviz, stage by stage ----------------------------------------------------------------

@contextmanager
def gc_paused() -> Iterator[None]:
    """`cgviz.build` pauses the cyclic collector while its stages run; the stages timed one by
    one run the same way, so that they add up to the build."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Laps:
    def __init__(self) -> None:
        self.times: dict[str, float] = {}
        self.restart()

    def restart(self) -> None:
        self.start = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.times[name] = now - self.start
        self.start = now


STAGES = ("parse", "lower", "f+b", "trace", "layout", "json", "svg")


def stages(program: Program) -> tuple[dict[str, float], Graph]:
    """build's stages, each timed; then the JSON and the SVG, made as the web layer makes them."""
    source, values = program.source(), program.inputs
    gc.collect()
    parser._parse_cached.cache_clear()  # time a cold parse: small programs are cached
    with gc_paused():
        laps = Laps()
        parsed = parser.parse(source)
        laps.lap("parse")
        lowering = Lowering(source, dict(values), SETTINGS)
        lowering.positions = parsed.positions
        output = lowering.run(parsed.module)
        nodes = lowering.nodes
        laps.lap("lower")
        fwd = forward(nodes, SETTINGS)
        back = backward(nodes, fwd.values, output, SETTINGS)
        laps.lap("f+b")
        for node, value, grad in zip(nodes, fwd.values, back.grads, strict=True):
            node.value, node.grad = value, grad
        graph = Graph(source=source, nodes=nodes, output=output,
                      options={"digits": 2, "expand": []})
        laps.restart()
        numbers = Numbers(2)  # as build() does: the trace and the layout share the texts
        graph.steps = trace(nodes, fwd.values, output, back, 2, numbers=numbers)
        laps.lap("trace")
        apply_layout(graph, numbers)
        laps.lap("layout")
    gc.collect()
    laps.restart()
    json.dumps(graph.to_dict(), separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    laps.lap("json")
    gc.collect()
    laps.restart()
    graph.to_svg()
    laps.lap("svg")
    return laps.times, graph


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The least wall-clock time of `repeat` calls (seconds), after a full collection each."""
    times, result = [], None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def build(program: Program) -> Graph:
    parser._parse_cached.cache_clear()
    return cgviz.build(program.source(), program.inputs, settings=SETTINGS)


# ---- micrograd on the same equations (bench/in_micrograd.py) ------------------------------

def micrograd_time(program: Program, repeat: int, paused: bool) -> tuple[float | None, Any]:
    leaves, code = micrograd_code(program)
    try:
        if paused:
            with gc_paused():
                return best(lambda: micrograd_run(leaves, code), repeat)
        return best(lambda: micrograd_run(leaves, code), repeat)
    except RecursionError:
        return None, None


# ---- output --------------------------------------------------------------------------------

def ms(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    v = seconds * 1e3
    return f"{v:.0f}" if v >= 100 else f"{v:.1f}" if v >= 10 else f"{v:.2f}" if v >= 1 \
        else f"{v:.3f}"


def table(headers: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(headers) + " |",
                 "|" + "|".join(["---"] + ["---:"] * (len(headers) - 1)) + "|"]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])
    widths = [max(len(h), *(len(r[k]) for r in rows)) for k, h in enumerate(headers)]
    lines = ["  ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True))]
    lines += ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines)


def machine() -> list[str]:
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")),
                       cpu)
    except OSError:
        pass
    try:
        mg = importlib.metadata.version("micrograd")
    except importlib.metadata.PackageNotFoundError:
        mg = "not installed"
    return [f"machine: {platform.platform()}, {cpu or 'unknown CPU'}",
            f"Python {platform.python_version()} ({platform.python_implementation()}), "
            f"NumPy {np.__version__}, cgviz {cgviz.__version__}, micrograd {mg}, "
            f"recursion limit {sys.getrecursionlimit()}"]


def profile(spec: str) -> None:
    shape, _, n = spec.partition(":")
    program = SHAPES[shape](int(n))
    profiler = cProfile.Profile()
    profiler.runcall(build, program)
    stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
    print(f"cProfile of cgviz.build on {shape} {program.size} (times inflated by profiling)")
    stats.sort_stats("cumulative").print_stats(25)
    stats.sort_stats("tottime").print_stats(20)


# ---- main ----------------------------------------------------------------------------------

class Result(NamedTuple):
    shape: str
    nodes: int
    depth: int
    stages: dict[str, float]  # seconds, best of the repeats
    build: float
    micrograd: float | None  # None: RecursionError (or micrograd not installed)
    micrograd_gc_off: float | None
    checked: bool  # values and gradients compared with micrograd's

    @property
    def per_node(self) -> float:  # µs
        return self.build / self.nodes * 1e6


def measure(shape: str, n: int, repeat: int, with_micrograd: bool) -> Result:
    """One size of one shape; every graph it makes is garbage when it returns."""
    program = SHAPES[shape](n)
    runs = [stages(program)[0] for _ in range(repeat)]  # keep no graph alive
    t = {s: min(r[s] for r in runs) for s in STAGES}
    t_build, graph = best(lambda: build(program), repeat)
    assert len(graph.nodes) == program.size, (len(graph.nodes), program.size)
    t_mg = t_mg_off = None
    checked = False
    if with_micrograd:
        t_mg, env = micrograd_time(program, repeat, paused=False)
        t_mg_off, _ = micrograd_time(program, repeat, paused=True)
        if env is not None and program.size <= 1000:
            check_gradients(graph, program, env)
            checked = True
    return Result(shape, program.size, program.depth(), t, t_build, t_mg, t_mg_off, checked)


def stage_rows(results: list[Result]) -> list[list[str]]:
    return [[r.shape, f"{r.nodes:,}", f"{r.depth:,}", *(ms(r.stages[s]) for s in STAGES),
             ms(r.build), f"{r.per_node:.1f}"] for r in results]


def micrograd_rows(results: list[Result]) -> list[list[str]]:
    rows = []
    for r in results:
        head = [r.shape, f"{r.nodes:,}", f"{r.depth:,}"]
        ours = [ms(r.stages["f+b"]), ms(r.build)]
        if r.micrograd is None:
            rows.append(head + ["fails (RecursionError)", "—", *ours, "—", "—"])
        else:
            rows.append(head + [ms(r.micrograd), ms(r.micrograd_gc_off), *ours,
                                f"{r.build / r.micrograd:.1f}×",
                                f"{r.stages['f+b'] / r.micrograd:.1f}×"])
    return rows


def targets(results: list[Result]) -> list[str]:
    """The issue's two targets, read off this run."""
    lines = []
    ran = [r for r in results if r.micrograd is not None]
    if ran:
        ratios = [r.build / r.micrograd for r in ran]  # type: ignore[operator]
        worst = ran[ratios.index(max(ratios))]
        lines.append(f"whole build ≤ 2× micrograd f+b wherever micrograd runs: "
                     f"{'met' if max(ratios) <= 2 else 'NOT met'} (build / micrograd "
                     f"{min(ratios):.1f}× to {max(ratios):.1f}×, worst {worst.shape} "
                     f"{worst.nodes:,})")
    for shape in dict.fromkeys(r.shape for r in results):
        band = [r.per_node for r in results if r.shape == shape and 1000 <= r.nodes <= 100_000]
        if len(band) > 1:
            spread = max(band) / min(band)
            lines.append(f"per-node cost within 2× from 1,000 to 100,000 nodes ({shape}): "
                         f"{'met' if spread <= 2 else 'NOT met'} ({min(band):.1f} to "
                         f"{max(band):.1f} µs/node, {spread:.2f}×)")
    return lines


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10,100,1000,10000,100000",
                    help="graph sizes in nodes, comma-separated (default: %(default)s)")
    ap.add_argument("--shapes", default="chain,wide", help="default: %(default)s")
    ap.add_argument("--repeat", type=int, default=None,
                    help="best of N runs (default: 3, and 1 from 100,000 nodes)")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    ap.add_argument("--profile", metavar="SHAPE:N",
                    help="instead of the tables, cProfile one build (e.g. chain:10000)")
    args = ap.parse_args(argv)
    began = time.perf_counter()
    print("\n".join(machine()) + "\n")
    if args.profile:
        profile(args.profile)
        return
    sizes = [int(s) for s in args.sizes.replace("_", "").split(",")]
    if min(sizes) < 2:
        ap.error("--sizes: a circuit needs at least 2 nodes (an input and a gate)")
    try:
        import micrograd.engine  # noqa: F401
        with_micrograd = True
    except ImportError:
        with_micrograd = False

    results = []
    for shape in args.shapes.split(","):
        for n in sizes:
            repeat = args.repeat or (3 if n < 100_000 else 1)
            t = time.perf_counter()
            results.append(measure(shape, n, repeat, with_micrograd))
            print(f"{shape} {n:,}: best of {repeat}, {time.perf_counter() - t:.1f} s",
                  file=sys.stderr)

    print("cgviz, stage by stage (ms, best of repeats; µs/node is the whole build's)\n")
    print(table(["shape", "nodes", "depth", "parse", "lower", "forward+backward", "trace",
                 "layout", "to_dict+json", "SVG", "build", "µs/node"],
                stage_rows(results), args.markdown))
    if with_micrograd:
        print("\ncgviz against micrograd on the same scalar circuits (ms, best of repeats; "
              "ratios over micrograd with the collector on, as its users run it)\n")
        print(table(["shape", "nodes", "depth", "micrograd f+b", "micrograd f+b, gc off",
                     "cgviz f+b", "cgviz build", "build / micrograd", "f+b / micrograd"],
                    micrograd_rows(results), args.markdown))
        limit = micrograd_failing_depth()
        print(f"\nmicrograd's backward() raises RecursionError from depth {limit:,} (a chain "
              f"of {limit:,} gates; recursion limit {sys.getrecursionlimit()}).", end="")
        if any(r.checked for r in results):
            print(" Values and gradients equal micrograd's (1e-9 relative) at every size up to "
                  "1,000 it runs.", end="")
        print()
    else:
        print("\nmicrograd is not installed (pip install micrograd): comparison skipped")
    print("\ntargets:\n" + "\n".join(f"- {line}" for line in targets(results)))
    print(f"\ntotal time: {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
