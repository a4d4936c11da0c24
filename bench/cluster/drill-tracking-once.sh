#!/usr/bin/env bash
# Tracking drill (issue 15): two instances on one PostgreSQL database; one carrier event delivered
# many times at once, half to each instance directly, must be applied exactly once.
#   A return is quoted, confirmed and labelled through HAProxy (PostNL's live API is pointed at a
#   closed port, so the label is ReturnRouter's OFFLINE one and its reference is the tracking
#   number); then the same signed PostNL webhook (status 2, handed in) is posted 40 times at once,
#   alternating between instance 1 and instance 2.
#   Checks: the 40 answers are 200 and together say applied 1, duplicates 39; the database holds one
#   tracking event and one HANDED_IN transition for the return.
#
# Usage: bench/cluster/drill-tracking-once.sh      (needs the built war and CLI: ./mvnw -DskipTests
#        -pl modules/app,modules/cli -am package; exits 1 when the event is applied more than once)
# Env:   as bench/cluster/common.sh; defaults here keep clear of the other drills' ports and database.
export HTTP_BASE=${HTTP_BASE:-9390} FRONT_PORT=${FRONT_PORT:-9390} STATS_PORT=${STATS_PORT:-9389}
export HTTPS_BASE=${HTTPS_BASE:-9790} CLUSTER_DB=${CLUSTER_DB:-rr_tracking_drill}
export CLUSTER_DIR=${CLUSTER_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/target/cluster-tracking}
source "$(dirname "$0")/common.sh"

SECRET=drill-webhook-secret
DELIVERIES=${DELIVERIES:-40}
# The instances inherit these from the environment `server start` runs in.
export RETURNROUTER_CARRIER_POSTNL_WEBHOOK_SECRET=$SECRET RETURNROUTER_CARRIER_POSTNL_LIVE_ENABLED=true
export POSTNL_LIVE_MP_REST_URL=http://127.0.0.1:9/postnl RETURNROUTER_DEVELOPMENT_MODE=true
export RETURNROUTER_LIFECYCLE_TRACKING_POLL_SECONDS=3600

trap '"$(dirname "$0")/stop.sh"' EXIT
"$(dirname "$0")/start.sh" 2 --fresh

SHOP=$(cd "$ROOT" && java -jar modules/cli/target/returnrouter-cli.jar token --role shop --shop drill-shop 2>/dev/null)
ID=R-DRILL-$(date +%s)
curl -sf -X POST "$FRONT/api/v1/returns/routes" -H "Authorization: Bearer $SHOP" -H 'Content-Type: application/json' -d '{
  "returnId": "'"$ID"'", "shopId": "drill-shop", "market": "NL", "preferredMode": "DROP_OFF_POINT",
  "customer": {"lat": 52.0907, "lon": 5.1214, "postalCode": "3511 AB", "country": "NL", "name": "Drill Customer",
               "street": "Oudegracht", "houseNumber": "1", "city": "Utrecht", "email": "drill@example.org"},
  "deliveredOn": "'"$(date -u -d '3 days ago' +%F)"'", "reason": "SIZE_TOO_SMALL", "outcome": "REFUND",
  "items": [{"sku": "JACKET-1", "category": "FASHION", "lengthCm": 40, "widthCm": 30, "heightCm": 8, "weightKg": 1.2, "valueEur": 129}]}' >/dev/null
curl -sf "$FRONT/api/v1/returns/$ID" -H "Authorization: Bearer $SHOP" \
 | python3 -c 'import json,sys; q=json.load(sys.stdin); p=q["parcels"][0]; o=[o for o in p["options"] if o["carrier"]=="postnl"][0]; print(json.dumps({"choices":[{"parcelId":p["parcelId"],"optionId":o["optionId"]}]}))' \
 | curl -sf -X POST "$FRONT/api/v1/returns/$ID/route" -H "Authorization: Bearer $SHOP" -H 'Content-Type: application/json' -d @- >/dev/null
TRACKING=$(curl -sf -X POST "$FRONT/api/v1/returns/$ID/label" -H "Authorization: Bearer $SHOP" \
  -H 'Content-Type: application/json' -d '{}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["parcels"][0]["trackingNumber"])')
log "return $ID labelled, tracking number $TRACKING"

BODY='{"CurrentStatus":{"Shipment":{"Barcode":"'"$TRACKING"'","Status":{"StatusCode":"2","StatusDescription":"Zending in ontvangst genomen","PhaseCode":"1","TimeStamp":"'"$(TZ=Europe/Amsterdam date +'%d-%m-%Y %H:%M:%S')"'"}}}}'
TS=$(date +%s)
SIG=$(printf '%s.%s' "$TS" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.* //')
OUT=$CLUSTER_DIR/tracking-answers
rm -rf "$OUT" && mkdir -p "$OUT"
printf '%s' "$BODY" > "$OUT/body.json"
log "posting the same webhook $DELIVERIES times at once, alternating between the two instances"
export OUT TS SIG HTTP_BASE
seq 1 "$DELIVERIES" | xargs -P "$DELIVERIES" -I{} sh -c 'port=$((HTTP_BASE + 1 + $1 % 2))
  curl -s -o "$OUT/$1.answer" -w "%{http_code}\n" -X POST "http://127.0.0.1:$port/api/v1/carriers/postnl/tracking-events" \
    -H "Content-Type: application/json" -H "X-PostNL-Timestamp: $TS" -H "X-PostNL-Signature: $SIG" \
    --data-binary @"$OUT/body.json" > "$OUT/$1.status"' _ {}

STATUSES=$(cat "$OUT"/*.status | sort | uniq -c | xargs)
read -r APPLIED DUPLICATES < <(python3 - "$OUT" <<'PY'
import glob, json, sys
answers = [json.load(open(f)) for f in glob.glob(sys.argv[1] + "/*.answer")]
print(sum(a.get("applied", 0) for a in answers), sum(a.get("duplicates", 0) for a in answers))
PY
)
EVENTS=$(psql_cluster -c "SELECT COUNT(*) FROM tracking_event WHERE tracking_number = '$TRACKING'")
HANDED_IN=$(psql_cluster -c "SELECT COUNT(*) FROM return_event WHERE return_id = '$ID' AND to_status = 'HANDED_IN'")
log "answers: $STATUSES; applied $APPLIED, duplicates $DUPLICATES; tracking events stored $EVENTS, HANDED_IN transitions $HANDED_IN"
if [ "$APPLIED" = 1 ] && [ "$DUPLICATES" = $((DELIVERIES - 1)) ] && [ "$HANDED_IN" = 1 ] && [ "$EVENTS" = 1 ]; then
  log "PASS: applied once"
else
  log "FAIL"; exit 1
fi
