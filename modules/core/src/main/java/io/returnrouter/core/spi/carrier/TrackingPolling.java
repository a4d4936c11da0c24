package io.returnrouter.core.spi.carrier;

import java.util.List;

/** The carrier's tracking can be asked, for carriers that send no webhooks. */
public interface TrackingPolling extends CarrierCapability {

    /**
     * Every event the carrier knows for the parcel, oldest first; the caller drops those it has.
     *
     * @throws CarrierUnavailableException when the carrier cannot be reached now
     */
    List<TrackingUpdate> poll(String trackingNumber);
}
