#!/usr/bin/env bash
# Overbooking drill (issue 11): two instances on one PostgreSQL database behind HAProxy.
#   Phase 1: 40 sofa returns quoted, then all 40 confirmed at once through HAProxy (round robin:
#            half through each instance), each choosing the first-day two-person pickup slot.
#   Phase 2: 8 confirmations through instance 1, then 8 through instance 2, one after another.
# The two-person carrier has 6 pickup slots a day per region, so each phase must end with exactly
# 6 accepted (the rest 409 capacity-taken with alternatives) and 6 holds in the database.
#
# Usage: bench/cluster/overbooking-drill.sh            (builds what it needs; exits 1 on overbooking)
# Env:   DRILL_DB (rr_ci_capacity), PGHOST (127.0.0.1), PGUSER (postgres), PGPASSWORD (postgres),
#        DRILL_PORTS ("9287 9288"), DRILL_HTTPS_PORTS ("9687 9688"), DRILL_LB_PORT (9370)
# It starts (and at the end stops) two servers of its own, rr-drill-1 and rr-drill-2, copied from
# a server layout the build prepares, and its own HAProxy (Debian's package) on loopback.
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${DRILL_DB:-rr_ci_capacity}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
read -r -a PORTS <<< "${DRILL_PORTS:-9287 9288}"
read -r -a HTTPS_PORTS <<< "${DRILL_HTTPS_PORTS:-9687 9688}"
LB_PORT=${DRILL_LB_PORT:-9370}
WLP=modules/app/target/liberty/wlp
WORK=$(mktemp -d)
CLI="java -jar modules/cli/target/returnrouter-cli.jar"

log() { printf '[drill %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
psql_db() { psql -d "$DB" -v ON_ERROR_STOP=1 -qtA "$@"; }

cleanup() {
  [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true
  for i in 0 1; do "$WLP/bin/server" stop "rr-drill-$((i + 1))" >/dev/null 2>&1 || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

log "building the war, the CLI and a server layout (runtime, config, JDBC drivers) to copy"
./mvnw -q -pl modules/app,modules/cli -am pre-integration-test -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.server.name=rr-drill-base

log "fresh database $DB"
psql -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

for i in 0 1; do
  name="rr-drill-$((i + 1))"
  rm -rf "$WLP/usr/servers/$name"
  cp -r "$WLP/usr/servers/rr-drill-base" "$WLP/usr/servers/$name"
  rm -rf "$WLP/usr/servers/$name/workarea" "$WLP/usr/servers/$name/logs" "$WLP/usr/servers/$name/dropins"
  mkdir -p "$WLP/usr/servers/$name/dropins"
  cp modules/app/target/returnrouter.war "$WLP/usr/servers/$name/dropins/"
  # Confirmations need no room for batch plans: a small heap, so two instances fit beside anything else.
  sed -i 's/^-Xms3g/-Xms768m/; s/^-Xmx3g/-Xmx768m/; s/^-Xmn1g/-Xmn256m/' "$WLP/usr/servers/$name/jvm.options"
  RETURNROUTER_HTTP_PORT=${PORTS[$i]} RETURNROUTER_HTTPS_PORT=${HTTPS_PORTS[$i]} \
  RETURNROUTER_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" RETURNROUTER_DB_USER=$PGUSER \
  RETURNROUTER_DB_PASSWORD=$PGPASSWORD "$WLP/bin/server" start "$name" >/dev/null
  # The first instance migrates the schema; the second starts once it has.
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:${PORTS[$i]}/health/ready" >/dev/null 2>&1 && break
    sleep 2
  done
  curl -fs "http://127.0.0.1:${PORTS[$i]}/health/ready" >/dev/null || { log "FATAL: $name is not ready"; exit 2; }
  log "$name ready on ${PORTS[$i]}"
done

cat > "$WORK/haproxy.cfg" <<CFG
global
  maxconn 256
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
frontend drill
  bind 127.0.0.1:$LB_PORT
  default_backend instances
  http-response set-header X-Served-By %s
backend instances
  balance roundrobin
  server one 127.0.0.1:${PORTS[0]}
  server two 127.0.0.1:${PORTS[1]}
CFG
haproxy -f "$WORK/haproxy.cfg" -D -p "$WORK/haproxy.pid"
log "HAProxy on 127.0.0.1:$LB_PORT"

TOKEN=$($CLI token --role shop --shop demo-shop --days 1)
DELIVERED=$(date -u -d '3 days ago' +%F)

sofa() {  # returnId postalCode
  printf '{"returnId":"%s","shopId":"demo-shop","market":"DE","customer":{"lat":52.52,"lon":13.40,"postalCode":"%s","country":"DE"},"deliveredOn":"%s","reason":"SIZE_TOO_SMALL","outcome":"REFUND","items":[{"sku":"SOFA-3S","category":"FURNITURE","lengthCm":210,"widthCm":95,"heightCm":85,"weightKg":68,"valueEur":899}]}' "$1" "$2" "$DELIVERED"
}

# quote URL RETURN_ID POSTAL -> prints the confirmation body choosing the first-day pickup route ROUTE
quote_all() {  # base url, prefix, count, postal code
  local url=$1 prefix=$2 n=$3 postal=$4 i
  for i in $(seq 1 "$n"); do
    curl -fs -X POST "$url/api/v1/returns/routes" -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' -d "$(sofa "$prefix-$i" "$postal")" > "$WORK/$prefix-$i.quote"
  done
}

first_day_route() {  # quote file -> the route part of the first-day pickup option id (after '#')
  python3 -c 'import json,sys; o=min(json.load(open(sys.argv[1]))["parcels"][0]["options"], key=lambda o:(o["handInOn"], o["rank"])); print(o["optionId"].split("#",1)[1])' "$1"
}

confirm() {  # url returnId route -> "status served-by", in a file of its own (parallel callers)
  local url=$1 id=$2 route=$3 code served
  code=$(curl -s -o "$WORK/$id.answer" -D "$WORK/$id.headers" -w '%{http_code}' -X POST "$url/api/v1/returns/$id/route" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"choices\":[{\"parcelId\":\"$id-P1\",\"optionId\":\"$id-P1#$route\"}]}")
  served=$(grep -i '^x-served-by' "$WORK/$id.headers" | awk '{print $2}' | tr -d '\r' || true)
  printf '%s %s\n' "$code" "${served:-direct}" > "$WORK/$id.result"
}
export -f confirm
export TOKEN WORK

holds() {  # postal code -> parcels held in that region's two-person slot on any day, and the confirmed returns
  psql_db -c "SELECT COALESCE(SUM(parcels), 0) FROM capacity_bucket WHERE kind = 'PICKUP_SLOT' AND resource_id = 'twoman-bulky-pickup@DE-${1:0:2}' AND bucket_day = '$2'"
}
confirmed() { psql_db -c "SELECT COUNT(*) FROM return_request WHERE return_id LIKE '$1-%' AND confirmed_at IS NOT NULL"; }

failed=0
check() {  # phase accepted refused held confirmed
  log "$1: accepted $2, refused $3 (409 capacity-taken), held in the ledger $4, confirmed returns in the database $5"
  if [ "$2" -ne 6 ] || [ "$4" -ne 6 ] || [ "$5" -ne 6 ]; then log "$1: OVERBOOKED or lost"; failed=1; fi
}

log "phase 1: quote 40 sofas, then confirm all 40 at once through HAProxy"
quote_all "http://127.0.0.1:$LB_PORT" P1 40 12115
ROUTE=$(first_day_route "$WORK/P1-1.quote"); DAY=$(echo "$ROUTE" | cut -d: -f4 | cut -d'>' -f1)
seq 1 40 | xargs -P 40 -I{} bash -c "confirm http://127.0.0.1:$LB_PORT P1-{} '$ROUTE'"
cat "$WORK"/P1-*.result > "$WORK/p1.results"
log "phase 1 answers by instance: $(awk '{print $2}' "$WORK/p1.results" | sort | uniq -c | xargs)"
alternatives=$(for f in "$WORK"/P1-*.answer; do python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); print(1 if p.get("type","").endswith("/capacity-taken") and p["alternatives"][0]["options"] else 0)' "$f"; done | paste -sd+ | bc)
log "phase 1: $alternatives refusals list alternatives"
check "phase 1" "$(grep -c '^200' "$WORK/p1.results")" "$(grep -c '^409' "$WORK/p1.results")" "$(holds 12115 "$DAY")" "$(confirmed P1)"

log "phase 2: quote 16 sofas, confirm 8 through instance 1, then 8 through instance 2"
quote_all "http://127.0.0.1:${PORTS[0]}" P2 16 13115
ROUTE=$(first_day_route "$WORK/P2-1.quote"); DAY=$(echo "$ROUTE" | cut -d: -f4 | cut -d'>' -f1)
{ for i in $(seq 1 8); do confirm "http://127.0.0.1:${PORTS[0]}" "P2-$i" "$ROUTE"; done
  for i in $(seq 9 16); do confirm "http://127.0.0.1:${PORTS[1]}" "P2-$i" "$ROUTE"; done; }
cat "$WORK"/P2-*.result > "$WORK/p2.results"
check "phase 2" "$(grep -c '^200' "$WORK/p2.results")" "$(grep -c '^409' "$WORK/p2.results")" "$(holds 13115 "$DAY")" "$(confirmed P2)"

[ "$failed" -eq 0 ] && log "RESULT: no overbooking" || log "RESULT: FAILED"
exit "$failed"
