package io.returnrouter.core.options;

import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.plan.ParcelSpec;

/**
 * The carrier's own, exact check that a parcel fits a service (and a drop-off point), beyond the
 * core's coarse limits on longest side, girth and weight: a locker compartment of 8 × 38 × 64 cm
 * takes no parcel thicker than 8 cm however small its girth.
 */
@FunctionalInterface
public interface ExactFit {

    /** No check beyond the core's limits. */
    ExactFit ANY = (service, point, spec) -> true;

    /** @param point null for pickups and store hand-ins */
    boolean takes(CarrierService service, DropOffPoint point, ParcelSpec spec);
}
