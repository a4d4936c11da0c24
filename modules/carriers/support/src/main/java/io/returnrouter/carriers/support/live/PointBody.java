package io.returnrouter.carriers.support.live;

/** One point of GET {base}/v1/points. */
public record PointBody(String id, String type, Double lat, Double lon, String countryCode, String postalCode) {
}
