#!/usr/bin/env bash
# Tracking drill (issue 15): two instances on one PostgreSQL database; every carrier scan of a
# return of two parcels, each delivered many times at once to both instances, is applied exactly once.
#   A return of two 18 kg boxes (two parcels) is quoted, confirmed on PostNL and labelled through
#   HAProxy (PostNL's live API is pointed at a closed port, so the labels are ReturnRouter's OFFLINE
#   ones and their references are the tracking numbers). Then, in three rounds (handed in, at a
#   sorting centre, delivered: PostNL status 2, 5, 11), each parcel's signed webhook of that round
#   is posted COPIES times, all 2 x COPIES posts of a round at once, alternating between instance 1
#   and instance 2, so the two parcels of one return are applied concurrently on both instances.
#   Checks: every answer 200; in the answers applied == distinct scans (6) and duplicates == posts - 6;
#   in the database one tracking event and one parcel event (source carrier:postnl) per distinct
#   scan, one HANDED_IN, AT_HUB and RECEIVED transition of the return, both parcels RECEIVED.
#
# Usage: bench/cluster/drill-tracking-once.sh      (needs the built war and CLI: ./mvnw -DskipTests
#        -pl modules/app,modules/cli -am package; exits 1 when a scan is applied more or less than once)
# Env:   COPIES (20) posts of each scan; as bench/cluster/common.sh; defaults here keep clear of the
#        other drills' ports and database.
export HTTP_BASE=${HTTP_BASE:-9390} FRONT_PORT=${FRONT_PORT:-9390} STATS_PORT=${STATS_PORT:-9389}
export HTTPS_BASE=${HTTPS_BASE:-9790} CLUSTER_DB=${CLUSTER_DB:-rr_tracking_drill}
export CLUSTER_DIR=${CLUSTER_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/target/cluster-tracking}
source "$(dirname "$0")/common.sh"

SECRET=drill-webhook-secret
COPIES=${COPIES:-20}
SCANS=6   # two parcels, three scans each
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
  "items": [{"sku": "BOX-1", "category": "HOME", "lengthCm": 40, "widthCm": 30, "heightCm": 30, "weightKg": 18, "valueEur": 80},
            {"sku": "BOX-2", "category": "HOME", "lengthCm": 40, "widthCm": 30, "heightCm": 30, "weightKg": 18, "valueEur": 80}]}' >/dev/null
# Each parcel on a PostNL option, a different one where there are several (the quote promised each
# option room for the parcel it was quoted for).
curl -sf "$FRONT/api/v1/returns/$ID" -H "Authorization: Bearer $SHOP" \
 | python3 -c 'import json,sys
q = json.load(sys.stdin)
assert len(q["parcels"]) == 2, "expected two parcels, got %d" % len(q["parcels"])
choices = []
for i, p in enumerate(q["parcels"]):
    postnl = [o for o in p["options"] if o["carrier"] == "postnl"]
    choices.append({"parcelId": p["parcelId"], "optionId": postnl[min(i, len(postnl) - 1)]["optionId"]})
print(json.dumps({"choices": choices}))' \
 | curl -sf -X POST "$FRONT/api/v1/returns/$ID/route" -H "Authorization: Bearer $SHOP" -H 'Content-Type: application/json' -d @- >/dev/null
read -r T1 T2 < <(curl -sf -X POST "$FRONT/api/v1/returns/$ID/label" -H "Authorization: Bearer $SHOP" \
  -H 'Content-Type: application/json' -d '{}' | python3 -c 'import json,sys; print(*[p["trackingNumber"] for p in json.load(sys.stdin)["parcels"]])')
[ -n "${T2:-}" ] || { log "FAIL: the return was not labelled with two parcels"; exit 1; }
log "return $ID labelled: two parcels, tracking numbers $T1 $T2"

OUT=$CLUSTER_DIR/tracking-answers
rm -rf "$OUT" && mkdir -p "$OUT"
export OUT HTTP_BASE
# One scan as a signed PostNL webhook: PostNL gives a status no id of its own, so barcode, code and
# time (its local time) make the event id.
webhook() { # name tracking-number status-code hours-ago
  local body ts
  body='{"CurrentStatus":{"Shipment":{"Barcode":"'"$2"'","Status":{"StatusCode":"'"$3"'","StatusDescription":"drill","PhaseCode":"1","TimeStamp":"'"$(TZ=Europe/Amsterdam date -d "$4 hours ago" +'%d-%m-%Y %H:%M:%S')"'"}}}}'
  ts=$(date +%s)
  printf '%s' "$body" > "$OUT/$1.json"
  printf '%s %s\n' "$ts" "$(printf '%s.%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.* //')" > "$OUT/$1.sig"
}
START=$(date +%s.%N)
ROUND=0
for step in "2 3 handed-in" "5 2 at-a-sorting-centre" "11 1 delivered"; do
  read -r code hours what <<<"$step"
  ROUND=$((ROUND + 1))
  webhook "r$ROUND-p1" "$T1" "$code" "$hours"
  webhook "r$ROUND-p2" "$T2" "$code" "$hours"
  R0=$(date +%s.%N)
  # Copy n of parcel 1 goes to instance 1 + n % 2, of parcel 2 to the other: each parcel's copies
  # alternate between the instances, and both instances hold both parcels' scans at once.
  for n in $(seq 1 "$COPIES"); do echo "$n r$ROUND-p1"; echo "$((n + 1)) r$ROUND-p2"; done \
   | xargs -P $((2 * COPIES)) -L 1 sh -c 'port=$((HTTP_BASE + 1 + $0 % 2)); read -r ts sig < "$OUT/$1.sig"
      curl -s -o "$OUT/$1-$0.answer" -w "%{http_code}\n" -X POST "http://127.0.0.1:$port/api/v1/carriers/postnl/tracking-events" \
        -H "Content-Type: application/json" -H "X-PostNL-Timestamp: $ts" -H "X-PostNL-Signature: $sig" \
        --data-binary @"$OUT/$1.json" > "$OUT/$1-$0.status"'
  log "round $ROUND ($what, PostNL status $code): $((2 * COPIES)) posts at once, answered in $(echo "$(date +%s.%N) - $R0" | bc) s"
done
ELAPSED=$(echo "$(date +%s.%N) - $START" | bc)

POSTS=$(ls "$OUT"/*.status | wc -l)
STATUSES=$(cat "$OUT"/*.status | sort | uniq -c | xargs)
# Answers are named r<round>-p<parcel>-<k>.answer; post k went to instance 1 + k % 2.
read -r APPLIED DUPLICATES OTHER BY_INSTANCE < <(python3 -c '
import glob, json, os, sys
answers, by_instance = [], {1: 0, 2: 0}
for f in glob.glob(sys.argv[1] + "/*.answer"):
    try:
        a = json.load(open(f))
    except ValueError:
        a = {}
    answers.append(a)
    by_instance[1 + int(os.path.basename(f)[:-len(".answer")].rsplit("-", 1)[1]) % 2] += a.get("applied", 0)
print(sum(a.get("applied", 0) for a in answers), sum(a.get("duplicates", 0) for a in answers),
      sum(a.get(k, 0) for a in answers for k in ("unmatched", "unknownStatus", "noChange")),
      "instance-1:%d,instance-2:%d" % (by_instance[1], by_instance[2]))' "$OUT")
EVENTS=$(psql_cluster -c "SELECT COUNT(*) FROM tracking_event WHERE tracking_number IN ('$T1', '$T2')")
PARCEL_EVENTS=$(psql_cluster -c "SELECT COUNT(*) FROM parcel_event WHERE return_id = '$ID' AND source = 'carrier:postnl'")
PER_PARCEL=$(psql_cluster -c "SELECT string_agg(to_status, ',' ORDER BY seq) FROM parcel_event WHERE return_id = '$ID'
  GROUP BY parcel_id ORDER BY parcel_id" | xargs)
TRANSITIONS=$(psql_cluster -c "SELECT string_agg(to_status || ':' || n, ',' ORDER BY first) FROM (SELECT to_status,
  COUNT(*) n, MIN(seq) first FROM return_event WHERE return_id = '$ID' GROUP BY to_status) t")
PARCELS=$(psql_cluster -c "SELECT string_agg(status, ',' ORDER BY parcel_id) FROM parcel_booking WHERE return_id = '$ID'")
log "posts $POSTS ($SCANS distinct scans x $COPIES) in $ELAPSED s; answers: $STATUSES; applied $APPLIED ($BY_INSTANCE), duplicates refused $DUPLICATES, other outcomes $OTHER"
log "database: tracking events $EVENTS, parcel events from the carrier $PARCEL_EVENTS, per parcel [$PER_PARCEL], return transitions $TRANSITIONS, parcels $PARCELS"
if [ "$STATUSES" = "$POSTS 200" ] && [ "$APPLIED" = $SCANS ] && [ "$DUPLICATES" = $((POSTS - SCANS)) ] && [ "$OTHER" = 0 ] \
   && [ "$EVENTS" = $SCANS ] && [ "$PARCEL_EVENTS" = $SCANS ] && [ "$PARCELS" = "RECEIVED,RECEIVED" ] \
   && [ "$TRANSITIONS" = "CONFIRMED:1,LABEL_CREATED:1,HANDED_IN:1,AT_HUB:1,RECEIVED:1" ]; then
  log "PASS: each of the $SCANS scans applied once across both instances"
else
  log "FAIL"; exit 1
fi
