package io.returnrouter.core.solver.moves;

import io.returnrouter.core.model.Hub;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A change to the set of open hubs: hubs to close, hubs to open, and open hubs whose parcels are
 * re-planned without closing them. The sets are disjoint.
 */
record HubChange(Set<Hub> closed, Set<Hub> opened, Set<Hub> replanned) {

    HubChange {
        // Insertion order, not Set.copyOf's per-JVM order: seeded runs must repeat across JVMs.
        closed = Collections.unmodifiableSet(new LinkedHashSet<>(closed));
        opened = Collections.unmodifiableSet(new LinkedHashSet<>(opened));
        replanned = Collections.unmodifiableSet(new LinkedHashSet<>(replanned));
    }

    /** The change, or null when a set is missing or a hub would be both closed and opened. */
    static HubChange of(Set<Hub> closed, Set<Hub> opened, Set<Hub> replanned) {
        if (closed == null || opened == null || replanned == null
                || closed.stream().anyMatch(opened::contains)) {
            return null;
        }
        return new HubChange(closed, opened, replanned);
    }

    /** Closes one hub and opens another; null when either is missing or they are the same. */
    static HubChange swap(Hub closing, Hub opening) {
        return closing == null || opening == null ? null : of(Set.of(closing), Set.of(opening), Set.of());
    }
}
