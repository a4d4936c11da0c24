package io.returnrouter.core.options;

import io.returnrouter.core.plan.Destination;
import io.returnrouter.core.plan.FirstMile;
import java.time.LocalDate;

/**
 * Option ids derived from what an option is, so the same route has the same id in every quote and
 * after any change elsewhere in the network: first mile (service and pickup region, drop-off point
 * or store), its day, and the destination (hub and departure, or warehouse). For example
 * {@code R-1-1#DROP_OFF_POINT:dhl-parcel:DHL-B-17:2026-12-02>HUB-MALMO:2026-12-04}.
 */
public final class OptionKeys {

    private OptionKeys() {
    }

    public static String of(String parcelId, FirstMile firstMile, LocalDate handInOn, Destination destination) {
        StringBuilder id = new StringBuilder(parcelId).append('#').append(firstMile.mode().name()).append(':');
        id.append(firstMile.service() == null ? "-" : firstMile.service().id()).append(':');
        if (firstMile.pickupSlot() != null) {
            id.append(firstMile.pickupSlot().region());
        } else if (firstMile.dropOffPoint() != null) {
            id.append(firstMile.dropOffPoint().id());
        } else if (firstMile.store() != null) {
            id.append(firstMile.store().id());
        } else {
            id.append('-');
        }
        id.append(':').append(handInOn).append('>');
        if (destination.viaHub()) {
            id.append(destination.hub().id());
            if (destination.departure() != null) {
                id.append(':').append(destination.departure().date());
            }
        } else {
            id.append(destination.warehouse().id());
        }
        return id.toString();
    }
}
