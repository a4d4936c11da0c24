package io.returnrouter.core.spi.carrier;

import java.time.Instant;
import java.util.Objects;

/**
 * A return label for a parcel the customer hands in at a drop-off point.
 *
 * @param returnReference ReturnRouter's reference for the parcel, printed on the label and sent as
 *                        the carrier's customer reference (unique per parcel, stable across retries,
 *                        so a retried order can be recognised)
 * @param dropOffPointId  the chosen point's id at the carrier; null when any point takes it
 * @param handInBy        the last moment the carrier accepts the parcel under this label
 */
public record LabelOrder(String returnReference, String serviceId, String dropOffPointId, Party sender,
                         Party receiver, ParcelLine parcel, Instant handInBy) {

    public LabelOrder {
        Objects.requireNonNull(returnReference, "returnReference");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(parcel, "parcel");
        Objects.requireNonNull(handInBy, "handInBy");
    }
}
