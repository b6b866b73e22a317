"""Every task of a folder (or bucket) of notices, parsed by gongwen on Spark, as Parquet.

    python examples/spark_tasks.py INPUT OUTPUT [--master local[2]]

Spark lists and reads the files with its ``binaryFile`` source (one row per file:
``path``, ``content``), each partition is parsed by gongwen inside ``mapInArrow`` (the
Rust parser runs in each Python worker; Spark spreads the partitions over the cores and
machines), and two Parquet datasets are written:

- ``OUTPUT/tasks``: one row per task, the columns of ``gongwen tasks``
  (``gongwen.TASK_COLUMNS``; ``file`` is the file's URI as Spark names it);
- ``OUTPUT/errors``: one row per file gongwen could not parse: ``file``, ``error_code``
  (the stable code of ``gongwen.GongwenError.code``) and ``error`` (the message).

Files are taken as ``gongwen batch`` takes them from a folder: recursively, those named
``*.txt``, ``*.docx``, ``*.doc``, ``*.wps``, ``*.dot``, ``*.wpt``, ``*.html``, ``*.htm``,
``*.shtml`` or ``*.xhtml``. Each worker parses one
file at a time on its own thread, so the parallelism is Spark's (``GONGWEN_THREADS=1`` is
set for the workers, for any batch call they might make).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Iterator

import gongwen

# Spark's names for the Arrow types of the task columns.
_SPARK_TYPES = {"string": "string", "int64": "bigint", "bool": "boolean"}
GLOB = "*.{txt,docx,doc,wps,dot,wpt,html,htm,shtml,xhtml}"


def output_schema() -> str:
    """The rows mapInArrow yields: the task columns, then the error of a failed file."""
    columns = [f"{c} {_SPARK_TYPES[gongwen.TASK_ARROW_TYPES[c]]}" for c in gongwen.TASK_COLUMNS]
    return ", ".join(columns + ["error_code string", "error string"])


def parse_partition(batches: Iterator["pyarrow.RecordBatch"]) -> Iterator["pyarrow.RecordBatch"]:  # noqa: F821
    """Runs in the Python workers: binaryFile rows in, task rows (or one error row per
    failed file) out."""
    import pyarrow

    schema = gongwen.task_arrow_schema()
    schema = schema.append(pyarrow.field("error_code", pyarrow.string()))
    schema = schema.append(pyarrow.field("error", pyarrow.string()))
    for batch in batches:
        rows = []
        paths = batch.column("path").to_pylist()
        contents = batch.column("content").to_pylist()
        for path, content in zip(paths, contents):
            try:
                # name=: the URI's extension helps detection, and it is the `file` column.
                doc = gongwen.parse(content, name=path)
            except gongwen.GongwenError as e:
                rows.append({"file": path, "error_code": e.code, "error": e.message})
                continue
            rows.extend(gongwen.tasks([doc]))
        yield pyarrow.RecordBatch.from_pylist(rows, schema=schema)


def run(spark: "pyspark.sql.SparkSession", source: str, output: str) -> dict:  # noqa: F821
    """Parses every notice under `source` and writes OUTPUT/tasks and OUTPUT/errors."""
    from pyspark.sql import functions as F

    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", GLOB)
        .load(source)
        .select("path", "content")
    )
    # Parsed once, written twice.
    parsed = files.mapInArrow(parse_partition, output_schema()).persist()
    tasks = parsed.filter(F.col("error_code").isNull()).drop("error_code", "error")
    errors = parsed.filter(F.col("error_code").isNotNull()).select("file", "error_code", "error")
    tasks.write.mode("overwrite").parquet(os.path.join(output, "tasks"))
    errors.write.mode("overwrite").parquet(os.path.join(output, "errors"))
    counts = {"files": files.count(), "tasks": tasks.count(), "errors": errors.count()}
    parsed.unpersist()
    return counts


def main(argv: list) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="a folder (or any URI Spark reads) of notices")
    parser.add_argument("output", help="where to write tasks/ and errors/ as Parquet")
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2]")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    # The workers inherit this in local mode; executorEnv carries it to a cluster's.
    os.environ.setdefault("GONGWEN_THREADS", "1")
    if (args.master or "").startswith("local"):
        # Local workers run this very interpreter (the one gongwen is installed in).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("gongwen tasks")
    builder = builder.config("spark.executorEnv.GONGWEN_THREADS", "1")
    builder = builder.config("spark.ui.enabled", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        start = time.monotonic()
        counts = run(spark, args.input, args.output)
        seconds = time.monotonic() - start
    finally:
        spark.stop()
    print(
        f"{counts['files']} files, {counts['tasks']} tasks, {counts['errors']} failed; "
        f"{seconds:.1f} s (without Spark's start-up)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
