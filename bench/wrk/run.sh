#!/usr/bin/env bash
# Quotes beside the trivial endpoint, as in docs/performance.md: optional warm-up, then rounds of
# 20 s of quotes and 10 s of GET /health/live, each with the load average and the server's CPU
# time per request (user + system time of the Liberty process over the requests wrk counted).
# Usage: bench/wrk/run.sh CONNECTIONS ROUNDS WARMUP_SECONDS   (server from the README on :9080, started
# with RETURNROUTER_API_RATE_LIMIT_PER_MINUTE=0: one token sends far more than the default limit)
set -euo pipefail
cd "$(dirname "$0")/../.."
C=${1:-16}; R=${2:-3}; W=${3:-120}
export RETURNROUTER_TOKEN=${RETURNROUTER_TOKEN:-$(java -jar modules/cli/target/returnrouter-cli.jar token --role shop --shop bench-shop --days 1 2>/dev/null)}
PID=$(pgrep -f "ws-server.jar returnrouter" | head -1)
ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
run() {
  local before after out n
  before=$(ticks); out=$(wrk "$@"); after=$(ticks)
  echo "$out" | grep -E "Requests/sec|50%|90%|99%|Non-2xx|Socket errors" || true
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "   server CPU ms/request: $(echo "scale=3; ($after - $before) * 1000 / $(getconf CLK_TCK) / $n" | bc)"
}
echo "== c=$C $(date -u +%H:%M:%S) $(uptime)"
if [ "$W" -gt 0 ]; then run -t2 -c"$C" -d"${W}s" -s bench/wrk/quote.lua http://127.0.0.1:9080; fi
for i in $(seq 1 "$R"); do
  echo "-- round $i quotes, $(uptime)"
  run -t2 -c"$C" -d20s --latency -s bench/wrk/quote.lua http://127.0.0.1:9080
  echo "-- round $i /health/live, $(uptime)"
  run -t2 -c"$C" -d10s --latency http://127.0.0.1:9080/health/live
done
echo "data/: $(du -sh data 2>/dev/null || true)"
