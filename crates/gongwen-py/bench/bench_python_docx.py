"""gongwen.parse on the seed .docx against python-docx, in process.

    pip install python-docx      # for this benchmark only
    python crates/gongwen-py/bench/bench_python_docx.py [REPEAT]

python-docx's side is what a Python user would write instead: Document(path), then every
paragraph's text and every table cell's text. It yields only text (no document number,
sections, units or deadlines), so the ratio is a floor of what gongwen saves. Both read
the file from disk (page cache) each call. The best of 7 runs of REPEAT calls each.
"""

from __future__ import annotations

import pathlib
import sys
import timeit

import docx  # python-docx

import gongwen

SEED = pathlib.Path(__file__).resolve().parents[3] / "fixtures/docx/seed-pingyin-2024-4.docx"


def with_python_docx(path: str) -> int:
    document = docx.Document(path)
    chars = 0
    for paragraph in document.paragraphs:
        chars += len(paragraph.text)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                chars += len(cell.text)
    return chars


def with_gongwen(path: str) -> int:
    return len(gongwen.parse(path)["tasks"])


def main(repeat: int) -> None:
    path = str(SEED)
    assert with_gongwen(path) == 58
    assert with_python_docx(path) > 10_000
    best = {}
    for name, fn in (("gongwen.parse", with_gongwen), ("python-docx walk", with_python_docx)):
        best[name] = min(timeit.repeat(lambda: fn(path), number=repeat, repeat=7)) / repeat
        print(f"{name:18} {best[name] * 1e3:8.2f} ms per call")
    ratio = best["python-docx walk"] / best["gongwen.parse"]
    print(f"python-docx / gongwen: {ratio:.1f}x (seed .docx, {SEED.stat().st_size} bytes)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
