package io.returnrouter.core.spi;

import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.plan.ParcelSpec;

import io.returnrouter.core.spi.carrier.CarrierCapability;

import java.util.List;
import java.util.Optional;

/**
 * A carrier plug-in: its services (with their tariffs and limits) and its drop-off points.
 * Implementations are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/io.returnrouter.core.spi.CarrierModule}.
 */
public interface CarrierModule {

    String carrierId();

    /** Every service's {@link CarrierService#carrierId()} must equal {@link #carrierId()}. */
    List<CarrierService> services();

    /** Every point's {@link DropOffPoint#carrierId()} must equal {@link #carrierId()}. */
    List<DropOffPoint> dropOffPoints();

    /** The carrier's name, for listings; the id when a module does not say. */
    default String displayName() {
        return carrierId();
    }

    /** The published limits and tariff notes, one line each, for listings such as the CLI's {@code carriers}. */
    default List<String> keyFacts() {
        return List.of();
    }

    /**
     * Whether the service, and the point when one is chosen, take the parcel by the carrier's exact
     * published limits. {@link io.returnrouter.core.model.SizeLimits} is a coarser pre-check (longest
     * side, girth, weight): it cannot tell that a 10 cm thick parcel does not fit an 8 cm locker
     * compartment. Modules that know box limits override this; by default the pre-check decides.
     *
     * @param point null for pickups and store hand-ins
     */
    default boolean takes(CarrierService service, DropOffPoint point, ParcelSpec spec) {
        return true;
    }

    /**
     * What the module can do beyond publishing data (see {@link io.returnrouter.core.spi.carrier}):
     * capabilities that need no container. Adapters that call the carrier's API over the network
     * are CDI beans implementing the capability interfaces instead, so they get the container's
     * REST client and fault tolerance.
     */
    default List<CarrierCapability> capabilities() {
        return List.of();
    }

    /**
     * The document of facts the module ships (e.g. its carrier.json), which start-up seeding stores
     * as the carrier's defaults; empty for a module whose facts are code.
     */
    default Optional<String> defaultsDocument() {
        return Optional.empty();
    }
}
