package io.returnrouter.carriers.support;

import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.GeoPoint;
import io.returnrouter.core.spi.carrier.Measure;
import io.returnrouter.core.spi.carrier.PointOffer;
import io.returnrouter.plugin.support.geo.Cities;
import io.returnrouter.plugin.support.geo.City;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The carrier's drop-off points when its live API is not used: placed in the real cities of the
 * served countries (GeoNames), a few hundred metres to three kilometres from the centre. The
 * placement depends only on the carrier, kind, city and index, so every run, test and server
 * sees the same points. Each point carries generated details marked as demo data ({@link DemoPlaces}).
 */
public final class OfflinePoints {

    private final List<DropOffPoint> points;
    private final Map<String, PointKind> kindByPointId;

    public OfflinePoints(String carrierId, String carrierName, List<PointKind> kinds, Cities cities) {
        List<DropOffPoint> placed = new ArrayList<>();
        Map<String, PointKind> kindOf = new HashMap<>();
        Map<String, Integer> sequenceOfCountry = new HashMap<>();
        for (PointKind kind : kinds) {
            for (String country : kind.countries().stream().sorted().toList()) {
                // Some countries have two places of one name; the larger keeps the plain slug.
                Map<String, Integer> seen = new HashMap<>();
                for (City city : cities.inCountry(country)) {
                    String slug = city.slug();
                    int same = seen.merge(slug, 1, Integer::sum);
                    String place = same == 1 ? slug : slug + "-" + same;
                    for (int n = 1; n <= kind.pointsIn(city.population()); n++) {
                        String id = carrierId + "-" + kind.type().name().toLowerCase(Locale.ROOT).replace('_', '-')
                                + "-" + country.toLowerCase(Locale.ROOT) + "-" + place + "-" + n;
                        SplittableRandom random = new SplittableRandom(id.hashCode());
                        double radius = 300 + random.nextDouble() * 2_700;
                        double angle = random.nextDouble() * 2 * Math.PI;
                        double north = radius * Math.cos(angle);
                        double east = radius * Math.sin(angle);
                        int sequence = sequenceOfCountry.merge(country, 1, Integer::sum);
                        placed.add(new DropOffPoint(id, carrierId, kind.type(), city.offset(north, east),
                                kind.limits().toCoreLimits(), kind.dailyCapacity(),
                                DemoPlaces.of(carrierName, kind.type(), city, sequence, n, north, east)));
                        kindOf.put(id, kind);
                    }
                }
            }
        }
        this.points = List.copyOf(placed);
        this.kindByPointId = Map.copyOf(kindOf);
    }

    public List<DropOffPoint> points() {
        return points;
    }

    /** The kind (and so the exact limits) of one of these points; empty for a point of another list. */
    public Optional<PointKind> kindOf(String pointId) {
        return Optional.ofNullable(kindByPointId.get(pointId));
    }

    /** The nearest points whose published limits take the parcel, nearest first (ties by id). */
    public List<PointOffer> nearest(GeoPoint from, Measure parcel, int limit) {
        return points.stream()
                .filter(p -> kindByPointId.get(p.id()).limits().refusal(parcel).isEmpty())
                .map(p -> new PointOffer(p.id(), p.type(), p.location(), p.location().point().greatCircleMetersTo(from),
                        p.details()))
                .sorted(Comparator.comparingLong(PointOffer::distanceMeters).thenComparing(PointOffer::pointId))
                .limit(limit)
                .toList();
    }
}
