package io.returnrouter.core.solver.moves;

import static io.returnrouter.core.solver.moves.LinearPlan.NONE;

import java.util.Arrays;

/**
 * Placing and improving the parcels of an {@link Assignment} within its open hubs, capacities
 * kept: regret insertion (with one parcel pushed aside when nothing fits), then a descent of
 * shifts, swaps and ejection shifts. The array counterparts of {@link RegretReinsertion} and
 * {@link ExchangeImprovement}, which price the production model's loads per parcel and are too
 * slow to judge thousands of hub sets.
 */
final class AssignmentMoves {

    /** Regret of a parcel with a single fitting option: it must be placed before that one fills. */
    private static final long ONLY_CHOICE = Long.MAX_VALUE / 16;
    /** Passes of the shift-and-swap descent; later passes find little. */
    private static final int DESCENT_PASSES = 20;

    private AssignmentMoves() {
    }

    /**
     * Regret insertion of the pending parcels (slot -1) into the open slots with room: the parcel
     * that would lose most by not getting its cheapest slot goes first. False when one fits
     * nowhere, even with another parcel moved aside.
     */
    static boolean insert(Assignment state, int[] pending, int count) {
        int[] first = new int[count];
        int[] second = new int[count];
        long[] regret = new long[count];
        int[] waiting = Arrays.copyOf(pending, count);
        for (int k = 0; k < count; k++) {
            evaluate(state, waiting[k], k, first, second, regret);
        }
        long[] volume = state.plan.volume;
        int left = count;
        while (left > 0) {
            int pick = 0;
            for (int k = 1; k < left; k++) {
                if (regret[k] > regret[pick] || regret[k] == regret[pick] && volume[waiting[k]] > volume[waiting[pick]]) {
                    pick = k;
                }
            }
            int j = waiting[pick];
            int slot = first[pick];
            boolean ejected = slot < 0;
            if (ejected && !ejectInto(state, j)) {
                return false;
            }
            if (!ejected) {
                state.put(j, slot);
            }
            left--;
            waiting[pick] = waiting[left];
            first[pick] = first[left];
            second[pick] = second[left];
            regret[pick] = regret[left];
            for (int k = 0; k < left; k++) {
                if (ejected || first[k] == slot || second[k] == slot) {
                    evaluate(state, waiting[k], k, first, second, regret);
                }
            }
        }
        return true;
    }

    /** The parcel's best and second-best slots with room; first -1 (placed first, by ejection) when none. */
    private static void evaluate(Assignment state, int j, int k, int[] first, int[] second, long[] regret) {
        long[] cost = state.plan.cost[j];
        int one = -1;
        int two = -1;
        for (int slot : state.plan.reachable[j]) {
            if (!state.open[slot] || !state.fits(j, slot)) {
                continue;
            }
            if (one < 0 || cost[slot] < cost[one]) {
                two = one;
                one = slot;
            } else if (two < 0 || cost[slot] < cost[two]) {
                two = slot;
            }
        }
        first[k] = one;
        second[k] = two;
        regret[k] = one < 0 ? Long.MAX_VALUE : two < 0 ? ONLY_CHOICE : cost[two] - cost[one];
    }

    /**
     * Places a parcel that fits nowhere by moving one parcel out of the way: into hub b, whose
     * parcel k moves on to a hub c with room; the cheapest such pair. False when there is none.
     */
    private static boolean ejectInto(Assignment state, int j) {
        LinearPlan plan = state.plan;
        long bestChange = NONE;
        int bestK = -1;
        int bestB = -1;
        int bestC = -1;
        for (int b : plan.reachable[j]) {
            if (!state.open[b] || b == plan.direct) {
                continue;
            }
            for (int k = 0; k < plan.parcels; k++) {
                if (state.at[k] != b || state.volume[b] - plan.volume[k] + plan.volume[j] > plan.capacityVolume[b]) {
                    continue;
                }
                for (int c : plan.reachable[k]) {
                    if (c == b || !state.open[c] || !state.fits(k, c)) {
                        continue;
                    }
                    long change = plan.cost[j][b] + plan.cost[k][c] - plan.cost[k][b];
                    if (change < bestChange) {
                        bestChange = change;
                        bestK = k;
                        bestB = b;
                        bestC = c;
                    }
                }
            }
        }
        if (bestK < 0) {
            return false;
        }
        state.take(bestK);
        state.put(bestK, bestC);
        state.put(j, bestB);
        return true;
    }

    /** Shifts (a parcel to a cheaper open hub with room) and swaps (two parcels trade hubs) until neither helps. */
    static void descend(Assignment state) {
        int parcels = state.plan.parcels;
        for (int pass = 0; pass < DESCENT_PASSES; pass++) {
            boolean improved = false;
            for (int j = 0; j < parcels; j++) {
                improved |= shift(state, j);
            }
            for (int j = 0; j < parcels; j++) {
                for (int k = j + 1; k < parcels; k++) {
                    improved |= swap(state, j, k);
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    /** The descent, then shifts that push one parcel on out of the way, until neither helps. */
    static void deepDescend(Assignment state) {
        int rounds = 0;
        do {
            descend(state);
        } while (ejectionShifts(state) && ++rounds < DESCENT_PASSES);
    }

    private static boolean shift(Assignment state, int j) {
        LinearPlan plan = state.plan;
        long[] cost = plan.cost[j];
        int from = state.at[j];
        long leaving = cost[from] + (from != plan.direct && state.count[from] == 1 ? plan.fixed[from] : 0);
        int target = -1;
        long bestChange = 0;
        for (int slot : plan.reachable[j]) {
            if (slot == from || !state.open[slot] || !state.fits(j, slot)) {
                continue;
            }
            long arriving = cost[slot] + (slot != plan.direct && state.count[slot] == 0 ? plan.fixed[slot] : 0);
            if (arriving - leaving < bestChange) {
                bestChange = arriving - leaving;
                target = slot;
            }
        }
        if (target < 0) {
            return false;
        }
        state.take(j);
        state.put(j, target);
        return true;
    }

    private static boolean swap(Assignment state, int j, int k) {
        LinearPlan plan = state.plan;
        long[][] cost = plan.cost;
        int a = state.at[j];
        int b = state.at[k];
        if (a == b || cost[j][b] >= NONE || cost[k][a] >= NONE
                || cost[j][b] + cost[k][a] >= cost[j][a] + cost[k][b]) {
            return false;
        }
        long shift = plan.volume[k] - plan.volume[j];
        if (state.volume[a] + shift > plan.capacityVolume[a] || state.volume[b] - shift > plan.capacityVolume[b]) {
            return false;
        }
        state.take(j);
        state.take(k);
        state.put(j, b);
        state.put(k, a);
        return true;
    }

    /**
     * Moves of a parcel j into a hub b without room for it, whose parcel k moves on to a hub c
     * with room (possibly j's old hub): what a tight set of hubs needs, where every plain shift
     * is blocked by capacity. True when one helped.
     */
    private static boolean ejectionShifts(Assignment state) {
        LinearPlan plan = state.plan;
        long[][] cost = plan.cost;
        boolean improved = false;
        for (int j = 0; j < plan.parcels; j++) {
            int a = state.at[j];
            for (int b : plan.reachable[j]) {
                if (b == a || b == plan.direct || !state.open[b] || state.fits(j, b)) {
                    continue;
                }
                // the parcels' costs, and the fixed cost of a hub j leaves empty
                long jChange = cost[j][b] - cost[j][a]
                        - (a != plan.direct && state.count[a] == 1 ? plan.fixed[a] : 0);
                for (int k = 0; k < plan.parcels; k++) {
                    if (state.at[k] != b || state.volume[b] - plan.volume[k] + plan.volume[j] > plan.capacityVolume[b]) {
                        continue;
                    }
                    int target = -1;
                    long bestChange = -jChange;
                    for (int c : plan.reachable[k]) {
                        if (c == b || !state.open[c]) {
                            continue;
                        }
                        long room = plan.capacityVolume[c] - state.volume[c] + (c == a ? plan.volume[j] : 0);
                        // every move lowers the plan's total, fixed costs included, so the descent ends
                        long kChange = cost[k][c] - cost[k][b]
                                + (c == a && state.count[a] == 1 && a != plan.direct ? plan.fixed[a] : 0)
                                + (c != plan.direct && state.count[c] == 0 ? plan.fixed[c] : 0);
                        if (plan.volume[k] <= room && kChange < bestChange
                                && state.count[c] + (c == a ? 0 : 1) <= plan.capacityCount[c]) {
                            bestChange = kChange;
                            target = c;
                        }
                    }
                    if (target >= 0) {
                        state.take(j);
                        state.take(k);
                        state.put(k, target);
                        state.put(j, b);
                        improved = true;
                        a = b;
                        break;
                    }
                }
                if (a == b) {
                    break;
                }
            }
        }
        return improved;
    }
}
