"""Every build runs in a worker process with an operating-system memory limit and a deadline.

Why processes (docs/serving.md): a program's cost is known only by running it. In the server's
own process a heavy program holds the GIL and every other request waits behind it, and no
Python check can stop NumPy inside one huge call or give back the memory it took. A worker
process gets all three for free from the kernel: its own CPU time slice, `RLIMIT_AS` (an
allocation past it is a `MemoryError`, not a dead machine) and SIGKILL (a hard deadline that
holds in every phase — parse, evaluation, layout, drawing, serialising).

    sandbox = Sandbox(settings)
    body = sandbox.run(graph_json, source, values, options, settings)   # blocks this thread

Inside the worker a timer raises `Overtime` at `max_eval_seconds` (a clean 400 `limit` that
names the limit); the parent kills the worker a little later if even that did not stop it,
and answers the same 400. A worker that ran long gives way to light requests: after
`_NICE_AFTER` seconds it lowers its own priority (it cannot raise it again, so it retires
after the job). A worker whose memory grew, or that hit its memory limit, retires too, so the
memory is the kernel's again. Workers are forked from a preloaded server process
(multiprocessing's forkserver, ~5 ms each), started as requests need them, up to
`build_processes` at once, and after a burst all but `_KEEP_IDLE` exit; a request that finds
them all busy waits, and past `max_eval_seconds` of waiting is told the server is busy (503).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
import types
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool

from ..errors import CircuitError, RequestError
from ..i18n import current, speaking
from ..settings import Settings
from .compute import CoreBug

log = logging.getLogger("cgviz.web")
T = TypeVar("T")

_NICE_AFTER = 0.25  # seconds of one build before its worker yields to lighter ones
_GREW_MB = 64  # a worker whose resident memory grew more than this during a job retires
_GRACE = 0.25  # the parent kills a worker this long (and a quarter of the budget) past it
_POLL = 0.005  # seconds between two looks for a free worker while every one is busy
_KEEP_IDLE = 2  # workers kept waiting after a burst; the others exit, their memory freed
_PRELOAD = ["cgviz.web.compute", "cgviz.web.view", "cgviz.web.teach", "cgviz.descent"]


class Busy(Exception):
    """Every worker stayed busy for the whole wait (→ 503, try again)."""


class Overtime(BaseException):
    """Raised by the worker's timer; a BaseException so no `except Exception` swallows it."""


# ---- the worker process ---------------------------------------------------------------------


def _resident_mb(pid: int | str = "self") -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0  # it has just exited


def tree_resident_mb(pid: int) -> float:
    """The resident memory of a process and every process under it: a server, its fork server
    and its build workers (bench/load.py and the hostile-request tests measure it)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    # the name may hold spaces: the fields after its closing bracket are fixed
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry))
    total, stack = 0.0, [pid]
    while stack:
        p = stack.pop()
        total += _resident_mb(p)
        stack.extend(children.get(p, []))
    return total


def _worker(conn: Connection, memory_bytes: int) -> None:
    """Run jobs from `conn` until it closes or this worker retires."""
    if memory_bytes > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    state = {"niced": False, "left": 0.0, "running": False}

    def on_timer(signum: int, frame: Any) -> None:
        if not state["running"]:
            return  # a job's timer that fired as it was being disarmed
        if not state["niced"]:
            state["niced"] = True
            os.nice(10)
            signal.setitimer(signal.ITIMER_REAL, state["left"])
            return
        raise Overtime

    signal.signal(signal.SIGALRM, on_timer)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C stops the server, which stops us
    baseline = _resident_mb()
    while True:
        try:
            fn, args, kwargs, lang, seconds = conn.recv()
        except (EOFError, OSError):
            return
        reply, retire = _run_job(fn, args, kwargs, lang, seconds, memory_bytes, state)
        retire = retire or bool(state["niced"]) or _resident_mb() - baseline > _GREW_MB
        try:
            conn.send((*reply, retire))
        except (OSError, ValueError):
            return
        if retire:
            return


def _run_job(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], lang: str,
             seconds: float, memory_bytes: int, state: dict[str, Any]
             ) -> tuple[tuple[str, Any], bool]:
    first = min(_NICE_AFTER, seconds)
    state["left"] = max(seconds - first, 1e-3)
    try:
        try:
            state["running"] = True
            signal.setitimer(signal.ITIMER_REAL, first)
            with speaking(lang):
                result = fn(*args, **kwargs)
        finally:
            state["running"] = False
            signal.setitimer(signal.ITIMER_REAL, 0)
        return ("ok", result), False
    except Overtime:
        with speaking(lang):
            return ("error", _overtime(seconds)), False
    except RequestError as err:  # the program's mistake (400), an unknown node (404)
        return ("error", err), False
    except MemoryError:
        with speaking(lang):
            return ("error", _out_of_memory(memory_bytes)), True
    except CoreBug as bug:
        return ("bug", str(bug)), False
    except Exception as exc:  # noqa: BLE001 - reported to the parent as a bug, never lost
        log.exception("cgviz failed in a worker")
        return ("bug", f"cgviz failed: {type(exc).__name__}"), False


def _overtime(seconds: float) -> CircuitError:
    return CircuitError("limit", "error.limit.time", 1, 1, seconds=seconds)


def _out_of_memory(memory_bytes: int) -> CircuitError:
    return CircuitError("limit", "error.limit.memory", 1, 1, megabytes=memory_bytes // 2**20)


# ---- the parent side ------------------------------------------------------------------------

_STARTING = threading.Lock()


@contextmanager
def _no_main_module() -> Iterator[None]:
    """multiprocessing re-runs the parent's main script in every new worker (to find functions
    defined there); ours are all in this module, and a script that starts a server at the top
    (no `if __name__ == "__main__"`) would start it again. So the workers see no main script."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main



class _Worker:
    def __init__(self, context: Any, memory_bytes: int) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, memory_bytes), daemon=True,
                                       name="cgviz-build")
        with _STARTING, _no_main_module():
            self.process.start()
        child.close()

    def kill(self) -> None:
        self.process.kill()
        self.close()

    def close(self) -> None:
        self.conn.close()
        self.process.join(timeout=1)


def _close_all(workers: list[_Worker]) -> None:
    for worker in workers:
        worker.close()


class Sandbox:
    """A bounded set of worker processes that run builds for the web layer."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.size = max(1, settings.build_processes)
        self.inline = settings.build_processes == 0  # no workers: builds run in the caller
        self._memory_bytes = settings.max_memory_mb * 2**20
        self._slots = threading.BoundedSemaphore(self.size)
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._context: Any = None
        self._closed = False
        self._admitted = 0  # requests let through to a thread (`admitted`)
        # an app dropped without its shutdown (a test's) lets its idle workers go all the same
        weakref.finalize(self, _close_all, self._idle)

    async def admitted(self, work: Callable[[], T]) -> T:
        """`work()` — which builds with `run` — in the threadpool, once a worker is free. The
        wait holds no thread: a flood of requests would otherwise fill the threadpool with
        threads waiting for a worker, and every other request would queue behind them."""
        deadline = time.monotonic() + self.settings.max_eval_seconds
        while not self._admit():
            if time.monotonic() > deadline:
                raise Busy
            await asyncio.sleep(_POLL)
        try:
            return await run_in_threadpool(work)
        finally:
            with self._lock:
                self._admitted -= 1

    def _admit(self) -> bool:
        with self._lock:
            if self._admitted >= self.size and not self.inline:
                return False
            self._admitted += 1
            return True

    def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`fn(*args, **kwargs)` in a worker, in the current language. Raises what it raised
        (`CircuitError`, `CoreBug`), `CircuitError` `limit` past the time or memory budget, or
        `Busy`. Blocks the calling thread: call it from the threadpool."""
        seconds = self.settings.max_eval_seconds
        if self.inline:
            return fn(*args, **kwargs)
        if not self._slots.acquire(timeout=seconds):
            raise Busy
        try:
            return self._run(fn, args, kwargs, seconds)
        finally:
            self._slots.release()

    def _run(self, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any],
             seconds: float) -> T:
        job = (fn, args, kwargs, current(), seconds)
        worker = self._take()
        try:
            try:
                worker.conn.send(job)
            except OSError:  # it had died while idle: the job never started, so start it anew
                worker.kill()
                worker = _Worker(self._start(), self._memory_bytes)
                worker.conn.send(job)
            if not worker.conn.poll(seconds * 1.25 + _GRACE):
                worker.kill()
                raise _overtime(seconds)
            kind, payload, retire = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            # It died without a word: the kernel killed it (memory), or a bug crashed it.
            worker.kill()
            code = worker.process.exitcode
            log.error("a cgviz build worker died (exit code %s) on %r", code, fn.__name__)
            if code == -signal.SIGKILL:
                raise _out_of_memory(self._memory_bytes) from None
            raise CoreBug("a cgviz build worker crashed") from None
        if retire:
            worker.close()
        else:
            self._give_back(worker)
        if kind == "ok":
            return payload  # type: ignore[no-any-return]
        if kind == "error":
            raise payload
        raise CoreBug(payload)

    def _take(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.process.is_alive():
                    return worker
                worker.close()
        return _Worker(self._start(), self._memory_bytes)

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            keep = not self._closed and len(self._idle) < _KEEP_IDLE
            if keep:
                self._idle.append(worker)
        if not keep:
            worker.close()

    def _start(self) -> Any:
        with self._lock:
            if self._context is None:
                # One BLAS thread per worker: the workers are the parallelism, and a build's
                # CPU is then its own process's, so the kernel shares it out fairly.
                for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
                    os.environ.setdefault(name, "1")
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(_PRELOAD)
                self._context = context
            return self._context

    def warm(self) -> None:
        """Start one worker now, so the first request does not wait for the fork server."""
        if self.inline:
            return
        worker = _Worker(self._start(), self._memory_bytes)
        self._give_back(worker)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle = self._idle[:]
            self._idle.clear()
        _close_all(idle)

    def pids(self) -> list[int]:
        """The idle workers' process ids (for tests and the load benchmark)."""
        with self._lock:
            return [w.process.pid for w in self._idle if w.process.pid is not None]
