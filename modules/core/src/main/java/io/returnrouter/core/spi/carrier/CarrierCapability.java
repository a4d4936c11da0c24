package io.returnrouter.core.spi.carrier;

/** Something one carrier can do; every capability names the carrier it acts for. */
public interface CarrierCapability {

    String carrierId();

    /**
     * Whether the installation offers this capability now. A live adapter whose carrier API the
     * operator has not configured (e.g. {@code returnrouter.carrier.postnl.live.enabled=false})
     * answers false, so {@link CarrierCapabilities} passes it over: the module's offline data
     * answers rates and points, and bookings fall to the caller's offline label.
     */
    default boolean enabled() {
        return true;
    }
}
