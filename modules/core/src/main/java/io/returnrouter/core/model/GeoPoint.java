package io.returnrouter.core.model;

/**
 * A WGS84 position. Distances use the great-circle (haversine) formula: Euclidean distance on
 * degrees is wrong by a factor that grows with latitude.
 */
public record GeoPoint(double latitude, double longitude) {

    /** The mean Earth radius (IUGG). */
    static final double EARTH_RADIUS_METERS = 6_371_008.8;

    public GeoPoint {
        if (!(latitude >= -90.0 && latitude <= 90.0)) {
            throw new IllegalArgumentException("latitude must be within [-90, 90], was " + latitude);
        }
        if (!(longitude >= -180.0 && longitude <= 180.0)) {
            throw new IllegalArgumentException("longitude must be within [-180, 180], was " + longitude);
        }
    }

    /** Great-circle distance in metres, rounded to the nearest metre. */
    public long greatCircleMetersTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return Math.round(2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1.0, Math.sqrt(h))));
    }
}
