#!/usr/bin/env bash
# Webhook drill (issue 16): two instances on one PostgreSQL database deliver one shop's webhooks.
#   A receiver on this machine (python3, answering 200 and recording each delivery's event id) is
#   subscribed to return.confirmed; N returns are quoted and confirmed through HAProxy, so both
#   instances write outbox rows and both dispatchers race for them (SKIP LOCKED).
#   Checks: every confirmed return's event arrives (a full drop-off point refuses some confirmations); duplicates are counted and reported (at-least-once
#   allows them only when an instance dies between a send and its record); the database says which
#   instance delivered how many.
#
# Usage: bench/cluster/drill-webhooks.sh   (needs the built war and CLI: ./mvnw -DskipTests
#        -pl modules/app,modules/cli -am package; exits 1 when an event is missing)
# Env:   as bench/cluster/common.sh; RETURNS (default 60), RECEIVER_PORT (default 9399).
export HTTP_BASE=${HTTP_BASE:-9400} FRONT_PORT=${FRONT_PORT:-9400} STATS_PORT=${STATS_PORT:-9409}
export HTTPS_BASE=${HTTPS_BASE:-9800} CLUSTER_DB=${CLUSTER_DB:-rr_webhooks_drill}
export CLUSTER_DIR=${CLUSTER_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/target/cluster-webhooks}
source "$(dirname "$0")/common.sh"

RETURNS=${RETURNS:-60}
RECEIVER_PORT=${RECEIVER_PORT:-9399}
# One token quotes and confirms every return: lift the per-token request limit for the drill.
export RETURNROUTER_DEVELOPMENT_MODE=true RETURNROUTER_WEBHOOKS_POLL_MILLIS=200 RETURNROUTER_API_RATE_LIMIT_PER_MINUTE=100000

OUT=$CLUSTER_DIR/webhook-deliveries
mkdir -p "$CLUSTER_DIR" && rm -f "$OUT" "$CLUSTER_DIR/confirm-answers"
python3 - "$RECEIVER_PORT" "$OUT" <<'PY' &
import http.server, sys
port, out = int(sys.argv[1]), sys.argv[2]
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with open(out, "a") as f:
            f.write(self.headers.get("ReturnRouter-Event-Id", "") + "\n")
        self.send_response(200); self.end_headers()
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
PY
RECEIVER=$!
trap 'kill $RECEIVER 2>/dev/null; "$(dirname "$0")/stop.sh"' EXIT
"$(dirname "$0")/start.sh" 2 --fresh

SHOP=$(cd "$ROOT" && java -jar modules/cli/target/returnrouter-cli.jar token --role shop --shop drill-hooks 2>/dev/null)
curl -sf -X POST "$FRONT/api/v1/webhooks" -H "Authorization: Bearer $SHOP" -H 'Content-Type: application/json' \
  -d '{"url": "http://127.0.0.1:'"$RECEIVER_PORT"'/hook", "events": ["return.confirmed"]}' >/dev/null
log "subscribed; quoting and confirming $RETURNS returns through HAProxy"
for i in $(seq 1 "$RETURNS"); do
  ID=R-HOOK-$(date +%s)-$i
  curl -sf -X POST "$FRONT/api/v1/returns/routes" -H "Authorization: Bearer $SHOP" -H 'Content-Type: application/json' -d '{
    "returnId": "'"$ID"'", "shopId": "drill-hooks", "market": "NL", "preferredMode": "DROP_OFF_POINT",
    "customer": {"lat": 52.0907, "lon": 5.1214, "postalCode": "3511 AB", "country": "NL"},
    "deliveredOn": "'"$(date -u -d '3 days ago' +%F)"'", "reason": "SIZE_TOO_SMALL", "outcome": "REFUND",
    "items": [{"sku": "JACKET-1", "category": "FASHION", "lengthCm": 40, "widthCm": 30, "heightCm": 8, "weightKg": 1.2, "valueEur": 129}]}' \
   | python3 -c 'import json,sys; q=json.load(sys.stdin); p=q["parcels"][0]; print(json.dumps({"choices":[{"parcelId":p["parcelId"],"optionId":p["options"][0]["optionId"]}]}))' \
   | curl -s -o /dev/null -w '%{http_code}\n' -X POST "$FRONT/api/v1/returns/$ID/route" -H "Authorization: Bearer $SHOP" \
       -H 'Content-Type: application/json' -d @- >> "$CLUSTER_DIR/confirm-answers"
done
# A drop-off point full for the day refuses a confirmation (409): only confirmed returns have an event.
CONFIRMED=$(grep -c '^200$' "$CLUSTER_DIR/confirm-answers" || true)
log "confirmation answers: $(sort "$CLUSTER_DIR/confirm-answers" | uniq -c | xargs)"
for _ in $(seq 1 60); do
  [ "$(sort -u "$OUT" 2>/dev/null | grep -c . || true)" -ge "$CONFIRMED" ] && break
  sleep 1
done
sleep 3
RECEIVED=$(grep -c . "$OUT" || true)
DISTINCT=$(sort -u "$OUT" | grep -c . || true)
SPLIT=$(psql_cluster -c "SELECT string_agg(instance_id || '=' || n, ' ') FROM (SELECT instance_id, COUNT(*) AS n FROM webhook_attempt GROUP BY instance_id ORDER BY instance_id) s")
log "events $CONFIRMED, deliveries received $RECEIVED, distinct $DISTINCT, duplicates $((RECEIVED - DISTINCT)); attempts per instance: $SPLIT"
if [ "$CONFIRMED" -gt 0 ] && [ "$DISTINCT" = "$CONFIRMED" ]; then log "PASS: every event delivered"; else log "FAIL"; exit 1; fi
