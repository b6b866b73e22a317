"""examples/spark_tasks.py on local[2] over the fixtures: the same tasks as the CLI."""

from __future__ import annotations

import csv
import io
import os
import pathlib
import shutil
import subprocess
import sys
import time

import pytest

from conftest import PARSED_FIXTURES, WORKSPACE, run_cli

EXAMPLE = WORKSPACE / "crates/gongwen-py/examples/spark_tasks.py"


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@pytest.fixture(scope="module")
def spark_ready() -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed")
    pytest.importorskip("pyarrow", reason="pyarrow is not installed")
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        pytest.skip("no Java for Spark")


def test_the_spark_example_writes_the_clis_tasks(
    spark_ready: None, cli: str, tmp_path: pathlib.Path
) -> None:
    import pyarrow.parquet

    source = tmp_path / "notices"
    for path in PARSED_FIXTURES + ["fixtures/bad/truncated.docx"]:
        target = source / pathlib.Path(path).relative_to("fixtures")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(WORKSPACE / path, target)
    (source / "txt" / "README.md").write_text("not a notice", encoding="utf-8")
    output = tmp_path / "out"

    start = time.monotonic()
    run = subprocess.run(
        [sys.executable, str(EXAMPLE), str(source), str(output), "--master", "local[2]"],
        capture_output=True,
        timeout=900,
    )
    took = time.monotonic() - start
    assert run.returncode == 0, run.stderr.decode()[-3000:]
    summary = run.stdout.decode().strip().splitlines()[-1]
    print(f"\nspark_tasks.py on local[2]: {took:.1f} s in all; {summary}")

    # The CLI over the same folder (it exits 1: one file failed).
    out = run_cli(cli, "tasks", str(source))
    assert out.returncode == 1
    text = out.stdout.decode("utf-8")
    reader = csv.reader(io.StringIO(text[1:], newline=""))
    header = next(reader)
    expected = sorted(
        [str(pathlib.Path(r[0]).relative_to(source))] + r[1:] for r in reader
    )

    table = pyarrow.parquet.read_table(output / "tasks")
    assert table.column_names == header
    rows = []
    for row in table.to_pylist():
        file = row["file"]
        assert file.startswith("file:")
        relative = str(pathlib.Path(file[len("file:"):]).relative_to(source))
        rows.append([relative] + [cell(row[c]) for c in header[1:]])
    rows.sort()
    assert len(rows) == len(expected) > 250
    assert rows == expected
    seed = [r for r in rows if r[0] == "docx/seed-pingyin-2024-4.docx"]
    assert len(seed) == 58
    assert seed[0][1] == "平政办字〔2024〕4号"

    errors = pyarrow.parquet.read_table(output / "errors").to_pylist()
    assert len(errors) == 1
    assert errors[0]["file"].endswith("/bad/truncated.docx")
    assert errors[0]["error_code"] == "corrupt_zip"
    assert errors[0]["error"].startswith("truncated or corrupt zip archive")
    assert summary.startswith(f"{len(PARSED_FIXTURES) + 1} files, {len(rows)} tasks, 1 failed")
