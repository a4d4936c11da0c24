package io.returnrouter.core.model;

import java.util.Objects;

/**
 * A carrier's parcel shop, locker or post office. Identity is the id.
 *
 * @param details code, name, address and opening hours for the customer; null when the carrier
 *                module does not have them (the point is then shown by id and place only)
 */
public record DropOffPoint(String id, String carrierId, DropOffPointType type, Location location,
                           SizeLimits limits, int dailyCapacity, PlaceDetails details) {

    public DropOffPoint {
        Checks.requireText(id, "id");
        Checks.requireText(carrierId, "carrierId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(limits, "limits");
        Checks.requirePositive(dailyCapacity, "dailyCapacity of drop-off point " + id);
    }

    /** A point without details (synthetic networks, tests). */
    public DropOffPoint(String id, String carrierId, DropOffPointType type, Location location, SizeLimits limits,
                        int dailyCapacity) {
        this(id, carrierId, type, location, limits, dailyCapacity, null);
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
