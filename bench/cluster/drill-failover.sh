#!/usr/bin/env bash
# Drill: kill -9 of the instance solving a plan; another instance takes it over once the lease has
# expired and stores it once. Needs two instances (start.sh 2). Prints the takeover time and
# checks the stored assignments: one per parcel, none twice, none lost.
# Usage: bench/cluster/drill-failover.sh [RETURNS] [TIME_LIMIT_SECONDS]
source "$(dirname "$0")/common.sh"
RETURNS=${1:-2000}; LIMIT=${2:-40}
PLANNER=$(cli token --role planner --days 1)
auth=(-H "Authorization: Bearer $PLANNER")

id=$(curl -s "${auth[@]}" -H 'Content-Type: application/json' -X POST "$(instance_url 1)/api/v1/plans" \
  -d "{\"generate\": {\"returns\": $RETURNS, \"seed\": 7}, \"timeLimitSeconds\": $LIMIT}" | json_field id)
log "plan $id submitted through instance 1 ($RETURNS returns, $LIMIT s)"
owner=$(await_solving "$id" "$PLANNER")
victim=${owner#rr-cluster-}
pid=$(instance_pid "$victim")
log "plan solved by $owner (pid $pid), best score so far: kill -9"
kill -9 "$pid"
killed=$(date +%s.%N)

survivor=$(( victim == 1 ? 2 : 1 ))
taken=""
while true; do
  plan=$(curl -s --max-time 5 "${auth[@]}" "$(instance_url "$survivor")/api/v1/plans/$id")
  now=$(date +%s.%N)
  by=$(echo "$plan" | json_field solvedBy); status=$(echo "$plan" | json_field status)
  if [ -z "$taken" ] && [ -n "$by" ] && [ "$by" != "$owner" ]; then
    taken=$now; log "taken over by $by after $(echo "$now - $killed" | bc | cut -c1-5) s (lease $LEASE_SECONDS s)"
  fi
  case $status in SOLVED|CANCELLED|FAILED) break ;; esac
  if [ "$(echo "$now - $killed > $LEASE_SECONDS + 30 + $LIMIT + 60" | bc)" = 1 ]; then log "not finished in time: $plan"; exit 1; fi
  sleep 0.5
done
log "plan $status after $(echo "$now - $killed" | bc | cut -c1-5) s, attempts $(echo "$plan" | json_field attempts)"
read -r rows distinct <<<"$(psql_cluster -F' ' -c "SELECT COUNT(*), COUNT(DISTINCT parcel_id) FROM plan_assignment WHERE plan_id = '$id'")"
parcels=$(echo "$plan" | python3 -c "import json,sys; print(json.load(sys.stdin)['kpis']['parcels'])")
log "assignments stored: $rows rows, $distinct distinct parcels, plan KPIs: $parcels parcels"
[ "$status" = SOLVED ] && [ "$rows" = "$distinct" ] && [ "$rows" = "$parcels" ] && [ -n "$taken" ] \
  && [ "$(echo "$taken - $killed <= $LEASE_SECONDS + 30" | bc)" = 1 ] && log "PASS" || { log "FAIL"; RESULT=1; }
log "restarting $owner"
server start "$owner" >/dev/null
wait_for "$(instance_url "$victim")/health/ready" 240 && log "$owner ready again"
exit ${RESULT:-0}
