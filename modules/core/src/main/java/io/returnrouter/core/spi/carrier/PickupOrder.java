package io.returnrouter.core.spi.carrier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A pickup at the customer's address in a window on one day.
 *
 * @param returnReference as in {@link LabelOrder#returnReference()}
 */
public record PickupOrder(String returnReference, String serviceId, Party sender, Party receiver, ParcelLine parcel,
                          LocalDate date, LocalTime windowFrom, LocalTime windowTo) {

    public PickupOrder {
        Objects.requireNonNull(returnReference, "returnReference");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(parcel, "parcel");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(windowFrom, "windowFrom");
        Objects.requireNonNull(windowTo, "windowTo");
        if (!windowFrom.isBefore(windowTo)) {
            throw new IllegalArgumentException("the pickup window must end after it starts");
        }
    }
}
