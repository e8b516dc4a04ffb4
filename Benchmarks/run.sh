#!/usr/bin/env bash
# figaudit benchmark: throughput, memory, start-up latency and accuracy on a generated corpus.
#
# Usage: Benchmarks/run.sh [--size MB] [--package DIR] [--work DIR] [--seed N] [--no-build]
#   --size      corpus size in MB (default 100)
#   --package   the figaudit package to build and measure (default: the package above this folder).
#               While someone else builds in that package (SwiftPM locks .build), measure a copy, made offline with
#               mkdir -p /tmp/copy/.build && git archive HEAD | tar -x -C /tmp/copy &&
#               cp -r .build/checkouts .build/repositories .build/workspace-state.json /tmp/copy/.build/
#   --work      scratch folder for the corpus and the reports (default: ${TMPDIR:-/tmp}/figaudit-bench)
#   --seed      corpus seed (default: generate_corpus.py's)
#   --no-build  use the existing .build/release/figaudit
#
# Measures, on the same warm corpus:
#   audit       `figaudit audit CORPUS --checks builtin --out TMP --format json --quiet`: MB/s, docs/s, peak RSS,
#               at 1 job, and at 2 jobs too when `figaudit audit --help` lists --jobs
#   extract     `figaudit extract CORPUS --out TMP --format json` (bench_extract.sh): MB/s
#   start-up    one small document audited, hyperfine if installed, else the mean of 20 runs
#   grep        `grep -rcF 其中 CORPUS`, MB/s, and how many times slower figaudit is
#   accuracy    recall and precision on the planted defects (score_planted.py)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package="$(cd "$here/.." && pwd)"
size=100
work="${TMPDIR:-/tmp}/figaudit-bench"
seed=""
build=1
while [ $# -gt 0 ]; do
    case "$1" in
        --size) size="$2"; shift 2 ;;
        --package) package="$(cd "$2" && pwd)"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --seed) seed="--seed $2"; shift 2 ;;
        --no-build) build=0; shift ;;
        -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done

if [ ! -x /usr/bin/time ]; then
    echo "run.sh: installing the Debian 'time' package for peak RSS" >&2
    apt-get install -y time >/dev/null 2>&1 || { echo "run.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
fi

binary="$package/.build/release/figaudit"
if [ "$build" = 1 ]; then
    echo "== swift build -c release in $package" >&2
    (cd "$package" && swift build -c release 2>&1 | tail -3) >&2
fi
[ -x "$binary" ] || { echo "run.sh: no binary at $binary" >&2; exit 2; }

mkdir -p "$work"
corpus="$work/corpus"
rm -rf "$corpus"
echo "== generating $size MB into $corpus" >&2
# shellcheck disable=SC2086
python3 "$here/generate_corpus.py" "$size" "$corpus" $seed
docs_dir="$corpus/docs"
bytes=$(find "$docs_dir" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s + 0}')
docs=$(find "$docs_dir" -name '*.txt' | wc -l)
find "$docs_dir" -name '*.txt' -exec cat {} + >/dev/null   # warm the page cache

# seconds and peak RSS (MB) of a command, as "SECONDS RSS_MB STATUS"
measure() {
    local label="$1"; shift
    local start end status=0
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$work/$label.time" "$@" >"$work/$label.out" 2>"$work/$label.err" || status=$?
    end=$(date +%s.%N)
    local rss_kb
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$label.time")
    awk -v s="$start" -v e="$end" -v r="$rss_kb" -v st="$status" 'BEGIN { printf "%.3f %.0f %d\n", e - s, r / 1024, st }'
}

rows=()
row() { rows+=("$(printf '%-34s %s' "$1" "$2")"); }
mbps() { awk -v b="$bytes" -v t="$1" 'BEGIN { printf "%.2f", b / 1e6 / t }'; }
dps() { awk -v d="$docs" -v t="$1" 'BEGIN { printf "%.1f", d / t }'; }

jobs_list="1"
audit_help=$("$binary" audit --help 2>&1 || true)
if grep -q -- '--jobs' <<<"$audit_help"; then jobs_list="1 2"; fi
audit_1_seconds=""
for jobs in $jobs_list; do
    reports="$work/reports-j$jobs"
    rm -rf "$reports"
    jobs_flag=()
    if [ "$jobs_list" != "1" ]; then jobs_flag=(--jobs "$jobs"); fi
    echo "== audit, $jobs job(s)" >&2
    read -r seconds rss status < <(measure "audit-j$jobs" "$binary" audit "$docs_dir" --checks builtin --out "$reports" --format json --quiet "${jobs_flag[@]}")
    if [ "$status" -ge 2 ]; then echo "run.sh: audit exited with $status:" >&2; head -5 "$work/audit-j$jobs.err" >&2; fi
    [ "$jobs" = 1 ] && audit_1_seconds="$seconds"
    row "audit, $jobs job(s)" "$(mbps "$seconds") MB/s, $(dps "$seconds") docs/s, ${seconds} s, peak RSS ${rss} MB"
done

echo "== extract" >&2
extract_line=$("$here/bench_extract.sh" --binary "$binary" --corpus "$docs_dir" --work "$work")
row "extract (figures only)" "${extract_line#extract: }"

echo "== start-up" >&2
one="$work/one"
rm -rf "$one"; mkdir -p "$one"
first=$(find "$docs_dir" -name '*.txt' | sort | awk 'NR == 1')   # awk reads all: no SIGPIPE under pipefail
cp "$first" "$one/one.txt"
if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --warmup 3 --runs 20 --export-json "$work/startup.json" \
        "$binary audit $one/one.txt --checks builtin --out $one/out --format json --quiet" >/dev/null 2>&1 || true
    startup=$(python3 -c "import json; r = json.load(open('$work/startup.json'))['results'][0]; print(f\"{r['mean'] * 1000:.1f} ms mean, {r['min'] * 1000:.1f} ms min (hyperfine, 20 runs)\")")
else
    "$binary" audit "$one/one.txt" --checks builtin --out "$one/out" --format json --quiet >/dev/null 2>&1 || true
    start=$(date +%s.%N)
    for _ in $(seq 20); do
        "$binary" audit "$one/one.txt" --checks builtin --out "$one/out" --format json --quiet >/dev/null 2>&1 || true
    done
    end=$(date +%s.%N)
    startup=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f ms mean (loop of 20 runs)", (e - s) * 1000 / 20 }')
fi
row "start-up, one document ($(($(stat -c %s "$one/one.txt") / 1000)) KB)" "$startup"

echo "== grep" >&2
grep_seconds=""
for _ in 1 2 3; do   # the best of three: at small sizes grep's time is mostly process start-up
    read -r seconds _ _ < <(measure grep env LC_ALL=C.UTF-8 grep -rcF 其中 "$docs_dir")
    grep_seconds=$(awk -v a="$seconds" -v b="$grep_seconds" 'BEGIN { print (b == "" || a < b) ? a : b }')
done
ratio=$(awk -v a="$audit_1_seconds" -v g="$grep_seconds" 'BEGIN { printf "%.0f", a / g }')
row "grep -rcF 其中 (best of 3)" "$(mbps "$grep_seconds") MB/s, ${grep_seconds} s; figaudit audit (1 job) is ${ratio}x slower"

echo "== scoring" >&2
python3 "$here/score_planted.py" "$corpus" "$work/reports-j1" --json "$work/score.json" >"$work/score.txt"
accuracy=$(python3 -c "
import json
s = json.load(open('$work/score.json'))
rows = [r for r in s['per_check'] if r['check'] != 'inconsistent-value']
tp = sum(r['tp'] for r in rows); fp = sum(r['fp'] for r in rows)
print(f\"recall {100 * s['recall']:.1f}% ({s['found']}/{s['planted']}), precision {100 * s['precision']:.1f}%, \"
      f\"{100 * tp / max(1, tp + fp):.1f}% without inconsistent-value\")
")
row "accuracy on planted defects" "$accuracy"

echo
echo "figaudit benchmark: $docs documents, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB, $(nproc) cores, $(cd "$package" && git rev-parse --short HEAD 2>/dev/null || echo 'no git')"
printf '%s\n' "------------------------------------------------------------------------------------------------"
printf '%s\n' "${rows[@]}"
printf '%s\n' "------------------------------------------------------------------------------------------------"
echo
echo "Per check (planted = defects of that kind; precision = tp / (tp + fp), 'near' overlaps another kind's defect):"
cat "$work/score.txt"
