package io.returnrouter.core.plan;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Warehouse;

/**
 * Where the first leg ends: a consolidation hub (then its linehaul departure, if it has one) or
 * directly the central warehouse.
 *
 * @param hub       null when the parcel goes directly to the warehouse
 * @param warehouse null only when the hub's onward leg is free and unmodelled (benchmarks)
 * @param departure the linehaul departure the parcel rides on; null without linehaul
 */
public record Destination(Hub hub, Warehouse warehouse, Departure departure) {

    public Destination {
        if (hub == null && warehouse == null) {
            throw new IllegalArgumentException("a destination is a hub or a warehouse");
        }
        if (departure != null && !departure.hub().equals(hub)) {
            throw new IllegalArgumentException("departure of hub " + departure.hub().id() + " used for hub "
                    + (hub == null ? "none" : hub.id()));
        }
        if (hub != null && hub.linehaul().isPresent() && departure == null) {
            throw new IllegalArgumentException("hub " + hub.id() + " has a linehaul: the departure is required");
        }
    }

    public static Destination direct(Warehouse warehouse) {
        return new Destination(null, warehouse, null);
    }

    public boolean viaHub() {
        return hub != null;
    }

    public String describe() {
        if (hub == null) {
            return "direct to warehouse " + warehouse.id();
        }
        return "via hub " + hub.id() + (departure == null ? "" : " (departure " + departure.date() + ")");
    }
}
