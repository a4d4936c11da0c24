#!/usr/bin/env python3
"""Writes SSCFLP instances of any size in the shipped files' format, after the scheme of Holmberg,
Rönnqvist and Yuan (1999) that the Yang, Chu and Chen (2012) sets follow: facilities and customers
uniform in a 100 x 100 square, demands U[5,35], capacities U[10,160] scaled so that they hold
RATIO times the total demand, fixed costs U[0,90] + U[100,110] * sqrt(capacity), assignment costs
demand x distance / 10, all rounded to integers. For measuring the solver on sizes it was not
developed on (issue 14: "tune nothing to single files"); no optima are known, so bench/mip/run.sh
compares such a folder against the best proven lower bound instead.

    bench/mip/generate.py OUT_DIR M N RATIO COUNT [SEED]

writes OUT_DIR/gM x N-rRATIO-pK.txt for K = 1..COUNT (seeded: the same arguments, the same files).
"""
import math
import os
import random
import sys


def instance(rng, m, n, ratio):
    facilities = [(rng.uniform(0, 100), rng.uniform(0, 100)) for _ in range(m)]
    customers = [(rng.uniform(0, 100), rng.uniform(0, 100)) for _ in range(n)]
    demands = [rng.randint(5, 35) for _ in range(n)]
    raw = [rng.uniform(10, 160) for _ in range(m)]
    scale = ratio * sum(demands) / sum(raw)
    capacities = [max(1, round(c * scale)) for c in raw]
    fixed = [round(rng.uniform(0, 90) + rng.uniform(100, 110) * math.sqrt(c)) for c in capacities]
    lines = [f'{m} {n}']
    lines += [f'{capacities[i]} {fixed[i]}' for i in range(m)]
    lines.append(' '.join(str(d) for d in demands))
    for (fx, fy) in facilities:
        lines.append(' '.join(str(round(demands[j] * math.dist((fx, fy), customers[j]) / 10))
                              for j in range(n)))
    return '\n'.join(lines) + '\n'


def main(args):
    if len(args) not in (5, 6):
        sys.exit(__doc__)
    out, m, n, ratio, count = args[0], int(args[1]), int(args[2]), float(args[3]), int(args[4])
    seed = int(args[5]) if len(args) == 6 else 1
    if m < 1 or n < 1 or ratio < 1 or count < 1:
        sys.exit('M, N and COUNT must be positive and RATIO at least 1 (else no plan fits)')
    os.makedirs(out, exist_ok=True)
    rng = random.Random(f'{seed}-{m}-{n}-{ratio}')
    for k in range(1, count + 1):
        path = os.path.join(out, f'g{m}x{n}-r{ratio:g}-p{k}.txt')
        with open(path, 'w') as f:
            f.write(instance(rng, m, n, ratio))
        print(path)


if __name__ == '__main__':
    main(sys.argv[1:])
