package io.returnrouter.core.spi.carrier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The capabilities the installed carriers offer, looked up by carrier and capability interface.
 * When two objects offer the same capability for one carrier, the one listed first wins, so the
 * application lists live adapters before a module's offline data. A capability that is not
 * {@link CarrierCapability#enabled()} is passed over.
 */
public final class CarrierCapabilities {

    private final List<CarrierCapability> offered;

    public CarrierCapabilities(Collection<? extends CarrierCapability> offered) {
        this.offered = List.copyOf(offered);
    }

    public <T extends CarrierCapability> Optional<T> find(String carrierId, Class<T> capability) {
        for (CarrierCapability c : offered) {
            // The test is against the SPI's own capability interface, never a module's class.
            if (c.carrierId().equals(carrierId) && capability.isInstance(c) && c.enabled()) {
                return Optional.of(capability.cast(c));
            }
        }
        return Optional.empty();
    }

    /** The names of the capability interfaces the carrier offers, for listings. */
    public List<String> offeredBy(String carrierId) {
        List<String> names = new ArrayList<>();
        for (Class<?> type : List.of(RateLookup.class, PointSearch.class, LabelCreation.class, PickupBooking.class,
                BookingCancellation.class, TrackingPolling.class, TrackingWebhooks.class)) {
            @SuppressWarnings("unchecked")
            Class<? extends CarrierCapability> capability = (Class<? extends CarrierCapability>) type;
            if (find(carrierId, capability).isPresent()) {
                names.add(type.getSimpleName());
            }
        }
        return names;
    }
}
