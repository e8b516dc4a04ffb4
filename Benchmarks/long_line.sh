#!/usr/bin/env bash
# A 10 MB document on one line: time, MB/s and peak memory of `figaudit audit` on it, to show that
# nothing in figaudit is quadratic in the length of a line or a document.
#
# Usage: Benchmarks/long_line.sh [--size MB] [--work DIR] [--binary PATH]
#   --size    length of the line in MB (default 10)
#   --work    scratch folder (default: ${TMPDIR:-/tmp}/figaudit-long-line)
#   --binary  the figaudit to measure (default: .build/release/figaudit of this package)
# The line is generated reports (generate_corpus.py) with their line breaks removed, so it holds
# figures, breakdowns and defects at the density of real documents.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
size=10
work="${TMPDIR:-/tmp}/figaudit-long-line"
binary="$here/../.build/release/figaudit"
while [ $# -gt 0 ]; do
    case "$1" in
        --size) size="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --binary) binary="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "long_line.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
[ -x "$binary" ] || { echo "long_line.sh: no binary at $binary (swift build -c release)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "long_line.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

rm -rf "$work"
mkdir -p "$work"
python3 "$here/generate_corpus.py" "$((size + 1))" "$work/corpus" > /dev/null
python3 - "$work/corpus/docs" "$work/line.txt" "$size" <<'PY'
import pathlib, sys
docs, out, size = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3]) * 1_000_000
parts, total = [], 0
for path in sorted(docs.glob("*.txt")):
    text = path.read_text(encoding="utf-8").replace("\r", "").replace("\n", "")
    parts.append(text)
    total += len(text.encode("utf-8"))
    if total >= size:
        break
line = "".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")
out.write_text(line, encoding="utf-8")
PY
bytes=$(stat -c %s "$work/line.txt")
lines=$(wc -l < "$work/line.txt")
/usr/bin/time -f "%e %M" -o "$work/time" "$binary" audit "$work/line.txt" --checks builtin --out "$work/reports" \
    --format json --quiet --fail-on never --max-document-size 0 > "$work/summary" 2>&1 || true
read -r seconds kilobytes < "$work/time"
echo "document: $bytes bytes on $((lines + 1)) line(s)"
echo "summary:  $(tail -n 1 "$work/summary")"
python3 -c "import sys; b, s, k = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]); print(f'audit:    {s:.2f} s, {b / 1e6 / s:.2f} MB/s, peak {k / 1024:.0f} MB ({k * 1024 / b:.0f}x the document)')" \
    "$bytes" "$seconds" "$kilobytes"
