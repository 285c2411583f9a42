#!/usr/bin/env bash
# bench/report_memory.sh - peak memory of a run that writes every report, small vs large.
#
# Run by hand (not in CI):   bash bench/report_memory.sh
#
# What it does:
#   1. starts nginx on 127.0.0.1:$PORT with a private config in a temp dir (as bench/run.sh
#      does: access_log off, every path answers a ~90 byte JSON document);
#   2. writes a collection of $ITEMS GETs to {{base}}/items/N, each with a test script
#      (one pm.test with two pm.expect), so every execution carries assertions;
#   3. runs courier with `-r cli,json,junit,html` (cli output to /dev/null, the three files
#      exported into the temp dir) under `/usr/bin/time -v`, for $SMALL and for $LARGE
#      requests ($ITEMS items x -n iterations);
#   4. prints, per run, the peak RSS, the wall time and the size of each report, then the
#      ratio large/small of the peak RSS (issue #7 asks for at most 2).
#
# Environment knobs (defaults in brackets):
#   COURIER    courier binary [<repo>/target/release/courier, built if missing]
#   BASELINE   a second courier binary (e.g. an older build) measured the same way, for
#              comparison [none]
#   PORT       nginx port [first free one from 18180]
#   ITEMS      requests per iteration [10]
#   SMALL      requests in the small run [100]
#   LARGE      requests in the large run [10000]
#   REPORTERS  the -r list; json, junit and html get an export file [cli,json,junit,html]
#   KEEP_TMP=1 keep the temp dir (config, collection, reports, time logs)
# Needs nginx and /usr/bin/time (Debian: apt-get install nginx time).
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$SCRIPT_DIR/.." && pwd)
COURIER=${COURIER:-$REPO_DIR/target/release/courier}
BASELINE=${BASELINE:-}
ITEMS=${ITEMS:-10}
SMALL=${SMALL:-100}
LARGE=${LARGE:-10000}
KEEP_TMP=${KEEP_TMP:-0}
REPORTERS=${REPORTERS:-cli,json,junit,html}

exec 9>&2
log() { printf '[report-memory] %s\n' "$*" >&9; }
die() { printf '[report-memory] error: %s\n' "$*" >&9; exit 1; }

((SMALL % ITEMS == 0 && LARGE % ITEMS == 0)) || die "SMALL and LARGE must be multiples of ITEMS"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x "$NGINX" ]] || die "nginx not found (apt-get install nginx)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (apt-get install time)"
if [[ ! -x "$COURIER" && "$COURIER" == "$REPO_DIR/target/release/courier" ]]; then
    log "building courier (cargo build --release)"
    (cd "$REPO_DIR" && cargo build --release --quiet) || die "cargo build failed"
fi
[[ -x "$COURIER" ]] || die "courier binary not found at $COURIER"
[[ -z "$BASELINE" || -x "$BASELINE" ]] || die "baseline binary not found at $BASELINE"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/courier-report-memory.XXXXXX")
NGINX_PID=""
CHILD_PID=""
# Children run in their own process groups; the trap stops the running one and nginx by id.
set -m
stop_group() {
    kill -TERM -- "-$1" 2>/dev/null || return 0
    wait "$1" 2>/dev/null || true
}
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    [[ -n "$CHILD_PID" ]] && stop_group "$CHILD_PID"
    [[ -n "$NGINX_PID" ]] && stop_group "$NGINX_PID"
    if [[ "$KEEP_TMP" == 1 ]]; then log "kept $TMP"; else rm -rf "$TMP"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'log interrupted; exit 130' INT TERM
run_child() {
    local rc=0
    "$@" &
    CHILD_PID=$!
    wait "$CHILD_PID" || rc=$?
    CHILD_PID=""
    return "$rc"
}

# ---------------------------------------------------------------- nginx
# shellcheck source=bench/nginx.sh
source "$SCRIPT_DIR/nginx.sh"
start_nginx 18180

# ---------------------------------------------------------------- collection
COLL="$TMP/reports.postman_collection.json"
{
    printf '{\n  "info": {"name": "report-memory", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},\n  "item": [\n'
    sep=""
    for i in $(seq 1 "$ITEMS"); do
        printf '%s    {"name": "item %d", "request": {"method": "GET", "header": [], "url": "{{base}}/items/%d"},' "$sep" "$i" "$i"
        printf ' "event": [{"listen": "test", "script": {"type": "text/javascript", "exec": ['
        printf '"pm.test(\\"item %d ok\\", function () {", "    pm.expect(pm.response.code).to.equal(200);",' "$i"
        printf ' "    pm.expect(pm.response.json().ok).to.be.true;", "});"]}}]}'
        sep=$',\n'
    done
    printf '\n  ],\n  "variable": [{"key": "base", "value": "%s"}]\n}\n' "$BASE"
} >"$COLL"

# ---------------------------------------------------------------- runs
declare -A RSS WALL SIZES
measure() { # label binary requests
    local label=$1 bin=$2 requests=$3 out="$TMP/$1-$3" rc=0 r files=() args=()
    mkdir -p "$out"
    IFS=, read -r -a r <<<"$REPORTERS"
    for x in "${r[@]}"; do
        case $x in
            json) files+=(report.json) args+=(--reporter-json-export "$out/report.json") ;;
            junit) files+=(report.xml) args+=(--reporter-junit-export "$out/report.xml") ;;
            html) files+=(report.html) args+=(--reporter-html-export "$out/report.html") ;;
        esac
    done
    log "$label: $requests requests"
    run_child /usr/bin/time -v -o "$out/time" "$bin" run "$COLL" -n $((requests / ITEMS)) \
        -r "$REPORTERS" "${args[@]}" >"$out/stdout" 2>"$out/stderr" || rc=$?
    ((rc == 0)) || die "$label ($requests requests) exited $rc: $(tail -n 3 "$out/stderr")"
    for f in "${files[@]}"; do
        [[ -s "$out/$f" ]] || die "$label ($requests requests) wrote no $f"
    done
    RSS[$label/$requests]=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$out/time")
    WALL[$label/$requests]=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/time")
    SIZES[$label/$requests]=$(for f in "${files[@]}"; do
        printf '%s %s  ' "${f#report.}" "$(du -h "$out/$f" | cut -f1)"
    done)
}

LABELS=(courier)
BINS=("$COURIER")
if [[ -n "$BASELINE" ]]; then
    LABELS+=(baseline)
    BINS+=("$BASELINE")
fi
for i in "${!LABELS[@]}"; do
    measure "${LABELS[$i]}" "${BINS[$i]}" "$SMALL"
    measure "${LABELS[$i]}" "${BINS[$i]}" "$LARGE"
done

echo
echo "peak RSS with -r $REPORTERS ($ITEMS items with a test script each, nginx on $BASE)"
printf '%-9s %9s %12s %10s  %s\n' binary requests 'peak RSS MB' wall reports
for label in "${LABELS[@]}"; do
    for n in "$SMALL" "$LARGE"; do
        printf '%-9s %9s %12s %10s  %s\n' "$label" "$n" "${RSS[$label/$n]}" "${WALL[$label/$n]}" "${SIZES[$label/$n]}"
    done
done
echo
for label in "${LABELS[@]}"; do
    awk -v l="$label" -v s="${RSS[$label/$SMALL]}" -v b="${RSS[$label/$LARGE]}" -v ns="$SMALL" -v nb="$LARGE" \
        'BEGIN {printf "%s: peak RSS %s requests / %s requests = %.2f\n", l, nb, ns, b / s}'
done
