#!/usr/bin/env bash
# Drill: N instances (default 2) started at the same moment on an empty database all become
# ready (Flyway's lock serialises the migration; seeding takes what another instance inserted
# meanwhile as done). Stops the cluster, drops the database, starts, then reports each instance's
# start-up health and the start-up failures or unique violations its log shows.
source "$(dirname "$0")/common.sh"
N=${1:-2}
"$(dirname "$0")/stop.sh"
"$(dirname "$0")/start.sh" "$N" --fresh
RESULT=0
for i in $(seq 1 "$N"); do
  logf=$CLUSTER_DIR/usr/servers/$(server_name "$i")/logs/messages.log
  health=$(curl -s "$(instance_url "$i")/health")
  status=$(echo "$health" | python3 -c "import json,sys; print(json.load(sys.stdin)['status'])")
  seeded=$(grep -c "seeded by another instance meanwhile" "$logf" || true)
  failed=$(grep -c "Start-up step failed\|CWWKZ0002E" "$logf" || true)
  log "$(server_name "$i"): /health $status; rules seeded by the other instance: $seeded markets; start-up failures: $failed"
  [ "$status" = UP ] && [ "$failed" = 0 ] || RESULT=1
done
log "market rules versions in the database: $(psql_cluster -c 'SELECT COUNT(*) FROM market_rules_version') (one per market)"
[ $RESULT = 0 ] && log PASS || log FAIL
exit $RESULT
