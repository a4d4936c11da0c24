package io.returnrouter.core.solver.moves;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.Loads;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which parcels can reach each hub. Built once per phase, so that hub moves look at the few
 * thousand parcels near a hub instead of scanning a batch of 100,000 on every move.
 */
final class ReachIndex {

    private final Map<Hub, List<Parcel>> reachable = new LinkedHashMap<>();

    ReachIndex(List<Parcel> parcels) {
        for (Parcel parcel : parcels) {
            Set<Hub> hubs = new HashSet<>();
            for (RouteOption option : parcel.getOptions()) {
                if (option.hub() != null && hubs.add(option.hub())) {
                    reachable.computeIfAbsent(option.hub(), h -> new ArrayList<>()).add(parcel);
                }
            }
        }
    }

    List<Parcel> reaching(Hub hub) {
        return reachable.getOrDefault(hub, List.of());
    }

    /** The parcels now at the hub. */
    List<Parcel> at(Hub hub) {
        List<Parcel> at = new ArrayList<>();
        for (Parcel parcel : reaching(hub)) {
            if (hub.equals(parcel.getHub())) {
                at.add(parcel);
            }
        }
        return at;
    }

    /** The current loads of the given hubs (and of the points and slots their parcels use). */
    Loads loadsOf(Collection<Hub> hubs) {
        return loadsOf(hubs, Set.of());
    }

    /** As {@link #loadsOf(Collection)}, without the loads of the given parcels (those being re-planned). */
    Loads loadsOf(Collection<Hub> hubs, Set<Parcel> without) {
        Loads loads = Loads.empty();
        for (Hub hub : hubs) {
            for (Parcel parcel : at(hub)) {
                if (!without.contains(parcel)) {
                    loads.add(parcel.getVolumeCm3(), parcel.getOption());
                }
            }
        }
        return loads;
    }
}
