#!/usr/bin/env bash
# bench/run.sh - courier vs Newman, side by side, against a local nginx.
#
# Run by hand (not in CI):   bash bench/run.sh
#
# What it does:
#   1. makes sure the tools exist: nginx, wrk, /usr/bin/time (and hyperfine if
#      the distro has it) from Debian via apt-get; Newman 6 via
#      `npm install --prefix "$BENCH_DIR/node" newman@6` unless `newman` is on
#      PATH; courier from $COURIER, built with `cargo build --release` if missing.
#   2. starts nginx on 127.0.0.1:$PORT with a private config in a temp dir
#      (access_log off, keepalive_requests 100000, every path answers a ~90 byte
#      JSON document, /nginx_status counts requests).
#   3. generates two collections: "plain" (10 GETs to {{base}}/items/N) and
#      "scripted" (the same, each with a test script doing two pm.expect and one
#      pm.environment.set); both are run with -n $ITERATIONS (default 100, so
#      1,000 requests per run).
#   4. for each tool and collection: one checked run under `/usr/bin/time -v`
#      (exit code, number of requests nginx saw, peak RSS), then $RUNS timed runs
#      (hyperfine if installed, else date +%s.%N). A tool that fails the checked
#      run (e.g. courier without script support yet) is reported as n/a.
#      `wrk -t1 -c1 -d$WRK_DURATION` gives the loopback limit.
#   5. prints requests/s, peak RSS and the ratio courier/newman.
#
# Environment knobs (defaults in brackets):
#   COURIER      courier binary [<repo>/target/release/courier]
#   BENCH_DIR    cache for the Newman install [<repo>/target/bench]
#   PORT         nginx port [first free one from 18080]
#   RUNS         timed runs per tool and collection [3]
#   ITERATIONS   -n passed to both tools [100]
#   WRK_DURATION wrk duration [5s]
#   REPORTER     cli | json: `json` adds `-r json --reporter-json-export FILE`
#                for both tools instead of the cli reporter [cli]
#   NO_INSTALL=1 never call apt-get / npm / cargo; missing tools become n/a
#   ONLY         courier | newman: run only that tool
#   KEEP_TMP=1   keep the temp dir (configs, collections, logs) for inspection
#   NO_HYPERFINE=1  time with date +%s.%N even if hyperfine is installed
# Needs root (or sudo) only to apt-get install missing tools.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$SCRIPT_DIR/.." && pwd)
COURIER=${COURIER:-$REPO_DIR/target/release/courier}
BENCH_DIR=${BENCH_DIR:-$REPO_DIR/target/bench}
RUNS=${RUNS:-3}
ITERATIONS=${ITERATIONS:-100}
WRK_DURATION=${WRK_DURATION:-5s}
REPORTER=${REPORTER:-cli}
NO_INSTALL=${NO_INSTALL:-0}
ONLY=${ONLY:-}
KEEP_TMP=${KEEP_TMP:-0}
ITEMS=10
TOTAL=$((ITEMS * ITERATIONS))

# Messages go to fd 9, a copy of the original stderr, so they are not lost in
# a command's redirected output when a trap fires inside it.
exec 9>&2
log() { printf '[bench] %s\n' "$*" >&9; }
die() { printf '[bench] error: %s\n' "$*" >&9; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/courier-bench.XXXXXX")
NGINX_PID=""
CHILD_PID=""
# Job control: every background child gets its own process group, so Ctrl-C
# reaches only this script (tools like wrk, newman, time and hyperfine catch
# SIGINT and exit 0, which would otherwise let the script carry on); the trap
# then stops the running child's group and nginx, by their ids.
set -m
stop_group() { # pgid of a child we started: TERM it, KILL it after 5 s, reap it
    kill -TERM -- "-$1" 2>/dev/null || return 0
    (sleep 5 && kill -KILL -- "-$1") >/dev/null 2>&1 &
    local killer=$!
    wait "$1" 2>/dev/null || true
    kill -- "-$killer" 2>/dev/null || true
    wait "$killer" 2>/dev/null || true
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
# Run a command in the background (own process group) and wait for it, so a
# signal interrupts the wait at once. Redirections go on the call.
run_child() {
    local rc=0
    "$@" &
    CHILD_PID=$!
    wait "$CHILD_PID" || rc=$?
    CHILD_PID=""
    return "$rc"
}

# ---------------------------------------------------------------- 1. tools
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO=sudo
APT_UPDATED=0
apt_install() { # pkg... ; returns non-zero if it could not install
    [[ "$NO_INSTALL" == 1 ]] && return 1
    if [[ $APT_UPDATED == 0 ]]; then
        log "apt-get update"
        $SUDO apt-get update -qq >"$TMP/apt.log" 2>&1 || { cat "$TMP/apt.log" >&2; return 1; }
        APT_UPDATED=1
    fi
    log "apt-get install -y $*"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >>"$TMP/apt.log" 2>&1 ||
        { tail -n 20 "$TMP/apt.log" >&2; return 1; }
}

NGINX=$(command -v nginx || echo /usr/sbin/nginx)
missing=()
[[ -x "$NGINX" ]] || missing+=(nginx)
command -v wrk >/dev/null || missing+=(wrk)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
    apt_install "${missing[@]}" || die "could not install: ${missing[*]}"
fi
[[ -x "$NGINX" ]] || NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x "$NGINX" ]] || die "nginx not found"
if ! command -v hyperfine >/dev/null; then
    apt_install hyperfine || log "hyperfine unavailable; timing with date +%s.%N"
fi
HYPERFINE=$(command -v hyperfine || true)
[[ "${NO_HYPERFINE:-0}" == 1 ]] && HYPERFINE=""
command -v node >/dev/null || die "node is needed (for Newman and to read JSON)"

NEWMAN=""
if [[ "$ONLY" != courier ]]; then
    if command -v newman >/dev/null; then
        NEWMAN=$(command -v newman)
    elif [[ -x "$BENCH_DIR/node/node_modules/.bin/newman" ]]; then
        NEWMAN="$BENCH_DIR/node/node_modules/.bin/newman"
    elif [[ "$NO_INSTALL" != 1 ]]; then
        log "npm install newman@6 into $BENCH_DIR/node"
        mkdir -p "$BENCH_DIR/node"
        if npm install --prefix "$BENCH_DIR/node" --no-audit --no-fund --loglevel=error newman@6 >&2; then
            NEWMAN="$BENCH_DIR/node/node_modules/.bin/newman"
        else
            log "newman install failed"
        fi
    fi
fi

COURIER_OK=0
if [[ "$ONLY" != newman ]]; then
    if [[ ! -x "$COURIER" && "$NO_INSTALL" != 1 && "$COURIER" == "$REPO_DIR/target/release/courier" ]]; then
        log "building courier (cargo build --release)"
        (cd "$REPO_DIR" && cargo build --release --quiet) >"$TMP/cargo.log" 2>&1 ||
            { tail -n 5 "$TMP/cargo.log" >&2; log "cargo build failed"; }
    fi
    if [[ -x "$COURIER" ]]; then COURIER_OK=1; else log "courier binary not found at $COURIER"; fi
fi

# ---------------------------------------------------------------- 2. nginx
# shellcheck source=bench/nginx.sh
source "$SCRIPT_DIR/nginx.sh"
start_nginx 18080

# Requests nginx has handled so far (its own status request included).
nginx_requests() {
    local line
    exec 3<>"/dev/tcp/127.0.0.1/$PORT" || die "nginx is not answering on $BASE"
    printf 'GET /nginx_status HTTP/1.0\r\nHost: bench\r\n\r\n' >&3
    line=$(grep -A1 'server accepts handled requests' <&3 | tail -n1)
    exec 3<&- 3>&-
    awk '{print $3}' <<<"$line"
}

# ---------------------------------------------------------------- 3. collections
gen_collection() { # name scripted(0|1) > file
    local name=$1 scripted=$2 i sep=""
    printf '{\n  "info": {"name": "bench-%s", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},\n  "item": [\n' "$name"
    for i in $(seq 1 "$ITEMS"); do
        printf '%s    {"name": "item %d", "request": {"method": "GET", "header": [], "url": "{{base}}/items/%d"}' "$sep" "$i" "$i"
        if [[ $scripted == 1 ]]; then
            printf ', "event": [{"listen": "test", "script": {"type": "text/javascript", "exec": [\n'
            printf '      "pm.test(\\"item %d ok\\", function () {",\n' "$i"
            printf '      "    pm.expect(pm.response.code).to.equal(200);",\n'
            printf '      "    pm.expect(pm.response.json().ok).to.be.true;",\n'
            printf '      "});",\n'
            printf '      "pm.environment.set(\\"last_id_%d\\", pm.response.json().id);"\n' "$i"
            printf '    ]}}]'
        fi
        printf '}'
        sep=$',\n'
    done
    printf '\n  ],\n  "variable": [{"key": "base", "value": "%s"}]\n}\n' "$BASE"
}
gen_collection plain 0 >"$TMP/plain.postman_collection.json"
gen_collection scripted 1 >"$TMP/scripted.postman_collection.json"
# The same workloads for Hurl (for scale): the scripted one uses Hurl's declarative
# captures and asserts in place of a JS test script.
gen_hurl() { # scripted(0|1)
    local i
    for i in $(seq 1 "$ITEMS"); do
        printf 'GET %s/items/%d\n' "$BASE" "$i"
        if [[ $1 == 1 ]]; then
            printf 'HTTP 200\n[Captures]\nlast_id_%d: jsonpath "$.id"\n[Asserts]\nstatus == 200\njsonpath "$.ok" == true\n' "$i"
        fi
        printf '\n'
    done
}
gen_hurl 0 >"$TMP/plain.hurl"
gen_hurl 1 >"$TMP/scripted.hurl"
for c in plain scripted; do
    node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' \
        "$TMP/$c.postman_collection.json" || die "generated $c collection is not JSON"
done

# ---------------------------------------------------------------- 4. measure
# Command line (as a string for hyperfine; words have no spaces) for tool+collection.
tool_cmd() { # tool collection
    local bin coll="$TMP/$2.postman_collection.json"
    if [[ $1 == hurl ]]; then
        printf '%s --repeat %s %s' "$HURL" "$ITERATIONS" "$TMP/$2.hurl"
        return
    fi
    if [[ $1 == courier ]]; then bin=$COURIER; else bin=$NEWMAN; fi
    local cmd="$bin run $coll -n $ITERATIONS"
    if [[ $REPORTER == json ]]; then
        cmd+=" -r json --reporter-json-export $TMP/$1-$2.report.json"
    else
        cmd+=" -r cli"
    fi
    printf '%s' "$cmd"
}

declare -A RPS MEAN SD RSS NOTE
# The checked run: exit code, requests nginx saw, peak RSS.
checked_run() { # tool collection -> 0 if usable
    local tool=$1 coll=$2 before after sent rc=0 key="$1/$2"
    local cmd
    cmd=$(tool_cmd "$tool" "$coll")
    before=$(nginx_requests) || exit 1
    # shellcheck disable=SC2086 # cmd is deliberately word-split
    run_child /usr/bin/time -v -o "$TMP/$tool-$coll.time" $cmd >"$TMP/$tool-$coll.out" 2>&1 || rc=$?
    after=$(nginx_requests) || exit 1
    sent=$((after - before - 1))
    RSS[$key]=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$TMP/$tool-$coll.time")
    if ((rc != 0)); then
        NOTE[$key]="exit $rc: $(grep -v '^\s*$' "$TMP/$tool-$coll.out" | grep -iv 'command exited' | tail -n1 | cut -c1-60)"
        return 1
    fi
    if ((sent != TOTAL)); then
        NOTE[$key]="sent $sent of $TOTAL requests"
        return 1
    fi
    # A runner that skips the scripts did not do the scripted workload.
    if grep -q "does not run scripts" "$TMP/$tool-$coll.out"; then
        NOTE[$key]="scripts not run"
        return 1
    fi
    return 0
}

timed_runs() { # tool collection
    local tool=$1 coll=$2 key="$1/$2" cmd mean sd
    cmd=$(tool_cmd "$tool" "$coll")
    if [[ -n "$HYPERFINE" ]]; then
        run_child hyperfine --runs "$RUNS" --warmup 0 --style none --export-json "$TMP/$tool-$coll.hf.json" \
            "$cmd" >/dev/null 2>&1 || { NOTE[$key]="hyperfine failed"; return 1; }
        read -r mean sd < <(node -e '
            const r = JSON.parse(require("fs").readFileSync(process.argv[1])).results[0];
            console.log(r.mean.toFixed(3), (r.stddev || 0).toFixed(3));' "$TMP/$tool-$coll.hf.json")
    else
        local times=() i t0 t1
        for i in $(seq "$RUNS"); do
            t0=$(date +%s.%N)
            # shellcheck disable=SC2086
            run_child $cmd >/dev/null 2>&1 || { NOTE[$key]="run $i failed"; return 1; }
            t1=$(date +%s.%N)
            times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')")
        done
        read -r mean sd < <(printf '%s\n' "${times[@]}" |
            awk '{s += $1; q += $1 * $1; n++} END {m = s / n; v = q / n - m * m; if (v < 0) v = 0;
                  printf "%.3f %.3f\n", m, sqrt(v)}')
    fi
    MEAN[$key]=$mean SD[$key]=$sd
    RPS[$key]=$(awk -v n="$TOTAL" -v m="$mean" 'BEGIN {printf "%.0f", n / m}')
}

measure() { # tool collection
    local key="$1/$2"
    log "$1 / $2: checked run"
    if checked_run "$1" "$2"; then
        log "$1 / $2: $RUNS timed runs"
        timed_runs "$1" "$2" || true
    else
        log "$1 / $2: n/a (${NOTE[$key]})"
    fi
}

log "wrk -t1 -c1 -d$WRK_DURATION $BASE/items/1"
run_child wrk -t1 -c1 -d"$WRK_DURATION" "$BASE/items/1" >"$TMP/wrk.out" 2>&1 || die "wrk failed: $(tail -n1 "$TMP/wrk.out")"
WRK_RPS=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$TMP/wrk.out")

TOOLS=()
if [[ "$ONLY" != newman ]]; then
    TOOLS+=(courier)
    ((COURIER_OK)) || NOTE[courier/plain]="no binary" NOTE[courier/scripted]="no binary"
fi
if [[ "$ONLY" != courier ]]; then
    TOOLS+=(newman)
    [[ -n "$NEWMAN" ]] || NOTE[newman/plain]="not installed" NOTE[newman/scripted]="not installed"
fi
# Hurl, for scale, when installed (HURL=/path/to/hurl, or hurl on PATH):
#   apt-get install libcurl4-openssl-dev libxml2-dev libclang-dev pkg-config
#   cargo install hurl@8.0.1 --locked
HURL=${HURL:-$(command -v hurl || true)}
if [[ -z "$ONLY" && -n "$HURL" ]]; then
    TOOLS+=(hurl)
fi
for coll in plain scripted; do
    for tool in "${TOOLS[@]}"; do
        if [[ $tool == courier ]] && ((!COURIER_OK)); then continue; fi
        if [[ $tool == newman && -z "$NEWMAN" ]]; then continue; fi
        measure "$tool" "$coll"
    done
done

# ---------------------------------------------------------------- 5. report
echo
echo "courier vs newman: $TOTAL requests per run ($ITEMS items x -n $ITERATIONS), nginx on $BASE"
echo "timing: ${HYPERFINE:+hyperfine, }$RUNS runs each, whole process (start-up included); reporter: $REPORTER"
[[ $COURIER_OK == 1 ]] && echo "courier: $COURIER"
[[ -n "$NEWMAN" ]] && echo "newman:  $NEWMAN ($("$NEWMAN" --version 2>/dev/null || echo '?'))"
echo
printf '%-9s %-9s %10s %12s %12s  %s\n' tool workload 'req/s' 'mean s (sd)' 'peak RSS MB' note
printf '%-9s %-9s %10s %12s %12s  %s\n' wrk loopback "${WRK_RPS:-n/a}" - - "-t1 -c1 -d$WRK_DURATION"
for coll in plain scripted; do
    for tool in "${TOOLS[@]}"; do
        key="$tool/$coll"
        if [[ -n "${RPS[$key]:-}" ]]; then
            printf '%-9s %-9s %10s %12s %12s  %s\n' "$tool" "$coll" "${RPS[$key]}" \
                "${MEAN[$key]} (${SD[$key]})" "${RSS[$key]:-?}" "${NOTE[$key]:-}"
        else
            printf '%-9s %-9s %10s %12s %12s  %s\n' "$tool" "$coll" n/a - "${RSS[$key]:--}" "${NOTE[$key]:-}"
        fi
    done
done
echo
for coll in plain scripted; do
    c=${RPS[courier/$coll]:-} n=${RPS[newman/$coll]:-}
    if [[ -n "$c" && -n "$n" ]]; then
        speed=$(awk -v c="$c" -v n="$n" 'BEGIN {printf "%.2f", c / n}')
        mem=$(awk -v c="${RSS[courier/$coll]:-0}" -v n="${RSS[newman/$coll]:-0}" \
            'BEGIN {if (c > 0) printf "%.2f", n / c; else print "n/a"}')
        echo "ratio courier/newman ($coll): ${speed}x requests/s, newman uses ${mem}x the memory"
    else
        echo "ratio courier/newman ($coll): n/a"
    fi
done
for coll in plain scripted; do
    c=${RPS[courier/$coll]:-} h=${RPS[hurl/$coll]:-}
    if [[ -n "$c" && -n "$h" ]]; then
        echo "ratio courier/hurl ($coll): $(awk -v c="$c" -v h="$h" 'BEGIN {printf "%.2f", c / h}')x requests/s"
    fi
done
if [[ -n "${RPS[courier/plain]:-}" && -n "$WRK_RPS" ]]; then
    awk -v c="${RPS[courier/plain]}" -v w="$WRK_RPS" \
        'BEGIN {printf "courier plain reaches %.1f%% of the wrk loopback limit\n", 100 * c / w}'
fi
