package io.returnrouter.core.solver.moves;

import java.util.Arrays;

/**
 * Where each parcel of a {@link LinearPlan} goes (slot -1 while it is being placed), the loads
 * that follow, and which hubs may take parcels. Mutable; {@link #copy()} for a neighbour.
 */
final class Assignment {

    final LinearPlan plan;
    final int[] at;
    final long[] volume;
    final long[] count;
    final boolean[] open;
    /** The sum of the parcels' costs at their slots (fixed costs apart). */
    long assigned;

    Assignment(LinearPlan plan) {
        this.plan = plan;
        at = new int[plan.parcels];
        Arrays.fill(at, -1);
        volume = new long[plan.direct + 1];
        count = new long[plan.direct + 1];
        open = new boolean[plan.direct + 1];
        open[plan.direct] = true;
    }

    private Assignment(Assignment other) {
        plan = other.plan;
        at = other.at.clone();
        volume = other.volume.clone();
        count = other.count.clone();
        open = other.open.clone();
        assigned = other.assigned;
    }

    Assignment copy() {
        return new Assignment(this);
    }

    /** The plan's cost: the parcels' costs and the fixed cost of every hub in use. */
    long total() {
        long total = assigned;
        for (int h = 0; h < plan.direct; h++) {
            if (count[h] > 0) {
                total += plan.fixed[h];
            }
        }
        return total;
    }

    boolean fits(int j, int slot) {
        return volume[slot] + plan.volume[j] <= plan.capacityVolume[slot]
                && count[slot] + 1 <= plan.capacityCount[slot];
    }

    void put(int j, int slot) {
        at[j] = slot;
        volume[slot] += plan.volume[j];
        count[slot]++;
        assigned += plan.cost[j][slot];
    }

    void take(int j) {
        int slot = at[j];
        volume[slot] -= plan.volume[j];
        count[slot]--;
        assigned -= plan.cost[j][slot];
        at[j] = -1;
    }

    /** The volume above the hubs' capacities (only the assignment's tabu search goes there). */
    long excess() {
        long total = 0;
        for (int h = 0; h < plan.direct; h++) {
            total += Math.max(0, volume[h] - plan.capacityVolume[h]);
        }
        return total;
    }

    /** A hub left without parcels is closed: the set is the hubs in use. */
    void closeUnused() {
        for (int h = 0; h < plan.direct; h++) {
            open[h] = count[h] > 0;
        }
    }
}
