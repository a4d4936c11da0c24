package io.returnrouter.core.model;

import java.util.Objects;

/**
 * What a customer needs to find a drop-off point or store: its own code, name, address and, where
 * the source has them, opening hours.
 *
 * @param code         the carrier's point code (what the carrier's own app and label show) or the store's code
 * @param openingHours in OpenStreetMap {@code opening_hours} syntax (e.g. "Mo-Fr 09:00-18:00; Sa 09:00-13:00",
 *                     "24/7"); null when the source does not have them
 */
public record PlaceDetails(String code, String name, Address address, String openingHours, PlaceSource source) {

    public PlaceDetails {
        Checks.requireText(code, "code");
        Checks.requireText(name, "name");
        Objects.requireNonNull(address, "address");
        if (openingHours != null && openingHours.isBlank()) {
            throw new IllegalArgumentException("openingHours must be null or text, was blank");
        }
        Objects.requireNonNull(source, "source");
    }
}
