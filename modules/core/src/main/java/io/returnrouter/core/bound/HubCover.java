package io.returnrouter.core.bound;

import java.util.Arrays;

/**
 * Which hubs the relaxation uses: minimise the sum of the hubs' values (their cost when used, as
 * the Lagrangian subproblems price it) subject to the used hubs' volume capacity covering the
 * parcels that have no direct option. Every feasible plan satisfies that covering constraint, so
 * adding it keeps the bound valid and stops the relaxation from serving more volume than its
 * hubs can hold. Solved as the larger of two lower bounds: the linear relaxation and a dynamic
 * programme over capacities divided by a scale and rounded up (with the demand rounded down).
 */
final class HubCover {

    private static final long CELL_BUDGET = 2_000_000;
    private static final int MAX_BUCKETS = 1 << 16;

    /**
     * @param value    each hub's value when used; +infinity for a hub that cannot be used
     * @param used     receives each hub's share in the solution (0..1), for the subgradient
     * @return the lower bound of the minimum
     */
    static double minimum(double[] value, long[] capacity, long demand, double[] used) {
        int m = value.length;
        Arrays.fill(used, 0.0);
        double sum = 0;
        long covered = 0;
        int open = 0;
        for (int h = 0; h < m; h++) {
            if (value[h] < 0) {
                used[h] = 1;
                sum += value[h];
                covered += capacity[h];
            } else if (value[h] < Double.POSITIVE_INFINITY) {
                open++;
            }
        }
        long rest = demand - covered;
        if (rest <= 0 || open == 0) {
            return sum;
        }
        int[] candidates = new int[open];
        long available = 0;
        int k = 0;
        for (int h = 0; h < m; h++) {
            if (value[h] >= 0 && value[h] < Double.POSITIVE_INFINITY) {
                candidates[k++] = h;
                available += capacity[h];
            }
        }
        if (available < rest) {
            // no plan covers the demand through hubs: the relaxation says nothing more
            return sum;
        }
        double[] linearUse = new double[m];
        double linear = linear(value, capacity, candidates, rest, linearUse);
        long buckets = Math.max(1, Math.min(Math.min(rest, CELL_BUDGET / open), MAX_BUCKETS));
        long scale = (rest + buckets - 1) / buckets;
        double[] programmeUse = new double[m];
        double programmed = programme(value, capacity, candidates, rest, scale, programmeUse);
        if (programmed >= linear) {
            for (int c : candidates) {
                used[c] = programmeUse[c];
            }
            return sum + programmed;
        }
        for (int c : candidates) {
            used[c] = linearUse[c];
        }
        return sum + linear;
    }

    private static double linear(double[] value, long[] capacity, int[] candidates, long rest, double[] use) {
        Integer[] sorted = Arrays.stream(candidates).boxed().toArray(Integer[]::new);
        Arrays.sort(sorted, (a, b) -> Double.compare(value[a] / Math.max(1, capacity[a]),
                value[b] / Math.max(1, capacity[b])));
        double total = 0;
        long left = rest;
        for (int h : sorted) {
            if (left <= 0) {
                break;
            }
            if (capacity[h] <= left) {
                total += value[h];
                use[h] = 1;
                left -= capacity[h];
            } else {
                double share = (double) left / capacity[h];
                total += value[h] * share;
                use[h] = share;
                left = 0;
            }
        }
        return total;
    }

    /** Minimum cost to cover {@code rest / scale} (rounded down) with capacities rounded up. */
    private static double programme(double[] value, long[] capacity, int[] candidates, long rest, long scale,
                                    double[] use) {
        int need = (int) (rest / scale);
        int width = need + 1;
        double[] table = new double[width];
        Arrays.fill(table, Double.POSITIVE_INFINITY);
        table[0] = 0;
        boolean[][] take = new boolean[candidates.length][width];
        for (int k = 0; k < candidates.length; k++) {
            int h = candidates[k];
            int c = (int) Math.min((capacity[h] + scale - 1) / scale, (long) width);
            for (int r = need; r >= 1; r--) {
                int from = Math.max(0, r - c);
                double candidate = table[from] + value[h];
                if (candidate < table[r]) {
                    table[r] = candidate;
                    take[k][r] = true;
                }
            }
        }
        // table[r] is the cheapest way to cover at least r; back-track the choice
        int r = need;
        for (int k = candidates.length - 1; k >= 0 && r > 0; k--) {
            if (take[k][r]) {
                int h = candidates[k];
                use[h] = 1;
                r = Math.max(0, r - (int) Math.min((capacity[h] + scale - 1) / scale, (long) width));
            }
        }
        return table[need];
    }
}
