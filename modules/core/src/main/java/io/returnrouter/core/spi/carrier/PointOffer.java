package io.returnrouter.core.spi.carrier;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.DropOffPointType;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.model.PlaceDetails;

import java.util.Objects;

/**
 * A drop-off point that takes the parcel, with its distance from where the customer is.
 *
 * @param details code, name, address, opening hours where the source has them; null when it has none
 */
public record PointOffer(String pointId, DropOffPointType type, Location location, long distanceMeters,
                         PlaceDetails details) {

    public PointOffer {
        Checks.requireText(pointId, "pointId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        Checks.requireNonNegative(distanceMeters, "distanceMeters");
    }
}
