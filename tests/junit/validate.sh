#!/usr/bin/env bash
# Validates JUnit reports against tests/junit/junit.xsd with xmllint (issue #7).
#
#   bash tests/junit/validate.sh FILE...   validate these files
#   bash tests/junit/validate.sh           build courier (debug), run tests/junit/sample.postman_collection.json
#                                          against a local `python3 -m http.server`, validate the report
#                                          (kept in target/junit-sample/junit.xml)
#
# Needs xmllint (Debian: libxml2-utils); when it is missing it tries apt-get, and if that fails it
# says SKIPPED loudly and exits 0. Exit status: 0 all valid, 1 a file is invalid, 2 setup failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
xsd="$here/junit.xsd"

banner() {
    echo "=================================================================="
    printf '%s\n' "$@"
    echo "=================================================================="
}

if ! command -v xmllint >/dev/null 2>&1; then
    echo "validate.sh: xmllint not found; trying: apt-get install -y libxml2-utils" >&2
    if command -v apt-get >/dev/null 2>&1; then
        apt-get install -y libxml2-utils >/dev/null 2>&1 ||
            { apt-get update >/dev/null 2>&1 && apt-get install -y libxml2-utils >/dev/null 2>&1; } ||
            true
    fi
fi
if ! command -v xmllint >/dev/null 2>&1; then
    banner "SKIPPED: JUnit schema validation (tests/junit/validate.sh)" \
        "xmllint is not installed and could not be installed (Debian package libxml2-utils)." \
        "NO JUnit FILE WAS VALIDATED."
    exit 0
fi

server_pid=""
# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT

# No file given: produce a sample report.
if [ "$#" -eq 0 ]; then
    command -v python3 >/dev/null 2>&1 || { echo "validate.sh: python3 is needed for the sample server" >&2; exit 2; }
    echo "validate.sh: building courier (cargo build)"
    (cd "$root" && cargo build --quiet --bin courier) || { echo "validate.sh: cargo build failed" >&2; exit 2; }
    target="${CARGO_TARGET_DIR:-$root/target}"
    case "$target" in /*) ;; *) target="$root/$target" ;; esac
    courier="$target/debug/courier"
    out="$target/junit-sample"
    rm -rf "$out"
    mkdir -p "$out"

    # A tiny server on an ephemeral port, serving tests/junit/ (so GET / is a listing).
    python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$here" >"$out/server.log" 2>&1 &
    server_pid=$!
    port=""
    for _ in $(seq 1 100); do
        port="$(sed -n 's/^Serving HTTP on .* port \([0-9][0-9]*\).*/\1/p' "$out/server.log" | head -n 1)"
        [ -n "$port" ] && break
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$port" ]; then
        echo "validate.sh: the sample server did not start:" >&2
        cat "$out/server.log" >&2
        exit 2
    fi
    # A port where nothing listens, for the refused-connection request.
    refused="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    token="sample-b3ar3r-t0ken-$$"

    set +e
    (cd "$out" && env -u HTTP_PROXY -u HTTPS_PROXY -u http_proxy -u https_proxy -u ALL_PROXY -u all_proxy \
        -u GITHUB_ACTIONS -u GITHUB_STEP_SUMMARY NO_COLOR=1 "$courier" run "$here/sample.postman_collection.json" -n 2 \
        --env-var "base_url=http://127.0.0.1:$port" \
        --env-var "refused_url=http://127.0.0.1:$refused/refused" \
        --env-var "token=$token" \
        -r cli,junit --reporter-junit-export "$out/junit.xml" >"$out/courier.log" 2>&1)
    rc=$?
    set -e
    # The sample fails on purpose (a failed assertion, a script error, a refused connection).
    if [ "$rc" -ne 1 ] || [ ! -s "$out/junit.xml" ]; then
        echo "validate.sh: courier exited $rc (expected 1) or wrote no report:" >&2
        cat "$out/courier.log" >&2
        exit 2
    fi
    if grep -qF "$token" "$out/junit.xml" "$out/courier.log"; then
        echo "FAIL: the bearer token appears in the sample report or console output" >&2
        exit 1
    fi
    echo "validate.sh: sample report written to $out/junit.xml"
    set -- "$out/junit.xml"
fi

status=0
for file in "$@"; do
    if errors="$(xmllint --noout --schema "$xsd" "$file" 2>&1)"; then
        echo "ok: $file validates against tests/junit/junit.xsd"
        continue
    fi
    printf '%s\n' "$errors" >&2
    echo "FAIL: $file does not validate against tests/junit/junit.xsd" >&2
    status=1
done
exit "$status"
