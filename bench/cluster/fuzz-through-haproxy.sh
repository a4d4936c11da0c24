#!/usr/bin/env bash
# The fuzz test (FuzzHttpIT) through HAProxy in front of the test server, as production runs it
# behind a load balancer: the paths Open Liberty refuses before the application (docs/security.md,
# "Residual gap") must come back as problem+json too, with every other check of the test.
#   bench/cluster/fuzz-through-haproxy.sh [REQUESTS]        (default 12000; PostgreSQL as .ci/run)
# Env: FUZZ_DB (database, recreated), IT_PORT (test server, +1 https, +2 carrier stub), FUZZ_FRONT.
export CLUSTER_DIR=${CLUSTER_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/target/cluster-fuzz}
source "$(dirname "$0")/common.sh"
REQUESTS=${1:-12000}
FUZZ_DB=${FUZZ_DB:-rr_fuzz_balancer}
IT_PORT=${IT_PORT:-9480}
FUZZ_FRONT=${FUZZ_FRONT:-9490}
ensure_package haproxy haproxy
mkdir -p "$CLUSTER_DIR"
PGPASSWORD=$PG_PASSWORD psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -qc "DROP DATABASE IF EXISTS $FUZZ_DB" \
  -c "CREATE DATABASE $FUZZ_DB" >/dev/null
cat > "$CLUSTER_DIR/haproxy-fuzz.cfg" <<CFG
global
  maxconn 1024
defaults
  mode http
  timeout connect 2s
  timeout client 120s
  timeout server 120s
frontend fuzz
  bind 127.0.0.1:$FUZZ_FRONT
  default_backend test-server
$(container_400_rule)
backend test-server
  server it 127.0.0.1:$IT_PORT
CFG
haproxy -c -q -f "$CLUSTER_DIR/haproxy-fuzz.cfg"
haproxy -D -f "$CLUSTER_DIR/haproxy-fuzz.cfg" -p "$CLUSTER_DIR/haproxy-fuzz.pid"
trap 'kill "$(cat "$CLUSTER_DIR/haproxy-fuzz.pid")" 2>/dev/null || true' EXIT
log "HAProxy on 127.0.0.1:$FUZZ_FRONT in front of the test server on $IT_PORT"
cd "$ROOT"
RETURNROUTER_DB_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/$FUZZ_DB RETURNROUTER_DB_USER=$PG_USER \
RETURNROUTER_DB_PASSWORD=$PG_PASSWORD ./mvnw -B -pl modules/app -am verify -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FuzzHttpIT -Dfuzz.requests="$REQUESTS" \
  -Dfuzz.port="$FUZZ_FRONT" -Dit.server.name=rr-fuzz -Dit.http.port="$IT_PORT" \
  -Dit.https.port=$((IT_PORT + 1)) -Dit.carrier.stub.port=$((IT_PORT + 2)) "${@:2}"
