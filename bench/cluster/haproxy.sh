#!/usr/bin/env bash
# (Re)writes and (re)starts the HAProxy in front of instances 1..N (Debian's haproxy, installed if
# missing). Instances whose /health/ready is DOWN take no traffic; when none is ready (the shared
# database is down) the same instances serve as unchecked backups, so clients get the
# application's own 503 problem+json with Retry-After (a refused connection is redispatched); with
# no instance alive at all HAProxy answers a 503 problem of its own.
source "$(dirname "$0")/common.sh"
N=${1:?usage: haproxy.sh N}
ensure_package haproxy haproxy
mkdir -p "$CLUSTER_DIR"
cat > "$CLUSTER_DIR/503.http" <<'HTTP'
HTTP/1.1 503 Service Unavailable
Content-Type: application/problem+json
Retry-After: 5
Cache-Control: no-cache
Connection: close

{"type":"https://returnrouter.io/problems/unavailable","title":"Service Unavailable","status":503,"detail":"No ReturnRouter instance answers. Retry in a few seconds.","errors":[]}
HTTP
{
  cat <<CFG
global
  maxconn 4096
defaults
  mode http
  option redispatch
  retries 2
  timeout connect 2s
  timeout client 120s
  timeout server 120s
  errorfile 503 $CLUSTER_DIR/503.http
frontend returnrouter
  bind 127.0.0.1:$FRONT_PORT
  default_backend instances
$(container_400_rule)
backend instances
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
CFG
  for i in $(seq 1 "$N"); do
    echo "  server $(server_name "$i") 127.0.0.1:$(instance_port "$i") check"
  done
  for i in $(seq 1 "$N"); do
    echo "  server $(server_name "$i")-backup 127.0.0.1:$(instance_port "$i") backup"
  done
  cat <<CFG
listen stats
  bind 127.0.0.1:$STATS_PORT
  stats enable
  stats uri /
CFG
} > "$CLUSTER_DIR/haproxy.cfg"
if [ -f "$CLUSTER_DIR/haproxy.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/haproxy.pid")" 2>/dev/null; then
  kill "$(cat "$CLUSTER_DIR/haproxy.pid")"; sleep 0.5
fi
haproxy -c -q -f "$CLUSTER_DIR/haproxy.cfg"
haproxy -D -f "$CLUSTER_DIR/haproxy.cfg" -p "$CLUSTER_DIR/haproxy.pid"
log "HAProxy on 127.0.0.1:$FRONT_PORT in front of $N instances"
