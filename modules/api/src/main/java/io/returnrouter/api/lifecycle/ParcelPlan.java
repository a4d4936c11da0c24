package io.returnrouter.api.lifecycle;

import io.returnrouter.core.spi.carrier.LabelOrder;
import io.returnrouter.core.spi.carrier.ParcelLine;
import io.returnrouter.core.spi.carrier.Party;
import io.returnrouter.core.spi.carrier.PickupOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What one parcel of a confirmed return is booked as: the carrier order made from the confirmed
 * option, the parcel and the customer's contact.
 *
 * @param carrierId      null for a parcel handed in at a store (no carrier)
 * @param handInBy       drop-off: the end of the option's last hand-in day; pickups: null
 */
record ParcelPlan(String parcelId, String reference, String carrierId, String serviceId, boolean pickup,
                  Party sender, Party receiver, ParcelLine parcel, LocalDate pickupDate, LocalTime windowFrom,
                  LocalTime windowTo, Instant handInBy, String dropOffPointId) {

    LabelOrder labelOrder() {
        return new LabelOrder(reference, serviceId, dropOffPointId, sender, receiver, parcel, handInBy);
    }

    PickupOrder pickupOrder() {
        return new PickupOrder(reference, serviceId, sender, receiver, parcel, pickupDate, windowFrom, windowTo);
    }
}
