"""parse_many: input order, errors as items, thread count, early stop."""

from __future__ import annotations

import os
import pathlib
import sys
import time

import pytest

import gongwen
from conftest import PARSED_FIXTURES

BAD = ["fixtures/bad/empty.txt", "fixtures/bad/truncated.docx", "fixtures/no/such/file.txt"]


def test_results_come_in_input_order_with_errors_as_items() -> None:
    paths = [PARSED_FIXTURES[0], BAD[0], *PARSED_FIXTURES[1:5], BAD[1], BAD[2], PARSED_FIXTURES[5]]
    results = list(gongwen.parse_many(paths, jobs=2))
    assert [p for p, _ in results] == paths
    for path, result in results:
        if path in BAD:
            assert isinstance(result, gongwen.GongwenError)
            assert result.path == path
        else:
            assert result == gongwen.parse(path)
    codes = [r.code for p, r in results if p in BAD]
    assert codes == ["empty", "corrupt_zip", "io"]
    assert type(results[-2][1]) is gongwen.ReadError


def test_a_long_batch_keeps_the_order() -> None:
    """Many more inputs than threads or the in-flight window; slow and fast files mixed."""
    paths = (PARSED_FIXTURES + BAD) * 8
    seen = []
    for path, result in gongwen.parse_many(paths, jobs=2):
        if isinstance(result, dict):
            assert result["source"]["path"] == path
        seen.append(path)
    assert seen == paths


def test_pathlike_and_empty_inputs() -> None:
    paths = [pathlib.Path(p) for p in PARSED_FIXTURES[:3]]
    assert [p for p, _ in gongwen.parse_many(paths)] == PARSED_FIXTURES[:3]
    assert list(gongwen.parse_many([])) == []
    assert list(gongwen.parse_many(iter(PARSED_FIXTURES[:2])))[1][0] == PARSED_FIXTURES[1]


def test_a_single_path_is_refused() -> None:
    with pytest.raises(TypeError, match="not a single path"):
        gongwen.parse_many(PARSED_FIXTURES[0])
    with pytest.raises(TypeError, match="expected a path"):
        gongwen.parse_many([3])


def test_options_apply_to_every_file() -> None:
    paths = ["fixtures/txt/seed-pingyin-2024-4.txt", "fixtures/docx/seed-pingyin-2024-4.docx"]
    aliases = {"县发改局": "县发展和改革局"}
    for _, doc in gongwen.parse_many(paths, unit_aliases=aliases):
        assert doc["tasks"][0]["units"][0]["full_name"] == "县发展和改革局"
    results = list(gongwen.parse_many(paths, format="txt"))
    assert isinstance(results[0][1], dict)
    assert results[1][1].code == "not_text"


def test_dropping_the_iterator_early_stops_the_batch() -> None:
    paths = PARSED_FIXTURES * 20
    batch = gongwen.parse_many(paths, jobs=2)
    first = next(batch)
    assert first[0] == paths[0]
    assert batch.__length_hint__() == len(paths) - 1
    start = time.monotonic()
    del batch
    # A new batch starts at once and runs to the end.
    assert len(list(gongwen.parse_many(PARSED_FIXTURES, jobs=2))) == len(PARSED_FIXTURES)
    assert time.monotonic() - start < 60


def test_jobs_must_be_a_count() -> None:
    for bad in (-1, 1.5, "2", True):
        with pytest.raises(ValueError, match="jobs must be a whole number"):
            gongwen.parse_many(PARSED_FIXTURES, jobs=bad)


def test_gongwen_threads_must_be_a_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GONGWEN_THREADS", "many")
    with pytest.raises(ValueError, match="GONGWEN_THREADS must be a whole number"):
        gongwen.parse_many(PARSED_FIXTURES)
    with pytest.raises(ValueError, match="GONGWEN_THREADS"):
        gongwen.tasks(PARSED_FIXTURES)
    # An explicit jobs= wins over the variable.
    assert len(list(gongwen.parse_many(PARSED_FIXTURES[:2], jobs=1))) == 2


def _parse_threads() -> list:
    """Names of this process's threads that are gongwen parse workers (Linux)."""
    names = []
    for task in pathlib.Path("/proc/self/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
        except OSError:
            continue
        if name.startswith("gongwen-parse"):
            names.append(name)
    return names


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/task")
@pytest.mark.parametrize("setting, expected", [("env", 3), ("jobs", 1), ("both", 2)])
def test_the_thread_count(monkeypatch: pytest.MonkeyPatch, setting: str, expected: int) -> None:
    """jobs= when given, else GONGWEN_THREADS: the batch runs that many worker threads."""
    jobs = None
    if setting in ("env", "both"):
        monkeypatch.setenv("GONGWEN_THREADS", "3")
    if setting == "jobs":
        jobs = 1
    if setting == "both":
        jobs = 2
    batch = gongwen.parse_many(PARSED_FIXTURES * 10, jobs=jobs)
    next(batch)
    # A thread takes its name when it first runs: wait for the pool to be up.
    deadline = time.monotonic() + 10
    while len(_parse_threads()) < expected and time.monotonic() < deadline:
        time.sleep(0.01)
    threads = _parse_threads()
    assert len(list(batch)) == len(PARSED_FIXTURES) * 10 - 1
    assert sorted(threads) == [f"gongwen-parse-{i}" for i in range(expected)]


def test_the_pool_is_gone_after_the_batch() -> None:
    if not os.path.isdir("/proc/self/task"):
        pytest.skip("reads /proc/self/task")
    list(gongwen.parse_many(PARSED_FIXTURES, jobs=2))
    deadline = time.monotonic() + 10
    while _parse_threads() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _parse_threads() == []
