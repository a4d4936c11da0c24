package io.returnrouter.core.spi.carrier;

/** The carrier books pickups at the customer's address. */
public interface PickupBooking extends CarrierCapability {

    /**
     * @throws CarrierUnavailableException when the carrier cannot be reached now
     * @throws CarrierRefusedException     when the carrier refuses the order (e.g. no slot that day)
     */
    Booking bookPickup(PickupOrder order);
}
