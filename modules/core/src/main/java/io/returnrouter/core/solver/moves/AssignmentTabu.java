package io.returnrouter.core.solver.moves;

import static io.returnrouter.core.solver.moves.LinearPlan.NONE;

/**
 * Tabu search on an {@link Assignment} within its open hubs, with strategic oscillation (Díaz and
 * Fernández, 2001, for the generalised assignment problem): each iteration makes the best shift
 * or swap even into a hub without room, the excess priced by a weight that grows while the plan
 * is over capacity and shrinks while it is not. Where the hubs barely hold the parcels every plain
 * move is blocked by capacity, and a descent ends some tenths of a percent above what the hubs
 * can do, as much as two sets of hubs differ; crossing over capacity and back is how the
 * assignment improves. A parcel may not return to a hub it left for {@link #TENURE} iterations.
 */
final class AssignmentTabu {

    static final int TENURE = 10;
    /** The excess weight's factor per iteration, up while over capacity and down while within. */
    private static final double WEIGHT_STEP = 1.1;
    private static final double MIN_WEIGHT = 0.01;

    private AssignmentTabu() {
    }

    /** Leaves {@code state} (within capacity) at the cheapest plan within capacity found. */
    static void improve(Assignment state, int iterations) {
        LinearPlan plan = state.plan;
        Assignment work = state.copy();
        long bestCost = state.assigned;
        int[] bestAt = state.at.clone();
        int[][] tabu = new int[plan.parcels][plan.direct + 1];
        double weight = 1;
        for (int it = 1; it <= iterations; it++) {
            Move move = bestMove(work, tabu, it, weight, bestCost);
            if (move == null) {
                break;
            }
            int a = work.at[move.j];
            tabu[move.j][a] = it + TENURE;
            work.take(move.j);
            if (move.k >= 0) {
                tabu[move.k][move.b] = it + TENURE;
                work.take(move.k);
                work.put(move.k, a);
            }
            work.put(move.j, move.b);
            boolean within = work.excess() == 0;
            if (within && work.assigned < bestCost) {
                bestCost = work.assigned;
                bestAt = work.at.clone();
            }
            weight = within ? Math.max(MIN_WEIGHT, weight / WEIGHT_STEP) : weight * WEIGHT_STEP;
        }
        if (bestCost < state.assigned) {
            for (int j = 0; j < plan.parcels; j++) {
                state.take(j);
            }
            for (int j = 0; j < plan.parcels; j++) {
                state.put(j, bestAt[j]);
            }
        }
    }

    /** Parcel j to slot b; with k >= 0, k (at b) to j's slot in exchange. */
    private record Move(int j, int k, int b) {
    }

    /** The best move that is not tabu, or that reaches a plan within capacity cheaper than the best. */
    private static Move bestMove(Assignment work, int[][] tabu, int it, double weight, long bestCost) {
        LinearPlan plan = work.plan;
        long[][] cost = plan.cost;
        long excess = work.excess();
        double bestDelta = Double.POSITIVE_INFINITY;
        Move best = null;
        for (int j = 0; j < plan.parcels; j++) {
            int a = work.at[j];
            for (int b : plan.reachable[j]) {
                if (b == a || !work.open[b] || work.count[b] + 1 > plan.capacityCount[b]) {
                    continue;
                }
                long costChange = cost[j][b] - cost[j][a];
                long excessChange = excessChange(work, a, -plan.volume[j]) + excessChange(work, b, plan.volume[j]);
                double delta = costChange + weight * excessChange;
                if (delta < bestDelta && (tabu[j][b] <= it
                        || excess + excessChange == 0 && work.assigned + costChange < bestCost)) {
                    bestDelta = delta;
                    best = new Move(j, -1, b);
                }
            }
            for (int k = j + 1; k < plan.parcels; k++) {
                int b = work.at[k];
                if (b == a || cost[j][b] >= NONE || cost[k][a] >= NONE) {
                    continue;
                }
                long costChange = cost[j][b] + cost[k][a] - cost[j][a] - cost[k][b];
                long shift = plan.volume[k] - plan.volume[j];
                long excessChange = excessChange(work, a, shift) + excessChange(work, b, -shift);
                double delta = costChange + weight * excessChange;
                if (delta < bestDelta && (tabu[j][b] <= it && tabu[k][a] <= it
                        || excess + excessChange == 0 && work.assigned + costChange < bestCost)) {
                    bestDelta = delta;
                    best = new Move(j, k, b);
                }
            }
        }
        return best;
    }

    /** How much a hub's volume above its capacity changes when its volume changes by {@code by}. */
    private static long excessChange(Assignment state, int slot, long by) {
        long capacity = state.plan.capacityVolume[slot];
        return Math.max(0, state.volume[slot] + by - capacity) - Math.max(0, state.volume[slot] - capacity);
    }
}
