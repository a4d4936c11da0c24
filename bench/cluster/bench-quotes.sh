#!/usr/bin/env bash
# Quote load through HAProxy with wrk (Debian's), on two instances and then on one: ROUNDS rounds
# of 20 s of quotes (bench/wrk/quote.lua) and 10 s of GET /health/live on the same front, counting
# non-2xx answers and socket errors. Prints quotes/s ÷ /health/live req/s per round and its median:
# the trivial endpoint measured in the same run is the reference on this noisy machine.
# Needs start.sh 2 first. Usage: bench/cluster/bench-quotes.sh [CONNECTIONS] [ROUNDS] [WARMUP_SECONDS]
source "$(dirname "$0")/common.sh"
C=${1:-16}; R=${2:-3}; W=${3:-30}
ensure_package wrk wrk
export RETURNROUTER_TOKEN=$(cli token --role shop --shop bench-shop --days 1)
rate() { awk '/Requests\/sec/ {print $2}'; }
errors() { awk '/Non-2xx|Socket errors/ {printf "%s ", $0} END {print ""}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
for n in 2 1; do
  "$(dirname "$0")/haproxy.sh" "$n" >/dev/null
  wait_for "$FRONT/health/ready" 30
  log "== $n instance(s) behind HAProxy, $C connections, $(uptime | sed 's/.*load/load/')"
  [ "$W" -gt 0 ] && wrk -t2 -c"$C" -d"${W}s" -s "$ROOT/bench/wrk/quote.lua" "$FRONT" >/dev/null
  ratios=()
  for i in $(seq 1 "$R"); do
    q=$(wrk -t2 -c"$C" -d20s --timeout 10s -s "$ROOT/bench/wrk/quote.lua" "$FRONT")
    h=$(wrk -t2 -c"$C" -d10s "$FRONT/health/live")
    qr=$(echo "$q" | rate); hr=$(echo "$h" | rate)
    ratio=$(echo "scale=4; $qr / $hr" | bc)
    ratios+=("$ratio")
    log "round $i: quotes $qr/s [$(echo "$q" | errors)] /health/live $hr/s [$(echo "$h" | errors)] ratio $ratio"
  done
  log "$n instance(s): median quotes/s ÷ /health/live req/s = $(printf '%s\n' "${ratios[@]}" | median)"
done
"$(dirname "$0")/haproxy.sh" 2 >/dev/null
