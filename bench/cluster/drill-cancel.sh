#!/usr/bin/env bash
# Drill: DELETE of a plan through either instance stops it. Needs two instances (start.sh 2).
# For each of "the instance solving it" and "the other instance": submit, wait until it is solved
# with a best score, DELETE there, and time until it is CANCELLED with its best solution kept.
source "$(dirname "$0")/common.sh"
PLANNER=$(cli token --role planner --days 1)
auth=(-H "Authorization: Bearer $PLANNER")
RESULT=0
for through in owner other; do
  id=$(curl -s "${auth[@]}" -H 'Content-Type: application/json' -X POST "$FRONT/api/v1/plans" \
    -d '{"generate": {"returns": 1000, "seed": 3}, "timeLimitSeconds": 300}' | json_field id)
  owner=$(await_solving "$id" "$PLANNER")
  i=${owner#rr-cluster-}
  [ "$through" = other ] && i=$(( i == 1 ? 2 : 1 ))
  start=$(date +%s.%N)
  code=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -X DELETE "$(instance_url "$i")/api/v1/plans/$id")
  for _ in $(seq 1 120); do
    status=$(curl -s "${auth[@]}" "$FRONT/api/v1/plans/$id" | json_field status)
    [ "$status" = CANCELLED ] && break
    sleep 0.25
  done
  took=$(echo "$(date +%s.%N) - $start" | bc | cut -c1-5)
  kept=$(curl -s "${auth[@]}" "$FRONT/api/v1/plans/$id" | python3 -c "import json,sys; print(json.load(sys.stdin).get('kpis', {}).get('returns', 'none'))")
  log "DELETE through the $through instance ($(server_name "$i"), plan solved by $owner): $code, $status after $took s, KPIs of $kept returns kept"
  [ "$status" = CANCELLED ] && [ "$kept" != none ] || RESULT=1
done
[ $RESULT = 0 ] && log PASS || log FAIL
exit $RESULT
