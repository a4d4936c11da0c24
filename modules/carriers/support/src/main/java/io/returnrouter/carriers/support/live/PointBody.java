package io.returnrouter.carriers.support.live;

/**
 * One point of GET {base}/v1/points. The details (code to name) are optional: carriers that send a
 * name and a city get them shown; {@code openingHours} in OpenStreetMap {@code opening_hours} syntax.
 * One constructor only: JSON-B binds the carrier's answer through it.
 */
public record PointBody(String id, String type, Double lat, Double lon, String countryCode, String postalCode,
                        String code, String name, String street, String city, String openingHours) {
}
