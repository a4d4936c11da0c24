package io.returnrouter.core.model;

/**
 * Road distance estimated from the great-circle distance. Roads are never straight; a detour
 * factor (typically 1.2–1.4 in Europe) is far cheaper than a routing engine and good enough to
 * rank options, which is all the planner needs.
 */
public record RoadDistance(int roadFactorPermille) {

    public static final RoadDistance EUROPE = new RoadDistance(1_300);

    public RoadDistance {
        if (roadFactorPermille < 1_000) {
            throw new IllegalArgumentException(
                    "road factor must be at least 1000 permille (roads are never shorter than the great circle), was "
                            + roadFactorPermille);
        }
    }

    public long meters(GeoPoint from, GeoPoint to) {
        return from.greatCircleMetersTo(to) * roadFactorPermille / 1_000;
    }
}
