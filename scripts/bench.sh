#!/usr/bin/env bash
# gongwen's benchmarks, in one run: per-document medians from memory (divan), batch
# throughput with --jobs 1 and --jobs 2 (hyperfine), peak RSS for 10 and 10,000 documents
# (batch, and tasks --xlsx; /usr/bin/time -v), and pandoc -f docx -t json on the same .docx files. Prints a
# Markdown table; BENCHMARKS.md records a run.
#
#   bash scripts/bench.sh            # corpus of 2,000 notices (.txt and .docx)
#   COUNT=500 bash scripts/bench.sh  # a smaller corpus
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-2000}
RSS_MANY=${RSS_MANY:-10000}
PANDOC_FILES=${PANDOC_FILES:-20}
WORK=${WORK:-target/bench-corpus}

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v pandoc >/dev/null || need+=(pandoc)
[ -x /usr/bin/time ] || need+=(time)
command -v jq >/dev/null || need+=(jq)
if [ ${#need[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "## machine" >&2
nproc >&2; uptime >&2
cargo build --release -q -p gongwen-cli -p gongwen-bench
GW=target/release/gongwen
GEN=target/release/gongwen-corpus

rm -rf "$WORK"
"$GEN" "$WORK/corpus" "$COUNT" 2024 both
"$GEN" "$WORK/rss-10" 10 2024 docx
"$GEN" "$WORK/rss-many" "$RSS_MANY" 2024 docx
"$GEN" "$WORK/rss-many-txt" "$RSS_MANY" 2024 txt

echo "## per-document medians from memory (divan)" >&2
cargo bench -q -p gongwen-bench --bench parse | tee "$WORK/divan.txt" >&2
median() { # bench name [file] -> median column of divan's table
    awk -v n="$1" '$0 ~ "(├|╰)─ "n" " { for (i=1;i<=NF;i++) if ($i ~ /^[0-9.]+$/ && ($(i+1) ~ /^(ns|µs|us|ms)$/)) { c++; if (c==3) { print $i" "$(i+1); exit } } }' "${2:-$WORK/divan.txt}"
}

echo "## the seed .docx against the inflate-and-scan floor (divan)" >&2
cargo bench -q -p gongwen --bench seed | tee "$WORK/seed.txt" >&2
cargo bench -q -p gongwen-docx --bench read | tee "$WORK/read.txt" >&2

echo "## batch throughput (hyperfine)" >&2
hyperfine -N --warmup 1 --runs 5 --export-json "$WORK/batch.json" \
    -n docx-j1 "$GW batch $WORK/corpus/docx --ndjson --jobs 1" \
    -n docx-j2 "$GW batch $WORK/corpus/docx --ndjson --jobs 2" \
    -n txt-j1 "$GW batch $WORK/corpus/txt --ndjson --jobs 1" \
    -n txt-j2 "$GW batch $WORK/corpus/txt --ndjson --jobs 2" >&2
mean_of() { jq -r --arg n "$1" '.results[] | select(.command==$n) | .median' "$WORK/batch.json"; }

echo "## peak RSS (/usr/bin/time -v)" >&2
rss() { /usr/bin/time -v "$GW" batch "$1" --ndjson --jobs 2 2>&1 >/dev/null | awk '/Maximum resident set size/ {print $6}'; }
rss_10=$(rss "$WORK/rss-10/docx")
rss_many=$(rss "$WORK/rss-many/docx")
rss_many_txt=$(rss "$WORK/rss-many-txt/txt")
# The task ledger as a workbook (tasks --xlsx): constant-memory rows, so flat as well. For
# 10,000 notices (about 620,000 tasks) the rows wait in a temporary file of about 1 GB beside
# the 110 MB workbook: leave that much disk free.
rss_xlsx() {
    /usr/bin/time -v "$GW" tasks "$1" --xlsx "$WORK/ledger.xlsx" --jobs 2 2>&1 >/dev/null | awk '/Maximum resident set size/ {print $6}'
    rm -f "$WORK/ledger.xlsx"
}
rss_xlsx_10=$(rss_xlsx "$WORK/rss-10/docx")
rss_xlsx_many=$(rss_xlsx "$WORK/rss-many/docx")
tasks_many=$("$GW" tasks "$WORK/rss-many/docx" --jobs 2 2>/dev/null | python3 -c 'import csv, sys; print(sum(1 for _ in csv.reader(sys.stdin)) - 1)')

echo "## pandoc -f docx -t json, and gongwen, one process per file, on the same $PANDOC_FILES .docx" >&2
docx_files=("$WORK"/corpus/docx/*.docx)
printf '%s\n' "${docx_files[@]:0:$PANDOC_FILES}" > "$WORK/pandoc-files"
hyperfine -N --warmup 1 --runs 3 --export-json "$WORK/pandoc.json" \
    -n pandoc "bash -c 'while read -r f; do pandoc -f docx -t json \"\$f\" >/dev/null; done < $WORK/pandoc-files'" \
    -n gongwen-parse "bash -c 'while read -r f; do $GW parse \"\$f\" >/dev/null; done < $WORK/pandoc-files'" \
    -n pandoc-seed "pandoc -f docx -t json fixtures/docx/seed-pingyin-2024-4.docx" >&2
p_mean() { jq -r --arg n "$1" '.results[] | select(.command==$n) | .median' "$WORK/pandoc.json"; }

python3 - "$COUNT" "$PANDOC_FILES" "$RSS_MANY" \
    "$(mean_of docx-j1)" "$(mean_of docx-j2)" "$(mean_of txt-j1)" "$(mean_of txt-j2)" \
    "$rss_10" "$rss_many" "$rss_many_txt" "$(p_mean pandoc)" "$(p_mean gongwen-parse)" "$(p_mean pandoc-seed)" \
    "$(median seed_txt)" "$(median seed_docx)" "$(median generated_txt)" "$(median generated_docx)" \
    "$(median seed_docx_to_document "$WORK/seed.txt")" "$(median seed_docx_floor_inflate_and_scan "$WORK/seed.txt")" \
    "$(median read_docx_to_blocks "$WORK/read.txt")" "$(median floor_inflate_and_scan "$WORK/read.txt")" \
    "$rss_xlsx_10" "$rss_xlsx_many" "$tasks_many" <<'PY'
import sys
a = sys.argv[1:]
count, pfiles, many = int(a[0]), int(a[1]), int(a[2])
dj1, dj2, tj1, tj2 = map(float, a[3:7])
r10, rmany, rmany_txt = int(a[7]), int(a[8]), int(a[9])
pandoc, gparse, pseed = float(a[10]), float(a[11]), float(a[12])
med = a[13:17]
seed = a[17:21]
def us(s):
    v, u = s.split()
    return float(v) * {"ns": 1e-3, "µs": 1, "us": 1, "ms": 1e3}[u]
print("| measure | value |")
print("|---|---|")
for name, m in zip(["seed .txt", "seed .docx", "generated .txt (#7)", "generated .docx (#7)"], med):
    print(f"| median parse from memory, {name} | {m} |")
print(f"| batch .docx, --jobs 1 | {count/dj1:,.0f} docs/s ({dj1:.3f} s for {count}) |")
print(f"| batch .docx, --jobs 2 | {count/dj2:,.0f} docs/s ({dj2:.3f} s) — {dj1/dj2:.2f}× jobs 1 |")
print(f"| batch .txt, --jobs 1 | {count/tj1:,.0f} docs/s ({tj1:.3f} s for {count}) |")
print(f"| batch .txt, --jobs 2 | {count/tj2:,.0f} docs/s ({tj2:.3f} s) — {tj1/tj2:.2f}× jobs 1 |")
print(f"| peak RSS, 10 .docx | {r10/1024:.1f} MiB |")
print(f"| peak RSS, {many:,} .docx | {rmany/1024:.1f} MiB ({(rmany-r10)/1024:+.1f} MiB) |")
print(f"| peak RSS, {many:,} .txt | {rmany_txt/1024:.1f} MiB |")
x10, xmany, ntasks = int(a[21]), int(a[22]), int(a[23])
print(f"| peak RSS, tasks --xlsx, 10 .docx | {x10/1024:.1f} MiB |")
print(f"| peak RSS, tasks --xlsx, {many:,} .docx ({ntasks:,} tasks) | {xmany/1024:.1f} MiB ({(xmany-x10)/1024:+.1f} MiB) |")
pp = pandoc / pfiles
print(f"| pandoc -f docx -t json, per document (process each) | {pp*1e3:.1f} ms |")
print(f"| pandoc, seed .docx | {pseed*1e3:.1f} ms |")
print(f"| gongwen parse, per document (process each) | {gparse/pfiles*1e3:.2f} ms — {pandoc/gparse:.0f}× pandoc |")
print(f"| gongwen batch --jobs 1, per document | {dj1/count*1e3:.3f} ms — {pp/(dj1/count):.0f}× pandoc |")
print(f"| gongwen seed .docx from memory vs pandoc seed | {pseed*1e6/us(med[1]):.0f}× |")
for label, doc, floor in [
    ("seed .docx → Document (`gongwen --bench seed`)", seed[0], seed[1]),
    ("seed .docx → blocks, reader alone (`gongwen-docx --bench read`)", seed[2], seed[3]),
]:
    print(f"| {label} | {doc} vs floor {floor}: {us(doc)/us(floor):.2f}× |")
PY
