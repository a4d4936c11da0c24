#!/usr/bin/env bash
# Stops HAProxy and every instance started by start.sh (a server that does not stop within 60 s
# is killed). The database is kept; start.sh N --fresh drops it.
source "$(dirname "$0")/common.sh"
find_wlp
if [ -f "$CLUSTER_DIR/haproxy.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null; then
  kill "$(cat "$CLUSTER_DIR/haproxy.pid")" && log "HAProxy stopped"
fi
rm -f "$CLUSTER_DIR/haproxy.pid"
for i in $(instances); do
  pid=$(instance_pid "$i" || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    timeout 60 env WLP_USER_DIR="$CLUSTER_DIR/usr" "$WLP/bin/server" stop "$(server_name "$i")" >/dev/null || kill -9 "$pid" || true
    log "$(server_name "$i") stopped"
  fi
done
