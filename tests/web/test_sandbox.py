"""Builds run in worker processes (web/sandbox.py): the deadline holds in every phase, even in
C code that never looks at a clock; memory past the limit is a `limit` error and goes back to
the kernel; a heavy build does not hold up a light one."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from sandbox_jobs import allocate, count_in_c, fail, mistake, sleep_then_answer

from cgviz.errors import CircuitError
from cgviz.i18n import speaking
from cgviz.settings import Settings
from cgviz.web.compute import CoreBug
from cgviz.web.sandbox import Busy, Sandbox


def resident_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        line = next(ln for ln in f if ln.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


@pytest.fixture
def sandbox() -> Sandbox:
    box = Sandbox(Settings(max_eval_seconds=1.0, max_memory_mb=512, build_processes=2))
    box.warm()
    yield box
    box.close()


def test_a_worker_answers_and_sends_mistakes_back_as_they_are(sandbox: Sandbox) -> None:
    assert sandbox.run(sleep_then_answer, 0) == "done"
    with speaking("ru"), pytest.raises(CircuitError) as err:
        sandbox.run(mistake)
    assert (err.value.kind, err.value.line, err.value.column) == ("name", 3, 5)
    assert "exq" in err.value.message and "функц" in err.value.message  # the caller's language


def test_the_deadline_stops_python_code_with_a_limit_error(sandbox: Sandbox) -> None:
    start = time.perf_counter()
    with pytest.raises(CircuitError) as err:
        sandbox.run(sleep_then_answer, 30)
    took = time.perf_counter() - start
    assert err.value.kind == "limit" and "max_eval_seconds" in err.value.message
    assert 0.9 < took < 1.5


def test_the_deadline_stops_a_long_c_call_by_killing_its_worker(sandbox: Sandbox) -> None:
    start = time.perf_counter()
    with pytest.raises(CircuitError) as err:
        sandbox.run(count_in_c, 10**12)
    took = time.perf_counter() - start
    assert err.value.kind == "limit" and "max_eval_seconds" in err.value.message
    assert took < 1.5 * 1.0 + 0.3  # killed at 1.25 × the budget + 0.25 s
    assert sandbox.run(sleep_then_answer, 0) == "done"  # a new worker took its place


def test_memory_past_the_limit_is_a_limit_error_and_goes_back(sandbox: Sandbox) -> None:
    assert sandbox.run(allocate, 100) == 100 * 2**20 // 8
    with pytest.raises(CircuitError) as err:
        sandbox.run(allocate, 2048)
    assert err.value.kind == "limit" and "max_memory_mb" in err.value.message
    assert "512" in err.value.message
    for pid in sandbox.pids():  # the worker that hit the limit retired; the others are small
        assert resident_mb(pid) < 200


def test_a_bug_in_a_worker_is_a_core_bug(sandbox: Sandbox) -> None:
    with pytest.raises(CoreBug):
        sandbox.run(fail)
    assert sandbox.run(sleep_then_answer, 0) == "done"


def test_a_heavy_build_does_not_hold_up_a_light_one(sandbox: Sandbox) -> None:
    heavy = threading.Thread(target=lambda: pytest.raises(CircuitError, sandbox.run,
                                                          count_in_c, 10**12))
    heavy.start()
    time.sleep(0.1)
    start = time.perf_counter()
    assert sandbox.run(sleep_then_answer, 0) == "done"
    assert time.perf_counter() - start < 0.5
    heavy.join()


def test_when_every_worker_stays_busy_a_request_is_told_so() -> None:
    box = Sandbox(Settings(max_eval_seconds=0.5, build_processes=1))
    try:
        # killed only at 0.875 s (1.25 × 0.5 + 0.25); the second request waits 0.5 s
        heavy = threading.Thread(target=lambda: pytest.raises(CircuitError, box.run,
                                                              count_in_c, 10**12))
        heavy.start()
        time.sleep(0.1)
        with pytest.raises(Busy):
            box.run(sleep_then_answer, 0)
        heavy.join()
        assert box.run(sleep_then_answer, 0) == "done"
    finally:
        box.close()


def test_a_worker_that_died_while_idle_is_replaced_without_losing_the_job(
        sandbox: Sandbox) -> None:
    for pid in sandbox.pids():
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.1)
    assert sandbox.run(sleep_then_answer, 0) == "done"


def test_requests_waiting_for_a_worker_hold_no_thread() -> None:
    # 40 requests for one worker: they wait in the event loop, not in 40 threads (the
    # threadpool's size), so the threadpool stays free for everyone else
    import asyncio

    box = Sandbox(Settings(max_eval_seconds=5.0, build_processes=1))
    box.warm()
    running = []

    async def many() -> list[str]:
        async def one() -> str:
            def work() -> str:
                running.append(threading.active_count())
                return box.run(sleep_then_answer, 0.01)
            return await box.admitted(work)
        return await asyncio.gather(*(one() for _ in range(40)))

    answers: list[list[str]] = []
    # in a thread of its own: the browser tests may leave an event loop running in this one
    runner = threading.Thread(target=lambda: answers.append(asyncio.run(many())))
    try:
        runner.start()
        runner.join(60)
    finally:
        box.close()
    assert answers == [["done"] * 40]
    assert max(running) - min(running) <= 2  # one thread at a time did the work
