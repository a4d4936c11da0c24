package io.returnrouter.carriers.support.live;

/**
 * One point as a carrier adapter read it from its API (see docs/carriers.md for each carrier). The details (code to name) are optional: carriers that send a
 * name and a city get them shown; {@code openingHours} in OpenStreetMap {@code opening_hours} syntax.
 * {@code type} is PARCEL_SHOP, LOCKER or POST_OFFICE.
 */
public record PointBody(String id, String type, Double lat, Double lon, String countryCode, String postalCode,
                        String code, String name, String street, String city, String openingHours) {
}
