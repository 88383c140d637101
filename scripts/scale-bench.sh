#!/usr/bin/env bash
# Steward's pages and lists at organization scale. Seeds an organization (by default 10,000 tools, 50,000 use cases
# with their review steps, 2,000 people and 500,000 audit events, on top of the demo) with `steward scale-seed`,
# serves it on core 0, and drives every list page and API list with wrk on core 1, at 1 and at 64 connections:
# requests/s, p50 and p99 per route, and any answer that is not 2xx or 3xx. SQLite in a scratch folder, or the
# PostgreSQL database DATABASE_URL names (it must be empty). Needs a release build:
#   swift build -c release --product steward
# Usage: scripts/scale-bench.sh [BUILD_FOLDER] [SECONDS] [scale-seed options…]
# With SCALE_KEEP=FOLDER (SQLite only), the seeded database is kept there and copied for later runs instead of
# seeding again. Last, SCALE_SESSIONS people (1,000 unless set; 0 skips it) sign in, each in a browser session of
# their own, and browse pages for SCALE_BROWSE seconds (60) over as many connections, pausing between pages
# as a reader would (10 to 30 s): every answer must be 2xx or 3xx, none may time out. SCALE_ROUTES=0 skips the route
# table.
set -euo pipefail
cd "$(dirname "$0")/.."
ulimit -n "$(ulimit -Hn)"  # a connection a person when many browse at once
bin=${1:-.build/release}
seconds=${2:-10}
shift $(( $# > 2 ? 2 : $# ))
scratch=$(mktemp -d)
port=9300
base="http://127.0.0.1:$port"
storage=(--key-directory "$scratch/keys")
[ -z "${DATABASE_URL:-}" ] && storage+=(--database "$scratch/steward.sqlite")

keep=${SCALE_KEEP:-}
if [ -n "$keep" ] && [ -z "${DATABASE_URL:-}" ] && [ -f "$keep/steward.sqlite" ]; then
    echo "== copying the database seeded in $keep"
    cp "$keep"/steward.sqlite* "$scratch/" && cp -Rp "$keep/keys" "$scratch/keys"
else
    echo "== seeding ($(date -u +%H:%M:%S))"
    /usr/bin/time -f "seeded in %e s, %M KB at most" "$bin/steward" scale-seed "${storage[@]}" "$@"
    if [ -n "$keep" ] && [ -z "${DATABASE_URL:-}" ]; then
        mkdir -p "$keep" && cp "$scratch"/steward.sqlite* "$keep/" && cp -Rp "$scratch/keys" "$keep/keys"
    fi
fi
taskset -c 0 "$bin/steward" serve "${storage[@]}" --port "$port" > "$scratch/steward.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$scratch"' EXIT
for _ in $(seq 1 240); do curl -s -o /dev/null "$base/" && break; sleep 0.5; done

# A signed-in officer: a browser session for the pages, an API token for the API.
jar="$scratch/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" -d "username=officer&password=steward-demo" "$base/login"
session=$(awk '$6 == "steward-session" { print $7 }' "$jar")
token=$(curl -s -X POST "$base/api/v1/tokens" -H 'Content-Type: application/json' \
    -d '{"username": "officer", "password": "steward-demo"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

pages="/ /inventory /tools /due /units /packs /usage /reports /grievances /information-requests /committee /exposure /people /audit"
apis="/me /inventory /tools /steps /units /contracts /people /packs /gateway-keys /audit-events /reports /grievances /committee/meetings"

run() { # connections, label, url, header
    local out
    out=$(taskset -c 1 wrk -t1 -c"$1" -d"${seconds}s" --timeout 10s --latency -H "$4" "$3" 2>&1)
    local rps p50 p99 bad
    rps=$(awk '/Requests\/sec/ { print $2 }' <<< "$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<< "$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
    bad=$(awk '/Non-2xx/ { print $5 }' <<< "$out")
    bad=${bad:-0}
    errors=$(awk '/Socket errors/ { print $0 }' <<< "$out" | sed 's/.*errors: //')
    printf '| %-28s | %2s | %9s | %9s | %9s | %s%s |\n' "$2" "$1" "$rps" "$p50" "$p99" "$bad" "${errors:+; $errors}"
}

if [ "${SCALE_ROUTES:-1}" != 0 ]; then
    echo "== measured ($(date -u +%H:%M:%S)), ${seconds} s a run"
    echo "| route | connections | requests/s | p50 | p99 | not 2xx/3xx |"
    echo "|---|---|---|---|---|---|"
    for connections in 1 64; do
        for path in $pages; do run "$connections" "GET $path" "$base$path" "Cookie: steward-session=$session"; done
        for path in $apis; do run "$connections" "GET /api/v1$path" "$base/api/v1$path" "Authorization: Bearer $token"; done
        # The public inventory as the public reads it: signed out.
        for path in /inventory /api/v1/inventory; do run "$connections" "GET $path (public)" "$base$path" "Accept: */*"; done
    done
fi

# Many people at once, each in a session of their own.
people=${SCALE_SESSIONS:-1000}
if [ "$people" -gt 0 ]; then
    echo "== $people people sign in ($(date -u +%H:%M:%S))"
    sign_in() { # username → the session cookie's value
        local jar csrf
        jar=$(mktemp -p "$scratch")
        csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
        curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" -d "username=$1&password=steward-demo" \
            "$base/login"
        awk '$6 == "steward-session" { print $7 }' "$jar"
    }
    export -f sign_in && export base scratch
    seq -f "scale-%05g" 1 "$people" | taskset -c 1 xargs -P 4 -I{} bash -c 'sign_in {}' > "$scratch/sessions"
    echo "$(grep -c . "$scratch/sessions") sessions; browsing for ${SCALE_BROWSE:-60} s over $people connections"
    SESSIONS_FILE="$scratch/sessions" taskset -c 1 wrk -t1 -c"$people" -d"${SCALE_BROWSE:-60}s" --timeout 10s --latency \
        -s scripts/browse-sessions.lua "$base" | grep -E "requests in|Requests/sec|Latency|50%|99%|Non-2xx|Socket errors"
fi
