package io.returnrouter.core.options;

import io.returnrouter.core.model.CarrierService;
import java.util.OptionalInt;

/**
 * Days a carrier's first mile takes from hand-over to a hub or straight to the warehouse, as
 * measured on earlier returns; empty keeps the carrier's nominal transit days.
 */
@FunctionalInterface
public interface TransitTimes {

    /** Every lane at its nominal transit days. */
    TransitTimes NOMINAL = (service, marketCountry, hubId) -> OptionalInt.empty();

    /** @param hubId the hub the parcel goes to; null when it goes straight to the warehouse */
    OptionalInt measuredDays(CarrierService service, String marketCountry, String hubId);
}
