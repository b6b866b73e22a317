"""The fork guard: a process forked while a batch runs (Spark and multiprocessing fork
their workers) must not hang, and gongwen works in it."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import time
import warnings

import pytest

import gongwen
from conftest import PARSED_FIXTURES

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

DEADLINE = 120  # seconds; a hang fails the test instead of stalling the run


def wait_or_kill(pid: int) -> int:
    """The child's exit status, or a failure if it has not exited by the deadline."""
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode") else status >> 8
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    pytest.fail(f"the forked child hung for {DEADLINE} s")


def child_checks(inherited, expected_tasks: int) -> int:
    """Run in the child: returns a bit per failed check (0: all passed)."""
    failed = 0
    try:
        next(inherited)
        failed |= 1
    except RuntimeError as e:
        if "fork" not in str(e):
            failed |= 1
    except BaseException:
        failed |= 1
    try:
        if len(gongwen.parse(PARSED_FIXTURES[0])["tasks"]) != expected_tasks:
            failed |= 2
        results = list(gongwen.parse_many(PARSED_FIXTURES, jobs=2))
        if [p for p, _ in results] != PARSED_FIXTURES or not all(isinstance(d, dict) for _, d in results):
            failed |= 4
        if len(gongwen.tasks(PARSED_FIXTURES[:5], jobs=2)) == 0:
            failed |= 8
    except BaseException:
        failed |= 16
    # Dropping the inherited iterator must not wait for threads that are not here.
    del inherited
    gc.collect()
    return failed


def test_os_fork_during_a_batch() -> None:
    expected_tasks = len(gongwen.parse(PARSED_FIXTURES[0])["tasks"])
    batch = gongwen.parse_many(PARSED_FIXTURES * 20, jobs=2)
    next(batch)  # the pool is up and files are in flight
    with warnings.catch_warnings():
        # Python 3.12+ warns that forking a threaded process may deadlock: that is the
        # very case under test.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            code = child_checks(batch, expected_tasks)
        finally:
            os._exit(code)
    assert wait_or_kill(pid) == 0
    # The parent's batch is unharmed.
    assert len(list(batch)) == len(PARSED_FIXTURES) * 20 - 1


def count_tasks(path: str) -> int:
    return len(gongwen.parse(path)["tasks"])


def batch_in_worker(paths: list) -> list:
    return [p for p, _ in gongwen.parse_many(paths, jobs=2)]


def test_multiprocessing_fork_workers_during_a_batch() -> None:
    expected = [count_tasks(p) for p in PARSED_FIXTURES]
    batch = gongwen.parse_many(PARSED_FIXTURES * 20, jobs=2)
    next(batch)
    context = multiprocessing.get_context("fork")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with context.Pool(2) as pool:
            counts = pool.map_async(count_tasks, PARSED_FIXTURES).get(timeout=DEADLINE)
            orders = pool.map_async(batch_in_worker, [PARSED_FIXTURES] * 2).get(timeout=DEADLINE)
    assert counts == expected
    assert orders == [PARSED_FIXTURES] * 2
    assert len(list(batch)) == len(PARSED_FIXTURES) * 20 - 1
