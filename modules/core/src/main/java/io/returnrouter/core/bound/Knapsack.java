package io.returnrouter.core.bound;

import java.util.Arrays;

/**
 * Lower bounds of a 0-1 knapsack that minimises cost: choose items (cost, weight) within a
 * capacity. Only items of negative cost can lower the minimum. The bound is the larger of two
 * relaxations, each a valid lower bound: the linear relaxation (items taken by cost per weight,
 * the last one in part) and, when it fits the work budget, dynamic programming over weights
 * divided by a scale and rounded down with the capacity rounded down (every set that fits the
 * true capacity still fits, so the result never exceeds the true minimum; with scale 1 it is
 * the exact minimum). One instance per thread: it reuses its work arrays.
 */
final class Knapsack {

    /** Cells of the dynamic programme per call; above it the weights are scaled down. */
    static final long CELL_BUDGET = 3_000_000;
    /** Fewer weight buckets than this and the programme says no more than the linear bound. */
    private static final int MIN_BUCKETS = 32;
    private static final int MAX_BUCKETS = 1 << 16;

    private final long cellBudget;
    private long[] keep = new long[0];
    private double[] table = new double[0];
    private int[] order = new int[0];
    private double[] ratio = new double[0];
    private int sorted;

    Knapsack() {
        this(CELL_BUDGET);
    }

    /** @param cellBudget the programme's cells per call: a smaller one is faster and looser */
    Knapsack(long cellBudget) {
        this.cellBudget = cellBudget;
    }

    /**
     * @param cost     item costs (only the first {@code count} are read)
     * @param weight   item weights, non-negative
     * @param chosen   receives each item's share in the bound's solution (0..1), for the subgradient
     * @return the lower bound of the minimum, at most 0 (the empty set)
     */
    double minimum(double[] cost, long[] weight, int count, long capacity, double[] chosen) {
        Arrays.fill(chosen, 0, count, 0.0);
        int negatives = 0;
        long negativeWeight = 0;
        double allNegative = 0;
        for (int i = 0; i < count; i++) {
            if (cost[i] < 0) {
                negatives++;
                negativeWeight += weight[i];
                allNegative += cost[i];
            }
        }
        if (negatives == 0) {
            return 0;
        }
        if (negativeWeight <= capacity) {
            for (int i = 0; i < count; i++) {
                if (cost[i] < 0) {
                    chosen[i] = 1;
                }
            }
            return allNegative;
        }
        double linear = linear(cost, weight, count, capacity, chosen);
        long buckets = Math.min(Math.min(capacity, cellBudget / negatives), MAX_BUCKETS);
        if (buckets < MIN_BUCKETS) {
            return linear;
        }
        long scale = (capacity + buckets - 1) / buckets;
        double programmed = programme(cost, weight, count, capacity, scale, negatives);
        if (programmed >= linear) {
            // the programme's choice is whole items: a better direction for the subgradient
            Arrays.fill(chosen, 0, count, 0.0);
            backtrack(weight, count, capacity, scale, cost, chosen);
            return programmed;
        }
        return linear;
    }

    /**
     * The linear relaxation of choosing items within a capacity when, beyond a free weight, every
     * unit of weight also costs {@code rate}: {@code min Σ cost·x + rate·max(0, Σ weight·x − free)}
     * over fractional x. The objective is convex in the weight taken, so filling by cost per
     * weight while the marginal cost stays negative is optimal; every whole choice costs at least
     * this much.
     */
    double minimumWithPenalty(double[] cost, long[] weight, int count, long capacity, long free, double rate,
                              double[] chosen) {
        Arrays.fill(chosen, 0, count, 0.0);
        double value = takeWeightlessAndSortByRatio(cost, weight, count, chosen);
        int m = sorted;
        double used = 0;
        for (int k = 0; k < m && used < capacity; k++) {
            int i = order[k];
            double take = Math.min(weight[i], capacity - used);
            double below = Math.max(0, Math.min(take, free - used));
            double above = take - below;
            double amount = below;
            value += ratio[i] * below;
            if (ratio[i] + rate < 0) {
                value += (ratio[i] + rate) * above;
                amount += above;
            }
            chosen[i] = amount / weight[i];
            used += amount;
            if (amount < take) {
                break; // past the free weight and no longer worth its rate; later items cost more per weight
            }
        }
        return value;
    }

    /** Items with count capacity (every weight 1): exact, the most negative ones. */
    static double minimumByCount(double[] cost, int count, long capacity, double[] chosen, int[] scratch) {
        Arrays.fill(chosen, 0, count, 0.0);
        int negatives = 0;
        for (int i = 0; i < count; i++) {
            if (cost[i] < 0) {
                scratch[negatives++] = i;
            }
        }
        if (negatives <= capacity) {
            double sum = 0;
            for (int k = 0; k < negatives; k++) {
                sum += cost[scratch[k]];
                chosen[scratch[k]] = 1;
            }
            return sum;
        }
        IndexSort.byKey(scratch, negatives, cost);
        double sum = 0;
        for (int k = 0; k < capacity; k++) {
            sum += cost[scratch[k]];
            chosen[scratch[k]] = 1;
        }
        return sum;
    }

    private double linear(double[] cost, long[] weight, int count, long capacity, double[] chosen) {
        double value = takeWeightlessAndSortByRatio(cost, weight, count, chosen);
        int m = sorted;
        long left = capacity;
        for (int k = 0; k < m && left > 0; k++) {
            int i = order[k];
            if (weight[i] <= left) {
                value += cost[i];
                chosen[i] = 1;
                left -= weight[i];
            } else {
                double share = (double) left / weight[i];
                value += cost[i] * share;
                chosen[i] = share;
                left = 0;
            }
        }
        return value;
    }

    /**
     * Takes the negative items of no weight (they fit any capacity) and sorts the other negative
     * ones by cost per weight into {@code order[0..sorted)}; returns the cost taken.
     */
    private double takeWeightlessAndSortByRatio(double[] cost, long[] weight, int count, double[] chosen) {
        if (order.length < count) {
            order = new int[count];
            ratio = new double[count];
        }
        int m = 0;
        double value = 0;
        for (int i = 0; i < count; i++) {
            if (cost[i] >= 0) {
                continue;
            }
            if (weight[i] == 0) {
                value += cost[i];
                chosen[i] = 1;
            } else {
                ratio[i] = cost[i] / weight[i];
                order[m++] = i;
            }
        }
        IndexSort.byKey(order, m, ratio);
        sorted = m;
        return value;
    }

    private double programme(double[] cost, long[] weight, int count, long capacity, long scale, int negatives) {
        int cap = (int) (capacity / scale);
        int width = cap + 1;
        int words = (width + 63) >>> 6;
        if (table.length < width) {
            table = new double[width];
        }
        if (keep.length < (long) words * negatives) {
            keep = new long[words * negatives];
        }
        Arrays.fill(table, 0, width, 0.0);
        Arrays.fill(keep, 0, words * negatives, 0L);
        int row = 0;
        for (int i = 0; i < count; i++) {
            if (cost[i] >= 0) {
                continue;
            }
            int w = (int) Math.min(weight[i] / scale, (long) width);
            double c = cost[i];
            int base = row * words;
            for (int r = cap; r >= w; r--) {
                double candidate = table[r - w] + c;
                if (candidate < table[r]) {
                    table[r] = candidate;
                    keep[base + (r >>> 6)] |= 1L << (r & 63);
                }
            }
            row++;
        }
        return table[cap];
    }

    private void backtrack(long[] weight, int count, long capacity, long scale, double[] cost, double[] chosen) {
        int cap = (int) (capacity / scale);
        int words = (cap + 1 + 63) >>> 6;
        int row = 0;
        for (int i = 0; i < count; i++) {
            row += cost[i] < 0 ? 1 : 0;
        }
        int r = cap;
        for (int i = count - 1; i >= 0; i--) {
            if (cost[i] >= 0) {
                continue;
            }
            row--;
            if ((keep[row * words + (r >>> 6)] & (1L << (r & 63))) != 0) {
                chosen[i] = 1;
                r -= (int) (weight[i] / scale);
            }
        }
    }
}
