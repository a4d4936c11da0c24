package io.returnrouter.core.spi.carrier;

/**
 * The carrier prices a parcel on a lane: a live adapter asks the carrier's API, a data module
 * answers from its sample tariff. The answer says which source priced it.
 */
public interface RateLookup extends CarrierCapability {

    /**
     * @throws ParcelRefusedException when the carrier does not take the parcel on that service or lane
     * @throws IllegalArgumentException when the carrier has no such service
     */
    RateQuote rate(RateRequest request);
}
