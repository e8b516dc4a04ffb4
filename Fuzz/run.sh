#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each for a bounded time.
#
#   Fuzz/run.sh                      every target, FUZZ_SECONDS (default 60) each
#   Fuzz/run.sh fuzz-yaml            one target
#   FUZZ_SECONDS=600 Fuzz/run.sh     longer
#   FUZZ_FORK=1 Fuzz/run.sh          keep going after a crash (libFuzzer fork mode), to collect several
#   Fuzz/run.sh --replay             no fuzzing: run every seed and every saved crash once (regression check)
#
# Exits non-zero when a target crashed, hung or ran out of memory; the inputs are left in
# Fuzz/Crashes/<target>/ and the log in Fuzz/.build/fuzz-logs/<target>.log. New inputs that reach
# new code go to Fuzz/.build/corpus/<target>/; the committed seeds in Corpus/<target>/ are only read.
# Other knobs: FUZZ_SANITIZERS ("fuzzer address" by default; "fuzzer" alone if ASan will not link),
# FUZZ_CONFIG (release by default), FUZZ_ARGS (extra libFuzzer flags), FUZZ_IGNORE (invariant
# messages to let pass, '|'-separated substrings, while a reported bug awaits its fix).
set -uo pipefail
cd "$(dirname "$0")"

ALL_TARGETS=(fuzz-extractor fuzz-yaml fuzz-rules)
SECONDS_EACH="${FUZZ_SECONDS:-60}"
CONFIG="${FUZZ_CONFIG:-release}"
REPLAY=0
TARGETS=()
for arg in "$@"; do
    case "$arg" in
        --replay) REPLAY=1 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        fuzz-*) TARGETS+=("$arg") ;;
        *) echo "unknown argument '$arg' (targets: ${ALL_TARGETS[*]})" >&2; exit 2 ;;
    esac
done
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")

if ! pkg-config --exists yaml-0.1 2>/dev/null; then
    echo "libyaml (pkg-config yaml-0.1) not found; install libyaml-dev" >&2
    exit 2
fi

# SwiftPM's --sanitize links libFuzzer's main in place of the targets' own; -Xswiftc -sanitize
# instruments every Swift module (the main package's too), which --sanitize alone does not.
build() {
    local flags=() joined
    for sanitizer in "$@"; do flags+=(--sanitize="$sanitizer"); done
    joined=$(IFS=,; echo "$*")
    mkdir -p .build/fuzz-logs
    echo "== swift build -c $CONFIG ${flags[*]} -Xswiftc -sanitize=$joined"
    # The log also holds errors from compiling the main package's embed-checks tool as a library,
    # which SwiftPM tries under --sanitize=fuzzer and which no fuzz target needs.
    if swift build -c "$CONFIG" "${flags[@]}" -Xswiftc "-sanitize=$joined" > .build/fuzz-logs/build.log 2>&1; then
        tail -n 1 .build/fuzz-logs/build.log
    else
        grep -E 'error:' .build/fuzz-logs/build.log | grep -v embed-checks | head -n 20
        tail -n 3 .build/fuzz-logs/build.log
        return 1
    fi
}

read -r -a SANITIZERS <<< "${FUZZ_SANITIZERS:-fuzzer address}"
if ! build "${SANITIZERS[@]}" || [ ! -x ".build/$CONFIG/${TARGETS[0]}" ]; then
    if [ "${SANITIZERS[*]}" != "fuzzer" ]; then
        echo "== the build with '${SANITIZERS[*]}' failed; building with the fuzzer sanitizer alone" >&2
        SANITIZERS=(fuzzer)
        build fuzzer || exit 2
    else
        exit 2
    fi
fi
# Swift's own crash backtracer reads the stack in a way AddressSanitizer reports as an underflow,
# which would hide the real report; libFuzzer and ASan print the stack instead.
export SWIFT_BACKTRACE=enable=no
BIN=".build/$CONFIG"

status=0
summary=()
for target in "${TARGETS[@]}"; do
    mkdir -p "Crashes/$target" ".build/corpus/$target" ".build/fuzz-logs"
    log=".build/fuzz-logs/$target.log"
    if [ "$REPLAY" = 1 ]; then
        mapfile -t inputs < <(find "Corpus/$target" "Crashes/$target" -type f ! -name '.*' | sort)
        echo "== $target: replaying ${#inputs[@]} inputs"
        if "$BIN/$target" -rss_limit_mb=4096 -timeout=10 "${inputs[@]}" > "$log" 2>&1; then
            summary+=("$target: ${#inputs[@]} inputs replayed, no crash")
        else
            status=1
            summary+=("$target: FAILED on replay, see $log")
            grep -E 'Running:|invariant failed|Fatal error|ERROR: (libFuzzer|AddressSanitizer)' "$log" | tail -n 6
        fi
        continue
    fi
    before=$(find "Crashes/$target" -type f | wc -l)
    args=(
        "-max_total_time=$SECONDS_EACH" -rss_limit_mb=4096 -timeout=10 -print_final_stats=1
        "-dict=Dictionaries/$target.dict" "-artifact_prefix=Crashes/$target/"
    )
    if [ "${FUZZ_FORK:-0}" = 1 ]; then
        args+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    fi
    # shellcheck disable=SC2206
    args+=(${FUZZ_ARGS:-})
    echo "== $target: ${SECONDS_EACH}s (sanitizers: ${SANITIZERS[*]})"
    "$BIN/$target" "${args[@]}" ".build/corpus/$target" "Corpus/$target" > "$log" 2>&1
    code=$?
    after=$(find "Crashes/$target" -type f | wc -l)
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$')
    speed=$(grep -o 'stat::average_exec_per_sec: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$')
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1)
    corpus=$(find ".build/corpus/$target" -type f | wc -l)
    line="$target: exit $code, ${execs:-?} execs, ${speed:-?}/s, ${cov:-cov ?}, $corpus new inputs, $((after - before)) new crash files"
    if [ "$code" -ne 0 ] || [ "$after" -gt "$before" ]; then
        status=1
        line+=" -> FAILED, see $log and Crashes/$target/"
        grep -E 'invariant failed|Fatal error|ERROR: (libFuzzer|AddressSanitizer)|SUMMARY' "$log" | sort | uniq -c | sort -rn | head -n 8
    fi
    summary+=("$line")
done

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
