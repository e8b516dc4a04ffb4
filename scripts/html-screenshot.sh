#!/usr/bin/env bash
# Renders an HTML report to a PNG with headless Chromium, to look at what a reviewer sees.
#   scripts/html-screenshot.sh reports/alpha.html [out.png] [WIDTHxHEIGHT]
# Installs Chromium with apt-get when it is missing (CI and the dev machines run as root).
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 3 ]; then
    echo "usage: $0 FILE.html [OUT.png] [WIDTHxHEIGHT]" >&2
    exit 2
fi
html=$1
[ -f "$html" ] || { echo "$0: $html: no such file" >&2; exit 2; }
out=${2:-${html%.html}.png}
size=${3:-1400x2000}

browser=""
for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then browser=$(command -v "$name"); break; fi
done
if [ -z "$browser" ]; then
    echo "$0: Chromium not found; installing it with apt-get" >&2
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk
    browser=$(command -v chromium)
fi

abs=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
url="file://$abs"
# Percent-encode spaces and non-ASCII names when python3 is there to do it.
if command -v python3 >/dev/null 2>&1; then
    url=$(python3 -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).as_uri())' "$abs")
fi
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
# A fresh profile each time, so no earlier session or crash state leaks into the picture.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --disable-gpu --no-sandbox --hide-scrollbars --user-data-dir="$profile" \
    --screenshot="$out" --window-size="${size/x/,}" "$url" 2>/dev/null
[ -s "$out" ] || { echo "$0: Chromium wrote no screenshot" >&2; exit 1; }
echo "$out"
