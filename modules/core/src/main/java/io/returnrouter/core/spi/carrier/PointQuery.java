package io.returnrouter.core.spi.carrier;

import io.returnrouter.core.model.GeoPoint;

import java.util.Objects;

/** Where the customer is, what the parcel measures and how many points to list. */
public record PointQuery(GeoPoint near, Measure parcel, int limit) {

    public static final int MAX_LIMIT = 50;

    public PointQuery {
        Objects.requireNonNull(near, "near");
        Objects.requireNonNull(parcel, "parcel");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within [1, " + MAX_LIMIT + "], was " + limit);
        }
    }
}
