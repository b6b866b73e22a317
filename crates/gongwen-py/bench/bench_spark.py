"""The Spark example's run time on local[2] over the fixtures (copied COPIES times).

    pip install pyspark pyarrow
    python crates/gongwen-py/bench/bench_spark.py [COPIES]

Copies the fixture documents (txt, docx, doc, html) COPIES times into a temporary folder,
runs examples/spark_tasks.py on it with --master local[2], and prints the wall time of the
whole run (JVM and Spark start-up included) and the example's own figure (the job alone).
"""

from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

CRATE = pathlib.Path(__file__).resolve().parents[1]
WORKSPACE = CRATE.parents[1]
SUFFIXES = {".txt", ".docx", ".doc", ".wps", ".html"}


def main(copies: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = pathlib.Path(tmp) / "notices"
        count = 0
        for copy in range(copies):
            for folder in ("txt", "docx", "doc", "html"):
                for path in sorted((WORKSPACE / "fixtures" / folder).iterdir()):
                    if path.suffix in SUFFIXES:
                        target = source / f"copy{copy}" / folder / path.name
                        target.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(path, target)
                        count += 1
        start = time.monotonic()
        run = subprocess.run(
            [
                sys.executable,
                str(CRATE / "examples" / "spark_tasks.py"),
                str(source),
                str(pathlib.Path(tmp) / "out"),
                "--master",
                "local[2]",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        took = time.monotonic() - start
    print(f"{count} files on local[2]: {took:.1f} s in all; {run.stdout.strip().splitlines()[-1]}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
