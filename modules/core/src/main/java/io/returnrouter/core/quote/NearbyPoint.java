package io.returnrouter.core.quote;

import io.returnrouter.core.model.DropOffPoint;

import java.util.Objects;

/** A drop-off point an option can be handed in at, with the customer's one distance to it. */
public record NearbyPoint(DropOffPoint point, long meters) {

    public NearbyPoint {
        Objects.requireNonNull(point, "point");
    }
}
