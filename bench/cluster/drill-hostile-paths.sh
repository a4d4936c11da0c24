#!/usr/bin/env bash
# Drill: paths Open Liberty refuses before any application code runs (docs/security.md, "Residual
# gap") get the API's problem+json through the load balancer, while straight to an instance they
# get Liberty's own 400; a problem+json 400 of the application passes HAProxy unchanged.
#   bench/cluster/drill-hostile-paths.sh        (starts 1 instance behind HAProxy, stops it after)
# Exit 0 only when every check holds.
export HTTP_BASE=${HTTP_BASE:-9370} FRONT_PORT=${FRONT_PORT:-9370} STATS_PORT=${STATS_PORT:-9369}
export HTTPS_BASE=${HTTPS_BASE:-9770} CLUSTER_DB=${CLUSTER_DB:-rr_hostile_drill}
export CLUSTER_DIR=${CLUSTER_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/target/cluster-hostile}
export RETURNROUTER_DEVELOPMENT_MODE=true
source "$(dirname "$0")/common.sh"
trap '"$(dirname "$0")/stop.sh" >/dev/null 2>&1 || true' EXIT
"$(dirname "$0")/start.sh" 1 --fresh

fail=0
check() { # label url expected-status expected-content-type-prefix
  local got type
  got=$(curl -s -o "$CLUSTER_DIR/body" -w '%{http_code} %{content_type}' --path-as-is "$2")
  type=${got#* }
  if [ "${got%% *}" = "$3" ] && [[ "$type" == "$4"* ]]; then
    log "PASS $1: ${got}"
  else
    log "FAIL $1: expected $3 $4, got ${got}: $(head -c 200 "$CLUSTER_DIR/body")"; fail=1
  fi
}
direct=$(instance_url 1)
for path in '/api/v1/returns/%ZZ' '/api/v1/returns/R-1%00' '/api/v1/returns/.;x' '/api/v1/returns/..;x' \
            '/api/v1/;a/returns' '/../../etc/passwd' '/api/v1/returns/%7F'; do
  check "direct  $path" "$direct$path" 400 text/html
  check "via LB  $path" "$FRONT$path" 400 application/problem+json
done
check "application's own 400 via LB (encoded slash)" "$FRONT/api/v1/returns/a%2Fb" 400 application/problem+json
grep -q '"type":"https://returnrouter.io/problems/malformed-request"' "$CLUSTER_DIR/body" || { log "FAIL: not PathGuard's problem"; fail=1; }
check "health via LB" "$FRONT/health/live" 200 application/json
[ "$fail" = 0 ] && log "PASS: every check" || log "FAIL"
exit "$fail"
