"""Building the Python objects against the Rust parse itself, for the seed notice.

    python crates/gongwen-py/bench/bench_objects.py [REPEAT]

For each format of the seed: the Rust parse alone (bytes in memory, timed inside Rust),
the conversion of its Document to Python dicts and lists (timed inside Rust, no parse),
gongwen.parse end to end, and json.loads of the same document's JSON (what a JSON round
trip would cost on top of the parse). The best of 7 runs of REPEAT calls each.
"""

from __future__ import annotations

import json
import pathlib
import sys
import timeit

import gongwen
from gongwen import _native

WORKSPACE = pathlib.Path(__file__).resolve().parents[3]
SEEDS = [
    "fixtures/txt/seed-pingyin-2024-4.txt",
    "fixtures/docx/seed-pingyin-2024-4.docx",
    "fixtures/doc/seed-pingyin-2024-4.doc",
]


def objects(value: object) -> int:
    if isinstance(value, dict):
        return 1 + sum(objects(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(objects(v) for v in value)
    return 1


def main(repeat: int) -> None:
    print(f"gongwen {gongwen.__version__}; best of 7 x {repeat} calls; milliseconds per document")
    print(f"{'file':40} {'objects':>7} {'parse':>7} {'to_py':>7} {'ratio':>6} {'parse()':>8} {'loads':>7}")
    for seed in SEEDS:
        data = (WORKSPACE / seed).read_bytes()
        runs = [_native._bench_parse_and_convert(data, repeat) for _ in range(7)]
        parse = min(r[0] for r in runs)
        convert = min(r[1] for r in runs)
        end_to_end = min(timeit.repeat(lambda: gongwen.parse(data), number=repeat, repeat=7)) / repeat
        text = gongwen.parse_json(data)
        loads = min(timeit.repeat(lambda: json.loads(text), number=repeat, repeat=7)) / repeat
        print(
            f"{pathlib.Path(seed).name:40} {objects(gongwen.parse(data)):7d} "
            f"{parse * 1e3:7.3f} {convert * 1e3:7.3f} {convert / parse:6.2f} "
            f"{end_to_end * 1e3:8.3f} {loads * 1e3:7.3f}"
        )
    print("parse: Rust parse alone; to_py: Document -> Python objects; ratio: to_py / parse;")
    print("parse(): gongwen.parse(bytes) end to end; loads: json.loads of the document's JSON")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
