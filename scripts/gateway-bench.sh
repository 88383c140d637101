#!/usr/bin/env bash
# What the AI gateway adds to a call. wrk posts a 1 KB chat request with personal data in it (a name, an e-mail
# address and a phone number, so that the gateway scans, redacts and restores), at 64 connections and at 1, to the
# stub service directly and through Steward's gateway, in one run. The stub and Steward share core 0; wrk runs on
# core 1. Needs release builds:
#   swift build -c release --product steward && swift build -c release --product steward-bench
# Usage: scripts/gateway-bench.sh [BUILD_FOLDER] [SECONDS]; CONNECTIONS="64 1" (the default) chooses the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release}
seconds=${2:-20}
scratch=$(mktemp -d)

taskset -c 0 "$bin/steward-bench" stub --port 9100 > "$scratch/stub.log" 2>&1 &
stub=$!
STEWARD_GATEWAY_RATE=1000000 STEWARD_GATEWAY_BURST=1000000 taskset -c 0 "$bin/steward" serve \
    --database "$scratch/steward.sqlite" --port 9200 > "$scratch/steward.log" 2>&1 &
server=$!
trap 'kill $stub $server 2>/dev/null; rm -rf "$scratch"' EXIT
for _ in $(seq 1 120); do curl -s -o /dev/null http://127.0.0.1:9200/ && break; sleep 0.5; done

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
api() { curl -s -X "$1" "http://127.0.0.1:9200/api/v1$2" -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} ${4:+-d "$4"}; }
officer=$(api POST /tokens "" '{"username": "officer", "password": "steward-demo"}' | json '["token"]')
tool=$(api GET /tools "$officer" | python3 -c 'import json,sys; print(next(t["id"] for t in json.load(sys.stdin) if t["name"] == "DraftMate"))')
api PUT "/tools/$tool/upstream" "$officer" \
    '{"gatewayName": "draftmate", "baseURL": "http://127.0.0.1:9100/v1", "model": "bench", "credential": "bench-key"}' > /dev/null
worker=$(api POST /tokens "" '{"username": "worker", "password": "steward-demo"}' | json '["token"]')
key=$(api POST /gateway-keys "$worker" '{"label": "benchmark"}' | json '["key"]')

python3 - "$scratch/post.lua" "$key" <<'PY'
import json, sys
text = ("Please draft a short, friendly letter to Dana Hancock (dana.hancock@example.org, 478-303-3325) about the "
        "new parking rules at the county offices. Say that permits are renewed every January, that the east lot "
        "closes for resurfacing in the spring, and that questions go to the facilities desk. Keep it under two "
        "hundred words and use plain language suitable for every reader. ")
while len(text) < 900: text += "Mention that the bicycle racks by the north entrance stay open all year. "
body = json.dumps({"model": "draftmate", "messages": [{"role": "user", "content": text}]})
open(sys.argv[1], "w").write(
    'wrk.method = "POST"\nwrk.body = %s\nwrk.headers["Content-Type"] = "application/json"\n'
    'wrk.headers["Authorization"] = "Bearer %s"\n' % (json.dumps(body), sys.argv[2]))
print("request body: %d bytes" % len(body))
PY
check=$(curl -s -D - -o /dev/null -X POST http://127.0.0.1:9200/v1/chat/completions -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $key" -d '{"model": "draftmate", "messages": [{"role": "user", "content": "Write to Dana Hancock."}]}' \
    | tr -d '\r' | grep -i '^x-steward-verdict' || true)
echo "gateway check: ${check:-no verdict header}"

for connections in ${CONNECTIONS:-64 1}; do
    for target in "stub directly|http://127.0.0.1:9100/v1/chat/completions" "through the gateway|http://127.0.0.1:9200/v1/chat/completions"; do
        echo "== $connections connection(s), ${target%%|*}"
        taskset -c 1 wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$scratch/post.lua" "${target##*|}" \
            | grep -E 'Requests/sec|Latency|50%|99%|Non-2xx|Socket errors'
    done
done
