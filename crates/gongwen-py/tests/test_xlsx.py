"""tasks_xlsx: the workbook of `gongwen tasks --xlsx`, read back with openpyxl and compared
with the rows of gongwen.tasks."""

from __future__ import annotations

import datetime
import os
import pathlib

import pytest

import gongwen
from conftest import PARSED_FIXTURES
from test_threads import SLOW_SMALL, Spinner

openpyxl = pytest.importorskip("openpyxl")

FAILED = "fixtures/bad/truncated.docx"
SKIPPED = "fixtures/bad/pdf-named.docx"
# The format read, by the fixtures' names (their content agrees).
FORMATS = {".txt": "txt", ".docx": "docx", ".doc": "doc", ".wps": "doc", ".html": "html"}


def cell(value: object) -> object:
    """A cell as gongwen.tasks gives the value: dates as YYYY-MM-DD, nothing as None."""
    if isinstance(value, datetime.datetime):
        assert value.time() == datetime.time(0, 0), value
        return value.date().isoformat()
    return value


def expected(value: object) -> object:
    """A task-row value as the workbook holds it: an empty text is an empty cell."""
    return None if value == "" else value


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    out = tmp_path_factory.mktemp("xlsx") / "任务台账.xlsx"
    inputs = PARSED_FIXTURES + [FAILED, SKIPPED]
    summary = gongwen.tasks_xlsx(inputs, out, jobs=2)
    return out, inputs, summary


def test_the_tasks_sheet_holds_the_rows_of_tasks(written: tuple) -> None:
    out, inputs, summary = written
    rows = gongwen.tasks(PARSED_FIXTURES, jobs=2)
    assert len(rows) > 250
    assert summary == {
        "files": len(inputs),
        "tasks": len(rows),
        "tasks_left_out": 0,
        "files_left_out": 0,
        "cells_cut": 0,
    }
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["任务", "文件"]
    sheet = book["任务"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:W{len(rows) + 1}"
    table = list(sheet.iter_rows(values_only=True))
    header, body = table[0], table[1:]
    assert header[:3] == ("文件", "文号", "发文机关")
    assert header[len(gongwen.TASK_COLUMNS)] == "复核"
    assert len(body) == len(rows)
    for got, row in zip(body, rows):
        for i, name in enumerate(gongwen.TASK_COLUMNS):
            assert cell(got[i]) == expected(row[name]), (name, got, row)
    # Typed cells, not text: numbers, booleans and dates as such.
    seed = next(r for r in body if r[0] == "fixtures/txt/seed-pingyin-2024-4.txt")
    col = {name: i for i, name in enumerate(gongwen.TASK_COLUMNS)}
    assert seed[col["seq"]] == 1
    assert seed[col["units_open"]] is True
    assert seed[col["deadline_date"]] == datetime.datetime(2024, 12, 31)
    assert seed[col["deadline_raw"]] == "2024年12月底前"
    # The rows whose deadline was copied from the row above say so in 复核.
    review = len(gongwen.TASK_COLUMNS)
    inherited = [r for r in rows if r["deadline_inherited"]]
    marked = [r for r in body if r[col["deadline_inherited"]] is True]
    assert len(marked) == len(inherited) > 0
    assert all("完成时限沿用上一行" in (r[review] or "") for r in marked)


def test_the_files_sheet_lists_every_input(written: tuple) -> None:
    out, inputs, _ = written
    sheet = openpyxl.load_workbook(out)["文件"]
    table = list(sheet.iter_rows(values_only=True))
    assert table[0][:3] == ("文件", "状态", "格式")
    body = table[1:]
    assert len(body) == len(inputs)
    counts = {}
    for row in gongwen.tasks(PARSED_FIXTURES):
        counts[row["file"]] = counts.get(row["file"], 0) + 1
    for got, path in zip(body, inputs):
        # The path is a link (a HYPERLINK formula) showing the path as given.
        assert os.path.basename(path) in str(got[0]), (got, path)
        if path == FAILED:
            assert got[1:3] == ("失败", None)
            assert "truncated or corrupt zip archive" in got[10]
        elif path == SKIPPED:
            assert got[1:3] == ("已跳过", "pdf")
            assert got[10].startswith("PDF (the file is named .docx) is not supported yet")
        else:
            assert got[1] == "已读取", got
            assert got[2] == FORMATS[pathlib.Path(path).suffix], got
            assert got[8] == counts.get(path, 0), got


def test_output_errors_raise_and_leave_no_file(tmp_path: pathlib.Path) -> None:
    inputs = ["fixtures/txt/seed-pingyin-2024-4.txt"]
    missing = tmp_path / "no" / "such" / "folder" / "a.xlsx"
    with pytest.raises(FileNotFoundError) as caught:
        gongwen.tasks_xlsx(inputs, missing)
    assert caught.value.filename == str(missing)
    assert "cannot write the workbook" in str(caught.value)
    # The workbook never replaces an input.
    copy = tmp_path / "notice.txt"
    copy.write_bytes(pathlib.Path(inputs[0]).read_bytes())
    with pytest.raises(ValueError, match="refusing to write the workbook over an input"):
        gongwen.tasks_xlsx([copy], copy)
    assert copy.read_bytes() == pathlib.Path(inputs[0]).read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notice.txt"]
    with pytest.raises(TypeError, match="not a single path"):
        gongwen.tasks_xlsx(inputs[0], tmp_path / "a.xlsx")
    with pytest.raises(ValueError, match="jobs must be"):
        gongwen.tasks_xlsx(inputs, tmp_path / "a.xlsx", jobs=-1)


def test_the_gil_is_released_while_the_workbook_is_written(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "slow.xlsx"
    with Spinner() as spinner:
        took, ticks = spinner.ticks_during(
            lambda: gongwen.tasks_xlsx([SLOW_SMALL] * 3, out, jobs=1)
        )
    assert took > 0.02
    # Held, the GIL would stop the spinner for the whole call (0 ticks).
    assert ticks > 100, (took, ticks)
    assert openpyxl.load_workbook(out)["文件"].max_row == 4
