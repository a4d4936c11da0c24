package io.returnrouter.core.spi;

import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.DropOffPoint;

import java.util.List;

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
}
