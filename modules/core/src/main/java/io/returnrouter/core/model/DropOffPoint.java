package io.returnrouter.core.model;

import java.util.Objects;

/** A carrier's parcel shop, locker or post office. Identity is the id. */
public record DropOffPoint(String id, String carrierId, DropOffPointType type, Location location,
                           SizeLimits limits, int dailyCapacity) {

    public DropOffPoint {
        Checks.requireText(id, "id");
        Checks.requireText(carrierId, "carrierId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(limits, "limits");
        Checks.requirePositive(dailyCapacity, "dailyCapacity of drop-off point " + id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DropOffPoint other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
