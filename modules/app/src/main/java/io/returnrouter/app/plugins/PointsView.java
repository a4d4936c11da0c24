package io.returnrouter.app.plugins;

import io.returnrouter.carriers.support.PointOffer;
import io.returnrouter.carriers.support.PointsAnswer;

import java.util.List;

/** The nearest points of a carrier that take the parcel, nearest first, and which source found them. */
public record PointsView(String carrierId, String source, String note, List<Point> points) {

    public record Point(String id, String type, double lat, double lon, String countryCode, String postalCode,
                        long distanceMeters) {

        static Point of(PointOffer offer) {
            return new Point(offer.pointId(), offer.type().name(), offer.location().point().latitude(),
                    offer.location().point().longitude(), offer.location().countryCode(),
                    offer.location().postalCode(), offer.distanceMeters());
        }
    }

    static PointsView of(String carrierId, PointsAnswer answer) {
        return new PointsView(carrierId, answer.source().name(), answer.note(),
                answer.points().stream().map(Point::of).toList());
    }
}
