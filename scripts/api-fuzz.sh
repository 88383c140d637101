#!/usr/bin/env bash
# Property-based checks of the JSON API against its own OpenAPI document with schemathesis: no input the document
# allows may produce a server error. Starts Steward with demo data on a scratch SQLite file.
#   scripts/api-fuzz.sh [path to the steward binary] [examples per operation]
set -euo pipefail
binary=${1:-.build/debug/steward}
examples=${2:-25}
scratch=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port/api/v1"
env -u DATABASE_URL "$binary" serve --database "$scratch/steward.sqlite" --port "$port" > "$scratch/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "$base/openapi.json" > /dev/null && break; sleep 0.5; done

# Every token is taken before any run: the runs try wrong passwords on POST /tokens, and the sign-in throttle
# then rightly holds back further sign-ins from this address.
declare -A tokens
for account in officer rep auditor; do
    tokens[$account]=$(curl -fs -X POST -H 'Content-Type: application/json' \
        -d "{\"username\": \"$account\", \"password\": \"steward-demo\"}" "$base/tokens" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
done

status=0
for account in officer rep auditor; do
    token=${tokens[$account]}
    echo "== schemathesis as $account"
    # DELETE would revoke the token the run signs in with.
    st run "$base/openapi.json" --url "$base" -H "Authorization: Bearer $token" --checks not_a_server_error \
        --exclude-method DELETE --max-examples "$examples" --seed 1 --workers 1 --no-shrink || status=1
done
exit $status
