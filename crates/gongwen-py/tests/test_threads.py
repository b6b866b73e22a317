"""Threads: several Python threads parsing at once, and the GIL released while Rust
parses (another Python thread keeps running)."""

from __future__ import annotations

import pathlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, List

import gongwen
from conftest import PARSED_FIXTURES, WORKSPACE

SEED = WORKSPACE / "fixtures/txt/seed-pingyin-2024-4.txt"


def test_several_threads_parse_at_once() -> None:
    expected = {p: gongwen.parse(p) for p in PARSED_FIXTURES}
    expected_json = {p: gongwen.parse_json(p) for p in PARSED_FIXTURES}
    work = PARSED_FIXTURES * 6

    def one(path: str) -> bool:
        return gongwen.parse(path) == expected[path] and gongwen.parse_json(path) == expected_json[path]

    with ThreadPoolExecutor(max_workers=6) as pool:
        assert all(pool.map(one, work))
        # Batches started from several threads at once, too.
        batches = list(pool.map(lambda _: list(gongwen.parse_many(PARSED_FIXTURES, jobs=2)), range(4)))
    for batch in batches:
        assert [p for p, _ in batch] == PARSED_FIXTURES
        assert all(doc == expected[p] for p, doc in batch)


class Spinner:
    """A Python thread that needs the GIL for every step, recording when it ran."""

    def __init__(self) -> None:
        self.ticks: List[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._spin, daemon=True)

    def _spin(self) -> None:
        while not self._stop.is_set():
            self.ticks.append(time.perf_counter())

    def __enter__(self) -> "Spinner":
        self._thread.start()
        while not self.ticks:
            time.sleep(0.001)
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def ticks_during(self, call: Callable[[], object]) -> tuple:
        start = time.perf_counter()
        call()
        end = time.perf_counter()
        # The middle third of the call: Python hands the GIL over between bytecodes
        # anyway (every 5 ms, around the native call), so only a call that lets the GIL
        # go lets the spinner step in its middle.
        third = (end - start) / 3
        inside = [t for t in self.ticks if start + third < t < end - third]
        return end - start, len(inside)


def big_notice(tmp_path: pathlib.Path) -> pathlib.Path:
    """A notice 40 times the seed (1.2 MB, 2,320 tasks): a parse of tens of ms."""
    path = tmp_path / "big.txt"
    path.write_bytes(SEED.read_bytes() * 40)
    return path


# 32 MiB of XML spaces: a parse of tens of ms that yields an almost empty document, so
# that building the Python objects (which needs the GIL) takes no time.
SLOW_SMALL = "fixtures/bad/zip-bomb.docx"


def test_the_gil_is_released_while_one_document_parses(tmp_path: pathlib.Path) -> None:
    path = big_notice(tmp_path)
    data = path.read_bytes()
    with Spinner() as spinner:
        for call in (
            lambda: gongwen.parse_json(path),
            lambda: gongwen.parse_json(data),
            lambda: gongwen.parse(SLOW_SMALL),
        ):
            took, ticks = spinner.ticks_during(call)
            assert took > 0.02
            # Held, the GIL would stop the spinner for the whole call (0 ticks).
            assert ticks > 100, (took, ticks)


def test_a_python_thread_runs_while_a_batch_parses() -> None:
    batch = gongwen.parse_many([SLOW_SMALL] * 3 + PARSED_FIXTURES, jobs=1)
    with Spinner() as spinner:
        # The first result waits for a slow parse, with the GIL released.
        took, ticks = spinner.ticks_during(lambda: next(batch))
        assert took > 0.02
        assert ticks > 100, (took, ticks)
        rest = list(batch)
    assert len(rest) == 2 + len(PARSED_FIXTURES)
