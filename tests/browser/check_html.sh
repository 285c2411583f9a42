#!/usr/bin/env bash
# Opens the HTML report in a real browser: Debian's headless Chromium, JavaScript off, network
# off. Renders the fixed report of tests/html_report.rs (`browser_fixture`), dumps its DOM
# and checks that the summary and the failures are there, then takes screenshots at 320 px
# and 1280 px wide for a person to look at. When `courier run -r html` is available it also
# renders a real run against a local python3 http.server and checks that page too.
# Installs chromium when missing; skips (loudly, exit 0) only when it cannot be installed.
# Everything it writes goes under the cargo target directory (target/browser-check/).
set -euo pipefail
cd "$(dirname "$0")/../.."

target="${CARGO_TARGET_DIR:-$PWD/target}"
case "$target" in /*) ;; *) target="$PWD/$target" ;; esac
out="$target/browser-check"
rm -rf "$out"
mkdir -p "$out"

fail() {
    echo "check_html: FAILED: $*" >&2
    exit 1
}

# 1. The browser.
chromium_bin="$(command -v chromium || true)"
if [ -z "$chromium_bin" ]; then
    echo "check_html: chromium is missing; installing Debian's package"
    if [ "$(id -u)" = 0 ]; then
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
            >"$out/apt.log" 2>&1 || true
    fi
    chromium_bin="$(command -v chromium || true)"
fi
if [ -z "$chromium_bin" ]; then
    echo "################################################################################"
    echo "### SKIPPED: the HTML report browser check: Debian's chromium package could not"
    echo "### be installed (see $out/apt.log). The report was NOT opened in a browser."
    echo "################################################################################"
    exit 0
fi

# 2. The report, written by the integration test's fixture.
report="$out/report.html"
COURIER_HTML_FIXTURE_OUT="$report" cargo test --quiet --test html_report -- --exact browser_fixture \
    >"$out/cargo-test.log" 2>&1 || { cat "$out/cargo-test.log" >&2; fail "cannot render the fixture report"; }
[ -s "$report" ] || fail "the fixture report was not written to $report"

# A fresh profile whose content settings block JavaScript for every page. (Chromium's new
# headless mode implements --dump-dom and --screenshot with script, so
# --blink-settings=scriptEnabled=false leaves both empty; the content setting blocks the
# page's scripts only, which probe.html below proves.)
profile_n=0
chromium() {
    profile_n=$((profile_n + 1))
    local profile="$out/profile-$profile_n"
    mkdir -p "$profile/Default"
    printf '%s\n' '{"profile":{"default_content_setting_values":{"javascript":2}}}' \
        >"$profile/Default/Preferences"
    timeout 120 "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic \
        --no-first-run --disable-background-networking --disable-component-update \
        --disable-sync --disable-extensions --hide-scrollbars --force-device-scale-factor=1 \
        --user-data-dir="$profile" "$@" 2>>"$out/chromium.log"
}

# 3. JavaScript really is off.
printf '%s\n' '<!DOCTYPE html><p id="probe">static</p><script>document.getElementById("probe").textContent = "js ran";</script>' \
    >"$out/probe.html"
chromium --dump-dom "file://$out/probe.html" >"$out/probe.dom.html" || fail "chromium failed on the probe page"
grep -q '<p id="probe">static</p>' "$out/probe.dom.html" ||
    fail "JavaScript was not disabled (probe page: $(cat "$out/probe.dom.html"))"

# 4. The page's DOM, as the browser built it.
check_dom() {
    local dom="$1"
    shift
    [ -s "$dom" ] || fail "chromium produced no DOM for $dom"
    local want
    for want in "$@"; do
        grep -qF -- "$want" "$dom" || fail "$(basename "$dom") lacks: $want"
    done
}

chromium --dump-dom "file://$report" >"$out/report.dom.html" || fail "chromium failed on the report"
check_dom "$out/report.dom.html" \
    '<title>Shop API nightly</title>' \
    'id="summary"' \
    '<dt>Requests</dt><dd>8 <small class="bad">2 failed</small></dd>' \
    '<dt>Failures</dt><dd>4</dd>' \
    'Run failed' \
    'id="failures"' \
    '<a href="#req-2">Catalog / Products / List products</a>' \
    'expected 2000 to equal 3 (token ***)' \
    'id="req-2"' \
    'binary, 20 bytes' \
    'Truncated to the first 32768 bytes'
if grep -qiE '<script|s3cr3t-T0ken-XYZ' "$out/report.dom.html"; then
    fail "the report's DOM has a script or the test secret"
fi
if grep -qiE 'Refused to (load|apply|execute|connect)|Content Security Policy' "$out/chromium.log"; then
    fail "the page broke its Content Security Policy: $(grep -iE 'Refused|Content Security' "$out/chromium.log" | head -3)"
fi

# 5. Screenshots for a person: phone width (the whole page) and desktop. (A URL fragment does
# not scroll headless screenshots: they come out blank.)
chromium --window-size=320,4000 --screenshot="$out/report-320.png" "file://$report" >/dev/null ||
    fail "no 320 px screenshot"
chromium --window-size=1280,1600 --screenshot="$out/report-1280.png" "file://$report" >/dev/null ||
    fail "no 1280 px screenshot"
for png in report-320.png report-1280.png; do
    [ -s "$out/$png" ] || fail "$png is empty"
done

# 6. A real run, once the CLI has the html reporter: one request to a local server, one to a
# closed port (a request error, hence a failure).
real_run() {
    command -v python3 >/dev/null || { echo "check_html: real run skipped: no python3"; return 0; }
    local site="$out/site" port
    mkdir -p "$site"
    printf '{"status":"ok","items":[1,2,3]}\n' >"$site/status.json"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >"$out/http.log" 2>&1 &
    local server=$!
    # shellcheck disable=SC2064
    trap "kill $server 2>/dev/null || true" EXIT
    local closed
    closed="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    for _ in $(seq 50); do
        python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
        sleep 0.1
    done
    cat >"$out/collection.json" <<EOF
{"info": {"name": "Browser check", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
 "item": [
  {"name": "Status", "request": {"method": "GET", "url": "http://127.0.0.1:$port/status.json"}},
  {"name": "Closed port", "request": {"method": "GET", "url": "http://127.0.0.1:$closed/nothing"}}
 ]}
EOF
    local status=0
    cargo run --quiet -- run "$out/collection.json" -r html \
        --reporter-html-export "$out/real.html" >"$out/real-run.log" 2>&1 || status=$?
    kill "$server" 2>/dev/null || true
    if [ ! -s "$out/real.html" ]; then
        if grep -q 'not supported' "$out/real-run.log"; then
            echo "check_html: real run skipped: this build has no -r html yet"
            return 0
        fi
        cat "$out/real-run.log" >&2
        fail "courier run -r html (exit $status) wrote no report"
    fi
    chromium --dump-dom "file://$out/real.html" >"$out/real.dom.html" || fail "chromium failed on the real report"
    check_dom "$out/real.dom.html" 'id="summary"' 'Browser check' 'id="failures"' \
        'Closed port' "127.0.0.1:$port/status.json" '200 OK'
    chromium --window-size=320,2400 --screenshot="$out/real-320.png" "file://$out/real.html" >/dev/null ||
        fail "no screenshot of the real report"
    echo "check_html: real run rendered and checked ($out/real.html)"
}
real_run

echo "check_html: OK: summary and failures render with JavaScript off; screenshots in $out"
