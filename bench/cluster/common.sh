#!/usr/bin/env bash
# Shared settings of the cluster scripts: N Liberty servers of the built war on one PostgreSQL
# database behind HAProxy, all on loopback. Override any of these in the environment.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CLUSTER_DIR=${CLUSTER_DIR:-$ROOT/target/cluster}          # servers, logs, HAProxy files
WLP=${WLP:-}                                               # a Liberty runtime (found below if empty)
WAR=${WAR:-$ROOT/modules/app/target/returnrouter.war}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
PG_PASSWORD=${PG_PASSWORD:-postgres}
CLUSTER_DB=${CLUSTER_DB:-rr_cluster}
HTTP_BASE=${HTTP_BASE:-9340}     # instance i listens on HTTP_BASE + i (1..9)
HTTPS_BASE=${HTTPS_BASE:-9740}
FRONT_PORT=${FRONT_PORT:-9340}   # HAProxy
STATS_PORT=${STATS_PORT:-9339}
HEAP=${HEAP:-1g}
LEASE_SECONDS=${LEASE_SECONDS:-15}
FRONT="http://127.0.0.1:$FRONT_PORT"

log() { printf '[cluster %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

instance_port() { echo $((HTTP_BASE + $1)); }
instance_url() { echo "http://127.0.0.1:$(instance_port "$1")"; }
server_name() { echo "rr-cluster-$1"; }

find_wlp() {
  if [ -z "$WLP" ]; then
    WLP=$(ls -d "$ROOT"/modules/app/target/liberty/wlp 2>/dev/null || true)
  fi
  if [ -z "$WLP" ] || [ ! -x "$WLP/bin/server" ]; then
    log "no Liberty runtime: building the war and its runtime (./mvnw -DskipTests -pl modules/app -am package liberty:create)"
    (cd "$ROOT" && ./mvnw -q -DskipTests -pl modules/app -am package liberty:create)
    WLP=$ROOT/modules/app/target/liberty/wlp
  fi
}

server() { [ -n "$WLP" ] || find_wlp; WLP_USER_DIR="$CLUSTER_DIR/usr" "$WLP/bin/server" "$@"; }

ensure_package() { # command package
  if ! command -v "$1" >/dev/null 2>&1; then
    log "installing Debian's $2"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }
  fi
}

ensure_postgres() {
  if ! pg_isready -h "$PG_HOST" -p "$PG_PORT" -q; then
    local version; version=$(ls /etc/postgresql | sort -V | tail -n 1)
    log "PostgreSQL is down: starting cluster $version/main"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
    for _ in $(seq 1 30); do pg_isready -h "$PG_HOST" -p "$PG_PORT" -q && return; sleep 1; done
    log "PostgreSQL does not answer"; exit 1
  fi
}

psql_admin() { PGPASSWORD=$PG_PASSWORD psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_cluster() { PGPASSWORD=$PG_PASSWORD psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$CLUSTER_DB" -v ON_ERROR_STOP=1 -qAt "$@"; }

cli() {
  local jar=$ROOT/modules/cli/target/returnrouter-cli.jar
  if [ ! -f "$jar" ]; then
    (cd "$ROOT" && ./mvnw -q -DskipTests -pl modules/cli -am package)
  fi
  java -jar "$jar" "$@" 2>/dev/null
}

# wait_for URL SECONDS [expected status]: polls until the URL answers the status (default 200)
wait_for() {
  local url=$1 seconds=$2 want=${3:-200} code
  for _ in $(seq 1 $((seconds * 2))); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
    [ "$code" = "$want" ] && return 0
    sleep 0.5
  done
  return 1
}

# PID of the Liberty JVM of instance i
instance_pid() { cat "$CLUSTER_DIR/usr/servers/.pid/$(server_name "$1").pid" 2>/dev/null; }

instances() { ls -d "$CLUSTER_DIR"/usr/servers/rr-cluster-* 2>/dev/null | sed 's/.*rr-cluster-//' | sort -n; }

json_field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d.get('$1', ''))"; }

# await_solving PLAN_ID TOKEN: waits until an instance solves the plan and has a best score; prints its owner
await_solving() {
  local plan owner
  for _ in $(seq 1 480); do
    plan=$(curl -s -H "Authorization: Bearer $2" "$FRONT/api/v1/plans/$1")
    owner=$(echo "$plan" | json_field solvedBy)
    if [ -n "$owner" ] && [ -n "$(echo "$plan" | json_field bestScore)" ]; then
      echo "$owner"; return 0
    fi
    sleep 0.5
  done
  log "plan $1 never started solving: $plan" >&2
  return 1
}

# Open Liberty answers some malformed paths with its own 400 (text/html or {"error_message"}) before
# any application code runs (docs/security.md, "Residual gap"). Writes the API's problem for them
# and prints the HAProxy rule that answers exactly those (a 400 that is not problem+json) with it.
container_400_rule() {
  mkdir -p "$CLUSTER_DIR"
  cat > "$CLUSTER_DIR/400-container.json" <<'JSON'
{"type":"https://returnrouter.io/problems/malformed-request","title":"Bad Request","status":400,"detail":"The request path holds a malformed percent escape, a control character, or a dot or semicolon segment that the server refuses before reading the request. Encode the path as RFC 3986 says.","errors":[{"field":"path","message":"malformed or unsafe path"}]}
JSON
  echo "  http-response return status 400 content-type \"application/problem+json\" file $CLUSTER_DIR/400-container.json if { status 400 } !{ res.hdr(content-type) -m beg application/problem+json }"
}
