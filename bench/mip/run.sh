#!/usr/bin/env bash
# ReturnRouter's sscflp CLI and the HiGHS MIP solver side by side, one instance after the other
# (never at the same time, so each has the machine's share to itself), at the same time limit.
#
#   bench/mip/run.sh SECONDS FOLDER [p1,p2,...]
#
# FOLDER holds SSCFLP instances and their optima.csv (../shared/data/sscflp/holmberg, ...).
# Prints one row per instance and the mean and max gap to the proven optimum of each solver.
# A folder without optima.csv (e.g. made by bench/mip/generate.py, sizes not shipped) is measured
# against the best proven lower bound instead: the higher of HiGHS's dual bound and ReturnRouter's
# bound, so each gap is an upper limit of the gap to the unknown optimum.
# HiGHS comes from npm's "highs" package (WebAssembly, one thread), installed on first use into
# bench/mip/node_modules. The CLI jar is built if missing. The MIP models are kept in
# bench/mip/target/lp/ for inspection. RR_CLI_JAR picks another CLI jar (e.g. a copy, so a rebuild
# during a long run does not change the solver under test).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
seconds="${1:?usage: run.sh SECONDS FOLDER [p1,p2,...]}"
folder="${2:?usage: run.sh SECONDS FOLDER [p1,p2,...]}"
only="${3:-}"
jar="${RR_CLI_JAR:-$repo/modules/cli/target/returnrouter-cli.jar}"

if [ ! -d "$here/node_modules/highs" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent)
fi
if [ ! -f "$jar" ]; then
  (cd "$repo" && ./mvnw -B -q -pl modules/core,modules/cli -am package -DskipTests)
fi

printf '%-12s %12s | %12s %8s %12s %8s | %12s %8s %12s %-10s\n' instance optimum rr-cost rr-gap% rr-bound bnd-gap% \
  mip-cost mip-gap% mip-bound mip-status
instances() {
  if [ -f "$folder/optima.csv" ]; then
    tail -n +2 "$folder/optima.csv"
  else
    for f in "$folder"/*.txt; do echo "$(basename "$f" .txt),,,"; done
  fi
}
[ -f "$folder/optima.csv" ] || echo "no optima.csv in $folder: gaps are to the best proven lower bound (shown as 'optimum' <= value)"
instances | while IFS=, read -r name _ _ optimum; do
  [ -z "$name" ] && continue
  if [ -n "$only" ] && [[ ",$only," != *",$name,"* ]]; then continue; fi
  file="$folder/$name.txt"
  rr="$(java -jar "$jar" sscflp --seconds "$seconds" "$file" 2>/dev/null </dev/null)"
  mip="$(node "$here/solve.mjs" --seconds "$seconds" --lp-dir "$here/target/lp" "$file" </dev/null)"
  RR="$rr" MIP="$mip" OPT="$optimum" NAME="$name" python3 - <<'PY'
import json, os
rr, mip = json.loads(os.environ['RR']), json.loads(os.environ['MIP'])
bounds = [b for b in (rr.get('lowerBound'), mip.get('bound')) if b is not None]
opt = float(os.environ['OPT']) if os.environ['OPT'] else max(bounds)
name_opt = os.environ['OPT'] or '>=%.0f' % opt
gap = lambda v: '-' if v is None else '%.3f' % (100.0 * (float(v) - opt) / opt)
bgap = '-' if rr.get('gapToBoundPercent') is None else rr['gapToBoundPercent']
print('%-12s %12s | %12s %8s %12s %8s | %12s %8s %12s %-10s' % (os.environ['NAME'], name_opt, rr['cost'],
      gap(rr['cost']), rr['lowerBound'], bgap, mip['cost'], gap(mip['cost']), mip['bound'], mip['status']))
PY
done | tee "${TMPDIR:-/tmp}/mip-run.$$" 
python3 - "${TMPDIR:-/tmp}/mip-run.$$" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip() and not l.startswith('no optima')]
def stats(col):
    vals = [float(r[col]) for r in rows if r[col] != '-']
    missing = sum(1 for r in rows if r[col] == '-')
    if not vals:
        return 'none'
    return 'mean %.3f %%, max %.3f %% (%d without a solution)' % (sum(vals) / len(vals), max(vals), missing)
print('instances=%d' % len(rows))
print('ReturnRouter gap to optimum: ' + stats(4) + '; gap to its own bound: ' + stats(6))
print('HiGHS gap to optimum:        ' + stats(9))
PY
rm -f "${TMPDIR:-/tmp}/mip-run.$$"
