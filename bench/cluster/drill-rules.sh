#!/usr/bin/env bash
# Drill: a market rules change made through one instance reaches the other within 2 s.
# Needs two instances (start.sh 2). ROUNDS times: PUT a new NL version through instance 1 and poll
# instance 2's GET /api/v1/markets/NL/rules every 50 ms until its ETag names the new version.
source "$(dirname "$0")/common.sh"
ROUNDS=${1:-5}
MANAGER=$(cli token --role market-manager --markets NL --days 1)
auth=(-H "Authorization: Bearer $MANAGER")
etag() { curl -s -D - -o /dev/null "${auth[@]}" "$1/api/v1/markets/NL/rules" | tr -d '\r' | awk 'tolower($1)=="etag:" {print $2}'; }
worst=0
for r in $(seq 1 "$ROUNDS"); do
  current=$(etag "$(instance_url 1)")
  fee=$(( 100 + r + RANDOM % 100 ))
  code=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -X PUT -H "If-Match: $current" -H 'Content-Type: application/json' \
    -d "{\"customerFeeCents\": {\"HOME_PICKUP\": $fee}}" "$(instance_url 1)/api/v1/markets/NL/rules")
  changed=$(date +%s%N)
  want=$(etag "$(instance_url 1)")
  [ "$code" = 200 ] || { log "PUT answered $code"; exit 1; }
  while [ "$(etag "$(instance_url 2)")" != "$want" ]; do
    sleep 0.05
    [ $(( ($(date +%s%N) - changed) / 1000000 )) -gt 30000 ] && { log "round $r: not seen after 30 s"; exit 1; }
  done
  ms=$(( ($(date +%s%N) - changed) / 1000000 ))
  log "round $r: version $want on instance 1 seen by instance 2 after $ms ms"
  [ "$ms" -gt "$worst" ] && worst=$ms
done
log "slowest of $ROUNDS: $worst ms (target: within 2000 ms)"
[ "$worst" -le 2000 ] && log PASS || { log FAIL; exit 1; }
