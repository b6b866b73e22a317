"""tasks / tasks_frame / tasks_arrow: the rows of the CLI's tasks CSV."""

from __future__ import annotations

import csv
import io
import sys

import pytest

import gongwen
from conftest import PARSED_FIXTURES, run_cli

FILES = sorted(PARSED_FIXTURES)


def cell(value: object) -> str:
    """A row value as the CSV writes it."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


@pytest.fixture(scope="module")
def cli_rows(cli: str) -> list:
    out = run_cli(cli, "tasks", *FILES)
    assert out.returncode == 0, out.stderr.decode()
    text = out.stdout.decode("utf-8")
    assert text.startswith("\ufeff")
    reader = csv.reader(io.StringIO(text[1:], newline=""))
    header = next(reader)
    assert tuple(header) == gongwen.TASK_COLUMNS
    return list(reader)


def test_the_rows_are_the_clis_csv(cli_rows: list) -> None:
    rows = gongwen.tasks(FILES, jobs=2)
    assert len(rows) == len(cli_rows)
    assert len(rows) > 250
    for row, expected in zip(rows, cli_rows):
        assert tuple(row) == gongwen.TASK_COLUMNS
        assert [cell(v) for v in row.values()] == expected


def test_typed_values_of_the_seed() -> None:
    rows = gongwen.tasks(["fixtures/docx/seed-pingyin-2024-4.docx"])
    assert len(rows) == 58
    first = rows[0]
    assert first["file"] == "fixtures/docx/seed-pingyin-2024-4.docx"
    assert first["doc_number"] == "平政办字〔2024〕4号"
    assert first["date"] == "2024-06-28"
    assert first["seq"] == 1
    assert first["units"] == "县发改局/县投促局/县商务事业发展中心/县生态环境局"
    assert first["units_open"] is True
    assert first["units_inherited"] is False
    assert first["deadline_date"] == "2024-12-31"
    assert first["deadline_inherited"] is False
    assert first["title"] is None
    assert first["attachment"] == 1
    assert [r["seq"] for r in rows] == list(range(1, 59))


def test_documents_give_the_same_rows_as_paths() -> None:
    paths = ["fixtures/txt/seed-pingyin-2024-4.txt", "fixtures/txt/xiajin-2023-business-env-tasks.txt"]
    docs = [gongwen.parse(p) for p in paths]
    assert gongwen.tasks(docs) == gongwen.tasks(paths)
    # Mixed, in input order.
    mixed = gongwen.tasks([docs[1], paths[0]])
    assert mixed == gongwen.tasks([paths[1]]) + gongwen.tasks([paths[0]])
    # A document from bytes has no file.
    from_bytes = gongwen.parse(open(paths[0], "rb").read())
    assert {r["file"] for r in gongwen.tasks([from_bytes])} == {None}


def test_not_a_document() -> None:
    with pytest.raises(ValueError, match="not a gongwen document"):
        gongwen.tasks([{"title": "x"}])
    with pytest.raises(TypeError, match="not a single one"):
        gongwen.tasks("fixtures/txt/seed-pingyin-2024-4.txt")


def test_errors_raise_or_skip() -> None:
    paths = ["fixtures/txt/seed-pingyin-2024-4.txt", "fixtures/bad/truncated.docx"]
    with pytest.raises(gongwen.CorruptFileError) as caught:
        gongwen.tasks(paths)
    assert caught.value.path == "fixtures/bad/truncated.docx"
    assert len(gongwen.tasks(paths, errors="skip")) == 58
    with pytest.raises(ValueError, match='errors must be "raise" or "skip"'):
        gongwen.tasks(paths, errors="ignore")


def test_tasks_frame() -> None:
    pandas = pytest.importorskip("pandas")
    frame = gongwen.tasks_frame(FILES[:12])
    rows = gongwen.tasks(FILES[:12])
    assert isinstance(frame, pandas.DataFrame)
    assert tuple(frame.columns) == gongwen.TASK_COLUMNS
    assert len(frame) == len(rows) > 0
    assert str(frame["seq"].dtype) == "Int64"
    assert str(frame["attachment"].dtype) == "Int64"
    assert frame["units_open"].dtype == bool
    assert str(frame["deadline_inherited"].dtype) == "boolean"
    assert frame["units"].tolist() == [r["units"] for r in rows]
    seqs = [r["seq"] for r in rows]
    assert [None if pandas.isna(v) else int(v) for v in frame["seq"]] == seqs


def test_tasks_arrow() -> None:
    pyarrow = pytest.importorskip("pyarrow")
    table = gongwen.tasks_arrow(FILES[:12])
    rows = gongwen.tasks(FILES[:12])
    assert isinstance(table, pyarrow.Table)
    assert table.schema == gongwen.task_arrow_schema()
    assert table.schema.field("seq").type == pyarrow.int64()
    assert table.schema.field("units_open").type == pyarrow.bool_()
    assert table.schema.field("date").type == pyarrow.string()
    assert table.to_pylist() == rows


def test_a_missing_package_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match="tasks_frame needs pandas: pip install pandas"):
        gongwen.tasks_frame(FILES[:1])
    with pytest.raises(ImportError, match="tasks_arrow needs pyarrow: pip install pyarrow"):
        gongwen.tasks_arrow(FILES[:1])
