#!/usr/bin/env bash
# gongwen's benchmarks, in one run, as one Markdown report on stdout (progress on stderr):
#
#  1. the producer matrix (fixtures/docx, see its README): for each file, in one process,
#     interleaved rounds, best round: the raw floor (inflate document, styles and numbering,
#     one pass over the bytes), the quick-xml floor (the same parts tokenized), the reader,
#     the structurer, JSON rendering and the whole parse, with the ratios;
#  2. batch against in-process: `gongwen batch --ndjson --jobs 1` over COPIES copies of each
#     matrix file, per document, against the whole parse of the same file from (1);
#  3. the mixed corpus (every matrix file MIX_COPIES times and MIX_GENERATED generated
#     notices): documents per second with --jobs 1 and --jobs 2;
#  4. peak RSS of `gongwen batch --ndjson --jobs 2` and of `gongwen tasks --xlsx --jobs 2`
#     over 10 and RSS_MANY documents of the same mix (the task ledger's rows wait in a
#     temporary file: for 10,000 documents leave a gigabyte or so of disk free);
#  5. pandoc -f docx -t json, one process per file, on the matrix files, against gongwen.
#
#   bash scripts/bench.sh                  # about 5 minutes on 2 quiet cores, build included
#   ROUNDS=3 COPIES=100 bash scripts/bench.sh   # quicker, rougher
#
# Installs hyperfine, pandoc and GNU time (apt-get) when missing; needs python3. Check
# `uptime` first: the figures mean something only on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-5}             # interleaved rounds of the matrix (best one kept)
BUDGET_MS=${BUDGET_MS:-100}     # time per measure per file per round
COPIES=${COPIES:-200}           # copies of each matrix file for the batch-vs-parse runs
RUNS=${RUNS:-5}                 # hyperfine runs (after one warm-up)
MIX_COPIES=${MIX_COPIES:-40}    # copies of each matrix file in the mixed corpus
MIX_GENERATED=${MIX_GENERATED:-1500} # generated notices in the mixed corpus
RSS_MANY=${RSS_MANY:-10000}     # documents in the large peak-RSS run
WORK=${WORK:-target/bench-corpus}

MATRIX=(
    seed-pingyin-2024-4
    libreoffice-seed-pingyin-2024-4
    pandoc-seed-pingyin-2024-4
    python-docx-seed-pingyin-2024-4
    word-seed-pingyin-2024-4
    wps-seed-pingyin-2024-4
    libreoffice-hequan-2024-business-env-inline-tasks
    pandoc-hequan-2024-business-env-inline-tasks
    python-docx-hequan-2024-business-env-inline-tasks
    word-hequan-2024-business-env-inline-tasks
    wps-hequan-2024-business-env-inline-tasks
    libreoffice-tongxi-2023-15
    pandoc-liuan-2023-6
)
files=()
for name in "${MATRIX[@]}"; do files+=("fixtures/docx/$name.docx"); done

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v pandoc >/dev/null || need+=(pandoc)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

started=$(date -u '+%Y-%m-%d %H:%M')
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "## build" >&2
cargo build --release -q -p gongwen-cli -p gongwen-bench
GW=target/release/gongwen

rm -rf "$WORK"
mkdir -p "$WORK"

echo "## 1. the matrix (gongwen-matrix, $ROUNDS rounds of ${BUDGET_MS} ms per measure)" >&2
target/release/gongwen-matrix --rounds "$ROUNDS" --budget-ms "$BUDGET_MS" \
    --json "$WORK/matrix.json" "${files[@]}" > "$WORK/matrix.md"

echo "## 2. batch --jobs 1 over $COPIES copies of each matrix file (hyperfine)" >&2
for name in "${MATRIX[@]}"; do
    dir="$WORK/copies/$name"
    mkdir -p "$dir"
    for i in $(seq -w 1 "$COPIES"); do cp "fixtures/docx/$name.docx" "$dir/$i.docx"; done
done
args=()
for name in "${MATRIX[@]}"; do
    args+=(-n "$name" "$GW batch $WORK/copies/$name --ndjson --jobs 1")
done
hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$WORK/copies.json" "${args[@]}" >&2

echo "## 3. the mixed corpus (hyperfine)" >&2
mix() { # DIR GENERATED COPIES
    target/release/gongwen-corpus "$1.gen" "$2" 2024 docx >&2
    mkdir -p "$1"
    mv "$1.gen"/docx/* "$1"/
    rm -rf "$1.gen"
    for name in "${MATRIX[@]}"; do
        for i in $(seq -w 1 "$3"); do cp "fixtures/docx/$name.docx" "$1/$name-$i.docx"; done
    done
}
mix "$WORK/mixed" "$MIX_GENERATED" "$MIX_COPIES"
mixed_count=$(find "$WORK/mixed" -name '*.docx' | wc -l)
hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$WORK/mixed.json" \
    -n j1 "$GW batch $WORK/mixed --ndjson --jobs 1" \
    -n j2 "$GW batch $WORK/mixed --ndjson --jobs 2" >&2

echo "## 4. peak RSS (/usr/bin/time -v)" >&2
rss_few_dir="$WORK/rss-few"
mkdir -p "$rss_few_dir"
# Ten documents spread over the mixed corpus (generated and matrix files).
find "$WORK/mixed" -name '*.docx' | sort | awk -v k=$((mixed_count / 10)) 'k < 1 {k = 1} (NR - 1) % k == 0' \
    | head -10 | xargs -I{} cp {} "$rss_few_dir"/
many_copies=$(( (RSS_MANY / 2) / ${#MATRIX[@]} ))
mix "$WORK/rss-many" $(( RSS_MANY - many_copies * ${#MATRIX[@]} )) "$many_copies"
rss() { /usr/bin/time -v "$GW" batch "$1" --ndjson --jobs 2 2>&1 >/dev/null | awk '/Maximum resident set size/ {print $6}'; }
rss_few=$(rss "$rss_few_dir")
rss_many=$(rss "$WORK/rss-many")
# The task ledger as a workbook (tasks --xlsx): constant-memory rows, so flat as well.
rss_xlsx() {
    /usr/bin/time -v "$GW" tasks "$1" --xlsx "$WORK/ledger.xlsx" --jobs 2 2>&1 >/dev/null | awk '/Maximum resident set size/ {print $6}'
    rm -f "$WORK/ledger.xlsx"
}
rss_xlsx_few=$(rss_xlsx "$rss_few_dir")
rss_xlsx_many=$(rss_xlsx "$WORK/rss-many")
tasks_many=$("$GW" tasks "$WORK/rss-many" --jobs 2 2>/dev/null | python3 -c 'import csv, sys; print(sum(1 for _ in csv.reader(sys.stdin)) - 1)')
rss_few_count=$(find "$rss_few_dir" -name '*.docx' | wc -l)
rss_many_count=$(find "$WORK/rss-many" -name '*.docx' | wc -l)

echo "## 5. pandoc -f docx -t json and gongwen parse, one process per matrix file (hyperfine)" >&2
printf '%s\n' "${files[@]}" > "$WORK/pandoc-files"
hyperfine -N --warmup 1 --runs 3 --export-json "$WORK/pandoc.json" \
    -n pandoc "bash -c 'while read -r f; do pandoc -f docx -t json \"\$f\" >/dev/null; done < $WORK/pandoc-files'" \
    -n gongwen "bash -c 'while read -r f; do $GW parse \"\$f\" >/dev/null; done < $WORK/pandoc-files'" >&2
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$WORK" "$COPIES" "$mixed_count" "$rss_few" "$rss_many" "$rss_few_count" "$rss_many_count" \
    "$started" "$load_before" "$load_after" "$(git rev-parse --short HEAD 2>/dev/null || echo '?')" \
    "$ROUNDS" "$BUDGET_MS" "$RUNS" "$(nproc)" "$rss_xlsx_few" "$rss_xlsx_many" "$tasks_many" <<'PY'
import json, os, sys
(work, copies, mixed_count, rss_few, rss_many, rss_few_count, rss_many_count, started,
 load_before, load_after, commit, rounds, budget, runs, cores, xlsx_few, xlsx_many,
 tasks_many) = sys.argv[1:]
copies, mixed_count = int(copies), int(mixed_count)
matrix = json.load(open(os.path.join(work, "matrix.json")))["files"]
def hf(name):
    return {r["command"]: r for r in json.load(open(os.path.join(work, name)))["results"]}
def us(s):
    return f"{s * 1e3:.2f} ms" if s >= 1e-3 else f"{s * 1e6:.0f} µs"
print(f"Run of {started} UTC, commit {commit}, {cores} cores, load average {load_before} before and "
      f"{load_after} after; `bash scripts/bench.sh` (ROUNDS={rounds}, BUDGET_MS={budget}, "
      f"COPIES={copies}, RUNS={runs}).")
print()
print("### 1. Each matrix file against its floor (best of the interleaved rounds)")
print()
print(open(os.path.join(work, "matrix.md")).read().rstrip())
worst = max(matrix, key=lambda f: f["seconds"]["whole parse"] / f["seconds"]["raw floor"])
ok = sum(1 for f in matrix if f["seconds"]["whole parse"] <= 4 * f["seconds"]["raw floor"])
print()
print(f"Whole parse within 4× the raw floor: {ok} of {len(matrix)} files "
      f"(worst: {os.path.basename(worst['file'])}, "
      f"{worst['seconds']['whole parse'] / worst['seconds']['raw floor']:.2f}×).")
print()
print(f"### 2. `gongwen batch --ndjson --jobs 1` per document against the in-process parse")
print()
print("Batch: the fastest of the runs over", copies, "copies of the file, divided by", copies,
      "(walking, reading, hashing, parsing, JSON, writing to /dev/null, process start-up "
      "shared). In-process: the whole parse from table 1.")
print()
print("| file | batch per document | in-process parse | batch / parse |")
print("|---|---|---|---|")
copies_hf = hf("copies.json")
worst_b = 0.0
for f in matrix:
    name = os.path.basename(f["file"])[:-len(".docx")]
    batch = copies_hf[name]["min"] / copies
    parse = f["seconds"]["whole parse"]
    worst_b = max(worst_b, batch / parse)
    print(f"| {name}.docx | {us(batch)} | {us(parse)} | {batch / parse:.2f}× |")
print()
print(f"Worst batch / parse: {worst_b:.2f}× (target ≤ 1.15×).")
print()
mixed = hf("mixed.json")
j1, j2 = mixed["j1"]["median"], mixed["j2"]["median"]
print(f"### 3. The mixed corpus: {mixed_count} .docx (each matrix file and generated notices)")
print()
print("| measure | value |")
print("|---|---|")
print(f"| batch --ndjson --jobs 1 | {mixed_count / j1:,.0f} docs/s ({j1:.3f} s, median of {runs}) |")
print(f"| batch --ndjson --jobs 2 | {mixed_count / j2:,.0f} docs/s ({j2:.3f} s) — {j1 / j2:.2f}× jobs 1 |")
print(f"| peak RSS, {int(rss_few_count):,} documents, --jobs 2 | {int(rss_few) / 1024:.1f} MiB |")
print(f"| peak RSS, {int(rss_many_count):,} documents, --jobs 2 | {int(rss_many) / 1024:.1f} MiB "
      f"({(int(rss_many) - int(rss_few)) / 1024:+.1f} MiB) |")
print(f"| peak RSS, tasks --xlsx, {int(rss_few_count):,} documents, --jobs 2 | {int(xlsx_few) / 1024:.1f} MiB |")
print(f"| peak RSS, tasks --xlsx, {int(rss_many_count):,} documents ({int(tasks_many):,} tasks), --jobs 2 | "
      f"{int(xlsx_many) / 1024:.1f} MiB ({(int(xlsx_many) - int(xlsx_few)) / 1024:+.1f} MiB) |")
pandoc = hf("pandoc.json")
n = len(matrix)
p, g = pandoc["pandoc"]["median"] / n, pandoc["gongwen"]["median"] / n
print(f"| pandoc -f docx -t json, per matrix file (a process each) | {us(p)} |")
print(f"| gongwen parse, per matrix file (a process each) | {us(g)} — {p / g:.0f}× pandoc |")
print(f"| gongwen batch --jobs 1 per document (mixed corpus) | {us(j1 / mixed_count)} — "
      f"{p / (j1 / mixed_count):.0f}× pandoc |")
PY
