#!/usr/bin/env bash
# Starts N ReturnRouter instances (the built war on Liberty servers under target/cluster) on one
# PostgreSQL database behind HAProxy on 127.0.0.1:9340 (stats on :9339), and waits until every
# instance is ready. Usage: bench/cluster/start.sh N [--fresh]   (--fresh: drop the database first)
# Instances: http://127.0.0.1:934<i> (i = 1..N). Stop with bench/cluster/stop.sh.
source "$(dirname "$0")/common.sh"

N=${1:?usage: start.sh N [--fresh]}
FRESH=${2:-}
[ "$N" -ge 1 ] && [ "$N" -le 9 ] || { log "N must be 1..9"; exit 1; }

ensure_postgres
if [ "$FRESH" = "--fresh" ]; then
  log "dropping database $CLUSTER_DB"
  psql_admin -c "DROP DATABASE IF EXISTS $CLUSTER_DB WITH (FORCE)"
fi
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$CLUSTER_DB'")" ]; then
  psql_admin -c "CREATE DATABASE $CLUSTER_DB"
fi
find_wlp
[ -f "$WAR" ] || { log "no war at $WAR: ./mvnw -DskipTests -pl modules/app -am package"; exit 1; }

# One server folder per instance: the project's configuration, a smaller heap (several instances
# share this machine) and the environment naming its ports, the database and its instance id.
for i in $(seq 1 "$N"); do
  name=$(server_name "$i")
  dir=$CLUSTER_DIR/usr/servers/$name
  mkdir -p "$dir/dropins" "$dir/jdbc"
  cp "$ROOT/config/server.xml" "$ROOT/config/bootstrap.properties" "$dir/"
  cp -r "$ROOT/config/dev-keys" "$dir/" 2>/dev/null || true
  cp "$(ls -d "$WLP"/usr/servers/*/jdbc | head -1)"/*.jar "$dir/jdbc/"   # the drivers the build copied
  cp "$WAR" "$dir/dropins/returnrouter.war"
  cat > "$dir/jvm.options" <<JVM
-Xms$HEAP
-Xmx$HEAP
-XX:+ExitOnOutOfMemoryError
-Duser.timezone=UTC
-XX:+UseParallelGC
JVM
  cat > "$dir/server.env" <<ENV
RETURNROUTER_HTTP_PORT=$(instance_port "$i")
RETURNROUTER_HTTPS_PORT=$((HTTPS_BASE + i))
RETURNROUTER_HTTP_HOST=127.0.0.1
RETURNROUTER_DB_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/$CLUSTER_DB
RETURNROUTER_DB_USER=$PG_USER
RETURNROUTER_DB_PASSWORD=$PG_PASSWORD
RETURNROUTER_INSTANCE_ID=$name
RETURNROUTER_DATA_DIR=$dir/data
RETURNROUTER_PLANS_LEASE_SECONDS=$LEASE_SECONDS
keystore_password=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
ENV
done

# Start them all at the same moment (what two pods of one deployment do on an empty database).
for i in $(seq 1 "$N"); do
  if [ -n "$(instance_pid "$i")" ] && kill -0 "$(instance_pid "$i")" 2>/dev/null; then
    log "$(server_name "$i") already runs"
  else
    server start "$(server_name "$i")" >/dev/null &
  fi
done
wait

"$(dirname "$0")/haproxy.sh" "$N"

for i in $(seq 1 "$N"); do
  if wait_for "$(instance_url "$i")/health/ready" 240; then
    log "$(server_name "$i") ready at $(instance_url "$i")"
  else
    log "$(server_name "$i") NOT ready after 240 s: $(curl -s "$(instance_url "$i")/health" || true)"
    exit 1
  fi
done
wait_for "$FRONT/health/ready" 30 && log "HAProxy front at $FRONT (stats http://127.0.0.1:$STATS_PORT/)"
