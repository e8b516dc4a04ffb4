#!/usr/bin/env bash
# Extraction-only benchmark: times `figaudit extract CORPUS --out DIR --format json` and prints MB/s.
#
# Usage: Benchmarks/bench_extract.sh [--binary PATH] [--corpus DIR] [--size MB] [--work DIR]
#   --binary  the figaudit binary (default: .build/release/figaudit of the package above this folder)
#   --corpus  a folder of *.txt documents (default: generate --size MB with generate_corpus.py)
#   --size    megabytes to generate when no corpus is given (default 100; the issue asks for >= 100)
#   --work    scratch folder (default: ${TMPDIR:-/tmp}/figaudit-bench)
# Prints one line: "extract: N docs, X MB in S s = R MB/s, D docs/s, peak RSS M MB".
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
binary="$here/../.build/release/figaudit"
corpus=""
size=100
work="${TMPDIR:-/tmp}/figaudit-bench"
while [ $# -gt 0 ]; do
    case "$1" in
        --binary) binary="$2"; shift 2 ;;
        --corpus) corpus="$2"; shift 2 ;;
        --size) size="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "bench_extract.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done

[ -x "$binary" ] || { echo "bench_extract.sh: no figaudit binary at $binary (swift build -c release first)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench_extract.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"
if [ -z "$corpus" ]; then
    python3 "$here/generate_corpus.py" "$size" "$work/corpus" >/dev/null
    corpus="$work/corpus/docs"
fi

bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s + 0}')
docs=$(find "$corpus" -name '*.txt' | wc -l)
find "$corpus" -name "*.txt" -exec cat {} + >/dev/null   # warm the page cache so the disk is not measured

out="$work/extract-out"
rm -rf "$out"
start=$(date +%s.%N)
status=0
/usr/bin/time -v -o "$work/extract.time" "$binary" extract "$corpus" --out "$out" --format json >/dev/null 2>"$work/extract.err" || status=$?
end=$(date +%s.%N)
if [ "$status" -ne 0 ]; then
    echo "bench_extract.sh: figaudit extract exited with $status:" >&2
    head -5 "$work/extract.err" >&2
fi
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/extract.time")
awk -v b="$bytes" -v d="$docs" -v s="$start" -v e="$end" -v r="$rss_kb" 'BEGIN {
    t = e - s
    printf "extract: %d docs, %.1f MB in %.2f s = %.2f MB/s, %.1f docs/s, peak RSS %.0f MB\n", d, b / 1e6, t, b / 1e6 / t, d / t, r / 1024
}'
