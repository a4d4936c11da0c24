package io.returnrouter.core.model;

import java.util.Objects;

/** A place: coordinates plus the country and postal code that tariffs and pickup regions use. */
public record Location(GeoPoint point, String countryCode, String postalCode) {

    public Location {
        Objects.requireNonNull(point, "point");
        Countries.requireIsoCode(countryCode);
        Objects.requireNonNull(postalCode, "postalCode");
    }

    public static Location of(double latitude, double longitude, String countryCode, String postalCode) {
        return new Location(new GeoPoint(latitude, longitude), countryCode, postalCode);
    }

    /** Pickup slots are planned per region; the first two postal-code characters are the region. */
    public String pickupRegion() {
        String trimmed = postalCode.strip();
        return countryCode + "-" + (trimmed.length() <= 2 ? trimmed : trimmed.substring(0, 2));
    }
}
