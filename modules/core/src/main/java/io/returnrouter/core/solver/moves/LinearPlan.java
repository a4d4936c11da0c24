package io.returnrouter.core.solver.moves;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RouteOption;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A plan's parcels and hubs in arrays, as a single-source facility-location problem: per parcel
 * and "slot" (a hub, or {@link #direct}, no hub) the cost of the parcel's cheapest option there
 * that keeps its own rules, per hub its fixed cost and capacities. What the hub-set search works
 * on: a neighbour costs array reads, not constraint-stream updates.
 *
 * <p>Linear: linehaul vehicles, customs per shipment, pickup slots and drop-off points are not in
 * the copy, so plans made from it are judged by the production score before they are used.
 */
final class LinearPlan {

    /** The cost of an option that does not exist; sums of a few stay far below overflow. */
    static final long NONE = Long.MAX_VALUE / 8;

    final int parcels;
    /** The slot of "no hub": always open, no fixed cost, no capacity. Hubs are slots 0 … direct-1. */
    final int direct;
    final long[][] cost;
    final RouteOption[][] option;
    /** Per parcel, the slots it has an option at. */
    final int[][] reachable;
    final long[] volume;
    final long[] fixed;
    final long[] capacityVolume;
    final long[] capacityCount;
    /** Volume that must go through some hub: the parcels without a direct option. */
    final long hubVolumeNeeded;
    private final Map<Hub, Integer> slots;

    private LinearPlan(List<Parcel> parcelList, Map<Hub, Integer> slots) {
        this.slots = slots;
        parcels = parcelList.size();
        direct = slots.size();
        fixed = new long[direct + 1];
        capacityVolume = new long[direct + 1];
        capacityCount = new long[direct + 1];
        slots.forEach((hub, h) -> {
            fixed[h] = hub.fixedCostCentsPerPeriod();
            capacityVolume[h] = hub.capacityVolumeCm3();
            capacityCount[h] = hub.capacityParcels();
        });
        capacityVolume[direct] = NONE;
        capacityCount[direct] = NONE;
        cost = new long[parcels][direct + 1];
        option = new RouteOption[parcels][direct + 1];
        reachable = new int[parcels][];
        volume = new long[parcels];
        long needed = 0;
        for (int j = 0; j < parcels; j++) {
            copyOptions(j, parcelList.get(j));
            needed += cost[j][direct] < NONE ? 0 : volume[j];
        }
        hubVolumeNeeded = needed;
    }

    static LinearPlan of(List<Parcel> parcels) {
        Map<Hub, Integer> slots = new LinkedHashMap<>();
        for (Parcel parcel : parcels) {
            for (RouteOption candidate : parcel.getOptions()) {
                if (candidate.hub() != null) {
                    slots.putIfAbsent(candidate.hub(), slots.size());
                }
            }
        }
        return new LinearPlan(parcels, slots);
    }

    /** The slot of a hub, or -1 when no parcel has an option there. */
    int slotOf(Hub hub) {
        return slots.getOrDefault(hub, -1);
    }

    /** The slot of an option's hub ({@link #direct} without one). */
    int slotOf(RouteOption candidate) {
        return candidate.hub() == null ? direct : slots.get(candidate.hub());
    }

    /** Per slot, the parcel's cheapest option that keeps its own rules (all options if none does). */
    private void copyOptions(int j, Parcel parcel) {
        volume[j] = parcel.getVolumeCm3();
        Arrays.fill(cost[j], NONE);
        boolean anyAllowed = parcel.getOptions().stream().anyMatch(parcel::keepsOwnRules);
        for (RouteOption candidate : parcel.getOptions()) {
            if (anyAllowed && !parcel.keepsOwnRules(candidate)) {
                continue;
            }
            int slot = slotOf(candidate);
            long cents = candidate.costs().totalCents();
            if (cents < cost[j][slot]) {
                cost[j][slot] = cents;
                option[j][slot] = candidate;
            }
        }
        reachable[j] = IntStream.rangeClosed(0, direct).filter(slot -> cost[j][slot] < NONE).toArray();
    }
}
